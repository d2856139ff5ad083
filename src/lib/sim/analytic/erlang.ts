// Erlang B and Erlang C: the classic formulas for a pool of c identical servers fed by
// Poisson arrivals with exponential service times. Erlang B is the share of callers lost
// when there is no waiting room at all (M/M/c/c); Erlang C is the share that has to wait
// when everyone queues in one line, served first come first served (M/M/c). From Erlang C
// follow the mean wait, queue length and service level of a call centre or a counter hall.
//
// Units: every function here is unit-free. Give `lambda` (arrivals per unit time) and `mu`
// (services per server per unit time) in the SAME time unit; times come back in that unit.
// E.g. λ = 100/60 per minute and μ = 1/3 per minute give waits in minutes.
//
// Source: A. K. Erlang (1917); formulas as in Gross, Shortle, Thompson & Harris,
// "Fundamentals of Queueing Theory", 4th ed., Wiley 2008, ch. 2 (M/M/c and M/M/c/c).

import { assertInteger, assertNonNegative, assertPositive } from './checks';

/** Parameters of an M/M/c queue. `lambda` and `mu` share one time unit. */
export interface MmcParams {
	/** Arrival rate, customers per time unit (≥ 0). */
	lambda: number;
	/** Service rate of ONE server, customers per time unit (> 0); mean service time = 1/mu. */
	mu: number;
	/** Number of servers (integer ≥ 1). */
	c: number;
}

/**
 * Steady-state M/M/c metrics. Times are in the time unit of the inputs. Waits are averaged
 * over ALL customers, zero waits included. When `stable` is false (ρ ≥ 1) the queue grows
 * without bound: `probWait` is 1 and the waits and lengths are `Infinity` (never NaN).
 */
export interface MmcResult {
	/** ρ < 1: a steady state exists. */
	stable: boolean;
	/** Offered load a = λ/μ, in Erlangs (busy servers needed on average). */
	a: number;
	/** Server utilisation ρ = a/c (can exceed 1 when unstable: it is then the overload ratio). */
	rho: number;
	/** Erlang C: probability that an arrival has to wait, P(Wq > 0). */
	probWait: number;
	/** Mean wait in queue Wq (time units). */
	wq: number;
	/** Mean time in system W = Wq + 1/μ (time units). */
	w: number;
	/** Mean number waiting Lq. */
	lq: number;
	/** Mean number in system L. */
	l: number;
}

/**
 * Erlang B: blocking probability of M/M/c/c with offered load `a` Erlangs and `c` servers.
 * Uses the recursion B₀ = 1, B_k = a·B_{k−1}/(k + a·B_{k−1}), which only adds and divides
 * positive numbers, so it is stable for any a and c (no factorials, no overflow).
 */
export function erlangB(a: number, c: number): number {
	assertNonNegative('a (offered load)', a);
	assertInteger('c (servers)', c, 0);
	let b = 1;
	for (let k = 1; k <= c; k++) b = (a * b) / (k + a * b);
	return b;
}

/**
 * Erlang C: probability that an arrival waits in M/M/c, C = B/(1 − ρ(1 − B)) with B = Erlang B
 * and ρ = a/c. For a ≥ c (no steady state) every arrival eventually waits, so this returns 1.
 */
export function erlangC(a: number, c: number): number {
	assertNonNegative('a (offered load)', a);
	assertInteger('c (servers)', c, 1);
	if (a >= c) return 1;
	const b = erlangB(a, c);
	const rho = a / c;
	return b / (1 - rho * (1 - b));
}

function checkMmc(p: MmcParams): void {
	assertNonNegative('lambda', p.lambda);
	assertPositive('mu', p.mu);
	assertInteger('c (servers)', p.c, 1);
}

/**
 * Steady-state M/M/c: Wq = C/(cμ − λ), Lq = λ·Wq, W = Wq + 1/μ, L = Lq + a.
 * Times in the time unit of `lambda` and `mu`.
 */
export function mmc(p: MmcParams): MmcResult {
	checkMmc(p);
	const { lambda, mu, c } = p;
	const a = lambda / mu;
	const rho = a / c;
	if (rho >= 1) {
		return { stable: false, a, rho, probWait: 1, wq: Infinity, w: Infinity, lq: Infinity, l: Infinity };
	}
	const probWait = erlangC(a, c);
	const wq = probWait / (c * mu - lambda);
	const lq = lambda * wq;
	return { stable: true, a, rho, probWait, wq, w: wq + 1 / mu, lq, l: lq + a };
}

/**
 * P(Wq > t) in M/M/c: C·e^{−(cμ−λ)t}, for a wait threshold `t` in the inputs' time unit.
 * Returns 1 when unstable.
 */
export function mmcWaitExceeds(p: MmcParams, t: number): number {
	checkMmc(p);
	assertNonNegative('t', t);
	const { lambda, mu, c } = p;
	if (lambda >= c * mu) return 1;
	return erlangC(lambda / mu, c) * Math.exp(-(c * mu - lambda) * t);
}

/**
 * Service level SL(t) = P(Wq ≤ t) = 1 − C·e^{−(cμ−λ)t}: the share of customers who wait at
 * most `t` (time unit of the inputs), zero waits included. Returns 0 when unstable.
 */
export function mmcServiceLevel(p: MmcParams, t: number): number {
	return 1 - mmcWaitExceeds(p, t);
}

/**
 * The q-quantile of the wait in queue (e.g. q = 0.9 for the 90th-percentile wait), in the
 * inputs' time unit: the smallest t with P(Wq ≤ t) ≥ q. It is 0 when at least a share q of
 * customers does not wait at all; `Infinity` when unstable.
 */
export function mmcWaitQuantile(p: MmcParams, q: number): number {
	checkMmc(p);
	if (!(q >= 0 && q < 1)) throw new RangeError(`q must be in [0, 1), got ${q}`);
	const { lambda, mu, c } = p;
	if (lambda >= c * mu) return Infinity;
	const cw = erlangC(lambda / mu, c);
	if (cw <= 1 - q) return 0;
	return Math.log(cw / (1 - q)) / (c * mu - lambda);
}
