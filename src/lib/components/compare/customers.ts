// "Same customers, two worlds" and the stations side by side, as data: how many of the same
// simulated customers are better off, worse off or unchanged, how their wait and predicted
// CSAT move; and per station the staff, utilisation, waits and cost of both variants.

import type { KpiValue, Scenario } from '$lib/sim';
import { formatValue, type Formatters, type Unit } from '$lib/components/results/format';
import { diff, hasCost, value, type Comparison } from './comparison';
import { differenceInterval, formatDifference } from './compare-table';

export interface ShiftPart {
	id: 'betterOff' | 'unchanged' | 'worseOff';
	label: string;
	share: number;
	text: string;
	color: string;
}

export interface CustomerShiftView {
	parts: ShiftPart[];
	/** One sentence on who is better or worse off. */
	summary: string;
	/** Average per-customer changes with intervals, as label/value lines. */
	changes: { label: string; value: string; ci: string | null }[];
	/** Customers present in only one of the two runs, or null. */
	unmatched: string | null;
}

const COLORS = { betterOff: '#2a9d8f', unchanged: '#c9d1db', worseOff: '#d9822b' };

function change(v: KpiValue, unit: Unit, f: Formatters): { value: string; ci: string | null } {
	const range = differenceInterval(v, unit, f);
	const ci = range === null ? null : f.t('compare.ciLabel', { range });
	return { value: formatDifference(v.mean, unit, f), ci };
}

export function customerShift(c: Comparison, f: Formatters): CustomerShiftView | null {
	const cs = c.customers as Record<string, unknown> | undefined;
	if (!cs) return null;
	const v = (k: string) => (cs[k] as KpiValue | undefined) ?? { mean: null, low: null, high: null };
	if (v('betterOff').mean === null) return null;
	const parts: ShiftPart[] = (['betterOff', 'unchanged', 'worseOff'] as const).map((id) => ({
		id,
		label: f.t(`compare.customers.${id}`),
		share: Math.max(0, v(id).mean ?? 0),
		text: f.pct(v(id).mean, 0),
		color: COLORS[id]
	}));
	const steady = c.baseline.mode === 'steady';
	const summary = f.t(steady ? 'compare.customers.summarySteady' : 'compare.customers.summaryDay', {
		matched: f.num(v('matched').mean, 0),
		better: f.pct(v('betterOff').mean, 0),
		worse: f.pct(v('worseOff').mean, 0),
		same: f.pct(v('unchanged').mean, 0)
	});
	const changes = [
		{ label: f.t('compare.customers.waitChange'), ...change(v('waitChange'), 'minutes', f) },
		{ label: f.t('compare.customers.perceivedChange'), ...change(v('perceivedChange'), 'minutes', f) },
		{ label: f.t('compare.customers.timeInSystemChange'), ...change(v('timeInSystemChange'), 'minutes', f) },
		{ label: f.t('compare.customers.csatChange'), ...change(v('csatChange'), 'share', f) }
	].filter((x) => x.value !== '—');
	const only = (v('baselineOnly').mean ?? 0) + (v('redesignOnly').mean ?? 0);
	const unmatched =
		only >= 0.5
			? f.t('compare.customers.unmatched', { baseline: f.num(v('baselineOnly').mean, 0), redesign: f.num(v('redesignOnly').mean, 0) })
			: null;
	return { parts, summary, changes, unmatched };
}

export interface StationRow {
	id: string;
	name: string;
	cells: string[];
}

export function stationRows(
	c: Comparison,
	scenarios: { baseline: Scenario | null; redesign: Scenario | null },
	f: Formatters
): { head: string[]; rows: StationRow[] } {
	const ids = [...new Set([...Object.keys(c.baseline.stations), ...Object.keys(c.redesign.stations)])];
	const name = (id: string) =>
		scenarios.redesign?.nodes.find((n) => n.id === id)?.name ?? scenarios.baseline?.nodes.find((n) => n.id === id)?.name ?? id;
	const costed = hasCost(c);
	const pair = (id: string, kpi: string, unit: Unit) => {
		const a = c.baseline.stations[id] ? formatValue(value(c.baseline.stations[id], kpi).mean, unit, f) : '—';
		const b = c.redesign.stations[id] ? formatValue(value(c.redesign.stations[id], kpi).mean, unit, f) : '—';
		return f.t('compare.fromTo', { from: a, to: b });
	};
	const head = [f.t('compare.col.station'), f.t('compare.col.servers'), f.t('compare.col.utilisation'), f.t('compare.col.waitMean')];
	if (costed) head.push(f.t('compare.col.cost'), f.t('compare.col.costDifference'));
	const rows = ids.map((id) => {
		const cells = [pair(id, 'servers', 'servers'), pair(id, 'utilisation', 'share'), pair(id, 'waitMean', 'minutes')];
		if (costed) {
			const d = c.difference.stations[id]
				? diff(c.difference.stations[id], 'cost').mean
				: (value(c.redesign.stations[id], 'cost').mean ?? 0) - (value(c.baseline.stations[id], 'cost').mean ?? 0);
			cells.push(pair(id, 'cost', 'money'), formatDifference(d, 'money', f));
		}
		return { id, name: name(id), cells };
	});
	if (costed)
		rows.push({
			id: '',
			name: f.t('compare.total'),
			cells: [
				'',
				'',
				'',
				f.t('compare.fromTo', {
					from: formatValue(value(c.baseline.overall, 'cost').mean, 'money', f),
					to: formatValue(value(c.redesign.overall, 'cost').mean, 'money', f)
				}),
				formatDifference(diff(c.difference.overall, 'cost').mean, 'money', f)
			]
		});
	return { head, rows };
}
