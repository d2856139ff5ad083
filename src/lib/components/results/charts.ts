// The dashboard's charts as data: geometry (chart-geometry.ts), a caption in plain words
// generated from the numbers, and the table alternative. Components only draw these.

import { kpiValue, type KpiValue, type Results, type Scenario } from '$lib/sim';
import { barChart, lineChart, type BarChart, type LineChart } from './chart-geometry';
import { formatKpi, formatRange, formatValue, PALETTE, type Formatters } from './format';
import { nodeName } from './kpi-cards';

export interface TableData {
	head: string[];
	rows: string[][];
}

export interface ChartModel<G> {
	caption: string;
	table: TableData;
	geometry: G;
}

const kv = kpiValue;
const mean = (v: KpiValue) => v.mean ?? 0;

export const targetWait = (scenario: Scenario) => scenario.targets?.waitMinutes ?? 10;

/** Day mode with more than one period has a time axis; steady state (or one period) does not. */
export const hasDayAxis = (results: Results) => results.mode === 'day' && results.periods.length > 1;

export const periodLabel = (results: Results, p: number, f: Formatters) =>
	f.t('results.timeRange', { from: f.clock(results.periods[p].start), to: f.clock(results.periods[p].end) });

export const stationIds = (results: Results) => Object.keys(results.stations);

/** Two sentences of a caption: a space between them, except after a full-width stop (Chinese). */
export const sentence = (a: string, b: string) => (/[。！？]$/.test(a) ? a + b : `${a} ${b}`);

/* ------------------------------------------------------------------ wait distribution */

export interface HistogramGeometry extends BarChart {
	/** x of the target-wait boundary. */
	targetX: number;
}

export function waitHistogramChart(results: Results, scenario: Scenario, f: Formatters): ChartModel<HistogramGeometry> {
	const { upper, share } = results.waitHistogram;
	const T = targetWait(scenario);
	const last = upper.length - 1;
	const edgeLabel = (x: number | null) => f.num(x, x !== null && x % 1 ? 1 : 0);
	const binLabel = (k: number) =>
		k === 0
			? f.t('results.hist.noWait')
			: k === last
				? f.t('results.hist.over', { value: f.minutes(upper[last - 1], 0) })
				: f.t('results.rangeMinutes', { low: edgeLabel(upper[k - 1]), high: edgeLabel(upper[k]) });
	const g = barChart(
		share.map((v, k) => ({
			label: binLabel(k),
			value: v,
			color: k <= 4 ? PALETTE[0] : PALETTE[1],
			tip: `${binLabel(k)}: ${formatKpi(v, 'share', f)}`
		})),
		{ format: (v) => f.pct(v, 0) }
	);
	const edge = (k: number) => (g.bars[k].x + g.bars[k].w + g.bars[k + 1].x) / 2;
	const xLabels = [{ pos: g.bars[0].x + g.bars[0].w / 2, label: f.num(0) }];
	for (const k of [4, 8]) if (k < last) xLabels.push({ pos: edge(k), label: f.num(upper[k], 0) });
	xLabels.push({ pos: g.bars[last].x + g.bars[last].w / 2, label: `>${f.num(upper[last - 1], 0)}` });
	const sum = (to: number) => share.slice(0, to + 1).reduce((s, v) => s + mean(v), 0);
	let caption = f.t('results.caption.histogram', { none: f.pct(mean(share[0]), 0), within: f.pct(sum(4), 0), target: f.minutes(T, 0) });
	if (mean(share[last]) >= 0.005)
		caption = sentence(
			caption,
			f.t('results.caption.histogramOver', { over: f.pct(mean(share[last]), 0), long: f.minutes(upper[last - 1], 0) })
		);
	return {
		caption,
		geometry: { ...g, xLabels, targetX: edge(4) },
		table: {
			head: [f.t('results.col.wait'), f.t('results.col.share'), f.t('results.col.ci')],
			rows: share.map((v, k) => [binLabel(k), formatValue(v.mean, 'share', f), formatRange(v, 'share', f) ?? '—'])
		}
	};
}

/* ------------------------------------------------------------------ queue length */

export type QueueGeometry = { kind: 'line'; chart: LineChart } | { kind: 'bars'; chart: BarChart };

export function queueChart(results: Results, scenario: Scenario, f: Formatters): ChartModel<QueueGeometry> {
	const ids = stationIds(results);
	const names = ids.map((id) => nodeName(scenario, id));
	if (!hasDayAxis(results)) {
		const values = ids.map((id) => kv(results.stations[id], 'queueLengthMean'));
		const top = values.reduce((b, v, i) => (mean(v) > mean(values[b]) ? i : b), 0);
		return {
			caption:
				ids.length === 0 || mean(values[top]) === 0
					? f.t('results.caption.noQueue')
					: f.t('results.caption.queueSteady', { station: names[top], value: f.num(values[top].mean, 1) }),
			geometry: {
				kind: 'bars',
				chart: barChart(
					values.map((v, i) => ({
						label: names[i],
						value: v,
						color: PALETTE[i % PALETTE.length],
						tip: `${names[i]}: ${formatKpi(v, 'count', f)}`
					})),
					{ format: (v) => f.num(v, v < 10 && v % 1 ? 1 : 0) }
				)
			},
			table: {
				head: [f.t('results.col.station'), f.t('results.col.queueLength'), f.t('results.col.ci')],
				rows: values.map((v, i) => [names[i], formatValue(v.mean, 'count', f), formatRange(v, 'count', f) ?? '—'])
			}
		};
	}
	const P = results.periods;
	const waiting = (v: KpiValue) => {
		const range = formatRange(v, 'count', f);
		return f.t('results.tipWaiting', { value: formatValue(v.mean, 'count', f) }) + (range ? ` (${f.t('results.ci', { range })})` : '');
	};
	let best = { value: 0, station: -1, period: -1 };
	const input = ids.map((id, i) => ({
		id,
		name: names[i],
		color: PALETTE[i % PALETTE.length],
		points: P.map((p, k) => {
			const v = kv(results.stationPeriods[k]?.[id], 'queueLengthMean');
			if (mean(v) > best.value) best = { value: mean(v), station: i, period: k };
			return { t: (p.start + p.end) / 2, v, tip: `${names[i]}, ${periodLabel(results, k, f)}: ${waiting(v)}` };
		})
	}));
	const every = P.length > 12 ? Math.ceil(P.length / 8) : 1;
	const ticks = [...P.map((p) => p.start as number), P[P.length - 1].end as number].filter((_, i) => i % every === 0);
	return {
		caption:
			best.station < 0
				? f.t('results.caption.noQueue')
				: f.t('results.caption.queueDay', {
						station: names[best.station],
						value: f.num(best.value, 1),
						period: periodLabel(results, best.period, f)
					}),
		geometry: {
			kind: 'line',
			chart: lineChart(input, {
				domain: [P[0].start, P[P.length - 1].end],
				xTicks: ticks,
				formatX: f.clock,
				formatY: (v) => f.num(v, v % 1 ? 1 : 0)
			})
		},
		table: {
			head: [f.t('results.col.period'), ...names],
			rows: P.map((_, k) => [
				periodLabel(results, k, f),
				...ids.map((id) => formatKpi(kv(results.stationPeriods[k]?.[id], 'queueLengthMean'), 'count', f))
			])
		}
	};
}

/* ------------------------------------------------------------------ waits by period (or segment) */

export interface WaitsGeometry extends BarChart {
	/** 90th-percentile markers. */
	p90: { x: number; y: number; text: string }[];
}

export function waitsChart(results: Results, scenario: Scenario, f: Formatters): ChartModel<WaitsGeometry> {
	const T = targetWait(scenario);
	const byPeriod = hasDayAxis(results);
	const groups = byPeriod
		? results.periods.map((p, k) => ({ label: f.clock(p.start), name: periodLabel(results, k, f), set: p as Record<string, unknown> }))
		: scenario.segments
				.filter((s) => results.segments[s.id])
				.map((s) => ({ label: s.name, name: s.name, set: results.segments[s.id] as Record<string, unknown> }));
	const waits = groups.map((g) => kv(g.set, 'waitMean'));
	const p90s = groups.map((g) => kv(g.set, 'waitP90'));
	const tip = (i: number) =>
		`${groups[i].name}: ${f.t('results.col.waitMean')} ${formatKpi(waits[i], 'minutes', f)}; ${f.t('results.col.waitP90')} ${formatValue(p90s[i].mean, 'minutes', f)}`;
	const g = barChart(
		groups.map((gr, i) => ({ label: gr.label, value: waits[i], color: PALETTE[0], tip: tip(i) })),
		{
			format: (v) => f.num(v, v % 1 ? 1 : 0),
			refs: [{ value: T, label: f.t('results.targetLine', { value: f.minutes(T, 0) }) }],
			extra: p90s.map(mean)
		}
	);
	const p90 = g.bars.flatMap((b, i) => (p90s[i].mean === null ? [] : [{ x: b.x + b.w / 2, y: g.y(p90s[i].mean!), text: tip(i) }]));
	const withData = waits.map((w, i) => ({ w, i })).filter(({ w }) => w.mean !== null);
	let caption = f.t('results.caption.noWaits');
	if (withData.length > 0) {
		const peak = withData.reduce((b, x) => (mean(x.w) > mean(b.w) ? x : b));
		const over = mean(peak.w) > T;
		const kind = byPeriod ? 'waitsPeak' : groups.length > 1 ? 'waitsSegment' : 'waitsAll';
		caption = f.t(`results.caption.${kind}${over ? 'Over' : 'Under'}`, {
			value: f.minutes(peak.w.mean, 1),
			group: groups[peak.i].name,
			target: f.minutes(T, 0)
		});
		const late = p90s.filter((v) => mean(v) > T).length;
		if (byPeriod)
			caption = sentence(
				caption,
				late > 0
					? f.t('results.caption.p90Over', { count: late, total: groups.length, target: f.minutes(T, 0) })
					: f.t('results.caption.p90Under', { value: f.minutes(Math.max(...p90s.map(mean)), 1) })
			);
	}
	return {
		caption,
		geometry: { ...g, p90 },
		table: {
			head: [
				f.t(byPeriod ? 'results.col.period' : 'results.col.segment'),
				f.t('results.col.arrivals'),
				f.t('results.col.waitMean'),
				f.t('results.col.waitP90'),
				f.t('results.col.serviceLevel')
			],
			rows: groups.map((gr, i) => [
				gr.name,
				formatValue(kv(gr.set, 'arrivals').mean, 'count', f),
				formatKpi(waits[i], 'minutes', f),
				formatKpi(p90s[i], 'minutes', f),
				formatKpi(kv(gr.set, 'serviceLevel'), 'share', f)
			])
		}
	};
}

/* ------------------------------------------------------------------ utilisation */

export function utilisationChart(results: Results, scenario: Scenario, f: Formatters): ChartModel<BarChart> {
	const ids = stationIds(results);
	const names = ids.map((id) => nodeName(scenario, id));
	const values = ids.map((id) => kv(results.stations[id], 'utilisation'));
	const geometry = barChart(
		values.map((v, i) => ({
			label: names[i],
			value: v,
			color: PALETTE[i % PALETTE.length],
			tip: `${names[i]}: ${formatKpi(v, 'share', f)}`
		})),
		{ format: (v) => f.pct(v, 0), yMax: 1 }
	);
	const order = values
		.map((v, i) => i)
		.filter((i) => values[i].mean !== null)
		.sort((a, b) => mean(values[b]) - mean(values[a]));
	let caption = f.t('results.caption.noStations');
	if (order.length > 0) {
		const top = order[0];
		caption = f.t('results.caption.utilisationTop', { station: names[top], value: f.pct(values[top].mean, 0) });
		if (order.length > 1) {
			const low = order[order.length - 1];
			caption = sentence(caption, f.t('results.caption.utilisationLow', { station: names[low], value: f.pct(values[low].mean, 0) }));
		}
	}
	return {
		caption,
		geometry,
		table: {
			head: [f.t('results.col.station'), f.t('results.col.servers'), f.t('results.col.utilisation'), f.t('results.col.ci')],
			rows: ids.map((id, i) => [
				names[i],
				formatValue(kv(results.stations[id], 'servers').mean, 'servers', f),
				formatValue(values[i].mean, 'share', f),
				formatRange(values[i], 'share', f) ?? '—'
			])
		}
	};
}

/* ------------------------------------------------------------------ outcomes */

/** The outcomes bar spans the dashboard's width, so it has its own wide, low viewBox. */
export const OUTCOME_WIDTH = 1100;
export const OUTCOME_HEIGHT = 72;

export interface OutcomeSegment {
	id: string;
	label: string;
	share: number;
	x: number;
	w: number;
	color: string;
	tip: { x: number; y: number; text: string };
}

export function outcomesChart(results: Results, f: Formatters): ChartModel<{ segments: OutcomeSegment[]; y: number; h: number }> {
	const o = results.overall;
	const served = kv(o, 'servedShare');
	const resolved = kv(o, 'resolvedShare');
	const unresolved: KpiValue = { mean: Math.max(0, mean(served) - mean(resolved)), low: null, high: null };
	const parts: { id: string; v: KpiValue; color: string }[] = [
		{ id: 'resolved', v: resolved, color: '#2a9d8f' },
		{ id: 'unresolved', v: unresolved, color: '#8ab17d' },
		{ id: 'abandoned', v: kv(o, 'abandonment'), color: '#d9822b' },
		{ id: 'balked', v: kv(o, 'balking'), color: '#c0392b' },
		{ id: 'sentHome', v: kv(o, 'sentHome'), color: '#5c6b7a' }
	];
	const total = parts.reduce((s, p) => s + Math.max(0, mean(p.v)), 0) || 1;
	const width = OUTCOME_WIDTH - 2;
	const y = 12;
	const h = 48;
	let x = 1;
	const segments = parts.map((p) => {
		const w = (Math.max(0, mean(p.v)) / total) * width;
		const label = f.t(`results.outcome.${p.id}`);
		const seg = {
			id: p.id,
			label,
			share: mean(p.v),
			x,
			w,
			color: p.color,
			tip: { x: x + w / 2, y, text: `${label}: ${formatKpi(p.v, 'share', f)}` }
		};
		x += w;
		return seg;
	});
	const abandoned = kv(o, 'abandonment');
	let caption = f.t(mean(abandoned) >= 0.0005 ? 'results.caption.outcomes' : 'results.caption.outcomesNoAbandon', {
		resolved: f.pct(resolved.mean, 0),
		abandoned: f.pct(abandoned.mean, 1)
	});
	if (mean(unresolved) >= 0.005)
		caption = sentence(caption, f.t('results.caption.outcomesUnresolved', { value: f.pct(unresolved.mean, 0) }));
	if (mean(kv(o, 'balking')) >= 0.0005)
		caption = sentence(caption, f.t('results.caption.outcomesBalked', { value: f.pct(kv(o, 'balking').mean, 1) }));
	if (mean(kv(o, 'sentHome')) >= 0.0005)
		caption = sentence(caption, f.t('results.caption.outcomesSentHome', { value: f.pct(kv(o, 'sentHome').mean, 1) }));
	return {
		caption,
		geometry: { segments, y, h },
		table: {
			head: [f.t('results.col.outcome'), f.t('results.col.share'), f.t('results.col.ci')],
			rows: parts.map((p) => [f.t(`results.outcome.${p.id}`), formatValue(p.v.mean, 'share', f), formatRange(p.v, 'share', f) ?? '—'])
		}
	};
}
