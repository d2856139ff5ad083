// SIPP, the stationary independent period-by-period approximation: treat every period of
// the day as if it were a separate, steady-state M/M/c with that period's arrival rate and
// servers. It is what a spreadsheet does, and it is badly wrong whenever demand changes
// faster than the queue settles - which in a service day is almost always:
//   - during a short peak it OVERSTATES the wait (the queue has no time to build up to the
//     steady-state level, which may be near-infinite when ρ is close to 1);
//   - right AFTER a peak it UNDERSTATES the wait (the backlog built in the peak carries over
//     into the calmer period, which SIPP starts from an empty-ish steady state).
// Validation example (6 servers, E[S] 6 min, hourly λ = 30,45,55,58,50,40,50,57,45,30):
// hour 4 SIPP 27.3 min vs exact 6.4; hour 5 SIPP 3.5 vs exact 6.3; day mean 7.902 vs 3.597.
// Offer it only as a labelled rough estimate (`approximate: true`); transient.ts gives the
// exact answer and the simulation engine must match that one, never this.
//
// Units: as in DayProfile - rates per time unit, times in that unit.
// Source: Green, Kolesar & Soares (2001), "Improving the SIPP approach for staffing service
// systems that have cyclic demands", Operations Research 49(4):549–564.

import { type DayProfile, serversPerPeriod } from './day-profile';
import { mmc } from './erlang';

export interface SippPeriod {
	/** Arrival rate of the period, per time unit. */
	lambda: number;
	/** Servers in the period. */
	c: number;
	/** Period utilisation below 1 (otherwise its steady-state wait is Infinity). */
	stable: boolean;
	/** Utilisation λ/(cμ). */
	rho: number;
	/** Steady-state Erlang C of the period (estimate of P(wait)). */
	probWait: number;
	/** Steady-state M/M/c mean wait of the period, time units (estimate). */
	wq: number;
}

export interface SippResult {
	/** Always true: SIPP ignores the backlog carried between periods. A rough estimate only. */
	approximate: true;
	/** Every period has ρ < 1. */
	stable: boolean;
	periods: SippPeriod[];
	/** Arrival-weighted mean of the period waits, time units (Infinity if any loaded period is unstable). */
	wq: number;
}

/** APPROXIMATE per-period steady-state M/M/c waits (SIPP). See the file comment for why it misleads. */
export function sipp(p: DayProfile): SippResult {
	const servers = serversPerPeriod(p);
	let weighted = 0;
	let arrivals = 0;
	const periods = p.lambda.map((lambda, i) => {
		const m = mmc({ lambda, mu: p.mu, c: servers[i] });
		if (lambda > 0) {
			weighted += lambda * m.wq;
			arrivals += lambda;
		}
		return { lambda, c: servers[i], stable: m.stable, rho: m.rho, probWait: m.probWait, wq: m.wq };
	});
	return {
		approximate: true,
		stable: periods.every((x) => x.stable),
		periods,
		wq: arrivals > 0 ? weighted / arrivals : 0
	};
}
