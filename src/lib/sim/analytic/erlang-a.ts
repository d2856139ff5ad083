// Erlang A (M/M/c+M): the M/M/c queue in which waiting customers give up. Each customer has
// an exponentially distributed patience (rate θ, mean 1/θ); one still waiting when patience
// runs out abandons. Abandonment makes the queue self-limiting, so a steady state exists even
// when demand exceeds capacity, and it is what real contact centres and service halls see:
// Erlang C overstates waits when callers hang up.
//
// The number in system is a birth–death chain: births λ, deaths min(n, c)·μ + max(0, n − c)·θ.
// π_n = π₀·aⁿ/n! (n ≤ c), π_n = π_c·Π_{k=1}^{n−c} λ/(cμ + kθ) (n > c). The chain is summed
// term by term until the remaining tail is provably negligible (the death rates never
// decrease, so the terms fall at least geometrically once they start falling).
// P(abandon) = θ·E[Q]/λ, E[Wq] over all arrivals = E[Q]/λ (Little), P(wait) = P(N ≥ c) (PASTA).
//
// Units: `lambda`, `mu`, `theta` in the same time unit; times come back in that unit.
// Source: Garnett, Mandelbaum & Reiman (2002), "Designing a call center with impatient
// customers", Manufacturing & Service Operations Management 4(3):208–227.

import { assertInteger, assertNonNegative, assertPositive } from './checks';

export interface ErlangAParams {
	/** Arrival rate, customers per time unit (≥ 0). */
	lambda: number;
	/** Service rate of one server, per time unit (> 0). */
	mu: number;
	/** Number of servers (integer ≥ 1). */
	c: number;
	/** Abandonment rate per waiting customer, per time unit: 1 / mean patience (≥ 0). */
	theta: number;
}

/** Steady-state Erlang A metrics; times in the inputs' time unit. */
export interface ErlangAResult {
	/** A steady state exists: always when θ > 0; when θ = 0 only if λ < cμ (then it is M/M/c). */
	stable: boolean;
	/** P(an arrival finds all servers busy and has to wait), abandoners included. */
	probWait: number;
	/** P(an arrival abandons) = θ·E[Q]/λ. */
	probAbandon: number;
	/** Share of arrivals that are served = 1 − probAbandon. */
	servedShare: number;
	/** Mean time in queue over ALL arrivals (served and abandoning, zero waits included) = E[Q]/λ. */
	wq: number;
	/** Mean number waiting E[Q]. */
	lq: number;
	/** Mean number in system E[N]. */
	l: number;
	/** Mean share of servers busy, E[min(N, c)]/c. */
	utilisation: number;
	/** States summed before the tail became negligible (diagnostic). */
	states: number;
}

/** Relative error allowed in the truncated tail of the distribution. */
const TAIL_TOL = 1e-15;
/** Guard against near-zero patience rates in overload, which need astronomically many states. */
const MAX_STATES = 50_000_000;
const RESCALE_AT = 1e250;

/**
 * Steady-state M/M/c+M (Erlang A). `theta` = 0 gives M/M/c (unstable when λ ≥ cμ: flagged,
 * with Infinity waits). Throws RangeError for invalid inputs or if more than 5·10⁷ states
 * would be needed (patience practically infinite while overloaded).
 */
export function erlangA(p: ErlangAParams): ErlangAResult {
	const { lambda, mu, c, theta } = p;
	assertNonNegative('lambda', lambda);
	assertPositive('mu', mu);
	assertInteger('c (servers)', c, 1);
	assertNonNegative('theta', theta);

	if (lambda === 0) {
		return { stable: true, probWait: 0, probAbandon: 0, servedShare: 1, wq: 0, lq: 0, l: 0, utilisation: 0, states: 1 };
	}
	if (theta === 0 && lambda >= c * mu) {
		return {
			stable: false,
			probWait: 1,
			probAbandon: 0,
			servedShare: 1,
			wq: Infinity,
			lq: Infinity,
			l: Infinity,
			utilisation: 1,
			states: 0
		};
	}

	// In overload the terms only start to fall once (n − c)·θ > λ − cμ: fail fast, don't grind.
	if (theta > 0 && lambda > c * mu && c + (lambda - c * mu) / theta > MAX_STATES) {
		throw new RangeError(`Erlang A needs more than ${MAX_STATES} states: patience (1/theta) is too long for this overload`);
	}

	// Unnormalised π_n, scaled down whenever it grows huge; every sum is scaled with it.
	let pi = 1;
	let mass = 0;
	let busy = 0;
	let queue = 0;
	let inSystem = 0;
	let waiting = 0;
	for (let n = 0; n < MAX_STATES; n++) {
		const q = n > c ? n - c : 0;
		mass += pi;
		busy += (n < c ? n : c) * pi;
		queue += q * pi;
		inSystem += n * pi;
		if (n >= c) waiting += pi;

		const next = n + 1;
		const r = lambda / ((next < c ? next : c) * mu + (next > c ? next - c : 0) * theta);
		if (r < 1) {
			// Ratios never increase, so the tail is below a geometric series with ratio r.
			const g = r / (1 - r);
			const tailMass = pi * g;
			const tailQueue = pi * (q * g + g / (1 - r));
			const tailN = pi * (n * g + g / (1 - r));
			if (
				tailMass <= TAIL_TOL * mass &&
				tailQueue <= TAIL_TOL * Math.max(queue, 1e-10 * mass) &&
				tailN <= TAIL_TOL * Math.max(inSystem, 1e-10 * mass)
			) {
				const eq = queue / mass;
				const probAbandon = Math.min(1, (theta * eq) / lambda);
				return {
					stable: true,
					probWait: waiting / mass,
					probAbandon,
					servedShare: 1 - probAbandon,
					wq: eq / lambda,
					lq: eq,
					l: inSystem / mass,
					utilisation: busy / mass / c,
					states: next
				};
			}
		}
		pi *= r;
		if (pi > RESCALE_AT) {
			pi /= RESCALE_AT;
			mass /= RESCALE_AT;
			busy /= RESCALE_AT;
			queue /= RESCALE_AT;
			inSystem /= RESCALE_AT;
			waiting /= RESCALE_AT;
		}
	}
	throw new RangeError(`Erlang A needs more than ${MAX_STATES} states: patience (1/theta) is too long for this overload`);
}
