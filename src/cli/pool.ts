// Spreads the replications of a run over worker threads (one engine each) and collects
// the rows in replication order, so results are identical to a single-threaded run.

import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { runReplicationRange, type PreparedRun, type ReplicationRow } from '../lib/sim/index';

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
	const total = run.replications - offset;
	const n = Math.max(1, Math.min(workers, total));
	const rows: ReplicationRow[] = new Array(total);
	let done = 0;
	const jobs: Promise<void>[] = [];
	const pool: Worker[] = [];
	for (let w = 0; w < n; w++) {
		const from = offset + Math.floor((w * total) / n);
		const to = offset + Math.floor(((w + 1) * total) / n);
		const worker = new Worker(new URL('./worker-entry.mjs', import.meta.url), {
			workerData: { scenario: run.scenario, seed: run.seed, replications: run.replications, from, to }
		});
		pool.push(worker);
		jobs.push(
			new Promise((resolve, reject) => {
				worker.on('message', (msg: { rep: number; row: ReplicationRow }) => {
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
