// A job: one piece of work run on the pool, with progress and time left, partial rows, cancel
// and errors. The app's state classes and the CLI drive every job through this class; what
// differs between jobs is only their spec (specs.ts) and the worker task kind (tasks.ts).
//
// Two shapes of spec:
// - a task job (JobSpec): a fixed set of independent tasks — a run's replications, a
//   comparison's replications, a lesson's long run — spread over the workers and summarised;
// - a search job (SearchSpec): the staffing optimiser, a sensitivity sweep, "what helps most".
//   What it simulates next depends on what it has seen, so the search itself runs on the
//   caller's thread (it only does bookkeeping between candidates) and simulates each candidate
//   through `evaluate`, which runs the candidate's replications as `run` tasks on the same
//   pool and workers. The rows come back in replication order, exactly the rows of one thread,
//   so a search gives the same result for a seed on any number of workers.

import type { Evaluator, ReplicationRow, Scenario } from '../sim/index';
import { secondsLeft } from '../workers/partition';
import { JobCancelled } from './errors';
import { runPool, type FaultPlan, type PoolRun, type WorkerSource } from './pool';
import { RowStore } from './row-store';
import type { Summariser, SummarySession } from './summaries';
import type { RunPayload, TaskKindName } from './tasks';

export interface JobSpec<Row, Result> {
	kind: TaskKindName;
	/** Sent to each worker (structured-cloneable). */
	payload: unknown;
	/** Number of tasks. */
	total: number;
	/** All rows in task order → the job's result. */
	summarise(rows: Row[]): Result;
}

export type SearchKindName = 'optimise' | 'sweep' | 'helps';

/** Where a search job is: its stage, steps done (candidates, points or changes) and the best cost so far. */
export interface SearchProgress {
	stage: string;
	done: number;
	/** Steps in all, when known in advance (a sweep's points); null for the optimiser. */
	total: number | null;
	/** Planned staff cost of the best plan found so far (the optimiser); null otherwise or before one. */
	bestCost: number | null;
}

export interface SearchSpec<Result> {
	kind: SearchKindName;
	/**
	 * Runs the search: each candidate through `evaluate` (its replications on the pool, rows in
	 * replication order), progress through `onProgress` after each step; 'cancel' from it means stop.
	 */
	search(evaluate: Evaluator, onProgress: (progress: SearchProgress) => void | 'cancel'): Promise<Result>;
}

export type JobStatus = 'running' | 'done' | 'cancelled' | 'error';

export interface JobProgress {
	/** Tasks done (a search: its steps done). */
	done: number;
	/** Tasks in all (a search: its steps, or `done` while the count is not known). */
	total: number;
	secondsLeft: number | null;
	/** A search job's own progress (stage, best cost); undefined for a task job. */
	search?: SearchProgress;
}

export interface JobOptions<Row> {
	source: WorkerSource;
	workers?: number;
	/** Only tasks [from, to) (a shard); the result is then the rows, not a summary. Task jobs only. */
	from?: number;
	to?: number;
	/** Give the rows in task order as the result, not their summary (always so for a shard). */
	rows?: boolean;
	onRow?: (index: number, row: Row) => void;
	onProgress?: (progress: JobProgress) => void;
	faults?: FaultPlan | null;
	/**
	 * Where the rows are summarised (partial() and the result) when not on this thread: the
	 * browser's summary worker, so the page never blocks on a summary. Whole task jobs only.
	 */
	summariser?: Summariser;
	startMs?: number;
	silentMs?: number;
}

export class Job<Row, Result> {
	status: JobStatus = 'running';
	error: Error | null = null;
	total: number;
	done = 0;
	/** The summary of all rows (for a shard: its rows). Rejects with the engine's error, a WorkerFaultError or JobCancelled. */
	readonly result: Promise<Result>;
	readonly #rows: RowStore<Row>;
	readonly #from: number;
	/** Summary of the rows so far (whole task jobs; null otherwise). */
	readonly #partial: (() => Promise<Result>) | null = null;
	#session: SummarySession<Row, Result> | null = null;
	/** Pool runs in progress: one for a task job, the current candidate's for a search. */
	readonly #runs = new Set<PoolRun<unknown>>();
	#replaced = 0;
	#search: SearchProgress | undefined;
	readonly #started = Date.now();

	constructor(spec: JobSpec<Row, Result> | SearchSpec<Result>, options: JobOptions<Row>) {
		if ('search' in spec) {
			this.#from = 0;
			this.total = 0;
			this.#rows = new RowStore(0);
			this.#search = { stage: '', done: 0, total: null, bestCost: null };
			this.result = this.#runSearch(spec, options);
		} else {
			const from = options.from ?? 0;
			const to = options.to ?? spec.total;
			this.#from = from;
			this.total = to - from;
			this.#rows = new RowStore(this.total);
			const whole = from === 0 && to === spec.total && !options.rows;
			const session = whole && options.summariser ? options.summariser<Row, Result>(spec.kind, spec.payload, spec.total) : null;
			this.#session = session;
			if (whole) this.#partial = session ? () => session.summarise() : async () => spec.summarise(this.rowsSoFar());
			this.result = this.#track(
				runPool<Row>({
					kind: spec.kind,
					payload: spec.payload,
					from,
					to,
					workers: options.workers,
					source: options.source,
					faults: options.faults,
					startMs: options.startMs,
					silentMs: options.silentMs,
					onRow: (index, row) => {
						this.#rows.set(index - from, row);
						session?.add(index - from, row);
						this.done++;
						options.onRow?.(index, row);
						options.onProgress?.(this.progress);
					}
				})
			).then((rows) => (!whole ? (rows as unknown as Result) : session ? session.summarise() : spec.summarise(rows)));
		}
		this.result = this.result.then(
			(result) => {
				this.#endSession();
				this.status = 'done';
				return result;
			},
			(e: Error) => {
				this.#endSession();
				if (this.status === 'cancelled') throw new JobCancelled();
				if (this.status === 'running') {
					this.status = 'error';
					this.error = e;
				}
				throw e;
			}
		);
		this.result.catch(() => {});
	}

	/** A pool run's rows; the run is cancelled with the job. */
	async #track<R>(run: PoolRun<R>): Promise<R[]> {
		this.#runs.add(run);
		try {
			return await run.promise;
		} finally {
			this.#runs.delete(run);
			this.#replaced += run.replaced;
		}
	}

	async #runSearch(spec: SearchSpec<Result>, options: JobOptions<Row>): Promise<Result> {
		// after the constructor has returned, so progress never reaches a caller that does not hold the job yet
		await null;
		// One candidate at a time on all the workers: a search may ask for several at once (the
		// optimiser's add step tries every station together); they queue here rather than each
		// starting workers of its own, which would then be ended again.
		let queue: Promise<unknown> = Promise.resolve();
		const evaluate: Evaluator = (scenario, seed, replications) => {
			const next = queue.then(() => this.#evaluate(options, scenario, seed, replications));
			queue = next.catch(() => undefined);
			return next;
		};
		return spec.search(evaluate, (p) => {
			if (this.status !== 'running') return 'cancel';
			this.#search = { ...p };
			this.done = p.done;
			this.total = p.total ?? p.done;
			options.onProgress?.(this.progress);
		});
	}

	/** One candidate's replications [0, n) as a `run` pool run, rows in replication order. */
	#evaluate(options: JobOptions<Row>, scenario: Scenario, seed: number, replications: number): Promise<ReplicationRow[]> {
		if (this.status !== 'running') throw new JobCancelled();
		const payload: RunPayload = { scenario, seed, replications };
		return this.#track(
			runPool<ReplicationRow>({
				kind: 'run',
				payload,
				to: replications,
				chunksPerWorker: 1,
				workers: options.workers,
				source: options.source,
				faults: options.faults,
				startMs: options.startMs,
				silentMs: options.silentMs
			})
		);
	}

	get progress(): JobProgress {
		const total = this.#search ? this.#search.total : this.total;
		const left = total === null ? null : secondsLeft(Date.now() - this.#started, this.done, total);
		return { done: this.done, total: this.total, secondsLeft: left, ...(this.#search && { search: { ...this.#search } }) };
	}

	/** The rows that have arrived, in task order (for partial results; none for a search). */
	rowsSoFar(): Row[] {
		return this.#rows.inOrder();
	}

	/**
	 * The summary of the rows so far (a partial result while the job runs), computed by the
	 * summariser when the job has one, else on this thread. Whole task jobs only.
	 */
	partial(): Promise<Result> {
		if (!this.#partial) return Promise.reject(new Error('partial results are for whole task jobs only'));
		return this.#partial();
	}

	#endSession(): void {
		this.#session?.close();
		this.#session = null;
	}

	/** Index of the first task of this job (0 unless it is a shard). */
	get from(): number {
		return this.#from;
	}

	/** Workers replaced after faults so far. */
	get replaced(): number {
		let n = this.#replaced;
		for (const run of this.#runs) n += run.replaced;
		return n;
	}

	/** Stops at once (terminates the workers); `result` rejects with JobCancelled. */
	cancel(): void {
		if (this.status !== 'running') return;
		this.status = 'cancelled';
		for (const run of this.#runs) run.cancel();
		this.#endSession();
	}
}
