// Offered load of each station from the traffic equations, before anything runs.
// Long-run arrival rates flow through the links (split by probability, resolution and
// self-service success; shortest-queue routers split evenly as an estimate), giving each
// station's arrival rate λ and offered load ρ = λ·E[S]/c. In steady-state mode a station
// with ρ ≥ 1 whose queue neither overflows (capacity) nor sheds customers (patience)
// grows without limit: the run is refused with a message instead of pretending to converge.
// The traffic equations are solved in floating point (../analytic/traffic.ts), so an exactly
// critical station reached through a feedback loop can come out at ρ = 0.9999999999995: loads
// within CRITICAL of 1 count as 1.

import {
	ARRIVALS_POISSON,
	ARRIVALS_RENEWAL,
	KIND_ROUTER,
	KIND_SELF_SERVICE,
	KIND_STATION,
	OUTCOME_COUNT,
	OUTCOME_DONE,
	OUTCOME_FAILED,
	OUTCOME_UNRESOLVED,
	ROUTER_SHORTEST_QUEUE,
	type CompiledModel
} from '../core/model';
import { solveTraffic } from '../analytic/traffic';
import { RunawayError } from '../core/errors';
import type { Problem, ProblemParams } from '../model/validate-report';

export interface StationLoad {
	/** Long-run arrival rate, customers per hour. */
	arrivalsPerHour: number;
	/** Offered load per server on shift in the long run (ρ). */
	rho: number;
	/** Servers needed for ρ < 1. */
	serversNeeded: number;
	/** True when overflowing customers are shed (queue capacity or every arriving segment has patience). */
	sheds: boolean;
}

export interface StabilityReport {
	stable: boolean;
	stations: Record<string, StationLoad>;
	/** Plain-language reason when not stable. */
	message: string | null;
	/**
	 * Set when customers reach a loop of links they can never leave (node indices of the compiled
	 * model): `node` where they enter it, `round` the nodes of the loop in the order reached. The
	 * rates of the stations are then unbounded; a run or a staffing seed is refused with
	 * `refuseTrapped` (a located RunawayError) instead of cycling or feeding ∞ to the formulas.
	 */
	trapped?: { node: number; round: number[] };
}

export class UnstableError extends Error {
	override name = 'UnstableError';
	readonly code = 'unstable';
	readonly report: StabilityReport;
	/** The station it concerns, as `nodes` (its id and name are in `params`). */
	readonly path: string;
	/** Values for the translated text of `problem`, derived from the report. */
	readonly params: ProblemParams;
	constructor(report: StabilityReport) {
		super(report.message ?? 'unstable');
		this.report = report;
		// the station the message names: the first whose load reaches 1 without shedding customers
		const entry = Object.entries(report.stations).find(([, s]) => s.rho >= 1 && !s.sheds);
		const name = /^"(.*)" is unstable/.exec(this.message)?.[1];
		this.path = 'nodes';
		this.params = entry
			? {
					id: entry[0],
					node: name ?? entry[0],
					perHour: Number(entry[1].arrivalsPerHour.toFixed(1)),
					utilisation: Number.isFinite(entry[1].rho) ? Math.round(entry[1].rho * 100) : '∞',
					needed: entry[1].serversNeeded
				}
			: { id: '', node: name ?? '', perHour: 0, utilisation: '∞', needed: 1 };
	}

	/** This error as a problem (code, path, parameters), for an interface to say in its language. */
	get problem(): Problem {
		return { path: this.path, message: this.message, code: 'run.unstable', params: this.params };
	}
}

/** Long-run arrival rate of each source, per minute (a trace ends, so its long-run rate is 0). */
function sourceRate(m: CompiledModel, i: number): number {
	const s = m.sources[i];
	if (s.type === ARRIVALS_POISSON) {
		if (!m.steady) {
			let sum = 0;
			for (const r of s.ratePerMinute) sum += r;
			return sum / s.ratePerMinute.length;
		}
		return s.ratePerMinute[s.ratePerMinute.length - 1];
	}
	if (s.type === ARRIVALS_RENEWAL) return 1 / s.interarrival!.mean;
	const a = s.appointments;
	if (a) {
		// booked customers who come, per minute: places per slot (averaged over the profile) × booked × show
		let sum = 0;
		for (const k of a.perSlot) sum += k;
		return ((sum / a.perSlot.length) * a.bookedShare * (1 - a.noShowRate)) / a.slotMinutes;
	}
	return 0;
}

/** ρ this close to 1 is taken as exactly critical (rounding in the traffic equations). */
const CRITICAL = 1e-9;

/** Nodes reached from the nodes with inflow along links of positive probability, in breadth-first order. */
function reachedFrom(starts: number[], routing: Float64Array, N: number): number[] {
	const seen = new Uint8Array(N);
	const order: number[] = [];
	for (const n of starts)
		if (!seen[n]) {
			seen[n] = 1;
			order.push(n);
		}
	for (let k = 0; k < order.length; k++)
		for (let t = 0; t < N; t++)
			if (routing[order[k] * N + t] > 0 && !seen[t]) {
				seen[t] = 1;
				order.push(t);
			}
	return order;
}

/**
 * Where customers get trapped, when the traffic equations have no solution: the first node (in
 * the order customers reach them) on a loop from which no chain of links leads to a node where
 * some customers leave (an exit, or a station whose row of routing sums below 1), and the nodes
 * reached from it. Null when every reached node has a way out (the singular loop is unreached).
 */
function trappedLoop(inflow: Float64Array, routing: Float64Array, kind: ArrayLike<number>): { node: number; round: number[] } | null {
	const N = inflow.length;
	const starts: number[] = [];
	for (let n = 0; n < N; n++) if (inflow[n] > 0) starts.push(n);
	// nodes with a way out, grown backwards from those where some customers leave the network
	const out = new Uint8Array(N);
	for (let n = 0; n < N; n++) {
		let sum = 0;
		for (let t = 0; t < N; t++) sum += routing[n * N + t];
		if (sum < 1 - CRITICAL) out[n] = 1;
	}
	for (let grew = true; grew;) {
		grew = false;
		for (let n = 0; n < N; n++)
			if (!out[n])
				for (let t = 0; t < N; t++)
					if (out[t] && routing[n * N + t] > 0) {
						out[n] = 1;
						grew = true;
						break;
					}
	}
	// the entrance: the first such node customers reach that they come back to (a source or a
	// chain of steps leading into the loop has no way out either, but is not where they cycle)
	const onLoop = (n: number) => reachedFrom([n], routing, N).some((t) => routing[t * N + n] > 0);
	const node = reachedFrom(starts, routing, N).find((n) => !out[n] && onLoop(n));
	if (node === undefined) return null;
	const round = reachedFrom([node], routing, N);
	// routers alone cycle without time passing: the run catches that as a routing loop (core/errors.ts)
	return round.every((n) => kind[n] === KIND_ROUTER) ? null : { node, round };
}

/**
 * When customers enter a loop they can never leave (the validator refuses such flows; the engine
 * must still not hang), the traffic equations have no solution: every node customers can reach
 * gets an unbounded rate.
 */
function endless(inflow: Float64Array, routing: Float64Array): Float64Array {
	const N = inflow.length;
	const rate = new Float64Array(N);
	const todo: number[] = [];
	for (let n = 0; n < N; n++) if (inflow[n] > 0) todo.push(n);
	while (todo.length > 0) {
		const n = todo.pop()!;
		if (rate[n] === Infinity) continue;
		rate[n] = Infinity;
		for (let t = 0; t < N; t++) if (routing[n * N + t] > 0 && rate[t] !== Infinity) todo.push(t);
	}
	return rate;
}

export function analyseStability(m: CompiledModel): StabilityReport {
	const N = m.nodeCount;
	const S = m.segmentCount;
	const arrivalRate = new Float64Array(N);
	const segLoad = new Float64Array(S * N);
	const shares = new Float64Array(S);
	for (let s = 0; s < S; s++) shares[s] = (s === S - 1 ? 1 : m.segCumShare[s]) - (s > 0 ? m.segCumShare[s - 1] : 0);
	const routing = new Float64Array(N * N);
	let trapped: StabilityReport['trapped'];
	for (let s = 0; s < S; s++) {
		const inflow = new Float64Array(N);
		m.sources.forEach((src, i) => {
			// an appointments source with a fixed segment sends all of its customers in that segment
			const fixed = src.appointments ? src.appointments.segment : -1;
			inflow[src.node] += sourceRate(m, i) * (fixed < 0 ? shares[s] : fixed === s ? 1 : 0);
		});
		routing.fill(0);
		for (let n = 0; n < N; n++) {
			const kind = m.nodeKind[n];
			const r = m.nodeResource[n];
			const ok = r >= 0 ? m.resSuccess[r] : 1;
			const split = [ok, kind === KIND_STATION ? 1 - ok : 0, kind === KIND_SELF_SERVICE ? 1 - ok : 0];
			for (const o of [OUTCOME_DONE, OUTCOME_UNRESOLVED, OUTCOME_FAILED]) {
				const slot = (n * OUTCOME_COUNT + o) * S + s;
				const len = m.routeLen[slot];
				const start = m.routeStart[slot];
				let prev = 0;
				for (let k = start; k < start + len; k++) {
					const cum = m.routeCum[k];
					const p = kind === KIND_ROUTER && m.routerPolicy[n] === ROUTER_SHORTEST_QUEUE ? 1 / len : (Number.isFinite(cum) ? cum : 1) - prev;
					prev = Number.isFinite(cum) ? cum : 1;
					routing[n * N + m.routeTarget[k]] += split[o] * p;
				}
			}
		}
		let x = solveTraffic(inflow, routing);
		if (x === null) {
			trapped ??= trappedLoop(inflow, routing, m.nodeKind) ?? undefined;
			x = endless(inflow, routing);
		}
		for (let n = 0; n < N; n++) {
			const rate = Math.max(0, x[n]);
			arrivalRate[n] += rate;
			segLoad[s * N + n] = rate;
		}
	}
	const stations: Record<string, StationLoad> = {};
	let message: string | null = null;
	for (let r = 0; r < m.resourceCount; r++) {
		const n = m.resNode[r];
		const counts = m.resStaff[r];
		const servers = m.steady ? counts[counts.length - 1] : counts.reduce((a, b) => a + b, 0) / counts.length;
		const work = arrivalRate[n] * m.resService[r].mean; // offered load in servers (Erlangs)
		const rho = work === 0 ? 0 : servers > 0 ? work / servers : Infinity;
		let patient = false;
		for (let s = 0; s < S; s++) if (segLoad[s * N + n] > 0 && m.segPatience[s] === null) patient = true;
		const sheds = Number.isFinite(m.resQueueCapacity[r]) || !patient;
		stations[m.nodeIds[n]] = {
			arrivalsPerHour: arrivalRate[n] * 60,
			rho,
			serversNeeded: Math.floor(work) + 1,
			sheds
		};
		if (m.steady && rho >= 1 - CRITICAL && !sheds && message === null) {
			message =
				`"${m.nodeNames[n]}" is unstable: it receives ${(arrivalRate[n] * 60).toFixed(1)} customers/h, ` +
				`${work.toFixed(2)} servers' worth of work, but has ${servers} (utilisation ${(rho * 100).toFixed(0)}% ≥ 100%), ` +
				`so its queue grows without limit and a steady state does not exist. ` +
				`Give it at least ${Math.floor(work) + 1} servers, shorten the service, lower demand, or set a queue capacity or patience.`;
		}
	}
	return trapped ? { stable: message === null, stations, message, trapped } : { stable: message === null, stations, message };
}

/** Throws the located RunawayError when customers get trapped in a loop with no way to an exit. */
export function refuseTrapped(m: CompiledModel, report: StabilityReport): void {
	if (report.trapped) throw RunawayError.trapped(m, report.trapped.node, report.trapped.round);
}
