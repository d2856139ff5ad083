// The dashboard's panels for multi-channel journeys (format v2), as data: channel shares per
// choice node (overall and per period of arrival, with 95 % intervals), appointments
// (punctuality, no-shows, idle slots), callbacks (offered, accepted, time away) and predicted
// complaints (overall, per segment, and against the queue by period: the "peak queue time vs
// complaints" relation). Each is present only when the results carry its section. Like
// charts.ts: geometry, a caption in plain words from the numbers, and a table alternative.

import { kpiValue, type KpiValue, type Results, type Scenario } from '$lib/sim';
import { barChart, lineChart, scatterChart, type BarChart, type LineChart, type ScatterChart } from './chart-geometry';
import { hasDayAxis, periodLabel, sentence, type ChartModel } from './charts';
import { formatKpi, formatRange, formatValue, PALETTE, type Formatters, type Unit } from './format';
import { nodeName } from './kpi-cards';

const mean = (v: KpiValue | undefined) => v?.mean ?? 0;
const defined = (v: KpiValue | undefined): v is KpiValue & { mean: number } => v !== undefined && v.mean !== null;
const EMPTY: KpiValue = { mean: null, low: null, high: null };
const list = (items: string[], f: Formatters) => items.join(f.t('app.listSeparator'));

/* ------------------------------------------------------------------ channel shares */

export interface LegendEntry {
	label: string;
	color: string;
}

export interface ChannelPanel {
	/** Choice node id. */
	id: string;
	name: string;
	legend: LegendEntry[];
	shares: ChartModel<BarChart>;
	/** Shares per period of arrival (day mode with more than one period), else null. */
	byPeriod: ChartModel<LineChart> | null;
}

/** One panel per choice node, in the order of the results. */
export function channelPanels(results: Results, scenario: Scenario, f: Formatters): ChannelPanel[] {
	return Object.entries(results.channels ?? {}).map(([id, node]) => {
		const name = node.name || nodeName(scenario, id);
		const alts = node.alternatives;
		const legend = alts.map((a, i) => ({ label: a.label, color: PALETTE[i % PALETTE.length] }));
		const shares = barChart(
			alts.map((a, i) => ({
				label: a.label,
				value: a.share,
				color: legend[i].color,
				tip: `${a.label}: ${formatKpi(a.share, 'share', f)}`
			})),
			{ format: (v) => f.pct(v, 0), yMax: 1 }
		);
		const items = alts
			.filter((a) => defined(a.share))
			.map((a) => f.t('channels-results.caption.shareItem', { label: a.label, value: f.pct(a.share.mean, 0) }));
		const caption = items.length
			? f.t('channels-results.caption.shares', { node: name, list: list(items, f) })
			: f.t('channels-results.caption.noShares');
		return {
			id,
			name,
			legend,
			shares: {
				caption,
				geometry: shares,
				table: {
					head: [f.t('channels-results.col.channel'), f.t('results.col.share'), f.t('results.col.ci')],
					rows: alts.map((a) => [a.label, formatValue(a.share.mean, 'share', f), formatRange(a.share, 'share', f) ?? '—'])
				}
			},
			byPeriod: hasDayAxis(results) && node.periods.length === results.periods.length ? periodShares(results, id, legend, f) : null
		};
	});
}

function periodShares(results: Results, id: string, legend: LegendEntry[], f: Formatters): ChartModel<LineChart> {
	const node = results.channels![id];
	const P = results.periods;
	const at = (k: number, i: number) => node.periods[k]?.share[i] ?? EMPTY;
	const input = node.alternatives.map((a, i) => ({
		id: a.to,
		name: a.label,
		color: legend[i].color,
		points: P.map((p, k) => ({
			t: (p.start + p.end) / 2,
			v: at(k, i),
			tip: `${a.label}, ${periodLabel(results, k, f)}: ${formatKpi(at(k, i), 'share', f)}`
		}))
	}));
	const every = P.length > 12 ? Math.ceil(P.length / 8) : 1;
	const ticks = [...P.map((p) => p.start as number), P[P.length - 1].end as number].filter((_, i) => i % every === 0);
	// the channel whose share moves most over the day
	let widest = { i: -1, lo: -1, hi: -1, range: 0 };
	node.alternatives.forEach((_, i) => {
		const ks = P.map((_, k) => k).filter((k) => defined(at(k, i)));
		if (ks.length < 2) return;
		const lo = ks.reduce((b, k) => (mean(at(k, i)) < mean(at(b, i)) ? k : b));
		const hi = ks.reduce((b, k) => (mean(at(k, i)) > mean(at(b, i)) ? k : b));
		const range = mean(at(hi, i)) - mean(at(lo, i));
		if (range > widest.range) widest = { i, lo, hi, range };
	});
	const caption =
		widest.i < 0 || widest.range < 0.02
			? f.t('channels-results.caption.periodsSteady')
			: f.t('channels-results.caption.periodsMost', {
					label: node.alternatives[widest.i].label,
					low: f.pct(at(widest.lo, widest.i).mean, 0),
					lowPeriod: periodLabel(results, widest.lo, f),
					high: f.pct(at(widest.hi, widest.i).mean, 0),
					highPeriod: periodLabel(results, widest.hi, f)
				});
	return {
		caption,
		geometry: lineChart(input, {
			domain: [P[0].start, P[P.length - 1].end],
			xTicks: ticks,
			formatX: f.clock,
			formatY: (v) => f.pct(v, 0)
		}),
		table: {
			head: [f.t('results.col.period'), ...node.alternatives.map((a) => a.label)],
			rows: P.map((_, k) => [periodLabel(results, k, f), ...node.alternatives.map((_, i) => formatKpi(at(k, i), 'share', f))])
		}
	};
}

/* ------------------------------------------------------------------ appointments and callbacks */

/** A small table of figures: one row per measure, one column per node, each cell the value and its 95 % interval. */
export interface FactsTable {
	caption: string;
	columns: string[];
	rows: { key: string; label: string; cells: { value: string; ci: string | null }[] }[];
}

const cell = (v: KpiValue | undefined, unit: Unit, f: Formatters) => {
	if (!v || v.mean === null) return { value: '—', ci: null };
	const range = formatRange(v, unit, f);
	return { value: formatValue(v.mean, unit, f), ci: range ? f.t('results.ci', { range }) : null };
};

/** A count per replication: whole numbers without decimals ("16 slots"), others with one. */
const count = (x: number | null, f: Formatters) => (x === null ? '—' : f.num(x, Math.abs(x - Math.round(x)) < 0.05 ? 0 : 1));

/** Signed minutes: "+3.3 min" late, "−2.0 min" early. */
function signedMinutes(x: number | null, f: Formatters): string {
	if (x === null) return '—';
	const text = formatValue(Math.abs(x), 'minutes', f);
	return Math.abs(x) < 0.05 ? text : `${x > 0 ? '+' : '−'}${text}`;
}

const APPOINTMENT_ROWS: { key: keyof NonNullable<Results['appointments']>[string]; unit: Unit }[] = [
	{ key: 'slots', unit: 'count' },
	{ key: 'booked', unit: 'count' },
	{ key: 'noShow', unit: 'share' },
	{ key: 'late', unit: 'share' },
	{ key: 'turnedAway', unit: 'share' },
	{ key: 'latenessMean', unit: 'minutes' },
	{ key: 'idleSlots', unit: 'share' }
];

export function appointmentsTable(results: Results, scenario: Scenario, f: Formatters): FactsTable | null {
	const entries = Object.entries(results.appointments ?? {});
	if (entries.length === 0) return null;
	const captions = entries.map(([id, a]) => {
		const node = scenario.nodes.find((n) => n.id === id);
		const grace = node?.kind === 'appointments' ? (node.lateGraceMinutes ?? 10) : 10;
		let text = f.t('channels-results.caption.appointments', {
			node: a.name || nodeName(scenario, id),
			slots: count(a.slots.mean, f),
			booked: count(a.booked.mean, f),
			noShow: f.pct(a.noShow.mean, 0),
			late: f.pct(a.late.mean, 0),
			grace: f.minutes(grace, 0),
			lateness: signedMinutes(a.latenessMean.mean, f)
		});
		text = sentence(text, f.t('channels-results.caption.idleSlots', { idle: f.pct(a.idleSlots.mean, 0) }));
		if (mean(a.turnedAway) >= 0.0005)
			text = sentence(text, f.t('channels-results.caption.turnedAway', { value: f.pct(a.turnedAway.mean, 1) }));
		return text;
	});
	return {
		caption: captions.reduce(sentence),
		columns: entries.map(([id, a]) => a.name || nodeName(scenario, id)),
		rows: APPOINTMENT_ROWS.map(({ key, unit }) => ({
			key,
			label: f.t(`channels-results.appointments.${key}`),
			cells: entries.map(([, a]) =>
				key === 'latenessMean'
					? { ...cell(a.latenessMean, unit, f), value: signedMinutes(a.latenessMean.mean, f) }
					: unit === 'count'
						? { ...cell(a[key] as KpiValue, unit, f), value: count((a[key] as KpiValue).mean, f) }
						: cell(a[key] as KpiValue, unit, f)
			)
		}))
	};
}

export function callbacksTable(results: Results, scenario: Scenario, f: Formatters): FactsTable | null {
	const entries = Object.entries(results.callbacks ?? {});
	if (entries.length === 0) return null;
	const modeOf = (id: string) => {
		const n = scenario.nodes.find((x) => x.id === id);
		return n?.kind === 'station' ? n.callback?.mode : undefined;
	};
	// late returns exist only where customers walk back ("return" mode)
	const anyReturn = entries.some(([id, c]) => modeOf(id) === 'return' || (modeOf(id) === undefined && defined(c.lateReturn)));
	const captions = entries.map(([id, c]) => {
		let text = f.t('channels-results.caption.callbacks', {
			station: nodeName(scenario, id),
			offered: f.pct(c.offered.mean, 0),
			accepted: f.pct(c.accepted.mean, 0),
			away: f.minutes(c.awayMean.mean, 1)
		});
		if (modeOf(id) !== 'callback' && defined(c.lateReturn))
			text = sentence(text, f.t('channels-results.caption.lateReturn', { value: f.pct(c.lateReturn.mean, 0) }));
		return text;
	});
	const rows: { key: 'offered' | 'accepted' | 'awayMean' | 'lateReturn'; unit: Unit }[] = [
		{ key: 'offered', unit: 'share' },
		{ key: 'accepted', unit: 'share' },
		{ key: 'awayMean', unit: 'minutes' },
		...(anyReturn ? [{ key: 'lateReturn' as const, unit: 'share' as const }] : [])
	];
	return {
		caption: captions.reduce(sentence),
		columns: entries.map(([id]) => {
			const mode = modeOf(id);
			return mode ? `${nodeName(scenario, id)} (${f.t(`channels-results.callbacks.mode.${mode}`)})` : nodeName(scenario, id);
		}),
		rows: rows.map(({ key, unit }) => ({
			key,
			label: f.t(`channels-results.callbacks.${key}`),
			cells: entries.map(([id, c]) =>
				key === 'lateReturn' && modeOf(id) === 'callback' ? { value: '—', ci: null } : cell(c[key], unit, f)
			)
		}))
	};
}

/* ------------------------------------------------------------------ complaints */

export interface ComplaintsPanel {
	overall: KpiValue;
	/** Complaint share per segment, with the overall rate as a reference line. */
	segments: ChartModel<BarChart>;
	/** Complaints of each period's arrivals against the mean number waiting in that period (day mode), else null. */
	queue: ChartModel<ScatterChart> | null;
}

/** Pearson correlation of paired values (null with fewer than three pairs or no spread). */
export function correlation(xs: number[], ys: number[]): number | null {
	const n = xs.length;
	if (n < 3) return null;
	const mx = xs.reduce((s, x) => s + x, 0) / n;
	const my = ys.reduce((s, y) => s + y, 0) / n;
	let sxy = 0;
	let sxx = 0;
	let syy = 0;
	for (let i = 0; i < n; i++) {
		sxy += (xs[i] - mx) * (ys[i] - my);
		sxx += (xs[i] - mx) ** 2;
		syy += (ys[i] - my) ** 2;
	}
	return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : null;
}

/** Mean number waiting in period k, summed over every station (time-average over the period's clock time). */
export const waitingInPeriod = (results: Results, k: number) =>
	Object.values(results.stationPeriods[k] ?? {}).reduce((s, set) => s + mean(kpiValue(set, 'queueLengthMean')), 0);

export function complaintsPanel(results: Results, scenario: Scenario, f: Formatters): ComplaintsPanel | null {
	const overall = kpiValue(results.overall, 'complaints');
	if (!defined(overall)) return null;
	const segs = scenario.segments.filter((s) => defined(kpiValue(results.segments[s.id], 'complaints')));
	const values = segs.map((s) => kpiValue(results.segments[s.id], 'complaints'));
	const chart = barChart(
		segs.map((s, i) => ({ label: s.name, value: values[i], color: PALETTE[4], tip: `${s.name}: ${formatKpi(values[i], 'share', f)}` })),
		{
			format: (v) => f.pct(v, v < 0.1 ? 1 : 0),
			refs: [{ value: overall.mean, label: f.t('channels-results.allCustomers', { value: f.pct(overall.mean, 1) }) }]
		}
	);
	const perDay =
		results.mode === 'day' && defined(kpiValue(results.overall, 'arrivals'))
			? overall.mean * mean(kpiValue(results.overall, 'arrivals'))
			: null;
	let caption = f.t(perDay !== null ? 'channels-results.caption.complaintsDay' : 'channels-results.caption.complaints', {
		value: f.pct(overall.mean, 1),
		count: f.num(perDay, perDay !== null && perDay < 10 ? 1 : 0)
	});
	if (segs.length > 1) {
		const top = values.reduce((b, v, i) => (mean(v) > mean(values[b]) ? i : b), 0);
		caption = sentence(
			caption,
			f.t('channels-results.caption.complaintsSegment', { segment: segs[top].name, value: f.pct(values[top].mean, 1) })
		);
	}
	return {
		overall,
		segments: {
			caption,
			geometry: chart,
			table: {
				head: [f.t('results.col.segment'), f.t('channels-results.col.complaints'), f.t('results.col.ci')],
				rows: [
					[f.t('channels-results.everyone'), formatValue(overall.mean, 'share', f), formatRange(overall, 'share', f) ?? '—'],
					...segs.map((s, i) => [s.name, formatValue(values[i].mean, 'share', f), formatRange(values[i], 'share', f) ?? '—'])
				]
			}
		},
		queue: hasDayAxis(results) ? complaintsQueue(results, f) : null
	};
}

function complaintsQueue(results: Results, f: Formatters): ChartModel<ScatterChart> | null {
	const P = results.periods;
	const rows = P.map((p, k) => ({ k, x: waitingInPeriod(results, k), y: kpiValue(p, 'complaints') }));
	const withData = rows.filter((r) => defined(r.y));
	if (withData.length === 0) return null;
	const geometry = scatterChart(
		rows.map((r) => ({
			x: r.x,
			y: r.y,
			label: f.clock(P[r.k].start),
			tip: f.t('channels-results.tipComplaints', {
				period: periodLabel(results, r.k, f),
				waiting: f.num(r.x, 1),
				value: formatKpi(r.y, 'share', f)
			})
		})),
		{ formatX: (v) => f.num(v, v % 1 ? 1 : 0), formatY: (v) => f.pct(v, v < 0.1 ? 1 : 0) }
	);
	const peak = withData.reduce((b, r) => (mean(r.y) > mean(b.y) ? r : b));
	const calm = withData.reduce((b, r) => (mean(r.y) < mean(b.y) ? r : b));
	let caption = f.t('channels-results.caption.queuePeak', {
		period: periodLabel(results, peak.k, f),
		value: f.pct(peak.y.mean, 1),
		waiting: f.num(peak.x, 1),
		low: f.pct(calm.y.mean, 1),
		lowPeriod: periodLabel(results, calm.k, f)
	});
	const r = correlation(
		withData.map((x) => x.x),
		withData.map((x) => mean(x.y))
	);
	if (r !== null)
		caption = sentence(
			caption,
			f.t(
				r >= 0.7
					? 'channels-results.caption.queueStrong'
					: r >= 0.3
						? 'channels-results.caption.queueLoose'
						: 'channels-results.caption.queueNone',
				{
					r: f.num(r, 2)
				}
			)
		);
	return {
		caption,
		geometry,
		table: {
			head: [f.t('results.col.period'), f.t('channels-results.col.waiting'), f.t('channels-results.col.complaints'), f.t('results.col.ci')],
			rows: rows.map((x) => [
				periodLabel(results, x.k, f),
				f.num(x.x, 1),
				formatValue(x.y.mean, 'share', f),
				formatRange(x.y, 'share', f) ?? '—'
			])
		}
	};
}

/** Whether the results carry any of the journey sections (the dashboard shows the panels only then). */
export const hasJourneys = (results: Results) =>
	Object.keys(results.channels ?? {}).length > 0 ||
	Object.keys(results.appointments ?? {}).length > 0 ||
	Object.keys(results.callbacks ?? {}).length > 0 ||
	defined(kpiValue(results.overall, 'complaints'));
