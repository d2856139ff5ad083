// One job at a time on the page, as reactive state: status, progress (count and time left),
// error text, cancel. RunController (run.svelte.ts) and CompareController (compare.svelte.ts)
// both extend it and only say how their job is made and what a result means to them.

import { startJob } from '$lib/workers/browser-pool';
import { JobCancelled } from '$lib/jobs/errors';
import type { Job, JobProgress, JobSpec } from '$lib/jobs/job';
import { jobErrorText } from './job-error';

export type JobControllerStatus = 'idle' | 'running' | 'done' | 'cancelled' | 'error';

export interface JobHandlers<Row, Result> {
	/** Each progress report of the running job (after `progress` is updated, unless `ownProgress`). */
	onProgress?: (progress: JobProgress, job: Job<Row, Result>) => void;
	/** The caller updates `progress` itself (e.g. throttled); otherwise every report is shown. */
	ownProgress?: boolean;
	/** The job's result (the status is 'done' already; set in the same task, so drawn together). */
	onDone: (result: Result, job: Job<Row, Result>) => void;
	/** The job failed (after `error` is set). */
	onError?: () => void;
}

export class JobController<Row, Result> {
	status = $state<JobControllerStatus>('idle');
	progress = $state<{ done: number; total: number; secondsLeft: number | null }>({ done: 0, total: 0, secondsLeft: null });
	error = $state<string | null>(null);

	#job: Job<Row, Result> | null = null;

	get running(): boolean {
		return this.status === 'running';
	}

	/** The running job, if any (null once it has ended or was replaced). */
	protected get job(): Job<Row, Result> | null {
		return this.#job;
	}

	/** Shows results given at construction (a run or comparison kept from before) as done. */
	protected restore(replications: number): void {
		this.status = 'done';
		this.progress = { done: replications, total: replications, secondsLeft: 0 };
	}

	/**
	 * Makes the spec (a refusal, such as an unstable model, becomes the error) and starts its job
	 * on the browser's workers, cancelling the one before. Returns the spec, or null if refused;
	 * `before` runs between the spec being made and the job starting.
	 */
	protected launch<S extends JobSpec<Row, Result>>(
		make: () => S,
		handlers: JobHandlers<Row, Result>,
		before?: (spec: S) => void
	): S | null {
		this.cancel();
		let spec: S;
		try {
			spec = make();
		} catch (e) {
			this.status = 'error';
			this.error = jobErrorText(e);
			return null;
		}
		const total = spec.total;
		before?.(spec);
		this.status = 'running';
		this.error = null;
		this.progress = { done: 0, total, secondsLeft: null };
		const job: Job<Row, Result> = startJob(spec, {
			onProgress: (p) => {
				if (this.#job !== job) return;
				if (!handlers.ownProgress) this.progress = p;
				handlers.onProgress?.(p, job);
			}
		});
		this.#job = job;
		job.result.then(
			(result) => {
				if (this.#job !== job) return;
				this.#job = null;
				this.progress = { done: total, total, secondsLeft: 0 };
				this.status = 'done';
				handlers.onDone(result, job);
			},
			(e: unknown) => {
				if (this.#job !== job) return;
				this.#job = null;
				if (e instanceof JobCancelled) return;
				this.status = 'error';
				this.error = jobErrorText(e);
				handlers.onError?.();
			}
		);
		return spec;
	}

	/** Called when a running job is cancelled (after the status is 'cancelled'). */
	protected onCancel(): void {}

	/** Stops the job at once (terminates the workers); what is on screen stays. */
	cancel(): void {
		const job = this.#job;
		if (!job) return;
		this.#job = null;
		job.cancel();
		this.status = 'cancelled';
		this.progress = { ...this.progress, secondsLeft: null };
		this.onCancel();
	}
}
