// The assumptions behind a comparison, side by side for the report: run settings and targets,
// demand per period, staff per period, the stations, the flow, customer segments (patience,
// tolerances) and the satisfaction model's parameters with the status of each (evidence,
// practitioner data or modelling choice). Each row says whether the two designs differ.

import type { Arrivals, Distribution, FlowNode, Link, Scenario, Staffing } from '$lib/sim';
import { DEFAULT_SATISFACTION, resolveSatisfaction, type SatisfactionParams } from '$lib/sim';
import type { Formatters } from '$lib/components/results/format';

export interface AssumptionRow {
	label: string;
	baseline: string;
	redesign: string;
	changed: boolean;
	/** An extra column (e.g. the status of a satisfaction parameter). */
	note?: string;
}

export interface AssumptionTable {
	id: 'run' | 'demand' | 'staffing' | 'stations' | 'flow' | 'segments' | 'satisfaction';
	/** Header of the first column. */
	first: string;
	rows: AssumptionRow[];
	/** Header of the extra column, when rows have notes. */
	noteHead?: string;
}

const row = (label: string, baseline: string, redesign: string, note?: string): AssumptionRow => ({
	label,
	baseline,
	redesign,
	changed: baseline !== redesign,
	...(note ? { note } : {})
});

export function distributionText(d: Distribution | null | undefined, f: Formatters): string {
	if (!d) return f.t('report.a.never');
	const m = (x: number) => f.minutes(x, x % 1 ? 1 : 0);
	const name = f.t(`report.dist.${d.dist}`);
	switch (d.dist) {
		case 'exponential':
			return f.t('report.dist.withMean', { name, mean: m(d.mean) });
		case 'deterministic':
			return f.t('report.dist.fixed', { value: m(d.value) });
		case 'lognormal':
		case 'gamma':
		case 'weibull':
			return f.t('report.dist.withCv', { name, mean: m(d.mean), cv: f.num(d.cv, 2) });
		case 'erlang':
			return f.t('report.dist.withK', { name, mean: m(d.mean), k: d.k });
		case 'uniform':
			return f.t('report.dist.range', { name, min: m(d.min), max: m(d.max) });
		case 'triangular':
			return f.t('report.dist.triangularText', { name, min: m(d.min), mode: m(d.mode), max: m(d.max) });
		case 'empirical':
			return f.t('report.dist.empiricalText', { name, count: d.values.length });
	}
}

const dayMinutes = (s: Scenario) => (s.run.mode === 'steady' ? 0 : (s.run.hours ?? 8) * 60);
const resources = (s: Scenario) =>
	s.nodes.filter((n): n is Extract<FlowNode, { kind: 'station' | 'self-service' }> => n.kind === 'station' || n.kind === 'self-service');
const union = <T extends { id: string }>(a: T[], b: T[]) => [...new Map([...a, ...b].map((x) => [x.id, x])).values()];

/** Value of a per-period series at minute t (the last value holds). */
function at(values: number[], periodMinutes: number, t: number): number {
	return values[Math.min(values.length - 1, Math.floor(t / periodMinutes + 1e-9))];
}

function staffAt(s: Staffing | undefined, t: number): number | null {
	if (s === undefined) return null;
	return typeof s === 'number' ? s : at(s.count, s.periodMinutes, t);
}

function rateAt(a: Arrivals | undefined, t: number): number | null {
	if (!a || a.type !== 'poisson') return null;
	return typeof a.ratePerHour === 'number' ? a.ratePerHour : at(a.ratePerHour, a.periodMinutes ?? 60, t);
}

/** The period grid of a set of series: the shortest period, over the longer of the two days. */
function grid(b: Scenario, r: Scenario, periods: number[]): { start: number; end: number }[] {
	const day = Math.max(dayMinutes(b), dayMinutes(r));
	const p = Math.min(...periods, Infinity);
	if (!Number.isFinite(p) || day <= 0) return [{ start: 0, end: day }];
	return Array.from({ length: Math.ceil(day / p - 1e-9) }, (_, k) => ({ start: k * p, end: Math.min(day, (k + 1) * p) }));
}

function perPeriod<N extends { id: string; name: string }>(
	b: Scenario,
	r: Scenario,
	items: N[],
	periodsOf: (n: N) => number[],
	valueAt: (s: Scenario, id: string, t: number) => number | null,
	f: Formatters
): AssumptionRow[] {
	const slots = grid(b, r, items.flatMap(periodsOf));
	const label = (x: { start: number; end: number }) =>
		slots.length === 1 ? f.t('report.a.allDay') : f.t('report.a.period', { from: f.clock(x.start), to: f.clock(x.end) });
	const cell = (s: Scenario, t: number) =>
		items.map((n) => (valueAt(s, n.id, t) === null ? '—' : f.num(valueAt(s, n.id, t), valueAt(s, n.id, t)! % 1 ? 1 : 0))).join(' · ');
	return slots.map((x) => row(label(x), cell(b, x.start), cell(r, x.start)));
}

function demand(b: Scenario, r: Scenario, f: Formatters): AssumptionTable {
	const sources = union(
		b.nodes.filter((n) => n.kind === 'source'),
		r.nodes.filter((n) => n.kind === 'source')
	) as Extract<FlowNode, { kind: 'source' }>[];
	const arrivals = (s: Scenario, id: string) =>
		(s.nodes.find((n) => n.id === id) as Extract<FlowNode, { kind: 'source' }> | undefined)?.arrivals;
	const poisson = sources.filter((n) => n.arrivals.type === 'poisson');
	const rows = perPeriod(
		b,
		r,
		poisson,
		(n) =>
			n.arrivals.type === 'poisson' && Array.isArray(n.arrivals.ratePerHour) && n.arrivals.ratePerHour.length > 1
				? [n.arrivals.periodMinutes ?? 60]
				: [],
		(s, id, t) => rateAt(arrivals(s, id), t),
		f
	);
	const other = (a: Arrivals | undefined) =>
		!a
			? '—'
			: a.type === 'renewal'
				? f.t('report.a.renewal', { gap: distributionText(a.interarrival, f) })
				: a.type === 'trace'
					? f.t('report.a.trace', { count: a.times.length })
					: '';
	for (const n of sources.filter((n) => n.arrivals.type !== 'poisson'))
		rows.push(row(n.name, other(arrivals(b, n.id)), other(arrivals(r, n.id))));
	return {
		id: 'demand',
		first: poisson.length ? f.t('report.a.demandHead', { sources: poisson.map((n) => n.name).join(' · ') }) : f.t('report.a.source'),
		rows
	};
}

function staffing(b: Scenario, r: Scenario, f: Formatters): AssumptionTable {
	const stations = union(resources(b), resources(r));
	const staff = (s: Scenario, id: string) => {
		const n = s.nodes.find((x) => x.id === id);
		return n?.kind === 'station' ? n.servers : n?.kind === 'self-service' ? n.units : undefined;
	};
	const periods = (n: (typeof stations)[number]) => {
		const s = n.kind === 'station' ? n.servers : n.units;
		return typeof s === 'number' ? [] : [s.periodMinutes];
	};
	if (
		stations.every((n) => periods(n).length === 0) &&
		stations.every((n) => typeof (staff(b, n.id) ?? 0) === 'number' && typeof (staff(r, n.id) ?? 0) === 'number')
	) {
		// the same staff all day in both designs: one row per station reads best
		const count = (s: Scenario, id: string) => (staff(s, id) === undefined ? f.t('report.a.absent') : f.num(staff(s, id) as number, 0));
		return { id: 'staffing', first: f.t('report.a.station'), rows: stations.map((n) => row(n.name, count(b, n.id), count(r, n.id))) };
	}
	const rows = perPeriod(b, r, stations, periods, (s, id, t) => staffAt(staff(s, id), t), f);
	return { id: 'staffing', first: f.t('report.a.staffHead', { stations: stations.map((n) => n.name).join(' · ') }), rows };
}

function stationFacts(n: FlowNode | undefined, f: Formatters): string {
	if (!n || (n.kind !== 'station' && n.kind !== 'self-service')) return f.t('report.a.absent');
	const parts = [f.t('report.a.service', { value: distributionText(n.service, f) })];
	if (n.kind === 'station') {
		parts.push(f.t('report.a.resolution', { value: f.pct(n.resolutionRate ?? 1, 0) }));
		if (n.discipline === 'priority') parts.push(f.t('report.a.priority'));
	} else parts.push(f.t('report.a.success', { value: f.pct(n.successRate ?? 1, 0) }));
	if (n.queueCapacity !== undefined && n.queueCapacity !== null) parts.push(f.t('report.a.capacity', { value: n.queueCapacity }));
	if (n.costPerServerHour) parts.push(f.t('report.a.cost', { value: f.num(n.costPerServerHour, n.costPerServerHour % 1 ? 2 : 0) }));
	parts.push(f.t(`report.a.wait.${n.waitExperience ?? (n.kind === 'self-service' ? 'occupied' : 'unoccupied')}`));
	if (n.showsExpectedWait) parts.push(f.t('report.a.showsWait'));
	return parts.join(' · ');
}

function linkText(l: Link, s: Scenario, f: Formatters): string {
	const parts: string[] = [];
	if (l.probability !== undefined) parts.push(f.pct(l.probability, 0));
	if (l.on && l.on !== 'done') parts.push(f.t(`report.a.on.${l.on}`));
	if (l.segments) parts.push(l.segments.map((id) => s.segments.find((x) => x.id === id)?.name ?? id).join(', '));
	return parts.join(' · ') || f.t('report.a.always');
}

function flow(b: Scenario, r: Scenario, f: Formatters): AssumptionTable {
	const name = (id: string) => r.nodes.find((n) => n.id === id)?.name ?? b.nodes.find((n) => n.id === id)?.name ?? id;
	const key = (l: Link) => `${l.from}→${l.to}→${l.on ?? 'done'}→${(l.segments ?? []).join(',')}`;
	const keys = [...new Set([...b.links.map(key), ...r.links.map(key)])];
	const text = (s: Scenario, k: string) => {
		const l = s.links.find((x) => key(x) === k);
		return l ? linkText(l, s, f) : f.t('report.a.absent');
	};
	const rows = keys.map((k) => {
		const l = (b.links.find((x) => key(x) === k) ?? r.links.find((x) => key(x) === k))!;
		return row(`${name(l.from)} → ${name(l.to)}`, text(b, k), text(r, k));
	});
	return { id: 'flow', first: f.t('report.a.link'), rows };
}

function segments(b: Scenario, r: Scenario, f: Formatters): AssumptionTable {
	const facts = (s: Scenario, id: string) => {
		const g = s.segments.find((x) => x.id === id);
		if (!g) return f.t('report.a.absent');
		const parts = [f.t('report.a.share', { value: f.pct(g.share, 0) })];
		if (g.priority) parts.push(f.t('report.a.segmentPriority', { value: g.priority }));
		parts.push(f.t('report.a.patience', { value: distributionText(g.patience, f) }));
		if (g.tolerance)
			parts.push(f.t('report.a.tolerance', { desired: f.minutes(g.tolerance.desired, 1), adequate: f.minutes(g.tolerance.adequate, 1) }));
		return parts.join(' · ');
	};
	return {
		id: 'segments',
		first: f.t('report.a.segment'),
		rows: union(b.segments, r.segments).map((g) => row(g.name, facts(b, g.id), facts(r, g.id)))
	};
}

function run(b: Scenario, r: Scenario, comparison: { replications: number; seed: number; engine: string }, f: Formatters): AssumptionTable {
	const hours = (s: Scenario) =>
		s.run.mode === 'steady'
			? f.t('report.a.steady', { warmup: f.minutes(s.run.warmup ?? 0, 0), length: f.minutes(s.run.length ?? 0, 0) })
			: f.t(s.run.drain === false ? 'report.a.dayNoDrain' : 'report.a.day', { from: f.clock(0), to: f.clock(dayMinutes(s)) });
	const target = (s: Scenario) => {
		const t = s.targets ?? {};
		const parts = [f.t('report.a.targetWait', { value: f.minutes(t.waitMinutes ?? 10, 0) })];
		if (t.serviceLevel !== undefined) parts.push(f.t('report.a.targetSl', { value: f.pct(t.serviceLevel, 0) }));
		if (t.maxAbandonment !== undefined) parts.push(f.t('report.a.targetAbandonment', { value: f.pct(t.maxAbandonment, 0) }));
		if (t.minCsat !== undefined) parts.push(f.t('report.a.targetCsat', { value: f.pct(t.minCsat, 0) }));
		return parts.join(' · ');
	};
	const same = (x: string) => row('', x, x);
	return {
		id: 'run',
		first: f.t('report.a.setting'),
		rows: [
			row(f.t('report.a.hours'), hours(b), hours(r)),
			row(f.t('report.a.targets'), target(b), target(r)),
			{
				...same(f.num(comparison.replications, 0)),
				label: f.t(b.run.mode === 'steady' ? 'report.a.replicationsSteady' : 'report.a.replications')
			},
			{ ...same(String(comparison.seed)), label: f.t('report.a.seed') },
			{ ...same(comparison.engine), label: f.t('report.a.engine') }
		]
	};
}

/** Where each satisfaction parameter comes from (satisfaction-model.md, "Evidence and choices"). */
export const PARAMETER_STATUS: Record<string, 'evidence' | 'practitioner' | 'choice' | 'magnitude'> = {
	toleranceSpread: 'choice',
	baseline: 'practitioner',
	zonePenalty: 'choice',
	beyondPenalty: 'choice',
	maxWaitPenalty: 'choice',
	unresolved: 'practitioner',
	abandoned: 'choice',
	extraContact: 'practitioner',
	transfer: 'practitioner',
	overtake: 'choice',
	maxOvertakes: 'choice',
	cutpoints: 'practitioner',
	promoterCut: 'practitioner',
	detractorCut: 'practitioner',
	npsScale: 'practitioner',
	'waitExperience.unoccupied': 'magnitude',
	'waitExperience.phone': 'choice',
	'waitExperience.occupied': 'choice',
	'waitExperience.away': 'choice',
	expectedWaitShown: 'choice',
	afterServiceStarted: 'choice',
	'complaints.veryDissatisfied': 'choice'
};

function flatParams(p: SatisfactionParams): Record<string, string> {
	const out: Record<string, string> = {};
	for (const [k, v] of Object.entries(p)) {
		if (Array.isArray(v)) out[k] = v.map((x) => String(x)).join(', ');
		else if (v && typeof v === 'object') for (const [k2, v2] of Object.entries(v)) out[`${k}.${k2}`] = String(v2);
		else out[k] = String(v);
	}
	return out;
}

function satisfaction(b: Scenario, r: Scenario, f: Formatters): AssumptionTable {
	const pb = flatParams(resolveSatisfaction(b.satisfaction));
	const pr = flatParams(resolveSatisfaction(r.satisfaction));
	const pd = flatParams(DEFAULT_SATISFACTION as SatisfactionParams);
	const rows = Object.keys(pd).map((k) => {
		const edited = pb[k] !== pd[k] || pr[k] !== pd[k];
		const status = f.t(`report.status.${PARAMETER_STATUS[k] ?? 'choice'}`) + (edited ? ` · ${f.t('report.status.edited')}` : '');
		return row(f.t(`report.param.${k.replace('.', '_')}`), pb[k], pr[k], status);
	});
	return { id: 'satisfaction', first: f.t('report.a.parameter'), rows, noteHead: f.t('report.a.status') };
}

export function assumptionTables(
	b: Scenario,
	r: Scenario,
	comparison: { replications: number; seed: number; engine: string },
	f: Formatters
): AssumptionTable[] {
	const stations = union(resources(b), resources(r));
	return [
		run(b, r, comparison, f),
		demand(b, r, f),
		staffing(b, r, f),
		{
			id: 'stations',
			first: f.t('report.a.station'),
			rows: stations.map((n) =>
				row(
					n.name,
					stationFacts(
						b.nodes.find((x) => x.id === n.id),
						f
					),
					stationFacts(
						r.nodes.find((x) => x.id === n.id),
						f
					)
				)
			)
		},
		flow(b, r, f),
		segments(b, r, f),
		satisfaction(b, r, f)
	];
}
