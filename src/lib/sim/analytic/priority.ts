// Priority classes without pre-emption: VIPs, appointments or urgent cases jump the queue,
// but nobody is interrupted once in service. With c servers, Poisson arrivals per class and
// the SAME exponential service rate μ for every class, the mean wait of class k is
//   Wq_k = C(c, a) / (cμ · (1 − σ_{k−1}) · (1 − σ_k)),   σ_k = Σ_{i≤k} λ_i/(cμ),
// with C(c, a) the Erlang C of the total load a = Σλ_i/μ and classes ordered from the highest
// priority (k = 1). Priority only reshuffles waiting: the λ-weighted mean over classes equals
// the first-come-first-served M/M/c wait (Kleinrock's conservation law).
//
// When the total load reaches capacity, the top classes can still have a finite wait (their
// own σ_k < 1: they always get the next free server) while the lower classes starve. Each
// class therefore carries its own `stable` flag.
//
// Units: rates per time unit, times in the same unit.
// Source: Cobham (1954), "Priority assignment in waiting line problems", Operations Research
// 2(1):70–76; as in Gross et al., "Fundamentals of Queueing Theory", 4th ed. (2008), ch. 3.

import { assertInteger, assertNonNegative, assertPositive } from './checks';
import { erlangC } from './erlang';

export interface PriorityParams {
	/** Arrival rate of each class, per time unit, highest priority first (each ≥ 0). */
	lambda: readonly number[];
	/** Service rate of one server, per time unit, common to all classes (> 0). */
	mu: number;
	/** Number of servers (integer ≥ 1). */
	c: number;
}

export interface PriorityClassResult {
	/** Arrival rate of this class. */
	lambda: number;
	/** σ_k: load of this class and all higher classes, as a share of capacity cμ. */
	sigma: number;
	/** σ_k < 1: this class has a finite mean wait. */
	stable: boolean;
	/** Mean wait in queue of this class (time units; Infinity when not stable). */
	wq: number;
	/** Mean time in system Wq + 1/μ. */
	w: number;
	/** Mean number of this class waiting λ_k·Wq_k. */
	lq: number;
}

export interface PriorityResult {
	/** Total load below capacity: every class has a finite wait. */
	stable: boolean;
	/** Total utilisation Σλ/(cμ). */
	rho: number;
	/** Erlang C of the total load: P(an arrival of any class has to wait); 1 when overloaded. */
	probWait: number;
	/** Per class, in the order given (highest priority first). */
	classes: PriorityClassResult[];
	/** Arrival-weighted mean wait over all classes (equals the FCFS M/M/c Wq). */
	wq: number;
}

/** Non-preemptive priority M/M/c with a common service rate (Cobham 1954). */
export function priorityMmc(p: PriorityParams): PriorityResult {
	const { lambda, mu, c } = p;
	assertPositive('mu', mu);
	assertInteger('c (servers)', c, 1);
	if (lambda.length === 0) throw new RangeError('priority needs at least one class');
	lambda.forEach((l, i) => assertNonNegative(`lambda[${i}]`, l));

	const total = lambda.reduce((s, l) => s + l, 0);
	const capacity = c * mu;
	const probWait = erlangC(total / mu, c);
	let sigmaBefore = 0;
	let weighted = 0;
	const classes = lambda.map((l) => {
		const sigma = sigmaBefore + l / capacity;
		const stable = sigma < 1;
		const wq = stable ? probWait / (capacity * (1 - sigmaBefore) * (1 - sigma)) : Infinity;
		sigmaBefore = sigma;
		weighted += l > 0 ? l * wq : 0;
		return { lambda: l, sigma, stable, wq, w: wq + 1 / mu, lq: l > 0 ? l * wq : 0 };
	});
	const rho = total / capacity;
	return { stable: rho < 1, rho, probWait, classes, wq: total > 0 ? weighted / total : 0 };
}
