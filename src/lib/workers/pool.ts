// Runs replications in browser workers (one per core): hands out chunks of replication
// indices as workers become free, passes each finished row on as it arrives, and gives
// back all rows in replication order, so the number of workers never changes a number.
// Cancel terminates the workers at once. `runPool` is the mechanism; `runInWorkers` runs a
// scenario with the simulation worker (the comparison pool uses the same mechanism).

import * as Comlink from 'comlink';
import type { ReplicationRow, Scenario } from '$lib/sim';
import { chunks, workerCount } from './partition';
import type { SimWorkerApi } from './sim.worker';

export interface PoolOptions<Row> {
	seed: number;
	replications: number;
	/** Defaults to navigator.hardwareConcurrency. */
	workers?: number;
	onRow?: (rep: number, row: Row) => void;
}

export interface PoolRun<Row = ReplicationRow> {
	/** All rows in replication order; rejects with the first worker error, or PoolCancelled. */
	promise: Promise<Row[]>;
	cancel(): void;
}

export class PoolCancelled extends Error {
	override name = 'PoolCancelled';
	constructor() {
		super('cancelled');
	}
}

export interface PoolJob<Row, Api> {
	/** A new worker (the `new Worker(new URL(…), { type: 'module' })` stays at the caller, where Vite finds it). */
	createWorker: () => Worker;
	/** Runs replications [from, to) on one worker, reporting each row through onRow. */
	runRange: (api: Comlink.Remote<Api>, from: number, to: number, onRow: (rep: number, row: Row) => void) => Promise<unknown>;
	/** Said when a worker cannot start. */
	failure: string;
}

export function runPool<Row, Api>(job: PoolJob<Row, Api>, options: PoolOptions<Row>): PoolRun<Row> {
	const total = options.replications;
	const n = workerCount(total, options.workers ?? globalThis.navigator?.hardwareConcurrency);
	const queue = chunks(total, n);
	const rows: Row[] = new Array(total);
	const workers: Worker[] = [];
	let stop: (reason: Error) => void = () => {};
	let stopped = false;

	const finish = () => {
		stopped = true;
		for (const w of workers) w.terminate();
	};

	const onRow = Comlink.proxy((rep: number, row: Row) => {
		if (stopped) return;
		rows[rep] = row;
		options.onRow?.(rep, row);
	});

	const lane = async (): Promise<void> => {
		const worker = job.createWorker();
		workers.push(worker);
		const failed = new Promise<never>((_, reject) => worker.addEventListener('error', (e) => reject(new Error(e.message || job.failure))));
		const api = Comlink.wrap<Api>(worker);
		for (let range = queue.shift(); range && !stopped; range = queue.shift()) {
			await Promise.race([job.runRange(api, range.from, range.to, onRow), failed]);
		}
	};

	const promise = new Promise<Row[]>((resolve, reject) => {
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

/** Runs a scenario's replications on simulation workers. */
export function runInWorkers(scenario: Scenario, options: PoolOptions<ReplicationRow>): PoolRun<ReplicationRow> {
	return runPool<ReplicationRow, SimWorkerApi>(
		{
			createWorker: () => new Worker(new URL('./sim.worker.ts', import.meta.url), { type: 'module' }),
			runRange: (api, from, to, onRow) => api.runRange(scenario, options.seed, options.replications, from, to, onRow),
			failure: 'the simulation worker failed to start'
		},
		options
	);
}
