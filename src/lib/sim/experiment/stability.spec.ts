// The stability check before a steady-state run: offered load from the traffic equations, and
// exactly critical stations refused even when rounding in a feedback loop leaves ρ a hair below 1;
// customers trapped in a loop with no way to an exit refused with a located error.
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../model/scenario';
import { compileScenario } from '../core/compile';
import { runScenario } from './run';
import { analyseStability, UnstableError } from './stability';
import { RunawayError } from '../core/errors';
import { optimiseStaffing } from './optimise/search';

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

/** In → Desk A → Desk B → Desk A …: the links never reach the exit (the validator refuses this flow). */
function trappedFlow(mode: 'day' | 'steady'): Scenario {
	const s = feedback(30, 1);
	s.run = mode === 'day' ? { mode: 'day', hours: 8, drain: true, replications: 2, seed: 1 } : s.run;
	s.nodes.splice(2, 0, { id: 'b', kind: 'station', name: 'Desk B', servers: 1, service: { dist: 'exponential', mean: 1 } });
	s.links = [
		{ from: 'in', to: 'a' },
		{ from: 'a', to: 'b' },
		{ from: 'b', to: 'a' }
	];
	return s;
}

function caught(f: () => unknown): unknown {
	try {
		f();
	} catch (e) {
		return e;
	}
	return null;
}

describe('customers trapped in a loop with no way out', () => {
	it('the report names where they enter the loop and its round', () => {
		const m = compileScenario(trappedFlow('steady'));
		const report = analyseStability(m);
		expect(report.trapped).toEqual({ node: m.nodeIds.indexOf('a'), round: [m.nodeIds.indexOf('a'), m.nodeIds.indexOf('b')] });
	});

	it('a loop some customers leave is not trapped, nor is a trapped loop nobody reaches', () => {
		expect(analyseStability(compileScenario(feedback(27))).trapped).toBeUndefined();
		const s = trappedFlow('steady');
		s.links = [{ from: 'in', to: 'out' }, ...s.links.slice(1)];
		const report = analyseStability(compileScenario(s));
		expect(report.trapped).toBeUndefined();
		expect(report.stations.a.arrivalsPerHour).toBe(0);
	});

	for (const mode of ['day', 'steady'] as const)
		it(`a ${mode} run is refused naming the step and the fix, not left to cycle or called unstable`, () => {
			const e = caught(() => runScenario(trappedFlow(mode)));
			expect(e).toBeInstanceOf(RunawayError);
			const error = e as RunawayError;
			expect(error.code).toBe('trapped');
			expect(error.nodeId).toBe('a');
			expect(error.message).toMatch(/"Desk A" \(a\) can never leave: .*round "Desk A" → "Desk B".*add a link to an exit/i);
			expect(error.problem).toEqual({
				path: 'nodes[1]',
				message: error.message,
				code: 'run.trapped',
				params: { node: 'Desk A', id: 'a', round: 'Desk A → Desk B' }
			});
		});

	for (const mode of ['day', 'steady'] as const)
		it(`optimising a ${mode} model refuses it the same way (the theory seed used to get λ = ∞: a bare RangeError)`, async () => {
			const s = trappedFlow(mode);
			const run = optimiseStaffing(s, { targets: { serviceLevel: 0.8, waitMinutes: 5 }, maxCandidates: 5 });
			await expect(run).rejects.toThrow(RunawayError);
			await expect(optimiseStaffing(s, { targets: { serviceLevel: 0.8, waitMinutes: 5 }, maxCandidates: 5 })).rejects.toMatchObject({
				code: 'trapped',
				nodeId: 'a',
				path: 'nodes[1]'
			});
		});
});
