// Jobs on the command line: Node worker threads (dist-cli/worker.js, the bundled engine) under
// the shared pool and Job controller of src/lib/jobs, with the same fault recovery as the app.
// Ctrl-C (SIGINT) or SIGTERM cancels the job: workers end at once, the CLI exits 3.
//
// FLOWBENCH_FAULTS='{"fault":"crash","after":2}' injects worker faults (tests use it).

import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import nodeEndpoint from 'comlink/dist/esm/node-adapter';
import type { PreparedRun, ReplicationRow } from '../lib/sim/index';
import { Job, type JobOptions, type JobProgress, type JobSpec, type SearchSpec } from '../lib/jobs/job';
import type { FaultPlan, PoolWorker, WorkerSource } from '../lib/jobs/pool';
import { runJob } from '../lib/jobs/specs';
import { remoteWorker } from '../lib/workers/remote';

const WORKER = new URL('./worker.js', import.meta.url);

function newWorker(): PoolWorker {
	const worker = new Worker(WORKER);
	return remoteWorker({
		endpoint: nodeEndpoint(worker),
		terminate: () => void worker.terminate(),
		watch(listener) {
			worker.on('error', (e) => listener(e.message));
			worker.on('exit', (code) => listener(`the worker thread exited with code ${code}`));
			worker.on('messageerror', (e) => listener(`a message could not be read: ${e.message}`));
		}
	});
}

export const nodeWorkers: WorkerSource = {
	acquire: newWorker,
	release: (w) => w.terminate(),
	cores: () => availableParallelism()
};

function faultPlan(): FaultPlan | null {
	const text = process.env.FLOWBENCH_FAULTS;
	return text ? (JSON.parse(text) as FaultPlan) : null;
}

/**
 * Workers kept between the pool runs of one job and ended with it: a search (optimiser, sweep)
 * runs one pool run per candidate or grid point, and each would otherwise start its threads
 * (and warm up their JIT) again. Not kept beyond the job: an idle thread's message channel
 * would keep the process from ending on its own.
 */
function warmWithinJob(base: WorkerSource): WorkerSource & { close(): void } {
	const idle: PoolWorker[] = [];
	return {
		acquire: () => idle.pop() ?? base.acquire(),
		release: (w) => void idle.push(w),
		cores: () => base.cores(),
		close: () => {
			for (const w of idle.splice(0)) base.release(w);
		}
	};
}

/** Runs a job (or one shard of it), or a search job, on worker threads, cancelled by SIGINT/SIGTERM. */
export async function runJobInWorkers<Row, Result>(
	spec: JobSpec<Row, Result> | SearchSpec<Result>,
	options: Omit<JobOptions<Row>, 'source'>
): Promise<Result> {
	const source = warmWithinJob(nodeWorkers);
	const job = new Job(spec, { source, faults: faultPlan(), ...options });
	const cancel = () => job.cancel();
	process.once('SIGINT', cancel);
	process.once('SIGTERM', cancel);
	try {
		const result = await job.result;
		if (job.replaced)
			process.stderr.write(
				`note: ${job.replaced} worker thread${job.replaced > 1 ? 's' : ''} failed and ${job.replaced > 1 ? 'were' : 'was'} replaced; the replications concerned ran again (results unaffected)\n`
			);
		return result;
	} finally {
		process.off('SIGINT', cancel);
		process.off('SIGTERM', cancel);
		source.close();
	}
}

/** A prepared run's replication rows from `workers` threads (the benchmark's entry). */
export function runInWorkers(
	run: PreparedRun,
	workers: number,
	onProgress: (done: number, total: number) => void
): Promise<ReplicationRow[]> {
	const spec = runJob(run.scenario, { seed: run.seed, replications: run.replications });
	return runJobInWorkers<ReplicationRow, ReplicationRow[]>(
		{ ...spec, summarise: (rows) => rows },
		{ workers, onProgress: (p: JobProgress) => onProgress(p.done, p.total) }
	);
}
