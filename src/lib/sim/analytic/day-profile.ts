// A day of demand and staffing cut into equal periods (e.g. hours): the arrival rate and the
// number of servers are constant within a period and change at its boundaries. Both the
// period-by-period shortcut (sipp.ts) and the exact transient solution (transient.ts) read it.
//
// Units: `periodLength` in a time unit of your choice; `lambda` and `mu` per that time unit.
// E.g. hourly periods in minutes: periodLength 60, lambda 30/60 per minute, mu 1/6 per minute.

import { assertInteger, assertNonNegative, assertPositive } from './checks';

export interface DayProfile {
	/** Length of every period, in time units (> 0), e.g. 60 for hourly periods in minutes. */
	periodLength: number;
	/** Arrival rate in each period, customers per time unit (each ≥ 0). At least one period. */
	lambda: readonly number[];
	/** Servers in each period (integers ≥ 1), or one number for the whole day. */
	c: number | readonly number[];
	/** Service rate of one server, per time unit (> 0); mean service time = 1/mu. */
	mu: number;
}

/** Validates a profile and returns the servers as one entry per period. */
export function serversPerPeriod(p: DayProfile): number[] {
	assertPositive('periodLength', p.periodLength);
	assertPositive('mu', p.mu);
	if (p.lambda.length === 0) throw new RangeError('a day needs at least one period');
	p.lambda.forEach((l, i) => assertNonNegative(`lambda[${i}]`, l));
	const c = typeof p.c === 'number' ? p.lambda.map(() => p.c as number) : [...p.c];
	if (c.length !== p.lambda.length) {
		throw new RangeError(`c must have one entry per period (${p.lambda.length}), has ${c.length}`);
	}
	c.forEach((ci, i) => assertInteger(`c[${i}]`, ci, 1));
	return c;
}
