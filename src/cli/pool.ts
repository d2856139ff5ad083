// Spreads the replications of a run (or of a comparison) over worker threads (one engine
// each) and collects the rows in replication order, so results are identical to a
// single-threaded run.

import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import {
	runComparisonRange,
	runReplicationRange,
	type ComparisonRow,
	type PreparedComparison,
	type PreparedRun,
	type ReplicationRow
} from '../lib/sim/index';

/** Below this many seconds of estimated work, starting worker threads costs more than it saves. */
const WORKERS_WORTH_IT_SECONDS = 3;

/**
 * Runs all replications: the first on this thread, to measure the pace; the rest here too
 * when that is quicker than starting workers, else spread over `workers` threads
 * (default: one per core). Rows come back in replication order either way.
 */
export async function runReplications(
	run: PreparedRun,
	workers: number | undefined,
	onProgress: (done: number, total: number) => void
): Promise<ReplicationRow[]> {
	const total = run.replications;
	const t0 = Date.now();
	const [first] = runReplicationRange(run, 0, 1);
	onProgress(1, total);
	const estimate = ((Date.now() - t0) / 1000) * (total - 1);
	const n = workers ?? availableParallelism();
	if (total === 1 || n === 1 || (workers === undefined && estimate < WORKERS_WORTH_IT_SECONDS)) {
		let done = 1;
		return [first, ...runReplicationRange(run, 1, total, () => onProgress(++done, total))];
	}
	const rest = await runInWorkers(run, n, (done) => onProgress(done + 1, total), 1);
	return [first, ...rest];
}

/** Runs replications [offset, run.replications) on worker threads; returns their rows in order. */
export async function runInWorkers(
	run: PreparedRun,
	workers: number,
	onProgress: (done: number, total: number) => void,
	offset = 0
): Promise<ReplicationRow[]> {
	return spread<ReplicationRow>(
		new URL('./worker-entry.mjs', import.meta.url),
		(from, to) => ({ scenario: run.scenario, seed: run.seed, replications: run.replications, from, to }),
		run.replications,
		workers,
		onProgress,
		offset
	);
}

/** Like runReplications, for both scenarios of a comparison (rows of both worlds per replication). */
export async function runComparisonReplications(
	prep: PreparedComparison,
	workers: number | undefined,
	onProgress: (done: number, total: number) => void
): Promise<ComparisonRow[]> {
	const total = prep.replications;
	const t0 = Date.now();
	const [first] = runComparisonRange(prep, 0, 1);
	onProgress(1, total);
	const estimate = ((Date.now() - t0) / 1000) * (total - 1);
	const n = workers ?? availableParallelism();
	if (total === 1 || n === 1 || (workers === undefined && estimate < WORKERS_WORTH_IT_SECONDS)) {
		let done = 1;
		return [first, ...runComparisonRange(prep, 1, total, () => onProgress(++done, total))];
	}
	const rest = await spread<ComparisonRow>(
		new URL('./compare-worker-entry.mjs', import.meta.url),
		(from, to) => ({
			baseline: prep.baseline.scenario,
			redesign: prep.redesign.scenario,
			seed: prep.seed,
			replications: prep.replications,
			from,
			to
		}),
		total,
		n,
		(done) => onProgress(done + 1, total),
		1
	);
	return [first, ...rest];
}

/**
 * Runs replications [offset, total) on `workers` threads started from `entry`, each given
 * `job(from, to)` as its workerData and answering { rep, row } messages; rows in order.
 */
async function spread<Row>(
	entry: URL,
	job: (from: number, to: number) => unknown,
	replications: number,
	workers: number,
	onProgress: (done: number, total: number) => void,
	offset: number
): Promise<Row[]> {
	const total = replications - offset;
	const n = Math.max(1, Math.min(workers, total));
	const rows: Row[] = new Array(total);
	let done = 0;
	const jobs: Promise<void>[] = [];
	const pool: Worker[] = [];
	for (let w = 0; w < n; w++) {
		const from = offset + Math.floor((w * total) / n);
		const to = offset + Math.floor(((w + 1) * total) / n);
		const worker = new Worker(entry, { workerData: job(from, to) });
		pool.push(worker);
		jobs.push(
			new Promise((resolve, reject) => {
				worker.on('message', (msg: { rep: number; row: Row }) => {
					rows[msg.rep - offset] = msg.row;
					onProgress(++done, total);
				});
				worker.on('error', reject);
				worker.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`worker stopped with exit code ${code}`))));
			})
		);
	}
	try {
		await Promise.all(jobs);
	} finally {
		// one worker failing (a runaway model, say) stops the others at once
		await Promise.all(pool.map((w) => w.terminate()));
	}
	return rows;
}
