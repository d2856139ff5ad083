// Updating an existing scenario from an imported one, keeping its flow: the opening hours,
// the first source's arrivals, the segments' shares and patience (matched by name or id;
// segments not in the log keep theirs, with share 0 only if the log has them all), and the
// first station's service time and staffing. Satisfaction calibration comes along when present.

import type { Scenario } from '../sim/model/scenario';

export function applyImport(existing: Scenario, imported: Scenario): Scenario {
	const next = structuredClone(existing);
	next.run = { ...next.run, mode: 'day', open: imported.run.open, hours: imported.run.hours };
	const src = next.nodes.find((n) => n.kind === 'source');
	const isrc = imported.nodes.find((n) => n.kind === 'source');
	if (src && src.kind === 'source' && isrc && isrc.kind === 'source') src.arrivals = structuredClone(isrc.arrivals);
	const st = next.nodes.find((n) => n.kind === 'station');
	const ist = imported.nodes.find((n) => n.kind === 'station');
	if (st && st.kind === 'station' && ist && ist.kind === 'station') {
		st.service = structuredClone(ist.service);
		st.servers = structuredClone(ist.servers);
	}
	// segments: when every existing segment is found in the log, take the log's shares
	const match = (name: string, id: string) => imported.segments.find((s) => s.name === name || s.id === id);
	const all = next.segments.every((s) => match(s.name, s.id));
	for (const s of next.segments) {
		const m = match(s.name, s.id);
		if (all && m) s.share = m.share;
		if (m) s.patience = m.patience ?? null;
	}
	if (next.segments.length === 1) next.segments[0].patience = imported.segments[0]?.patience ?? null;
	if (imported.satisfaction?.calibration) {
		next.satisfaction = { ...(next.satisfaction ?? {}), ...imported.satisfaction };
		const tol = imported.segments[0]?.tolerance;
		if (tol) for (const s of next.segments) s.tolerance = { ...tol };
	}
	const note = (imported.description ?? '').split('\n')[0];
	next.description = [(next.description ?? '').trim(), `Updated from data — ${note}`].filter(Boolean).join('\n');
	return next;
}
