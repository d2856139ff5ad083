// Many replications of a lesson's scenario in the app's simulation workers (so the page stays
// smooth while they run), summarised into results: a run job of the shared pipeline
// (src/lib/jobs). An unstable steady-state model is refused at once with the engine's
// UnstableError; cancel rejects with JobCancelled (named 'PoolCancelled').

import type { Results, Scenario } from '$lib/sim';
import { startJob } from '$lib/workers/browser-pool';
import { runJob } from '$lib/jobs/specs';

export interface LongRunJob {
	promise: Promise<Results>;
	cancel: () => void;
}

export function startLongRun(scenario: Scenario): LongRunJob {
	let spec;
	try {
		spec = runJob(scenario);
	} catch (e) {
		return { promise: Promise.reject(e), cancel: () => {} };
	}
	const job = startJob(spec);
	return { promise: job.result, cancel: () => job.cancel() };
}
