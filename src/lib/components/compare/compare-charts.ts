// The comparison's charts as data, baseline and redesign overlaid: waits by period of arrival
// (lines with 95 % bands), the wait distribution and satisfaction by segment (grouped bars
// with whiskers). Geometry comes from the dashboard's d3 helpers; each chart has a caption in
// plain words and a table alternative, like the dashboard's.

import { scaleBand, scaleLinear } from 'd3';
import type { KpiValue, Scenario } from '$lib/sim';
import { PLOT, lineChart, type BarChart, type LineChart } from '$lib/components/results/chart-geometry';
import { hasDayAxis, periodLabel, type ChartModel } from '$lib/components/results/charts';
import { formatKpi, formatValue, type Formatters } from '$lib/components/results/format';
import { diff, value, type Comparison } from './comparison';
import { differenceInterval, formatDifference } from './compare-table';

export const BASELINE_COLOR = '#8593a3';
export const REDESIGN_COLOR = '#1d5fa8';
export const SERIES_COLORS = [BASELINE_COLOR, REDESIGN_COLOR];

const mean = (v: KpiValue) => v.mean ?? 0;

/** Bars of two (or more) series side by side in each group, with CI whiskers, on one axis from 0. */
export function groupedBarChart(
	groups: { label: string; values: KpiValue[]; tips: string[] }[],
	opts: { format: (v: number) => string; colors?: string[]; yMax?: number; refs?: { value: number; label: string }[] }
): BarChart {
	const colors = opts.colors ?? SERIES_COLORS;
	const k = Math.max(1, ...groups.map((g) => g.values.length));
	const x = scaleBand<number>()
		.domain(groups.map((_, i) => i))
		.range([PLOT.left, PLOT.right])
		.paddingInner(0.25)
		.paddingOuter(0.12);
	const inner = scaleBand<number>()
		.domain(Array.from({ length: k }, (_, i) => i))
		.range([0, x.bandwidth()])
		.paddingInner(0.08);
	const all = groups.flatMap((g) => g.values.map((v) => v.high ?? v.mean ?? 0));
	const top = opts.yMax ?? Math.max(...all, ...(opts.refs ?? []).map((r) => r.value), 1e-9) * 1.08;
	const y = scaleLinear().domain([0, top]).nice(5).range([PLOT.bottom, PLOT.top]);
	const bars = groups.flatMap((g, gi) =>
		g.values.map((v, si) => {
			const bx = (x(gi) ?? 0) + (inner(si) ?? 0);
			const yv = y(Math.max(0, v.mean ?? 0));
			return {
				x: bx,
				y: yv,
				w: inner.bandwidth(),
				h: PLOT.bottom - yv,
				low: v.low === null ? null : y(Math.max(0, v.low)),
				high: v.high === null ? null : y(v.high),
				color: colors[si % colors.length],
				tip: { x: bx + inner.bandwidth() / 2, y: yv, text: g.tips[si] ?? '' }
			};
		})
	);
	return {
		bars,
		xLabels: groups.map((g, i) => ({ pos: (x(i) ?? 0) + x.bandwidth() / 2, label: g.label })),
		yTicks: y.ticks(5).map((v) => ({ pos: y(v), label: opts.format(v) })),
		refLines: (opts.refs ?? []).map((r) => ({ pos: y(r.value), label: r.label })),
		y: (v: number) => y(v)
	};
}

const names = (f: Formatters) => [f.t('compare.baseline'), f.t('compare.redesign')];

/* ------------------------------------------------------------------ waits by period of arrival */

export type WaitsGeometry = { kind: 'line'; chart: LineChart } | { kind: 'bars'; chart: BarChart };

export function waitsComparisonChart(c: Comparison, scenario: Scenario, f: Formatters): ChartModel<WaitsGeometry> {
	const [bn, rn] = names(f);
	if (!hasDayAxis(c.baseline) || c.baseline.periods.length !== c.redesign.periods.length) {
		// steady state (or periods that do not line up): mean wait by segment
		const ids = scenario.segments.map((s) => s.id).filter((id) => c.baseline.segments[id] && c.redesign.segments[id]);
		const label = (id: string) => scenario.segments.find((s) => s.id === id)?.name ?? id;
		const groups = ids.map((id) => {
			const values = [value(c.baseline.segments[id], 'waitMean'), value(c.redesign.segments[id], 'waitMean')];
			return { label: label(id), values, tips: values.map((v, i) => `${label(id)}, ${[bn, rn][i]}: ${formatKpi(v, 'minutes', f)}`) };
		});
		return {
			caption: f.t('compare.caption.waitsOverall', {
				baseline: f.minutes(value(c.baseline.overall, 'waitMean').mean, 1),
				redesign: f.minutes(value(c.redesign.overall, 'waitMean').mean, 1)
			}),
			geometry: { kind: 'bars', chart: groupedBarChart(groups, { format: (v) => f.num(v, v % 1 ? 1 : 0) }) },
			table: {
				head: [f.t('compare.col.segment'), bn, rn, f.t('compare.col.difference')],
				rows: ids.map((id, i) => [
					label(id),
					formatKpi(groups[i].values[0], 'minutes', f),
					formatKpi(groups[i].values[1], 'minutes', f),
					formatDifference(diff(c.difference.segments[id], 'waitMean').mean, 'minutes', f)
				])
			}
		};
	}
	const P = c.baseline.periods;
	const series = [c.baseline, c.redesign].map((res, si) => ({
		id: si ? 'redesign' : 'baseline',
		name: [bn, rn][si],
		color: SERIES_COLORS[si],
		points: res.periods.map((p, k) => {
			const v = value(p, 'waitMean');
			return { t: (p.start + p.end) / 2, v, tip: `${[bn, rn][si]}, ${periodLabel(c.baseline, k, f)}: ${formatKpi(v, 'minutes', f)}` };
		})
	}));
	// the target wait as a series of its own, so the axis reaches it; drawn as a dashed line across
	const target = scenario.targets?.waitMinutes ?? 10;
	series.push({
		id: 'target',
		name: f.t('compare.targetLine', { value: f.minutes(target, 0) }),
		color: '#c0392b',
		points: P.map((p) => ({ t: (p.start + p.end) / 2, v: { mean: target, low: null, high: null }, tip: '' }))
	});
	const every = P.length > 12 ? Math.ceil(P.length / 8) : 1;
	const ticks = [...P.map((p) => p.start as number), P[P.length - 1].end as number].filter((_, i) => i % every === 0);
	const chart = lineChart(series, {
		domain: [P[0].start, P[P.length - 1].end],
		xTicks: ticks,
		formatX: f.clock,
		formatY: (v) => f.num(v, v % 1 ? 1 : 0)
	});
	const peak = P.reduce((best, p, k) => (mean(value(p, 'waitMean')) > mean(value(P[best], 'waitMean')) ? k : best), 0);
	const periodDiffs = c.difference.periods.map((p) => diff(p as Record<string, unknown>, 'waitMean'));
	const lower = periodDiffs.filter((d) => d.significant && (d.mean ?? 0) < 0).length;
	const higher = periodDiffs.filter((d) => d.significant && (d.mean ?? 0) > 0).length;
	let caption = f.t('compare.caption.waitsPeak', {
		period: periodLabel(c.baseline, peak, f),
		baseline: f.minutes(value(P[peak], 'waitMean').mean, 1),
		redesign: f.minutes(value(c.redesign.periods[peak], 'waitMean').mean, 1)
	});
	caption += ' ' + f.t('compare.caption.waitsPeriods', { lower, higher, total: P.length });
	return {
		caption,
		geometry: { kind: 'line', chart },
		table: {
			head: [f.t('compare.col.period'), bn, rn, f.t('compare.col.difference')],
			rows: P.map((p, k) => [
				periodLabel(c.baseline, k, f),
				formatKpi(value(p, 'waitMean'), 'minutes', f),
				formatKpi(value(c.redesign.periods[k], 'waitMean'), 'minutes', f),
				periodDiffs[k] ? formatDifference(periodDiffs[k].mean, 'minutes', f) : '—'
			])
		}
	};
}

/* ------------------------------------------------------------------ wait distribution */

export interface DistributionGeometry extends BarChart {
	targetX: number;
}

export function distributionComparisonChart(c: Comparison, scenario: Scenario, f: Formatters): ChartModel<DistributionGeometry> {
	const [bn, rn] = names(f);
	const { upper } = c.baseline.waitHistogram;
	const last = upper.length - 1;
	const target = scenario.targets?.waitMinutes ?? 10;
	const binLabel = (k: number) =>
		k === 0
			? f.t('compare.hist.noWait')
			: k === last
				? f.t('compare.hist.over', { value: f.minutes(upper[last - 1], 0) })
				: f.t('compare.hist.range', { low: f.num(upper[k - 1], 1), high: f.num(upper[k], 1) });
	const shares = [c.baseline.waitHistogram.share, c.redesign.waitHistogram.share];
	const groups = upper.map((_, k) => {
		const values = shares.map((s) => s[k] ?? { mean: null, low: null, high: null });
		return { label: '', values, tips: values.map((v, i) => `${binLabel(k)}, ${[bn, rn][i]}: ${formatKpi(v, 'share', f)}`) };
	});
	const g = groupedBarChart(groups, { format: (v) => f.pct(v, 0) });
	const band = (k: number) => g.bars.filter((_, i) => Math.floor(i / 2) === k);
	const right = (k: number) => Math.max(...band(k).map((b) => b.x + b.w));
	const left = (k: number) => Math.min(...band(k).map((b) => b.x));
	const edge = (k: number) => (right(k) + left(k + 1)) / 2;
	const centre = (k: number) => (left(k) + right(k)) / 2;
	const xLabels = [{ pos: centre(0), label: f.num(0) }];
	// edges at 1× and 2× the target; 3× would crowd the last bar's label
	for (const k of [4, 8]) if (k < last) xLabels.push({ pos: edge(k), label: f.num(upper[k], 0) });
	xLabels.push({ pos: centre(last), label: `>${f.num(upper[last - 1], 0)}` });
	const within = (s: KpiValue[]) => s.slice(0, 5).reduce((a, v) => a + mean(v), 0);
	const caption = f.t('compare.caption.distribution', {
		target: f.minutes(target, 0),
		baseline: f.pct(within(shares[0]), 0),
		redesign: f.pct(within(shares[1]), 0),
		long: f.minutes(upper[last - 1], 0),
		baselineLong: f.pct(mean(shares[0][last]), 1),
		redesignLong: f.pct(mean(shares[1][last]), 1)
	});
	return {
		caption,
		geometry: { ...g, xLabels, targetX: upper.length > 5 ? edge(4) : PLOT.right },
		table: {
			head: [f.t('compare.col.wait'), bn, rn],
			rows: upper.map((_, k) => [binLabel(k), formatValue(shares[0][k]?.mean, 'share', f), formatValue(shares[1][k]?.mean, 'share', f)])
		}
	};
}

/* ------------------------------------------------------------------ satisfaction by segment */

export function segmentSatisfactionChart(c: Comparison, scenario: Scenario, f: Formatters): ChartModel<BarChart> | null {
	const [bn, rn] = names(f);
	const ids = scenario.segments
		.map((s) => s.id)
		.filter((id) => value(c.baseline.segments[id], 'csat').mean !== null && value(c.redesign.segments[id], 'csat').mean !== null);
	if (ids.length === 0) return null;
	const label = (id: string) => scenario.segments.find((s) => s.id === id)?.name ?? id;
	const overall = {
		id: '',
		name: f.t('compare.allCustomers'),
		b: value(c.baseline.overall, 'csat'),
		r: value(c.redesign.overall, 'csat'),
		d: diff(c.difference.overall, 'csat')
	};
	const rows = [
		overall,
		...ids.map((id) => ({
			id,
			name: label(id),
			b: value(c.baseline.segments[id], 'csat'),
			r: value(c.redesign.segments[id], 'csat'),
			d: diff(c.difference.segments[id], 'csat')
		}))
	];
	const groups = rows.map((row) => ({
		label: row.name,
		values: [row.b, row.r],
		tips: [row.b, row.r].map((v, i) => `${row.name}, ${[bn, rn][i]}: ${formatKpi(v, 'share', f)}`)
	}));
	const target = scenario.targets?.minCsat;
	const chart = groupedBarChart(groups, {
		format: (v) => f.pct(v, 0),
		yMax: 1,
		refs: target !== undefined ? [{ value: target, label: f.t('compare.targetLine', { value: f.pct(target, 0) }) }] : []
	});
	const segs = rows.slice(1).filter((r) => r.d.mean !== null);
	const most = segs.reduce((a, r) => (Math.abs(r.d.mean ?? 0) > Math.abs(a.d.mean ?? 0) ? r : a), segs[0] ?? overall);
	const caption = f.t(most.d.significant ? 'compare.caption.segmentsMost' : 'compare.caption.segmentsUnclear', {
		segment: most.name,
		change: formatDifference(most.d.mean, 'share', f),
		baseline: f.pct(overall.b.mean, 0),
		redesign: f.pct(overall.r.mean, 0)
	});
	return {
		caption,
		geometry: chart,
		table: {
			head: [f.t('compare.col.segment'), bn, rn, f.t('compare.col.difference'), f.t('compare.col.ci')],
			rows: rows.map((row) => [
				row.name,
				formatValue(row.b.mean, 'share', f),
				formatValue(row.r.mean, 'share', f),
				formatDifference(row.d.mean, 'share', f),
				differenceInterval(row.d, 'share', f) ?? '—'
			])
		}
	};
}
