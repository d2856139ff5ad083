// Runs a comparison's replications in browser workers (one per core), like the run pool
// (pool.ts) but with the comparison worker: chunks of replication indices handed out as
// workers become free (partition.ts), each finished row passed on as it arrives, all rows
// given back in replication order, so the number of workers never changes a number.
// Cancel terminates the workers at once.

import * as Comlink from 'comlink';
import type { ComparisonRow, Scenario } from '$lib/sim';
import { chunks, workerCount } from './partition';
import { PoolCancelled } from './pool';
import type { CompareWorkerApi } from './compare.worker';

export { PoolCancelled };

export interface ComparePoolOptions {
	seed: number;
	replications: number;
	/** Defaults to navigator.hardwareConcurrency. */
	workers?: number;
	onRow?: (rep: number, row: ComparisonRow) => void;
}

export interface ComparePoolRun {
	/** All rows in replication order; rejects with the first worker error, or PoolCancelled. */
	promise: Promise<ComparisonRow[]>;
	cancel(): void;
}

export function compareInWorkers(baseline: Scenario, redesign: Scenario, options: ComparePoolOptions): ComparePoolRun {
	const total = options.replications;
	const n = workerCount(total, options.workers ?? globalThis.navigator?.hardwareConcurrency);
	const queue = chunks(total, n);
	const rows: ComparisonRow[] = new Array(total);
	const workers: Worker[] = [];
	let stop: (reason: Error) => void = () => {};
	let stopped = false;

	const finish = () => {
		stopped = true;
		for (const w of workers) w.terminate();
	};

	const onRow = Comlink.proxy((rep: number, row: ComparisonRow) => {
		if (stopped) return;
		rows[rep] = row;
		options.onRow?.(rep, row);
	});

	const lane = async (): Promise<void> => {
		const worker = new Worker(new URL('./compare.worker.ts', import.meta.url), { type: 'module' });
		workers.push(worker);
		const failed = new Promise<never>((_, reject) =>
			worker.addEventListener('error', (e) => reject(new Error(e.message || 'the comparison worker failed to start')))
		);
		const api = Comlink.wrap<CompareWorkerApi>(worker);
		for (let range = queue.shift(); range && !stopped; range = queue.shift()) {
			await Promise.race([api.runRange(baseline, redesign, options.seed, total, range.from, range.to, onRow), failed]);
		}
	};

	const promise = new Promise<ComparisonRow[]>((resolve, reject) => {
		stop = reject;
		Promise.all(Array.from({ length: n }, lane)).then(
			() => {
				finish();
				resolve(rows);
			},
			(e: unknown) => {
				finish();
				reject(e instanceof Error ? e : new Error(String(e)));
			}
		);
	});

	return {
		promise,
		cancel() {
			if (stopped) return;
			finish();
			stop(new PoolCancelled());
		}
	};
}
