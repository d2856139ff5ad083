// Runs a comparison's replications in browser workers with the comparison worker, through
// the same pool mechanism as single runs (pool.ts): rows in replication order whatever the
// number of workers; cancel terminates them at once.

import type { ComparisonRow, Scenario } from '$lib/sim';
import { PoolCancelled, runPool, type PoolOptions, type PoolRun } from './pool';
import type { CompareWorkerApi } from './compare.worker';

export { PoolCancelled };

export type ComparePoolOptions = PoolOptions<ComparisonRow>;
export type ComparePoolRun = PoolRun<ComparisonRow>;

export function compareInWorkers(baseline: Scenario, redesign: Scenario, options: ComparePoolOptions): ComparePoolRun {
	return runPool<ComparisonRow, CompareWorkerApi>(
		{
			createWorker: () => new Worker(new URL('./compare.worker.ts', import.meta.url), { type: 'module' }),
			runRange: (api, from, to, onRow) => api.runRange(baseline, redesign, options.seed, options.replications, from, to, onRow),
			failure: 'the comparison worker failed to start'
		},
		options
	);
}
