// A run of the scenario being edited: replications spread over web workers, progress and
// time left, partial results while running (summarised at most a few times a second, so the
// page stays responsive), final results, cancel (terminates the workers at once) and errors.

import { i18n } from '$lib/i18n/i18n.svelte';
import { problemText } from '$lib/i18n/problem-text';
import { prepareRun, summariseRun, UnstableError, type ReplicationRow, type Results, type Scenario } from '$lib/sim';
import { startJob } from '$lib/workers/browser-pool';
import { runJob } from '$lib/jobs/specs';
import { JobCancelled } from '$lib/jobs/errors';
import type { Job } from '$lib/jobs/job';
import { jobErrorText } from './job-error';
import { simKey } from './sim-key';

export type RunStatus = 'idle' | 'running' | 'done' | 'cancelled' | 'error';

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
		// in the user's language (the engine's English message stays for the CLI)
		if (e instanceof UnstableError) return problemText(e.problem, i18n.locale).text;
		return e instanceof Error ? e.message : String(e);
	}
}

export class RunController {
	status = $state<RunStatus>('idle');
	progress = $state<{ done: number; total: number; secondsLeft: number | null }>({ done: 0, total: 0, secondsLeft: null });
	results = $state.raw<Results | null>(null);
	error = $state<string | null>(null);
	/** simKey() of the scenario the current results belong to, to tell when they are out of date. */
	resultsFor = $state<string | null>(null);
	/**
	 * The last finished results of an earlier version of the scenario (kept in memory only), so
	 * the page can say what a change did: "mean wait 2.6 → 2.2 min". Null until a run follows a
	 * change to the simulation.
	 */
	previous = $state.raw<{ results: Results; key: string } | null>(null);

	#job: Job<ReplicationRow, Results> | null = null;
	#hooks: RunHooks;

	constructor(hooks: RunHooks = {}, initial?: { results: Results; key: string } | null) {
		this.#hooks = hooks;
		if (initial) {
			this.results = initial.results;
			this.resultsFor = initial.key;
			this.status = 'done';
			this.progress = { done: initial.results.replications, total: initial.results.replications, secondsLeft: 0 };
		}
	}

	get running(): boolean {
		return this.status === 'running';
	}

	start(scenario: Scenario, options: { replications?: number; seed?: number } = {}): void {
		this.cancel();
		let spec: ReturnType<typeof runJob>;
		try {
			spec = runJob(scenario, options);
		} catch (e) {
			this.status = 'error';
			this.error = jobErrorText(e);
			return;
		}
		const run = spec.prepared;
		const total = spec.total;
		const started = performance.now();
		let nextSummary = started + PARTIAL_EVERY_MS;
		let nextProgress = 0;
		const key = simKey(scenario);
		if (this.status === 'done' && this.results && this.resultsFor !== null && this.resultsFor !== key)
			this.previous = { results: this.results, key: this.resultsFor };
		this.status = 'running';
		this.error = null;
		this.results = null;
		this.resultsFor = key;
		this.progress = { done: 0, total, secondsLeft: null };
		this.#hooks.onStart?.();

		const job: Job<ReplicationRow, Results> = startJob(spec, {
			onProgress: (p) => {
				if (this.#job !== job || p.done === total) return;
				const now = performance.now();
				if (now >= nextProgress) {
					nextProgress = now + PROGRESS_EVERY_MS;
					this.progress = p;
				}
				if (now >= nextSummary) {
					// the next partial waits in proportion to what this one costs, drawing included
					nextSummary = Infinity;
					this.results = summariseRun(run, job.rowsSoFar());
					requestAnimationFrame(() => {
						const cost = performance.now() - now;
						nextSummary = performance.now() + Math.max(PARTIAL_EVERY_MS, cost / PARTIAL_BUDGET);
					});
				}
			}
		});
		this.#job = job;
		job.result.then(
			(results) => {
				if (this.#job !== job) return;
				this.#job = null;
				this.results = results;
				this.progress = { done: total, total, secondsLeft: 0 };
				this.status = 'done';
				this.#hooks.onDone?.(results, key);
			},
			(e: unknown) => {
				if (this.#job !== job) return;
				this.#job = null;
				if (e instanceof JobCancelled) return;
				this.status = 'error';
				this.error = jobErrorText(e);
				this.results = null;
				this.#hooks.onStop?.();
			}
		);
	}

	/** Stops a run at once; partial results stay on screen, marked as cancelled. */
	cancel(): void {
		const job = this.#job;
		if (!job) return;
		this.#job = null;
		job.cancel();
		this.status = 'cancelled';
		this.progress = { ...this.progress, secondsLeft: null };
		this.#hooks.onStop?.();
	}
}
