// Results as CSV for spreadsheets: one row per KPI (overall, per station, per segment, and the
// format-v2 sections: each channel's share per choice node, appointments, callbacks), per
// period of arrival (with the channel shares), and per replication. Numbers are written in full precision with a dot
// (machine-readable, whatever the interface language); headers are stable English column
// names; names from the scenario are quoted as needed and protected against spreadsheet
// formula injection. Files are saved with a byte-order mark (download.ts) for Excel.

import { GROUP_KPIS, kpiValue, type KpiValue, type ReplicationTable, type Results, type Scenario } from '$lib/sim';
import type { Comparison, DiffValue } from '$lib/components/compare/comparison';
import { channelShift } from '$lib/components/compare/channel-shift';

export type Cell = string | number | boolean | null | undefined;

/** One CSV field: numbers as they are (NaN/∞ empty), text quoted when needed, formulas neutralised. */
export function csvField(x: Cell): string {
	if (x === null || x === undefined) return '';
	if (typeof x === 'number') return Number.isFinite(x) ? String(x) : '';
	if (typeof x === 'boolean') return x ? 'true' : 'false';
	let s = x;
	if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
	return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Rows to CSV text (RFC 4180: comma-separated, CRLF line ends). */
export function csvText(rows: Cell[][]): string {
	return rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

const kv = kpiValue;
const dv = (set: Record<string, unknown> | undefined, id: string): Partial<DiffValue> => (set?.[id] as DiffValue | undefined) ?? {};
const nodeName = (scenario: Scenario | null | undefined, id: string) => scenario?.nodes.find((n) => n.id === id)?.name ?? id;
const eitherName = (s: { baseline?: Scenario | null; redesign?: Scenario | null }, id: string) =>
	s.redesign?.nodes.find((n) => n.id === id)?.name ?? s.baseline?.nodes.find((n) => n.id === id)?.name ?? id;
const segmentName = (scenario: Scenario | null | undefined, id: string) => scenario?.segments.find((s) => s.id === id)?.name ?? id;

/* ------------------------------------------------------------------ one run */

export function resultsKpiCsv(results: Results, scenario?: Scenario | null): string {
	const rows: Cell[][] = [['scope', 'id', 'name', 'kpi', 'mean', 'low', 'high']];
	const add = (scope: string, id: string, name: string, set: Record<string, unknown>) => {
		for (const [kpi, v] of Object.entries(set)) {
			if (!v || typeof v !== 'object' || !('mean' in v)) continue;
			const k = v as KpiValue;
			rows.push([scope, id, name, kpi, k.mean, k.low, k.high]);
		}
	};
	add('overall', '', '', results.overall);
	for (const [id, set] of Object.entries(results.stations)) add('station', id, nodeName(scenario, id), set);
	for (const [id, set] of Object.entries(results.segments)) add('segment', id, segmentName(scenario, id), set);
	// channel shares: id "<choice node>/<target node>", name "<choice node name> / <channel label>"
	for (const [id, node] of Object.entries(results.channels ?? {}))
		for (const a of node.alternatives)
			rows.push(['channel', `${id}/${a.to}`, `${node.name} / ${a.label}`, 'share', a.share.mean, a.share.low, a.share.high]);
	for (const [id, a] of Object.entries(results.appointments ?? {})) {
		const { name, ...set } = a;
		add('appointments', id, name, set);
	}
	for (const [id, set] of Object.entries(results.callbacks ?? {})) add('callback', id, nodeName(scenario, id), set);
	return csvText(rows);
}

/** KPI keys of the periods: the engine's group KPIs, then any others they carry (e.g. complaints). */
function periodKpis(periods: Results['periods']): string[] {
	const extra = new Set<string>();
	for (const p of periods)
		for (const [k, v] of Object.entries(p))
			if (v && typeof v === 'object' && 'mean' in v && !(GROUP_KPIS as readonly string[]).includes(k)) extra.add(k);
	return [...GROUP_KPIS.filter((k) => periods.some((p) => k in p)), ...extra];
}

export function resultsPeriodCsv(results: Results): string {
	const kpis = periodKpis(results.periods);
	// channel shares per period: columns "share:<choice node>/<target node>"
	const channels = Object.entries(results.channels ?? {}).flatMap(([id, node]) =>
		node.alternatives.map((a, i) => ({ column: `share:${id}/${a.to}`, at: (k: number) => node.periods[k]?.share[i] }))
	);
	const rows: Cell[][] = [
		[
			'periodStart',
			'periodEnd',
			...kpis.flatMap((k) => [k, `${k}Low`, `${k}High`]),
			...channels.flatMap((c) => [c.column, `${c.column}Low`, `${c.column}High`])
		]
	];
	results.periods.forEach((p, k) =>
		rows.push([
			p.start as number,
			p.end as number,
			...kpis.flatMap((x) => [kv(p, x).mean, kv(p, x).low, kv(p, x).high]),
			...channels.flatMap((c) => [c.at(k)?.mean, c.at(k)?.low, c.at(k)?.high])
		])
	);
	return csvText(rows);
}

/* ------------------------------------------------------------------ a comparison */

const COMPARE_HEAD = [
	'baseline',
	'baselineLow',
	'baselineHigh',
	'redesign',
	'redesignLow',
	'redesignHigh',
	'difference',
	'differenceLow',
	'differenceHigh',
	'relative',
	'relativeLow',
	'relativeHigh',
	'significant'
];

function compareCells(b: KpiValue, r: KpiValue, d: Partial<DiffValue>): Cell[] {
	return [
		b.mean,
		b.low,
		b.high,
		r.mean,
		r.low,
		r.high,
		d.mean,
		d.low,
		d.high,
		d.relative,
		d.relativeLow,
		d.relativeHigh,
		d.significant ?? null
	];
}

/** The difference of two values without a paired interval (sections the engine does not pair). */
const unpaired = (b: KpiValue, r: KpiValue): Partial<DiffValue> => (b.mean !== null && r.mean !== null ? { mean: r.mean - b.mean } : {});

/**
 * Every KPI of both variants with the paired difference: overall, per station, per segment;
 * then channel shares (the difference with a conservative interval), appointments and callbacks
 * (the difference of the means only).
 */
export function comparisonKpiCsv(c: Comparison, scenarios: { baseline?: Scenario | null; redesign?: Scenario | null } = {}): string {
	const rows: Cell[][] = [['scope', 'id', 'name', 'kpi', ...COMPARE_HEAD]];
	const add = (
		scope: string,
		id: string,
		name: string,
		b: Record<string, unknown> | undefined,
		r: Record<string, unknown> | undefined,
		d: Record<string, unknown> | undefined
	) => {
		const kpis = [...new Set([...Object.keys(b ?? {}), ...Object.keys(r ?? {})])];
		for (const k of kpis) rows.push([scope, id, name, k, ...compareCells(kv(b, k), kv(r, k), dv(d, k))]);
	};
	add('overall', '', '', c.baseline.overall, c.redesign.overall, c.difference.overall);
	const stations = [...new Set([...Object.keys(c.baseline.stations), ...Object.keys(c.redesign.stations)])];
	for (const id of stations)
		add('station', id, eitherName(scenarios, id), c.baseline.stations[id], c.redesign.stations[id], c.difference.stations[id]);
	const segments = [...new Set([...Object.keys(c.baseline.segments), ...Object.keys(c.redesign.segments)])];
	for (const id of segments)
		add(
			'segment',
			id,
			segmentName(scenarios.baseline ?? scenarios.redesign, id),
			c.baseline.segments[id],
			c.redesign.segments[id],
			c.difference.segments[id]
		);
	// channel shift: the difference is redesign − baseline with the conservative interval of
	// compare/channel-shift.ts (independent runs), not a paired one; relative is left empty
	const names = { t: (key: string) => key, num: String, pct: String, minutes: String, clock: String };
	for (const node of channelShift(c.baseline, c.redesign, names))
		for (const r of node.rows) {
			const d = r.change;
			rows.push([
				'channel',
				`${node.id}/${r.to}`,
				`${node.name} / ${r.label}`,
				'share',
				...compareCells(
					r.before ?? kv(undefined, ''),
					r.after ?? kv(undefined, ''),
					d ? { ...d, relative: null, relativeLow: null, relativeHigh: null } : {}
				)
			]);
		}
	const sides = (key: 'appointments' | 'callbacks') => [
		...new Set([...Object.keys(c.baseline[key] ?? {}), ...Object.keys(c.redesign[key] ?? {})])
	];
	for (const id of sides('appointments')) {
		const b = c.baseline.appointments?.[id];
		const r = c.redesign.appointments?.[id];
		const { name: _n, ...set } = r ?? b!;
		void _n;
		for (const k of Object.keys(set))
			rows.push(['appointments', id, r?.name ?? b?.name ?? id, k, ...compareCells(kv(b, k), kv(r, k), unpaired(kv(b, k), kv(r, k)))]);
	}
	for (const id of sides('callbacks')) {
		const b = c.baseline.callbacks?.[id];
		const r = c.redesign.callbacks?.[id];
		for (const k of Object.keys(r ?? b!))
			rows.push(['callback', id, eitherName(scenarios, id), k, ...compareCells(kv(b, k), kv(r, k), unpaired(kv(b, k), kv(r, k)))]);
	}
	const cs = (c.customers ?? {}) as Record<string, unknown>;
	for (const [k, v] of Object.entries(cs))
		if (v && typeof v === 'object' && 'mean' in v) {
			const x = v as KpiValue;
			rows.push(['customers', '', '', k, null, null, null, null, null, null, x.mean, x.low, x.high, null, null, null, null]);
		}
	return csvText(rows);
}

/** Per period of arrival (minutes since opening): each KPI of both variants and the difference. */
export function comparisonPeriodCsv(c: Comparison): string {
	const rows: Cell[][] = [['periodStart', 'periodEnd', 'kpi', ...COMPARE_HEAD]];
	c.baseline.periods.forEach((p, i) => {
		const r = c.redesign.periods[i];
		const d = c.difference.periods[i] as Record<string, unknown> | undefined;
		for (const k of GROUP_KPIS) {
			if (!(k in p)) continue;
			rows.push([p.start as number, p.end as number, k, ...compareCells(kv(p, k), kv(r, k), dv(d, k))]);
		}
	});
	return csvText(rows);
}

// The per-replication table of a comparison is collected by the engine (sim/experiment/replication-table.ts).
export { replicationTable, type ReplicationTable } from '$lib/sim';

export function replicationCsv(table: ReplicationTable): string {
	const rows: Cell[][] = [['replication', 'variant', ...table.kpis]];
	table.baseline.forEach((values, r) => {
		rows.push([r, 'baseline', ...values]);
		if (table.redesign[r]) rows.push([r, 'redesign', ...table.redesign[r]]);
	});
	return csvText(rows);
}
