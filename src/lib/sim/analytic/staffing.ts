// Erlang C staffing: the fewest servers that meet a service target when demand is steady
// (M/M/c). This is the classic contact-centre staffing calculation and the starting point
// ("seed") of the simulation-based staffing search, which then corrects it for abandonment,
// non-exponential service and time-varying demand.
//
// Units: `lambda` and `mu` in the same time unit; wait targets in that time unit.
// Source: Erlang C as in erlang.ts (Gross et al. 2008, ch. 2).

import { assertNonNegative, assertPositive } from './checks';

/** What the staffing must achieve. Every target given must hold; at least one is required. */
export interface StaffingTarget {
	/** Mean wait in queue at most this (time units, > 0). */
	maxWq?: number;
	/** At least `atLeast` (0 ≤ atLeast < 1) of customers wait at most `t` (time units). */
	serviceLevel?: { t: number; atLeast: number };
	/** Probability of waiting at most this (0 < maxProbWait ≤ 1). */
	maxProbWait?: number;
	/** Server utilisation at most this (0 < maxUtilisation < 1). */
	maxUtilisation?: number;
}

const MAX_SERVERS = 10_000_000;

/**
 * Smallest number of servers c for which the M/M/c queue with arrival rate `lambda` and
 * per-server service rate `mu` (same time unit) is stable and meets every given target.
 */
export function mmcMinServers(p: { lambda: number; mu: number }, target: StaffingTarget): number {
	const { lambda, mu } = p;
	assertNonNegative('lambda', lambda);
	assertPositive('mu', mu);
	const { maxWq, serviceLevel, maxProbWait, maxUtilisation } = target;
	if (maxWq === undefined && !serviceLevel && maxProbWait === undefined && maxUtilisation === undefined) {
		throw new RangeError('staffing needs at least one target');
	}
	if (maxWq !== undefined) assertPositive('maxWq', maxWq);
	if (serviceLevel) {
		assertNonNegative('serviceLevel.t', serviceLevel.t);
		if (!(serviceLevel.atLeast >= 0 && serviceLevel.atLeast < 1)) {
			throw new RangeError(`serviceLevel.atLeast must be in [0, 1), got ${serviceLevel.atLeast}`);
		}
	}
	if (maxProbWait !== undefined && !(maxProbWait > 0 && maxProbWait <= 1)) {
		throw new RangeError(`maxProbWait must be in (0, 1], got ${maxProbWait}`);
	}
	if (maxUtilisation !== undefined && !(maxUtilisation > 0 && maxUtilisation < 1)) {
		throw new RangeError(`maxUtilisation must be in (0, 1), got ${maxUtilisation}`);
	}

	const a = lambda / mu;
	// Erlang B carried forward one server at a time: B_c = a·B_{c−1}/(c + a·B_{c−1}).
	let b = 1;
	for (let c = 1; c <= MAX_SERVERS; c++) {
		b = (a * b) / (c + a * b);
		if (a >= c) continue;
		const rho = a / c;
		const probWait = b / (1 - rho * (1 - b));
		const drain = c * mu - lambda;
		const ok =
			(maxWq === undefined || probWait / drain <= maxWq) &&
			(maxProbWait === undefined || probWait <= maxProbWait) &&
			(maxUtilisation === undefined || rho <= maxUtilisation) &&
			(!serviceLevel || 1 - probWait * Math.exp(-drain * serviceLevel.t) >= serviceLevel.atLeast);
		if (ok) return c;
	}
	throw new RangeError(`no staffing up to ${MAX_SERVERS} servers meets the target`);
}
