// Networks of queues against Jackson's theorem: the tandem-with-rework case of
// validation.md (rework by an "unresolved" link and, equivalently, by a router), and
// a feed-forward network with a probabilistic split.
import { describe, it } from 'vitest';
import * as analytic from '../../src/lib/sim/analytic/index';
import { runScenario, type Scenario } from '../../src/lib/sim/index';
import { expectMatches, minutesFor } from './harness';

const REPS = 10;

function tandem(rework: 'unresolved' | 'router'): Scenario {
	const length = minutesFor(150_000, 10);
	const s: Scenario = {
		format: 'flowbench-scenario',
		version: 2,
		name: `JN-1 rework by ${rework}`,
		run: { mode: 'steady', warmup: 0.05 * length, length, replications: REPS, seed: 4 },
		segments: [{ id: 'all', name: 'All', share: 1, patience: null }],
		nodes: [
			{ id: 'in', kind: 'source', name: 'In', arrivals: { type: 'poisson', ratePerHour: 10 } },
			{ id: 'reception', kind: 'station', name: 'Reception', servers: 1, service: { dist: 'exponential', mean: 4 } },
			{ id: 'processing', kind: 'station', name: 'Processing', servers: 3, service: { dist: 'exponential', mean: 12 } },
			{
				id: 'check',
				kind: 'station',
				name: 'Check',
				servers: 1,
				service: { dist: 'exponential', mean: 3 },
				resolutionRate: rework === 'unresolved' ? 0.8 : 1
			},
			{ id: 'out', kind: 'exit', name: 'Out' }
		],
		links: [
			{ from: 'in', to: 'reception' },
			{ from: 'reception', to: 'processing' },
			{ from: 'processing', to: 'check' }
		]
	};
	if (rework === 'unresolved') {
		s.links.push({ from: 'check', to: 'out' }, { from: 'check', to: 'processing', on: 'unresolved' });
	} else {
		s.nodes.push({ id: 'split', kind: 'router', name: 'Pass?' });
		s.links.push(
			{ from: 'check', to: 'split' },
			{ from: 'split', to: 'out', probability: 0.8 },
			{ from: 'split', to: 'processing', probability: 0.2 }
		);
	}
	return s;
}

describe('open Jackson networks', () => {
	const exact = analytic.jackson({
		stations: [
			{ c: 1, mu: 1 / 4 },
			{ c: 3, mu: 1 / 12 },
			{ c: 1, mu: 1 / 3 }
		],
		external: [10 / 60, 0, 0],
		routing: [
			[0, 1, 0],
			[0, 0, 1],
			[0, 0.2, 0]
		]
	});
	for (const rework of ['unresolved', 'router'] as const) {
		it(`JN-1: tandem with 20 % rework (${rework}) — sojourn and per-station waits`, () => {
			const r = runScenario(tandem(rework));
			expectMatches('sojourn', r.overall.timeInSystem, exact.sojourn, REPS);
			['reception', 'processing', 'check'].forEach((id, i) => {
				expectMatches(`${id} Wq`, r.stations[id].waitMean, exact.stations[i].wq, REPS);
				expectMatches(`${id} utilisation`, r.stations[id].utilisation, exact.stations[i].rho, REPS);
			});
		});
	}

	it('a split to two counters that merge at a cashier', () => {
		const length = minutesFor(150_000, 50);
		const s: Scenario = {
			format: 'flowbench-scenario',
			version: 2,
			name: 'split and merge',
			run: { mode: 'steady', warmup: 0.05 * length, length, replications: REPS, seed: 8 },
			segments: [{ id: 'all', name: 'All', share: 1, patience: null }],
			nodes: [
				{ id: 'in', kind: 'source', name: 'In', arrivals: { type: 'poisson', ratePerHour: 50 } },
				{ id: 'split', kind: 'router', name: 'Split' },
				{ id: 'a', kind: 'station', name: 'A', servers: 2, service: { dist: 'exponential', mean: 3 } },
				{ id: 'b', kind: 'station', name: 'B', servers: 1, service: { dist: 'exponential', mean: 2 } },
				{ id: 'pay', kind: 'station', name: 'Pay', servers: 1, service: { dist: 'exponential', mean: 1 } },
				{ id: 'out', kind: 'exit', name: 'Out' }
			],
			links: [
				{ from: 'in', to: 'split' },
				{ from: 'split', to: 'a', probability: 0.6 },
				{ from: 'split', to: 'b', probability: 0.4 },
				{ from: 'a', to: 'pay' },
				{ from: 'b', to: 'pay' },
				{ from: 'pay', to: 'out' }
			]
		};
		const r = runScenario(s);
		const j = analytic.jackson({
			stations: [
				{ c: 2, mu: 1 / 3 },
				{ c: 1, mu: 1 / 2 },
				{ c: 1, mu: 1 }
			],
			external: [0.6 * (50 / 60), 0.4 * (50 / 60), 0],
			routing: [
				[0, 0, 1],
				[0, 0, 1],
				[0, 0, 0]
			]
		});
		expectMatches('sojourn', r.overall.timeInSystem, j.sojourn, REPS);
		['a', 'b', 'pay'].forEach((id, i) => expectMatches(`${id} Wq`, r.stations[id].waitMean, j.stations[i].wq, REPS));
	});
});
