// The M/M/5 benchmark model at ρ = 0.9 (E[S] = 1 min, λ = 4.5/min), steady state, one
// replication of about `customers` customers: the workload of bench/run.ts and bench/instructions.ts.
import type { Scenario } from '../src/lib/sim/index';

export function mm5(customers: number): Scenario {
	return {
		format: 'flowbench-scenario',
		version: 2,
		name: 'M/M/5 at rho 0.9',
		run: { mode: 'steady', warmup: 0, length: customers / 4.5, replications: 1, seed: 1 },
		segments: [{ id: 'all', name: 'All', share: 1, patience: null }],
		nodes: [
			{ id: 'in', kind: 'source', name: 'In', arrivals: { type: 'poisson', ratePerHour: 270 } },
			{ id: 'q', kind: 'station', name: 'Servers', servers: 5, service: { dist: 'exponential', mean: 1 } },
			{ id: 'out', kind: 'exit', name: 'Out' }
		],
		links: [
			{ from: 'in', to: 'q' },
			{ from: 'q', to: 'out' }
		]
	};
}
