// Many replications of a lesson's scenario in the app's simulation workers (so the page stays
// smooth while they run), summarised into results. An unstable steady-state model is refused
// at once with the engine's UnstableError.

import { prepareRun, summariseRun, type Results, type Scenario } from '$lib/sim';
import { runInWorkers } from '$lib/workers/pool';

export interface LongRunJob {
	promise: Promise<Results>;
	cancel: () => void;
}

export function startLongRun(scenario: Scenario): LongRunJob {
	let run;
	try {
		run = prepareRun(scenario);
	} catch (e) {
		return { promise: Promise.reject(e), cancel: () => {} };
	}
	const prepared = run;
	const pool = runInWorkers(scenario, { seed: prepared.seed, replications: prepared.replications });
	return { promise: pool.promise.then((rows) => summariseRun(prepared, rows)), cancel: () => pool.cancel() };
}
