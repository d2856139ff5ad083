// Runs that cannot finish say why, in words that name the place and the fix.
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../model/scenario';
import { RunawayError } from '../core/errors';
import { runScenario } from './run';
import { UnstableError, analyseStability } from './stability';
import { compileScenario } from '../core/compile';

function loop(extra: Partial<Scenario['run']> = {}): Scenario {
	return {
		format: 'flowbench-scenario',
		version: 2,
		name: 'loop',
		run: { mode: 'day', hours: 8, drain: true, replications: 1, seed: 1, ...extra },
		segments: [{ id: 'all', name: 'All', share: 1, patience: null }],
		nodes: [
			{ id: 'in', kind: 'source', name: 'In', arrivals: { type: 'poisson', ratePerHour: 60 } },
			{ id: 'a', kind: 'station', name: 'Desk A', servers: 2, service: { dist: 'exponential', mean: 1 } },
			{ id: 'b', kind: 'station', name: 'Desk B', servers: 2, service: { dist: 'exponential', mean: 1 } },
			{ id: 'out', kind: 'exit', name: 'Out' }
		],
		links: [
			{ from: 'in', to: 'a' },
			{ from: 'a', to: 'b' },
			{ from: 'b', to: 'a' }
		]
	};
}

describe('runaway and unstable models', () => {
	it('a cycle between stations with no way out is refused before running, naming where customers get trapped', () => {
		// the validator refuses this flow; the engine must still not hang when handed it
		const run = () => runScenario(loop({ maxEvents: 100_000 }));
		expect(run).toThrow(RunawayError);
		expect(run).toThrow(/"Desk A" \(a\) can never leave.*"Desk A" → "Desk B".*link to an exit/s);
	});

	it('a run longer than the event limit stops there with a message', () => {
		const s = loop({ maxEvents: 1_000 });
		s.links = [
			{ from: 'in', to: 'a' },
			{ from: 'a', to: 'b' },
			{ from: 'b', to: 'out' }
		];
		const run = () => runScenario(s);
		expect(run).toThrow(RunawayError);
		expect(run).toThrow(/stopped after 1,000 events in replication 1.*loops.*run\.maxEvents/s);
	});

	it('routers linked in a circle are caught as a routing loop naming the router', () => {
		const s = loop();
		s.nodes.push({ id: 'r1', kind: 'router', name: 'Split 1' }, { id: 'r2', kind: 'router', name: 'Split 2' });
		s.links = [
			{ from: 'in', to: 'r1' },
			{ from: 'r1', to: 'r2' },
			{ from: 'r2', to: 'r1' }
		];
		let error: unknown;
		try {
			runScenario(s);
		} catch (e) {
			error = e;
		}
		expect(error).toBeInstanceOf(RunawayError);
		expect((error as RunawayError).code).toBe('routing-loop');
		expect((error as Error).message).toMatch(/"Split \d"/);
	});

	it('a steady state with utilisation ≥ 100 % is refused before running, naming the station and the servers it needs', () => {
		const s: Scenario = {
			...loop(),
			run: { mode: 'steady', warmup: 100, length: 10_000, replications: 2, seed: 1 },
			links: [
				{ from: 'in', to: 'a' },
				{ from: 'a', to: 'out' }
			]
		};
		(s.nodes[1] as { servers: number }).servers = 1; // 60/h × 1 min = 1 Erlang on 1 server: ρ = 1
		expect(() => runScenario(s)).toThrow(UnstableError);
		expect(() => runScenario(s)).toThrow(/"Desk A" is unstable.*100%.*at least 2 servers/s);
		// with patience it sheds load and has a steady state
		s.segments[0].patience = { dist: 'exponential', mean: 5 };
		expect(analyseStability(compileScenario(s)).stable).toBe(true);
		expect(runScenario(s).stations.a.abandonment.mean).toBeGreaterThan(0);
	});

	it('a run can be cancelled from the progress callback', () => {
		const s: Scenario = {
			...loop(),
			run: { mode: 'steady', warmup: 0, length: 1e6, replications: 1, seed: 1 },
			links: [
				{ from: 'in', to: 'a' },
				{ from: 'a', to: 'out' }
			]
		};
		let ticks = 0;
		expect(() => runScenario(s, { onTick: () => ++ticks >= 3 })).toThrow(/cancelled/);
		expect(ticks).toBe(3);
	});
});
