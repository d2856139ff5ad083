// The stability check before a steady-state run: offered load from the traffic equations, and
// exactly critical stations refused even when rounding in a feedback loop leaves ρ a hair below 1.
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../model/scenario';
import { compileScenario } from '../core/compile';
import { runScenario } from './run';
import { analyseStability, UnstableError } from './stability';

/** 1 server, 1 min exponential service; half the customers come back for a second visit. */
function feedback(ratePerHour: number, resolutionRate = 0.5): Scenario {
	return {
		format: 'flowbench-scenario',
		version: 2,
		name: 'feedback',
		run: { mode: 'steady', warmup: 100, length: 2_000, replications: 2, seed: 1 },
		segments: [{ id: 'all', name: 'All', share: 1, patience: null }],
		nodes: [
			{ id: 'in', kind: 'source', name: 'In', arrivals: { type: 'poisson', ratePerHour } },
			{ id: 'a', kind: 'station', name: 'Desk A', servers: 1, resolutionRate, service: { dist: 'exponential', mean: 1 } },
			{ id: 'out', kind: 'exit', name: 'Out' }
		],
		links: [
			{ from: 'in', to: 'a' },
			{ from: 'a', to: 'out' },
			{ from: 'a', to: 'a', on: 'unresolved' }
		]
	};
}

describe('stability before a steady-state run', () => {
	it('traffic through a feedback loop: λ = λ₀ / resolution rate', () => {
		const load = analyseStability(compileScenario(feedback(27))).stations.a;
		expect(load.arrivalsPerHour).toBeCloseTo(54, 10);
		expect(load.rho).toBeCloseTo(0.9, 10);
		expect(load.serversNeeded).toBe(1);
	});

	it('refuses an exactly critical station behind a feedback loop (ρ = 1 up to rounding)', () => {
		// 30/h in, every customer served 1/0.3 times on average: 100/h × 0.6 min = 1 Erlang on 1 server;
		// the solver gives ρ = 0.9999999999999999 here, which only the tolerance refuses
		const s = feedback(30, 0.3);
		s.nodes[1] = { ...s.nodes[1], service: { dist: 'exponential', mean: 0.6 } } as Scenario['nodes'][number];
		const report = analyseStability(compileScenario(s));
		expect(Math.abs(report.stations.a.rho - 1)).toBeLessThan(1e-9);
		expect(report.stable).toBe(false);
		expect(report.message).toMatch(/"Desk A" is unstable/);
		expect(() => runScenario(s)).toThrow(UnstableError);
	});

	it('accepts a station just below critical load', () => {
		const report = analyseStability(compileScenario(feedback(29.97)));
		expect(report.stations.a.rho).toBeCloseTo(0.999, 10);
		expect(report.stable).toBe(true);
	});
});
