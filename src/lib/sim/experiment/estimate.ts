// Quick estimate: an instant closed-form approximation of each station's queue, shown beside
// the simulated answer and always labelled as an approximation. Per station, arrival rates
// come from the traffic equations (stability.ts); each reporting period is treated as its own
// steady state (SIPP, stationary independent period-by-period) with the servers on shift at
// the period's midpoint: Erlang C with no patience, Erlang A with patience (rate = 1/mean
// patience), M/M/c/K with a finite queue, and the Allen–Cunneen correction for non-exponential
// service. SIPP overstates waits in short peaks and misses the backlog after them
// (validation.md, "the trap"), so the day figures are rough; the simulation is the answer.
// Times in minutes, rates per hour where named so, shares 0–1.

import type { Distribution, Scenario, StationNode, SelfServiceNode } from '../model/scenario';
import { compileScenario } from '../core/compile';
import { ARRIVALS_POISSON, ARRIVALS_RENEWAL, staffAt, type CompiledModel } from '../core/model';
import { analyseStability } from './stability';
import { allenCunneen, erlangA, mmc, mmck, mmcServiceLevel } from '../analytic/index';

export type EstimateModel = 'erlang-c' | 'erlang-a' | 'mmck' | 'allen-cunneen';

/** Why an estimate is rougher than usual; the interface turns these into sentences. */
export type EstimateNote =
	| { code: 'non-exponential'; cv: number; corrected: boolean }
	| { code: 'patience-mean' }
	| { code: 'patience-mixed' }
	| { code: 'priority' }
	| { code: 'finite-capacity'; capacity: number }
	| { code: 'overloaded'; period: number }
	| { code: 'no-servers'; period: number }
	| { code: 'arrivals-not-poisson' }
	| { code: 'shortest-queue' }
	| { code: 'time-varying' };

export interface EstimateKpis {
	/** Customers per hour reaching the station. */
	arrivalsPerHour: number;
	/** Servers on shift (day: time-weighted average). */
	servers: number;
	/** False when the queue would grow without limit (ρ ≥ 1, nobody leaves the queue). */
	stable: boolean;
	/** Mean wait in queue over everyone who joined (minutes); null when unstable. */
	waitMean: number | null;
	probWait: number | null;
	/** Share of those who joined who started service within the target wait. */
	serviceLevel: number | null;
	abandonment: number | null;
	/** Share turned away by a full queue. */
	balking: number | null;
	utilisation: number | null;
}

export interface PeriodEstimate extends EstimateKpis {
	/** Minutes since opening. */
	start: number;
	end: number;
}

export interface StationEstimate {
	id: string;
	name: string;
	model: EstimateModel;
	/** The period with the most arrivals at this station. */
	peak: PeriodEstimate;
	/** Over the day, arrival-weighted (steady mode: the single period). */
	day: EstimateKpis;
	periods: PeriodEstimate[];
	notes: EstimateNote[];
}

export interface Estimate {
	approximate: true;
	mode: 'day' | 'steady';
	/** Target wait for the service level, minutes. */
	targetWait: number;
	stations: StationEstimate[];
	/** Per arrival over the whole flow: total wait = Σ λᵢ·Wqᵢ / λ₀; service level only for a one-station flow. */
	overall: { waitMean: number | null; serviceLevel: number | null; abandonment: number | null; utilisation: number | null };
	notes: EstimateNote[];
	/** Set when the scenario could not be compiled; then stations is empty. */
	error: string | null;
}

const isExponential = (d: Distribution | null | undefined) => d?.dist === 'exponential';

function emptyEstimate(scenario: Scenario, error: string | null): Estimate {
	return {
		approximate: true,
		mode: scenario.run?.mode === 'steady' ? 'steady' : 'day',
		targetWait: scenario.targets?.waitMinutes ?? 10,
		stations: [],
		overall: { waitMean: null, serviceLevel: null, abandonment: null, utilisation: null },
		notes: [],
		error
	};
}

/** The model with every source at its rate at time t, as constant Poisson streams (for the traffic equations). */
function ratesAt(m: CompiledModel, start: number, end: number): CompiledModel {
	const sources = m.sources.map((s) => {
		let rate: number;
		if (s.type === ARRIVALS_POISSON) {
			const mid = (start + end) / 2;
			const k = Number.isFinite(s.periodMinutes) ? Math.min(Math.floor(mid / s.periodMinutes), s.ratePerMinute.length - 1) : 0;
			rate = m.steady ? s.ratePerMinute[s.ratePerMinute.length - 1] : s.ratePerMinute[Math.max(0, k)];
		} else if (s.type === ARRIVALS_RENEWAL) rate = 1 / s.interarrival!.mean;
		else rate = s.times.filter((x) => x >= start && x < end).length / Math.max(end - start, 1e-9);
		return { ...s, type: ARRIVALS_POISSON, ratePerMinute: Float64Array.of(rate), periodMinutes: Infinity };
	});
	return { ...m, sources };
}

interface Queue {
	lambda: number; // per minute
	mu: number;
	c: number;
	theta: number;
	capacity: number; // max waiting, Infinity if none
	cs2: number;
	target: number;
}

interface BirthDeath {
	lambda: number;
	mu: number;
	c: number;
	/** Abandonment rate per waiting customer (0: infinitely patient). */
	theta: number;
	/** Most customers waiting (Infinity: unlimited). */
	maxWaiting: number;
}

/** Limits that keep the estimate instant (it runs as the user edits). */
const MAX_STATES = 200_000;
const MAX_WORK = 5_000_000;

/**
 * Service level of M/M/c+M with an optional finite queue: the share of admitted arrivals who
 * start service within t (abandoners and the blocked are not served within t). Exact for the
 * birth–death chain: an arrival finding j others waiting reaches service after j + 1 stages,
 * stage k ending at rate cμ + (k + 1)θ, each by progress with probability (cμ + kθ)/(cμ + (k + 1)θ)
 * (competing exponentials), so the time is hypoexponential; its CDF is computed by
 * uniformization. θ = 0 and no capacity gives Erlang C's 1 − C·e^{−(cμ−λ)t}.
 */
export function servedWithin(q: BirthDeath, t: number): number | null {
	const { lambda, mu, c, theta, maxWaiting } = q;
	const K = c + maxWaiting;
	if (!Number.isFinite(K) && theta === 0 && lambda >= c * mu) return 0;
	// In overload the queue settles around (λ − cμ)/θ waiting: too many states to sum at once.
	if (theta > 0 && lambda > c * mu && Math.min(K, c + (lambda - c * mu) / theta) > MAX_STATES / 4) return null;
	const pi: number[] = [1];
	let mass = 1;
	for (let n = 1; n <= K; n++) {
		if (n > MAX_STATES) return null; // practically endless patience in overload: no estimate
		const death = Math.min(n, c) * mu + Math.max(n - c, 0) * theta;
		const next = (pi[n - 1] * lambda) / death;
		pi.push(next);
		mass += next;
		if (mass > 1e250) {
			for (let i = 0; i < pi.length; i++) pi[i] /= 1e250;
			mass /= 1e250;
		}
		if (n > c && lambda < death && next < 1e-15 * mass) break;
	}
	const last = pi.length - 1;
	const admittedStates = last === K ? last : last + 1;
	let admitted = 0;
	let immediate = 0;
	for (let n = 0; n < admittedStates; n++) {
		admitted += pi[n];
		if (n < c) immediate += pi[n];
	}
	const J = admittedStates - c; // arrivals may find 0..J−1 waiting
	if (J <= 0) return immediate / admitted;
	const rate = (k: number) => c * mu + (k + 1) * theta;
	const v = new Float64Array(J);
	let progress = 1;
	for (let j = 0; j < J; j++) {
		progress *= (c * mu + j * theta) / rate(j);
		v[j] = pi[c + j] * progress;
	}
	const big = rate(J - 1);
	const lt = big * t;
	let logW = -lt;
	let done = 0;
	let within = 0;
	const steps = Math.ceil(lt + 12 * Math.sqrt(lt) + 30);
	if (steps * J > MAX_WORK) return null; // keep the estimate instant
	for (let step = 0; step <= steps; step++) {
		within += Math.exp(logW) * done;
		done += v[0] * (rate(0) / big);
		v[0] *= 1 - rate(0) / big;
		for (let k = 1; k < J; k++) {
			const move = v[k] * (rate(k) / big);
			v[k - 1] += move;
			v[k] -= move;
		}
		logW += Math.log(lt / (step + 1));
	}
	return Math.min(1, (immediate + within) / admitted);
}

/** One period's steady-state estimate for one station. */
function solve(q: Queue, model: EstimateModel): Omit<EstimateKpis, 'arrivalsPerHour' | 'servers'> {
	const { lambda, mu, c, theta, capacity, cs2, target } = q;
	if (lambda === 0) return { stable: true, waitMean: 0, probWait: 0, serviceLevel: 1, abandonment: 0, balking: 0, utilisation: 0 };
	if (c < 1)
		return { stable: false, waitMean: null, probWait: null, serviceLevel: null, abandonment: null, balking: null, utilisation: null };
	if (model === 'mmck') {
		const r = mmck({ lambda, mu, c, k: c + capacity });
		return {
			stable: true,
			waitMean: r.wq,
			probWait: r.probWait,
			serviceLevel: servedWithin({ lambda, mu, c, theta: 0, maxWaiting: capacity }, target),
			abandonment: 0,
			balking: r.probBlock,
			utilisation: r.utilisation
		};
	}
	if (model === 'erlang-a') {
		const r = erlangA({ lambda, mu, c, theta });
		return {
			stable: true,
			waitMean: r.wq,
			probWait: r.probWait,
			serviceLevel: servedWithin({ lambda, mu, c, theta, maxWaiting: Infinity }, target),
			abandonment: r.probAbandon,
			balking: 0,
			utilisation: r.utilisation
		};
	}
	const m = mmc({ lambda, mu, c });
	if (!m.stable) return { stable: false, waitMean: null, probWait: 1, serviceLevel: 0, abandonment: 0, balking: 0, utilisation: 1 };
	if (model === 'allen-cunneen') {
		const g = allenCunneen({ lambda, mu, c, ca2: 1, cs2 });
		// The conditional wait of M/M/c is exponential; keep that shape with the corrected mean.
		const sl = g.probWait > 0 && g.wq > 0 ? 1 - g.probWait * Math.exp((-target * g.probWait) / g.wq) : 1;
		return { stable: true, waitMean: g.wq, probWait: g.probWait, serviceLevel: sl, abandonment: 0, balking: 0, utilisation: m.rho };
	}
	return {
		stable: true,
		waitMean: m.wq,
		probWait: m.probWait,
		serviceLevel: mmcServiceLevel({ lambda, mu, c }, target),
		abandonment: 0,
		balking: 0,
		utilisation: m.rho
	};
}

/** solve(), but an input the formulas refuse (e.g. Erlang A needing too many states) gives no estimate instead of an error. */
function solveSafely(q: Queue, model: EstimateModel): ReturnType<typeof solve> {
	try {
		return solve(q, model);
	} catch {
		return { stable: false, waitMean: null, probWait: null, serviceLevel: null, abandonment: null, balking: null, utilisation: null };
	}
}

/** Arrival-weighted average of a KPI over periods (null if any period with arrivals has none). */
function weighted(
	periods: PeriodEstimate[],
	pick: (p: PeriodEstimate) => number | null,
	weight: (p: PeriodEstimate) => number
): number | null {
	let sum = 0;
	let total = 0;
	for (const p of periods) {
		const w = weight(p);
		if (w <= 0) continue;
		const v = pick(p);
		if (v === null) return null;
		sum += v * w;
		total += w;
	}
	return total > 0 ? sum / total : null;
}

/**
 * Instant analytic approximation of a scenario, per station and overall (see the header).
 * Never throws: a scenario that does not compile gives an estimate with `error` set.
 */
export function quickEstimate(scenario: Scenario): Estimate {
	let m: CompiledModel;
	try {
		m = compileScenario(scenario);
	} catch (e) {
		return emptyEstimate(scenario, e instanceof Error ? e.message : String(e));
	}
	const out = emptyEstimate(scenario, null);
	const target = m.targetWait;
	const nodes = new Map(scenario.nodes.map((n) => [n.id, n]));
	const periodCount = m.steady ? 1 : m.periodCount;
	const bounds = Array.from({ length: periodCount }, (_, p) =>
		m.steady ? { start: m.warmup, end: m.closeTime } : { start: p * m.periodMinutes, end: Math.min(m.closeTime, (p + 1) * m.periodMinutes) }
	);
	const loads = bounds.map((b) => analyseStability(ratesAt(m, b.start, b.end)).stations);

	if (m.sources.some((s) => s.type !== ARRIVALS_POISSON)) out.notes.push({ code: 'arrivals-not-poisson' });
	if (scenario.nodes.some((n) => n.kind === 'router' && n.policy === 'shortest-queue')) out.notes.push({ code: 'shortest-queue' });

	// Patience: one abandonment rate per station from the segments' mean patience, share-weighted.
	const patience = scenario.segments.map((s) => s.patience ?? null);
	let theta = 0;
	scenario.segments.forEach((s, i) => {
		const p = patience[i];
		const mean = m.segPatience[i]?.mean;
		if (p && mean && mean > 0) theta += s.share / mean;
	});
	const someImpatient = patience.some((p) => p !== null);
	const mixed = someImpatient && patience.some((p) => p === null);
	const nonExpPatience = patience.some((p) => p !== null && !isExponential(p));

	for (let r = 0; r < m.resourceCount; r++) {
		const n = m.resNode[r];
		const id = m.nodeIds[n];
		const node = nodes.get(id) as StationNode | SelfServiceNode | undefined;
		const service = m.resService[r];
		const cs2 = service.mean > 0 ? service.variance / service.mean ** 2 : 0;
		const capacity = m.resQueueCapacity[r];
		const notes: EstimateNote[] = [];
		let model: EstimateModel;
		if (Number.isFinite(capacity)) {
			model = 'mmck';
			notes.push({ code: 'finite-capacity', capacity });
		} else if (someImpatient) model = 'erlang-a';
		else model = isExponential(node?.service) ? 'erlang-c' : 'allen-cunneen';
		if (!isExponential(node?.service)) notes.push({ code: 'non-exponential', cv: Math.sqrt(cs2), corrected: model === 'allen-cunneen' });
		if (model === 'erlang-a' && nonExpPatience) notes.push({ code: 'patience-mean' });
		if (model === 'erlang-a' && mixed) notes.push({ code: 'patience-mixed' });
		if (m.resPriority[r] && m.levelCount > 1) notes.push({ code: 'priority' });

		const periods: PeriodEstimate[] = bounds.map((b, p) => {
			const arrivalsPerHour = loads[p][id]?.arrivalsPerHour ?? 0;
			const servers = staffAt(m, r, m.steady ? b.end : (b.start + b.end) / 2);
			const kpis = solveSafely({ lambda: arrivalsPerHour / 60, mu: 1 / service.mean, c: servers, theta, capacity, cs2, target }, model);
			if (arrivalsPerHour > 0 && servers < 1) notes.push({ code: 'no-servers', period: p });
			else if (!kpis.stable) notes.push({ code: 'overloaded', period: p });
			return { ...b, arrivalsPerHour, servers, ...kpis };
		});
		const arrivals = (p: PeriodEstimate) => p.arrivalsPerHour * (p.end - p.start);
		const joined = (p: PeriodEstimate) => arrivals(p) * (1 - (p.balking ?? 0));
		const capacityTime = (p: PeriodEstimate) => p.servers * (p.end - p.start);
		const duration = periods.reduce((s, p) => s + (p.end - p.start), 0);
		const totalArrivals = periods.reduce((s, p) => s + arrivals(p), 0);
		const peak = periods.reduce((best, p) => (p.arrivalsPerHour > best.arrivalsPerHour ? p : best), periods[0]);
		const day: EstimateKpis = {
			arrivalsPerHour: duration > 0 ? totalArrivals / duration : 0,
			servers: duration > 0 ? periods.reduce((s, p) => s + capacityTime(p), 0) / duration : 0,
			stable: periods.every((p) => p.stable || p.arrivalsPerHour === 0),
			waitMean: weighted(periods, (p) => p.waitMean, joined),
			probWait: weighted(periods, (p) => p.probWait, joined),
			serviceLevel: weighted(periods, (p) => p.serviceLevel, joined),
			abandonment: weighted(periods, (p) => p.abandonment, arrivals),
			balking: weighted(periods, (p) => p.balking, arrivals),
			utilisation: weighted(periods, (p) => p.utilisation, capacityTime)
		};
		out.stations.push({ id, name: m.nodeNames[n], model, peak, day, periods, notes });
	}

	const varies = (xs: number[]) => xs.some((x) => Math.abs(x - xs[0]) > 1e-9 * Math.max(1, Math.abs(xs[0])));
	if (out.stations.some((st) => varies(st.periods.map((p) => p.arrivalsPerHour)) || varies(st.periods.map((p) => p.servers))))
		out.notes.unshift({ code: 'time-varying' });

	// Whole flow: mean total wait per arrival from the station waits (each visit adds its wait).
	const sourceRate = bounds.reduce(
		(s, b) => s + ratesAt(m, b.start, b.end).sources.reduce((a, src) => a + src.ratePerMinute[0], 0) * (b.end - b.start),
		0
	);
	if (sourceRate > 0 && out.stations.length > 0) {
		let wait = 0;
		let abandon = 0;
		let ok = true;
		for (const st of out.stations) {
			for (const p of st.periods) {
				const visits = (p.arrivalsPerHour / 60) * (p.end - p.start);
				if (visits === 0) continue;
				if (p.waitMean === null || p.abandonment === null) ok = false;
				else {
					wait += visits * (1 - (p.balking ?? 0)) * p.waitMean;
					abandon += visits * p.abandonment;
				}
			}
		}
		out.overall.waitMean = ok ? wait / sourceRate : null;
		out.overall.abandonment = ok ? Math.min(1, abandon / sourceRate) : null;
		const utils = out.stations.map((s) => s.day.utilisation).filter((u): u is number => u !== null);
		out.overall.utilisation = utils.length ? Math.max(...utils) : null;
		const busy = out.stations.filter((s) => s.day.arrivalsPerHour > 0);
		if (
			busy.length === 1 &&
			Math.abs(busy[0].periods.reduce((a, p) => a + (p.arrivalsPerHour / 60) * (p.end - p.start), 0) - sourceRate) < 1e-6 * sourceRate
		)
			out.overall.serviceLevel = busy[0].day.serviceLevel === null ? null : busy[0].day.serviceLevel * (1 - (busy[0].day.balking ?? 0));
	}
	out.notes = out.notes.filter((note, i, all) => all.findIndex((x) => x.code === note.code) === i);
	return out;
}
