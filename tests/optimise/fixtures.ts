// Small scenarios for the optimiser tests: a steady M/M/c and a peaked single-queue day.
import type { Scenario } from '../../src/lib/sim/index';

/** M/M/c: λ = 60/h, E[S] = 4 min (4 Erlangs); Erlang C gives SL(1 min) 0.827 at c = 6 and 0.936 at c = 7. */
export function mmc(): Scenario {
	return {
		format: 'flowbench-scenario',
		version: 2,
		name: 'M/M/c',
		run: { mode: 'steady', warmup: 300, length: 3000, replications: 20, seed: 1 },
		segments: [{ id: 'all', name: 'All', share: 1 }],
		nodes: [
			{ id: 'in', kind: 'source', name: 'In', arrivals: { type: 'poisson', ratePerHour: 60 } },
			{ id: 'desk', kind: 'station', name: 'Desk', servers: 5, service: { dist: 'exponential', mean: 4 }, costPerServerHour: 30 },
			{ id: 'out', kind: 'exit', name: 'Out' }
		],
		links: [
			{ from: 'in', to: 'desk' },
			{ from: 'desk', to: 'out' }
		],
		targets: { waitMinutes: 1, serviceLevel: 0.88 }
	};
}

/** A six-hour day with a sharp peak in hours 3–4, impatient customers. */
export function peaked(): Scenario {
	return {
		format: 'flowbench-scenario',
		version: 2,
		name: 'Peaked day',
		run: { mode: 'day', open: '09:00', hours: 6, drain: true, replications: 40, seed: 3 },
		segments: [{ id: 'all', name: 'All', share: 1, patience: { dist: 'exponential', mean: 20 } }],
		nodes: [
			{ id: 'in', kind: 'source', name: 'In', arrivals: { type: 'poisson', periodMinutes: 60, ratePerHour: [20, 40, 90, 110, 50, 25] } },
			{ id: 'desk', kind: 'station', name: 'Desk', servers: 6, service: { dist: 'exponential', mean: 5 }, costPerServerHour: 30 },
			{ id: 'out', kind: 'exit', name: 'Out' }
		],
		links: [
			{ from: 'in', to: 'desk' },
			{ from: 'desk', to: 'out' }
		],
		targets: { waitMinutes: 5, serviceLevel: 0.8, maxAbandonment: 0.05 }
	};
}
