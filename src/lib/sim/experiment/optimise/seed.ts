// The starting plan of the staffing search, from queueing theory, one station and period at a
// time. Demand reaches a station through the flow (traffic equations: splits, resolution,
// self-service failures), so each station's arrival rate over the day is a mix of the sources'
// rates. The classic spreadsheet (SIPP: every period an independent steady-state Erlang C at
// that period's arrival rate) is badly wrong on a peaked day — the queue needs time to build up
// and to drain, so SIPP over-staffs the rise of a peak and under-staffs the hour after it (see
// analytic/sipp.ts). The seed therefore uses the *modified offered load* (Jennings, Mandelbaum,
// Massey & Whitt 1996; Green, Kolesar & Whitt 2007): the offered load at time t is the number of
// customers an unlimited system would hold, m(t) = ∫₀^∞ λ(t − u)·P(S > u) du, which lags and
// smooths the arrival rate by the service time. Each period gets the Erlang C servers (or
// Erlang A when customers give up and only abandonment is targeted) for the period's average
// m(t) as a steady load. The simulation then corrects what no formula sees: backlog carried
// across periods, non-exponential service, several stations in series, total-wait targets.

import type { Scenario } from '../../model/scenario';
import { compileScenario } from '../../core/compile';
import { analyseStability, refuseTrapped } from '../stability';
import { mmcMinServers } from '../../analytic/staffing';
import { erlangA } from '../../analytic/erlang-a';
import { distributionMean } from './scenario-edit';
import type { TargetSpec } from './targets';

export interface SeedPeriod {
	/** Station arrivals per hour in the period (traffic equations, not lagged). */
	arrivalsPerHour: number;
	/** Modified offered load averaged over the period, in servers (Erlangs). */
	offeredLoad: number;
	/** Plain SIPP load of the period (arrival rate × mean service), for comparison. */
	sippLoad: number;
	servers: number;
}

export interface SeedOptions {
	periodCount: number;
	periodMinutes: number;
	steady: boolean;
	specs: TargetSpec[];
	waitMinutes: number;
}

/** Arrivals per minute of a source at minute t of the day. */
function sourceRate(s: Scenario['nodes'][number], t: number): number {
	if (s.kind !== 'source') return 0;
	const a = s.arrivals;
	if (a.type === 'poisson') {
		if (!Array.isArray(a.ratePerHour)) return a.ratePerHour / 60;
		const k = Math.min(a.ratePerHour.length - 1, Math.floor(t / (a.periodMinutes ?? 60)));
		return a.ratePerHour[k] / 60;
	}
	if (a.type === 'renewal') return 1 / distributionMean(a.interarrival);
	// a trace: the arrivals within ±30 min, per minute
	let n = 0;
	for (const x of a.times) if (x >= t - 30 && x < t + 30) n++;
	return n / 60;
}

/** Share of each source's customers that reach each station (traffic equations, visits counted). */
function routingFractions(scenario: Scenario): Map<string, Map<string, number>> {
	const out = new Map<string, Map<string, number>>();
	for (const src of scenario.nodes) {
		if (src.kind !== 'source') continue;
		const one = JSON.parse(JSON.stringify(scenario)) as Scenario;
		for (const n of one.nodes) if (n.kind === 'source') n.arrivals = { type: 'poisson', ratePerHour: n.id === src.id ? 60 : 0 };
		const model = compileScenario(one);
		const report = analyseStability(model);
		refuseTrapped(model, report); // unbounded rates would reach the formulas as λ = ∞
		out.set(src.id, new Map(Object.entries(report.stations).map(([id, s]) => [id, s.arrivalsPerHour / 60])));
	}
	return out;
}

/** The mean patience rate θ (per minute) of the customers, by segment share; 0 when nobody gives up. */
function patienceRate(scenario: Scenario): number {
	let theta = 0;
	for (const s of scenario.segments) if (s.patience) theta += s.share / distributionMean(s.patience);
	return theta;
}

/** Servers for a steady load `a` (Erlangs) with mean service `es` minutes that meet the targets by formula. */
export function formulaServers(a: number, es: number, theta: number, specs: TargetSpec[], waitMinutes: number): number {
	if (!(a > 0)) return 0;
	const mu = 1 / es;
	const lambda = a * mu;
	let c = Math.floor(a) + 1; // stable at least
	const sl = specs.find((s) => s.kind === 'serviceLevel');
	if (sl && sl.value < 1)
		c = Math.max(c, mmcMinServers({ lambda, mu }, { serviceLevel: { t: waitMinutes, atLeast: Math.min(sl.value, 0.9999) } }));
	const ab = specs.find((s) => s.kind === 'maxAbandonment');
	if (ab && theta > 0 && !sl) {
		let k = 1;
		while (k < c && erlangA({ lambda, mu, c: k, theta }).probAbandon > ab.value) k++;
		c = Math.min(c, Math.max(k, 1));
	}
	return c;
}

/** The seed plan: for every station id, one entry per period. */
export function seedPlan(scenario: Scenario, stationIds: string[], o: SeedOptions): Record<string, SeedPeriod[]> {
	const fractions = routingFractions(scenario);
	const sources = scenario.nodes.filter((n) => n.kind === 'source');
	const theta = patienceRate(scenario);
	const day = o.steady ? 0 : o.periodCount * o.periodMinutes;
	const out: Record<string, SeedPeriod[]> = {};
	for (const id of stationIds) {
		const node = scenario.nodes.find((n) => n.id === id)!;
		if (node.kind !== 'station' && node.kind !== 'self-service') continue;
		const es = distributionMean(node.service);
		const rate = (t: number) => sources.reduce((sum, s) => sum + sourceRate(s, t) * (fractions.get(s.id)?.get(id) ?? 0), 0);
		if (o.steady) {
			const a = rate(0) * es;
			out[id] = [
				{ arrivalsPerHour: rate(0) * 60, offeredLoad: a, sippLoad: a, servers: formulaServers(a, es, theta, o.specs, o.waitMinutes) }
			];
			continue;
		}
		// m(t) on a one-minute grid: dm/dt = λ(t) − m(t)/E[S] (exact for exponential service,
		// the usual approximation otherwise), starting empty at opening.
		const step = 1;
		const m = new Float64Array(day + 1);
		for (let t = 0; t < day; t++) {
			const l = rate(t + 0.5);
			m[t + 1] = m[t] * Math.exp(-step / es) + l * es * (1 - Math.exp(-step / es));
		}
		out[id] = Array.from({ length: o.periodCount }, (_, p) => {
			const from = p * o.periodMinutes;
			const to = Math.min(day, (p + 1) * o.periodMinutes);
			let sum = 0;
			let lam = 0;
			for (let t = from; t < to; t++) {
				sum += (m[t] + m[t + 1]) / 2;
				lam += rate(t + 0.5);
			}
			const len = Math.max(1, to - from);
			const a = sum / len;
			return {
				arrivalsPerHour: (lam / len) * 60,
				offeredLoad: a,
				sippLoad: (lam / len) * es,
				servers: formulaServers(a, es, theta, o.specs, o.waitMinutes)
			};
		});
	}
	return out;
}
