// The Optimise area's jobs: the staffing optimiser, a sensitivity sweep and "what helps most",
// one at a time, as search jobs on the one worker pool (jobs/specs.ts: each candidate's
// replications run as `run` tasks on the warm browser workers). Progress (stage, candidates
// tried, best cost so far), cancel (stops the workers at once and the search with them),
// results and errors.

import type { HelpsMostResult, OptimiseOptions, OptimiseStage, Scenario, StaffingPlan, SweepParam, SweepResult } from '$lib/sim';
import { helpsJob, optimiseJob, sweepJob } from '$lib/jobs/specs';
import { JobCancelled } from '$lib/jobs/errors';
import type { Job, SearchSpec } from '$lib/jobs/job';
import { startJob } from '$lib/workers/browser-pool';
import { jobErrorText } from './job-error';

export type JobKind = 'optimise' | 'sweep' | 'helps';
export type JobStatus = 'idle' | 'running' | 'done' | 'cancelled' | 'error';

export interface JobProgress {
	stage: OptimiseStage | 'points' | 'changes';
	/** Candidates (optimiser) or points/changes done. */
	done: number;
	/** Points or changes in all (null for the optimiser, which does not know in advance). */
	total: number | null;
	bestCost: number | null;
	seconds: number;
}

export class OptimiseController {
	job = $state<JobKind | null>(null);
	status = $state<Record<JobKind, JobStatus>>({ optimise: 'idle', sweep: 'idle', helps: 'idle' });
	progress = $state<JobProgress | null>(null);
	plan = $state.raw<StaffingPlan | null>(null);
	sweep = $state.raw<SweepResult | null>(null);
	helps = $state.raw<HelpsMostResult | null>(null);
	error = $state<Record<JobKind, string | null>>({ optimise: null, sweep: null, helps: null });

	#job: Job<never, unknown> | null = null;

	get running(): boolean {
		return this.job !== null;
	}

	/** Runs a search job; its result, or null when it failed, was cancelled or was replaced by another. */
	async #run<T>(kind: JobKind, makeSpec: () => SearchSpec<T>): Promise<T | null> {
		this.cancel();
		this.status[kind] = 'running';
		this.error[kind] = null;
		let spec: SearchSpec<T>;
		try {
			spec = makeSpec();
		} catch (e) {
			this.status[kind] = 'error';
			this.error[kind] = jobErrorText(e);
			return null;
		}
		const started = performance.now();
		this.job = kind;
		this.progress = {
			stage: kind === 'optimise' ? 'bounds' : kind === 'sweep' ? 'points' : 'changes',
			done: 0,
			total: null,
			bestCost: null,
			seconds: 0
		};
		const job: Job<never, T> = startJob<never, T>(spec, {
			onProgress: (p) => {
				if (this.#job !== job || !p.search) return;
				const s = p.search;
				this.progress = {
					stage: s.stage as JobProgress['stage'],
					done: s.done,
					total: s.total,
					bestCost: s.bestCost,
					seconds: (performance.now() - started) / 1000
				};
			}
		});
		this.#job = job;
		try {
			const out = await job.result;
			if (this.#job !== job) return null;
			this.status[kind] = 'done';
			return out;
		} catch (e) {
			if (this.#job !== job) return null;
			if (e instanceof JobCancelled) this.status[kind] = 'cancelled';
			else {
				this.status[kind] = 'error';
				this.error[kind] = jobErrorText(e);
			}
			return null;
		} finally {
			if (this.#job === job) {
				this.#job = null;
				this.job = null;
			}
		}
	}

	async optimise(scenario: Scenario, options: Omit<OptimiseOptions, 'evaluator' | 'onProgress'>): Promise<void> {
		this.plan = null;
		const plan = await this.#run('optimise', () => optimiseJob(scenario, options));
		if (plan) this.plan = plan;
	}

	async runSweep(scenario: Scenario, params: SweepParam[], options: { seed?: number; replications?: number }): Promise<void> {
		this.sweep = null;
		const r = await this.#run('sweep', () => sweepJob(scenario, params, options));
		if (r) this.sweep = r;
	}

	async runHelps(scenario: Scenario, options: { seed?: number; replications?: number; kpi?: string }): Promise<void> {
		this.helps = null;
		const r = await this.#run('helps', () => helpsJob(scenario, options));
		if (r) this.helps = r;
	}

	/** Stops the running job at once. */
	cancel(): void {
		const job = this.#job;
		if (!job || !this.job) return;
		this.status[this.job] = 'cancelled';
		this.#job = null;
		this.job = null;
		job.cancel();
	}
}
