// Variability and waiting. With one server, Poisson arrivals and ANY service-time
// distribution (M/G/1), the mean wait depends on the service time only through its mean and
// its squared coefficient of variation cs² = Var S / E[S]²: the Pollaczek–Khinchine formula,
// exact. Deterministic service (cs² = 0) halves the M/M/1 wait; very variable service
// (cs² > 1) makes it worse - the "variability hurts" lesson of the teaching mode.
//
// For several servers and non-Poisson arrivals (G/G/c) there is no exact formula; the
// Allen–Cunneen approximation scales the M/M/c wait by (ca² + cs²)/2 (for c = 1 it is
// Kingman's formula). It is an estimate, good to roughly ±15 %, and is labelled
// `approximate: true`: never use it as a test oracle.
//
// Units: rates per time unit, times in the same unit.
// Sources: Pollaczek (1930), Khinchine (1932), as in Gross et al., "Fundamentals of Queueing
// Theory", 4th ed. (2008), ch. 5; Kingman (1961), Proc. Cambridge Phil. Soc. 57:902–904;
// Allen, "Probability, Statistics, and Queueing Theory", 2nd ed., Academic Press 1990.

import { assertInteger, assertNonNegative, assertPositive } from './checks';
import { mmc } from './erlang';

export interface Mg1Params {
	/** Arrival rate, customers per time unit (≥ 0). */
	lambda: number;
	/** Mean service time E[S], in time units (> 0). */
	meanService: number;
	/** Squared coefficient of variation of the service time, Var S / E[S]² (≥ 0; 0 = constant, 1 = exponential). */
	cs2: number;
}

/** Steady-state M/G/1 means; times in the inputs' time unit. Unstable (ρ ≥ 1): Infinity. */
export interface Mg1Result {
	/** ρ < 1. */
	stable: boolean;
	/** Utilisation ρ = λ·E[S]. */
	rho: number;
	/** Mean wait in queue (all customers). */
	wq: number;
	/** Mean time in system Wq + E[S]. */
	w: number;
	/** Mean number waiting. */
	lq: number;
	/** Mean number in system. */
	l: number;
}

/** Pollaczek–Khinchine: Wq = ρ(1 + cs²)/2 · E[S]/(1 − ρ), exact for M/G/1 (FIFO). */
export function mg1(p: Mg1Params): Mg1Result {
	const { lambda, meanService, cs2 } = p;
	assertNonNegative('lambda', lambda);
	assertPositive('meanService', meanService);
	assertNonNegative('cs2', cs2);
	const rho = lambda * meanService;
	if (rho >= 1) return { stable: false, rho, wq: Infinity, w: Infinity, lq: Infinity, l: Infinity };
	const wq = (((rho * (1 + cs2)) / 2) * meanService) / (1 - rho);
	const lq = lambda * wq;
	return { stable: true, rho, wq, w: wq + meanService, lq, l: lq + rho };
}

export interface GgcParams {
	/** Arrival rate, customers per time unit (≥ 0). */
	lambda: number;
	/** Service rate of one server, per time unit (> 0). */
	mu: number;
	/** Number of servers (integer ≥ 1). */
	c: number;
	/** Squared coefficient of variation of inter-arrival times (1 = Poisson). */
	ca2: number;
	/** Squared coefficient of variation of service times (1 = exponential). */
	cs2: number;
}

/** G/G/c estimate; times in the inputs' time unit. Always `approximate: true`. */
export interface GgcResult {
	/** Always true: this is an approximation (about ±15 %), not an exact result. */
	approximate: true;
	/** ρ < 1. */
	stable: boolean;
	/** Utilisation ρ = λ/(cμ). */
	rho: number;
	/** Erlang C of the matching M/M/c, used as the estimate of P(wait). */
	probWait: number;
	/** Estimated mean wait in queue. */
	wq: number;
	/** Estimated mean time in system Wq + 1/μ. */
	w: number;
	/** Estimated mean number waiting λ·Wq. */
	lq: number;
	/** Estimated mean number in system. */
	l: number;
}

/**
 * APPROXIMATE G/G/c mean wait (Allen–Cunneen; Kingman for c = 1):
 * Wq ≈ Wq(M/M/c) · (ca² + cs²)/2. Good to roughly ±15 % in heavy traffic, worse in light
 * traffic and for very variable or very regular inputs. For an estimate only; simulate for
 * an answer and never use this as a test oracle.
 */
export function allenCunneen(p: GgcParams): GgcResult {
	const { lambda, mu, c, ca2, cs2 } = p;
	assertInteger('c (servers)', c, 1);
	assertNonNegative('ca2', ca2);
	assertNonNegative('cs2', cs2);
	const m = mmc({ lambda, mu, c });
	if (!m.stable) {
		return { approximate: true, stable: false, rho: m.rho, probWait: 1, wq: Infinity, w: Infinity, lq: Infinity, l: Infinity };
	}
	const wq = (m.wq * (ca2 + cs2)) / 2;
	const lq = lambda * wq;
	return { approximate: true, stable: true, rho: m.rho, probWait: m.probWait, wq, w: wq + 1 / mu, lq, l: lq + m.a };
}
