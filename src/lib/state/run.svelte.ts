// A run of the scenario being edited: replications spread over web workers, progress and
// time left, partial results while running (summarised in the summary worker at most a few
// times a second, so the page stays responsive), final results, cancel (terminates the workers
// at once) and errors. Status, progress, cancel and errors are JobController's.

import { prepareRun, type ReplicationRow, type Results, type Scenario } from '$lib/sim';
import { runJob } from '$lib/jobs/specs';
import { JobController, type JobControllerStatus } from './job-controller.svelte';
import { refusalText } from './job-error';
import { simKey } from './sim-key';

export type RunStatus = JobControllerStatus;

/** Partial results are summarised at most this often while a run goes on… */
export const PARTIAL_EVERY_MS = 500;
/** …and the page spends at most about this share of its time on them (summary and redraw). */
export const PARTIAL_BUDGET = 0.15;
/** Progress (count and time left) is redrawn at most this often. */
export const PROGRESS_EVERY_MS = 100;

export interface RunHooks {
	/** A run started (e.g. note it in the library, so a reload can say it was interrupted). */
	onStart?: () => void;
	/** A run finished with these results, for the scenario with this simKey(). */
	onDone?: (results: Results, key: string) => void;
	/** A run ended without results (cancelled or failed). */
	onStop?: () => void;
}

/** Why a scenario cannot run now, or null: the message of prepareRun's refusal (e.g. an unstable model). */
export function runBlocker(scenario: Scenario): string | null {
	try {
		prepareRun(scenario);
		return null;
	} catch (e) {
		return refusalText(e);
	}
}

export class RunController extends JobController<ReplicationRow, Results> {
	results = $state.raw<Results | null>(null);
	/** simKey() of the scenario the current results belong to, to tell when they are out of date. */
	resultsFor = $state<string | null>(null);
	/**
	 * The last finished results of an earlier version of the scenario (kept in memory only), so
	 * the page can say what a change did: "mean wait 2.6 → 2.2 min". Null until a run follows a
	 * change to the simulation.
	 */
	previous = $state.raw<{ results: Results; key: string } | null>(null);

	#hooks: RunHooks;

	constructor(hooks: RunHooks = {}, initial?: { results: Results; key: string } | null) {
		super();
		this.#hooks = hooks;
		if (initial) {
			this.results = initial.results;
			this.resultsFor = initial.key;
			this.restore(initial.results.replications);
		}
	}

	start(scenario: Scenario, options: { replications?: number; seed?: number } = {}): void {
		const key = simKey(scenario);
		const started = performance.now();
		let nextSummary = started + PARTIAL_EVERY_MS;
		let nextProgress = 0;
		this.launch(
			() => runJob(scenario, options),
			{
				ownProgress: true,
				onProgress: (p, job) => {
					if (p.done === p.total) return;
					const now = performance.now();
					if (now >= nextProgress) {
						nextProgress = now + PROGRESS_EVERY_MS;
						this.progress = p;
					}
					if (now >= nextSummary) {
						// the partial summary is computed in the summary worker; the next waits in
						// proportion to what this one costs the page to draw
						nextSummary = Infinity;
						job.partial().then(
							(results) => {
								if (this.job !== job) return;
								const drawn = performance.now();
								this.results = results;
								requestAnimationFrame(() => {
									const cost = performance.now() - drawn;
									nextSummary = performance.now() + Math.max(PARTIAL_EVERY_MS, cost / PARTIAL_BUDGET);
								});
							},
							() => {
								// the job ended meanwhile (cancelled or failed): its own outcome is shown
							}
						);
					}
				},
				onDone: (results) => {
					this.results = results;
					this.#hooks.onDone?.(results, key);
				},
				onError: () => {
					this.results = null;
					this.#hooks.onStop?.();
				}
			},
			() => {
				if (this.status === 'done' && this.results && this.resultsFor !== null && this.resultsFor !== key)
					this.previous = { results: this.results, key: this.resultsFor };
				this.results = null;
				this.resultsFor = key;
				this.#hooks.onStart?.();
			}
		);
	}

	protected override onCancel(): void {
		this.#hooks.onStop?.();
	}
}
