// Jobs in the browser: web workers running engine-api.ts, a few kept warm between jobs (so a
// second run starts at once, and an optimiser's candidates run one after another on warm
// workers), the summary worker (summary-client.ts: partial and final results are computed there,
// not on the page), and the Job controller of src/lib/jobs. State classes call startJob(spec, options)
// and get progress, partial rows, cancel and errors.
//
// Test hook: `globalThis.__flowbenchFaults = { fault: 'crash' | 'hang' | 'kill', after: <rows> | 'start',
// times?, silentMs? }` (set by a browser test before the page loads) injects worker faults
// into the next jobs, to prove they are recovered from.

import { Job, type JobOptions, type JobSpec, type SearchSpec } from '../jobs/job';
import type { FaultPlan, PoolWorker, WorkerSource } from '../jobs/pool';
import { remoteWorker } from './remote';
import { browserSummariser } from './summary-client';

/** Idle workers are ended after this long without a job. */
const IDLE_MS = 60_000;

const idle: PoolWorker[] = [];
let idleTimer: ReturnType<typeof setTimeout> | undefined;

function newWorker(): PoolWorker {
	const worker = new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module' });
	return remoteWorker({
		endpoint: worker,
		terminate: () => worker.terminate(),
		watch(listener) {
			worker.addEventListener('error', (e) => {
				e.preventDefault();
				listener(e.message || 'the simulation worker failed');
			});
			worker.addEventListener('messageerror', () => listener('a message from the simulation worker could not be read'));
		}
	});
}

function cores(): number {
	return globalThis.navigator?.hardwareConcurrency || 2;
}

export const browserWorkers: WorkerSource = {
	acquire: () => idle.pop() ?? newWorker(),
	release(worker) {
		if (idle.length >= cores()) return worker.terminate();
		idle.push(worker);
		clearTimeout(idleTimer);
		idleTimer = setTimeout(() => {
			for (const w of idle.splice(0)) w.terminate();
		}, IDLE_MS);
	},
	cores
};

function faultPlan(): FaultPlan | null {
	return ((globalThis as { __flowbenchFaults?: FaultPlan }).__flowbenchFaults as FaultPlan | undefined) ?? null;
}

/** Starts a job on the browser's workers; a task job's rows are summarised in the summary worker. */
export function startJob<Row, Result>(
	spec: JobSpec<Row, Result> | SearchSpec<Result>,
	options: Omit<JobOptions<Row>, 'source'> = {}
): Job<Row, Result> {
	return new Job(spec, { source: browserWorkers, faults: faultPlan(), summariser: browserSummariser, ...options });
}
