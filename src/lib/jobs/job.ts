// A job: one piece of work made of independent tasks run on the pool (a run's replications, a
// comparison's replications, a lesson's long run; later a sweep's points or an optimisation's
// candidates), with progress and time left, partial rows, cancel and errors. The app's state
// classes and the CLI drive every job through this class; what differs between jobs is only
// their JobSpec (specs.ts) and the worker task kind (tasks.ts).

import { secondsLeft } from '../workers/partition';
import { runPool, type FaultPlan, type PoolRun, type WorkerSource } from './pool';
import type { TaskKindName } from './tasks';

export interface JobSpec<Row, Result> {
	kind: TaskKindName;
	/** Sent to each worker (structured-cloneable). */
	payload: unknown;
	/** Number of tasks. */
	total: number;
	/** All rows in task order → the job's result. */
	summarise(rows: Row[]): Result;
}

export type JobStatus = 'running' | 'done' | 'cancelled' | 'error';

export interface JobProgress {
	done: number;
	total: number;
	secondsLeft: number | null;
}

export interface JobOptions<Row> {
	source: WorkerSource;
	workers?: number;
	/** Only tasks [from, to) (a shard); the result is then the rows, not a summary. */
	from?: number;
	to?: number;
	/** Give the rows in task order as the result, not their summary (always so for a shard). */
	rows?: boolean;
	onRow?: (index: number, row: Row) => void;
	onProgress?: (progress: JobProgress) => void;
	faults?: FaultPlan | null;
	startMs?: number;
	silentMs?: number;
}

export class Job<Row, Result> {
	status: JobStatus = 'running';
	error: Error | null = null;
	readonly total: number;
	done = 0;
	/** The summary of all rows (for a shard: its rows). Rejects with the engine's error, a WorkerFaultError or JobCancelled. */
	readonly result: Promise<Result>;
	readonly #rows: (Row | undefined)[];
	readonly #from: number;
	readonly #pool: PoolRun<Row>;
	readonly #started = Date.now();

	constructor(spec: JobSpec<Row, Result>, options: JobOptions<Row>) {
		const from = options.from ?? 0;
		const to = options.to ?? spec.total;
		this.#from = from;
		this.total = to - from;
		this.#rows = new Array(this.total);
		this.#pool = runPool<Row>({
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
				this.#rows[index - from] = row;
				this.done++;
				options.onRow?.(index, row);
				options.onProgress?.(this.progress);
			}
		});
		const whole = from === 0 && to === spec.total && !options.rows;
		this.result = this.#pool.promise.then(
			(rows) => {
				this.status = 'done';
				return whole ? spec.summarise(rows) : (rows as unknown as Result);
			},
			(e: Error) => {
				if (this.status === 'running') {
					this.status = 'error';
					this.error = e;
				}
				throw e;
			}
		);
		this.result.catch(() => {});
	}

	get progress(): JobProgress {
		return { done: this.done, total: this.total, secondsLeft: secondsLeft(Date.now() - this.#started, this.done, this.total) };
	}

	/** The rows that have arrived, in task order (for partial results). */
	rowsSoFar(): Row[] {
		return this.#rows.filter((r): r is Row => r !== undefined);
	}

	/** Index of the first task of this job (0 unless it is a shard). */
	get from(): number {
		return this.#from;
	}

	/** Workers replaced after faults so far. */
	get replaced(): number {
		return this.#pool.replaced;
	}

	/** Stops at once (terminates the workers); `result` rejects with JobCancelled. */
	cancel(): void {
		if (this.status !== 'running') return;
		this.status = 'cancelled';
		this.#pool.cancel();
	}
}
