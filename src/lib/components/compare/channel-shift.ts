// Channel shift between baseline and redesign: for each choice node (format v2) the share of
// customers choosing each channel before and after, and the change in percentage points.
// Channels are matched by the node they lead to, else by label; a channel one design does not
// offer has a share of exactly 0 there. The engine's paired comparison has no channel
// differences, so the interval of a change is formed from the two runs' own intervals as if
// they were independent (half-widths added in quadrature): with common random numbers the
// two runs are positively correlated, so the true paired interval is narrower — the interval
// shown is conservative, and a change called clear here is clear.

import type { KpiValue, Results } from '$lib/sim';
import type { BarChart } from '$lib/components/results/chart-geometry';
import type { ChartModel } from '$lib/components/results/charts';
import { sentence } from '$lib/components/results/charts';
import { formatKpi, formatValue, type Formatters } from '$lib/components/results/format';
import { groupedBarChart } from './compare-charts';
import { differenceInterval, formatDifference } from './compare-table';

export interface ShiftChange {
	mean: number;
	low: number | null;
	high: number | null;
	/** The interval excludes 0. */
	significant: boolean;
}

export interface ShiftRow {
	to: string;
	label: string;
	/** null: the design has no such choice node at all; a channel not offered by an existing node is a share of 0. */
	before: KpiValue | null;
	after: KpiValue | null;
	change: ShiftChange | null;
}

export interface ShiftNode {
	id: string;
	name: string;
	/** Which design alone has this choice node (null: both). */
	onlyIn: 'baseline' | 'redesign' | null;
	rows: ShiftRow[];
	chart: ChartModel<BarChart>;
}

const ZERO: KpiValue = { mean: 0, low: 0, high: 0 };
const EMPTY: KpiValue = { mean: null, low: null, high: null };
const half = (v: KpiValue) =>
	v.low !== null && v.high !== null && Number.isFinite(v.low) && Number.isFinite(v.high) ? (v.high - v.low) / 2 : null;

/** After − before with the conservative (independent-runs) 95 % interval; null without both means. */
export function shareChange(before: KpiValue | null, after: KpiValue | null): ShiftChange | null {
	if (!before || !after || before.mean === null || after.mean === null) return null;
	const d = after.mean - before.mean;
	const hb = half(before);
	const ha = half(after);
	if (hb === null || ha === null) return { mean: d, low: null, high: null, significant: false };
	const h = Math.sqrt(hb * hb + ha * ha);
	return { mean: d, low: d - h, high: d + h, significant: d - h > 0 || d + h < 0 };
}

type Alt = { to: string; label: string; share: KpiValue };

/** The channel shift of every choice node in either design (nodes in the redesign's order, then the baseline's others). */
export function channelShift(baseline: Results, redesign: Results, f: Formatters): ShiftNode[] {
	const b = baseline.channels ?? {};
	const r = redesign.channels ?? {};
	const ids = [...new Set([...Object.keys(r), ...Object.keys(b)])];
	const [bn, rn] = [f.t('compare.baseline'), f.t('compare.redesign')];
	return ids.map((id) => {
		const bAlts: Alt[] | null = b[id]?.alternatives ?? null;
		const rAlts: Alt[] | null = r[id]?.alternatives ?? null;
		const find = (alts: Alt[], a: Alt) => alts.find((x) => x.to === a.to) ?? alts.find((x) => x.label === a.label);
		const order: Alt[] = [...(bAlts ?? [])];
		for (const a of rAlts ?? []) if (!find(order, a)) order.push(a);
		const shareIn = (alts: Alt[] | null, a: Alt) => (alts === null ? null : (find(alts, a)?.share ?? ZERO));
		const rows: ShiftRow[] = order.map((a) => {
			const label = (rAlts && find(rAlts, a)?.label) ?? a.label;
			const before = shareIn(bAlts, a);
			const after = shareIn(rAlts, a);
			return { to: a.to, label, before, after, change: shareChange(before, after) };
		});
		const name = r[id]?.name || b[id]?.name || id;
		const onlyIn = bAlts && rAlts ? null : bAlts ? 'baseline' : 'redesign';
		const offered = (alts: Alt[] | null, a: ShiftRow) =>
			alts !== null && find(alts, { to: a.to, label: a.label, share: ZERO }) !== undefined;
		const shown = (v: KpiValue | null, alts: Alt[] | null, row: ShiftRow) =>
			v === null
				? f.t('channels-results.shift.noChoice')
				: offered(alts, row)
					? formatKpi(v, 'share', f)
					: f.t('channels-results.shift.notOffered');
		const chart = groupedBarChart(
			rows.map((row) => ({
				label: row.label,
				values: [row.before ?? EMPTY, row.after ?? EMPTY],
				tips: [`${row.label}, ${bn}: ${shown(row.before, bAlts, row)}`, `${row.label}, ${rn}: ${shown(row.after, rAlts, row)}`]
			})),
			{ format: (v) => f.pct(v, 0), yMax: 1 }
		);
		const shareText = (v: KpiValue | null, alts: Alt[] | null, row: ShiftRow) =>
			v === null ? '—' : offered(alts, row) ? f.pct(v.mean, 0) : f.t('channels-results.shift.notOffered');
		return {
			id,
			name,
			onlyIn,
			rows,
			chart: {
				caption: shiftCaption(name, rows, onlyIn, f, (row) => [shareText(row.before, bAlts, row), shareText(row.after, rAlts, row)]),
				geometry: chart,
				table: {
					head: [f.t('channels-results.col.channel'), bn, rn, f.t('compare.col.difference'), f.t('compare.col.ci')],
					rows: rows.map((row) => [
						row.label,
						row.before === null
							? '—'
							: offered(bAlts, row)
								? formatValue(row.before.mean, 'share', f)
								: f.t('channels-results.shift.notOffered'),
						row.after === null
							? '—'
							: offered(rAlts, row)
								? formatValue(row.after.mean, 'share', f)
								: f.t('channels-results.shift.notOffered'),
						row.change ? formatDifference(row.change.mean, 'share', f) : '—',
						row.change ? (differenceInterval(row.change, 'share', f) ?? '—') : '—'
					])
				}
			}
		};
	});
}

function shiftCaption(
	name: string,
	rows: ShiftRow[],
	onlyIn: ShiftNode['onlyIn'],
	f: Formatters,
	shares: (row: ShiftRow) => [string, string]
): string {
	if (onlyIn) return f.t(`channels-results.shift.only.${onlyIn}`, { node: name });
	const clear = rows.filter((r) => r.change?.significant);
	if (clear.length === 0) return f.t('channels-results.shift.unclear', { node: name });
	const up = clear.reduce((a, r) => (r.change!.mean > a.change!.mean ? r : a));
	const down = clear.reduce((a, r) => (r.change!.mean < a.change!.mean ? r : a));
	const move = (r: ShiftRow) => ({
		label: r.label,
		change: formatDifference(r.change!.mean, 'share', f),
		before: shares(r)[0],
		after: shares(r)[1]
	});
	let text = up.change!.mean > 0 ? f.t('channels-results.shift.gains', { node: name, ...move(up) }) : '';
	if (down.change!.mean < 0) {
		const loses = f.t('channels-results.shift.loses', move(down));
		text = text ? sentence(text, loses) : f.t('channels-results.shift.losesFirst', { node: name, ...move(down) });
	}
	return text;
}
