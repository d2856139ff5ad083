// M/M/c/K: c servers and room for at most K customers in the system (in service plus
// waiting). An arrival who finds K inside is turned away (balks / is blocked) - a clinic
// waiting room with a fixed number of chairs, a phone line with a fixed number of trunks.
// There is always a steady state, because the queue cannot grow past K − c.
//
// p_n ∝ Π_{k=1}^{n} λ/(min(k, c)·μ) for n = 0..K; P(block) = p_K (PASTA); throughput
// λ(1 − p_K); Wq = Lq/(λ(1 − p_K)) over ADMITTED customers (Little's law on admitted flow).
//
// Units: `lambda` and `mu` in the same time unit; times come back in that unit.
// Source: Gross, Shortle, Thompson & Harris, "Fundamentals of Queueing Theory", 4th ed.,
// Wiley 2008, ch. 2 (finite queues).

import { assertInteger, assertNonNegative, assertPositive } from './checks';

export interface MmckParams {
	/** Arrival rate, customers per time unit (≥ 0). */
	lambda: number;
	/** Service rate of one server, per time unit (> 0). */
	mu: number;
	/** Number of servers (integer ≥ 1). */
	c: number;
	/** Maximum number in the system, servers included (integer ≥ c). */
	k: number;
}

/** Steady-state M/M/c/K metrics; times in the inputs' time unit. */
export interface MmckResult {
	/** P(an arrival is turned away) = p_K. */
	probBlock: number;
	/** Admitted (and, in steady state, served) customers per time unit = λ(1 − p_K). */
	throughput: number;
	/** Mean share of servers busy = throughput/(cμ). */
	utilisation: number;
	/** P(an admitted customer has to wait). */
	probWait: number;
	/** Mean wait in queue of admitted customers (time units). */
	wq: number;
	/** Mean time in system of admitted customers = Wq + 1/μ (time units). */
	w: number;
	/** Mean number waiting. */
	lq: number;
	/** Mean number in system. */
	l: number;
}

const RESCALE_AT = 1e250;

/** Steady-state M/M/c/K (K = maximum number in system). Always stable. */
export function mmck(p: MmckParams): MmckResult {
	const { lambda, mu, c, k } = p;
	assertNonNegative('lambda', lambda);
	assertPositive('mu', mu);
	assertInteger('c (servers)', c, 1);
	assertInteger('k (capacity)', k, c);

	let pi = 1;
	let mass = 0;
	let queue = 0;
	let inSystem = 0;
	let waitingBelowK = 0;
	for (let n = 0; n <= k; n++) {
		mass += pi;
		queue += (n > c ? n - c : 0) * pi;
		inSystem += n * pi;
		if (n >= c && n < k) waitingBelowK += pi;
		if (n === k) break;
		pi *= lambda / (Math.min(n + 1, c) * mu);
		if (pi > RESCALE_AT) {
			pi /= RESCALE_AT;
			mass /= RESCALE_AT;
			queue /= RESCALE_AT;
			inSystem /= RESCALE_AT;
			waitingBelowK /= RESCALE_AT;
		}
	}
	const probBlock = pi / mass;
	const admitted = 1 - probBlock;
	const throughput = lambda * admitted;
	const lq = queue / mass;
	const wq = throughput > 0 ? lq / throughput : 0;
	return {
		probBlock,
		throughput,
		utilisation: throughput / (c * mu),
		probWait: admitted > 0 ? waitingBelowK / mass / admitted : 1,
		wq,
		w: wq + 1 / mu,
		lq,
		l: inSystem / mass
	};
}
