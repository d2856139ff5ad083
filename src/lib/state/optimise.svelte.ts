// The Optimise area's jobs: the staffing optimiser, a sensitivity sweep and "what helps most",
// one at a time, on the engine with candidates' replications spread over web workers
// (EvaluatorPool). Progress (stage, candidates tried, best cost so far), cancel (stops the
// workers at once and the search at its next candidate), results and errors.

import {
	CancelledError,
	helpsMost,
	optimiseStaffing,
	runSweep,
	type HelpsMostResult,
	type OptimiseOptions,
	type OptimiseStage,
	type Scenario,
	type StaffingPlan,
	type SweepParam,
	type SweepResult
} from '$lib/sim';
import { EvaluatorPool } from '$lib/workers/evaluator-pool';

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

	#pool: EvaluatorPool | null = null;
	#cancelled = false;
	#token = 0;

	get running(): boolean {
		return this.job !== null;
	}

	async #run<T>(
		kind: JobKind,
		work: (pool: EvaluatorPool, tick: (p: Omit<JobProgress, 'seconds'>) => void | 'cancel') => Promise<T>
	): Promise<T | null> {
		this.cancel();
		const token = ++this.#token;
		const pool = new EvaluatorPool();
		this.#pool = pool;
		this.#cancelled = false;
		this.job = kind;
		this.status[kind] = 'running';
		this.error[kind] = null;
		const started = performance.now();
		this.progress = {
			stage: kind === 'optimise' ? 'bounds' : kind === 'sweep' ? 'points' : 'changes',
			done: 0,
			total: null,
			bestCost: null,
			seconds: 0
		};
		const tick = (p: Omit<JobProgress, 'seconds'>) => {
			if (this.#cancelled || token !== this.#token) return 'cancel' as const;
			this.progress = { ...p, seconds: (performance.now() - started) / 1000 };
		};
		try {
			const out = await work(pool, tick);
			if (token !== this.#token) return null;
			this.status[kind] = 'done';
			return out;
		} catch (e) {
			if (token !== this.#token) return null;
			if (e instanceof CancelledError || this.#cancelled) this.status[kind] = 'cancelled';
			else {
				this.status[kind] = 'error';
				this.error[kind] = e instanceof Error ? e.message : String(e);
			}
			return null;
		} finally {
			if (token === this.#token) {
				pool.close();
				this.#pool = null;
				this.job = null;
			}
		}
	}

	async optimise(scenario: Scenario, options: Omit<OptimiseOptions, 'evaluator' | 'onProgress'>): Promise<void> {
		this.plan = null;
		const plan = await this.#run('optimise', (pool, tick) =>
			optimiseStaffing(scenario, {
				...options,
				evaluator: pool.evaluate,
				onProgress: (p) => tick({ stage: p.stage, done: p.candidates, total: null, bestCost: p.bestCost })
			})
		);
		if (plan) this.plan = plan;
	}

	async runSweep(scenario: Scenario, params: SweepParam[], options: { seed?: number; replications?: number }): Promise<void> {
		this.sweep = null;
		const r = await this.#run('sweep', (pool, tick) =>
			runSweep(scenario, params, {
				...options,
				evaluator: pool.evaluate,
				onProgress: (p) => tick({ stage: 'points', done: p.done, total: p.total, bestCost: null })
			})
		);
		if (r) this.sweep = r;
	}

	async runHelps(scenario: Scenario, options: { seed?: number; replications?: number; kpi?: string }): Promise<void> {
		this.helps = null;
		const r = await this.#run('helps', (pool, tick) =>
			helpsMost(scenario, {
				...options,
				evaluator: pool.evaluate,
				onProgress: (p) => tick({ stage: 'changes', done: p.done, total: p.total, bestCost: null })
			})
		);
		if (r) this.helps = r;
	}

	/** Stops the running job at once. */
	cancel(): void {
		if (!this.job) return;
		const kind = this.job;
		this.#cancelled = true;
		this.#token++;
		this.#pool?.close();
		this.#pool = null;
		this.status[kind] = 'cancelled';
		this.job = null;
	}
}
