// Runs a scenario's replications in browser workers (one per core): hands out chunks of
// replication indices as workers become free, passes each finished row on as it arrives,
// and gives back all rows in replication order. Cancel terminates the workers at once.

import * as Comlink from 'comlink';
import type { ReplicationRow, Scenario } from '$lib/sim';
import { chunks, workerCount } from './partition';
import type { SimWorkerApi } from './sim.worker';

export interface PoolOptions {
	seed: number;
	replications: number;
	/** Defaults to navigator.hardwareConcurrency. */
	workers?: number;
	onRow?: (rep: number, row: ReplicationRow) => void;
}

export interface PoolRun {
	/** All rows in replication order; rejects with the first worker error, or PoolCancelled. */
	promise: Promise<ReplicationRow[]>;
	cancel(): void;
}

export class PoolCancelled extends Error {
	override name = 'PoolCancelled';
	constructor() {
		super('cancelled');
	}
}

export function runInWorkers(scenario: Scenario, options: PoolOptions): PoolRun {
	const total = options.replications;
	const n = workerCount(total, options.workers ?? globalThis.navigator?.hardwareConcurrency);
	const queue = chunks(total, n);
	const rows: ReplicationRow[] = new Array(total);
	const workers: Worker[] = [];
	let stop: (reason: Error) => void = () => {};
	let stopped = false;

	const finish = () => {
		stopped = true;
		for (const w of workers) w.terminate();
	};

	const onRow = Comlink.proxy((rep: number, row: ReplicationRow) => {
		if (stopped) return;
		rows[rep] = row;
		options.onRow?.(rep, row);
	});

	const lane = async (): Promise<void> => {
		const worker = new Worker(new URL('./sim.worker.ts', import.meta.url), { type: 'module' });
		workers.push(worker);
		const failed = new Promise<never>((_, reject) =>
			worker.addEventListener('error', (e) => reject(new Error(e.message || 'the simulation worker failed to start')))
		);
		const api = Comlink.wrap<SimWorkerApi>(worker);
		for (let range = queue.shift(); range && !stopped; range = queue.shift()) {
			await Promise.race([api.runRange(scenario, options.seed, total, range.from, range.to, onRow), failed]);
		}
	};

	const promise = new Promise<ReplicationRow[]>((resolve, reject) => {
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
