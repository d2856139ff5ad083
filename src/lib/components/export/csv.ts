// Results as CSV for spreadsheets: one row per KPI (overall, per station, per segment), per
// period of arrival, and per replication. Numbers are written in full precision with a dot
// (machine-readable, whatever the interface language); headers are stable English column
// names; names from the scenario are quoted as needed and protected against spreadsheet
// formula injection. Files are saved with a byte-order mark (download.ts) for Excel.

import { GROUP_KPIS, kpiValue, type KpiValue, type ReplicationTable, type Results, type Scenario } from '$lib/sim';
import type { Comparison, DiffValue } from '$lib/components/compare/comparison';

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
	return csvText(rows);
}

export function resultsPeriodCsv(results: Results): string {
	const kpis = GROUP_KPIS.filter((k) => results.periods.some((p) => k in p));
	const rows: Cell[][] = [['periodStart', 'periodEnd', ...kpis.flatMap((k) => [k, `${k}Low`, `${k}High`])]];
	for (const p of results.periods)
		rows.push([p.start as number, p.end as number, ...kpis.flatMap((k) => [kv(p, k).mean, kv(p, k).low, kv(p, k).high])]);
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

/** Every KPI of both variants with the paired difference: overall, per station, per segment. */
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
