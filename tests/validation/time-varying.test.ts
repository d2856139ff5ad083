// A day whose arrival rate changes by the hour (validation.md, "the trap"): the engine must
// reproduce the exact transient answer — computed here by the analytic module's Kolmogorov
// forward-equation solver — hour by hour and for the day, and must NOT agree with the
// stationary period-by-period (SIPP) shortcut.
import { describe, expect, it } from 'vitest';
import * as analytic from '../../src/lib/sim/analytic/index';
import { runScenario, type Scenario } from '../../src/lib/sim/index';
import { expectMatches } from './harness';

const RATES = [30, 45, 55, 58, 50, 40, 50, 57, 45, 30];
const DAYS = 4000;

function day(rates: number[], servers: number | number[], days: number, seed = 2): Scenario {
	return {
		format: 'flowbench-scenario',
		version: 2,
		name: 'time-varying day',
		run: { mode: 'day', hours: rates.length, drain: true, replications: days, seed },
		segments: [{ id: 'all', name: 'All', share: 1, patience: null }],
		nodes: [
			{ id: 'in', kind: 'source', name: 'In', arrivals: { type: 'poisson', periodMinutes: 60, ratePerHour: rates } },
			{
				id: 'desk',
				kind: 'station',
				name: 'Desk',
				servers: typeof servers === 'number' ? servers : { periodMinutes: 60, count: servers },
				service: { dist: 'exponential', mean: 6 }
			},
			{ id: 'out', kind: 'exit', name: 'Out' }
		],
		links: [
			{ from: 'in', to: 'desk' },
			{ from: 'desk', to: 'out' }
		]
	};
}

describe('time-varying demand', () => {
	it('hour-by-hour waits and the day mean match the exact transient solution (6 servers)', () => {
		const r = runScenario(day(RATES, 6, DAYS));
		const exact = analytic.transientDay({ periodLength: 60, lambda: RATES.map((x) => x / 60), c: 6, mu: 1 / 6 });
		expect(r.periods).toHaveLength(10);
		exact.periods.forEach((p, k) => expectMatches(`hour ${k + 1} Wq`, r.periods[k].waitMean, p.wq, DAYS));
		expectMatches('day mean Wq', r.overall.waitMean, exact.wq, DAYS);
		exact.periods.forEach((p, k) => expectMatches(`hour ${k + 1} arrivals`, r.periods[k].arrivals, p.arrivals, DAYS));
		// and the shortcut is far off: SIPP's day mean is about twice the truth
		const shortcut = analytic.sipp({ periodLength: 60, lambda: RATES.map((x) => x / 60), c: 6, mu: 1 / 6 });
		expect(Math.abs(shortcut.wq - r.overall.waitMean.mean!)).toBeGreaterThan(0.5 * exact.wq);
	});

	it('staffing that rises by the hour is followed exactly', () => {
		// rising staff only: when servers leave mid-service the engine lets them finish (non-preemptive),
		// while the birth–death model drops them at once, so the two differ by design there
		const staff = [4, 5, 6, 7, 7, 7, 7, 7, 7, 7];
		const r = runScenario(day(RATES, staff, DAYS, 5));
		const exact = analytic.transientDay({ periodLength: 60, lambda: RATES.map((x) => x / 60), c: staff, mu: 1 / 6 });
		// with servers changing, the wait of a customer who arrives just before a change is not
		// the constant-c formula, so compare the time-based queue length and utilisation, which are exact
		exact.periods.forEach((p, k) => expectMatches(`hour ${k + 1} Lq`, r.stationPeriods[k].desk.queueLengthMean, p.meanQueue, DAYS));
		exact.periods.forEach((p, k) => expectMatches(`hour ${k + 1} utilisation`, r.stationPeriods[k].desk.utilisation, p.utilisation, DAYS));
	});
});
