// The one worker pool of Flowbench, for the browser (web workers through comlink) and Node
// (worker threads through comlink's Node adapter) alike: it knows workers only through the
// small PoolWorker interface, which src/lib/workers/remote.ts implements over comlink and
// tests implement with fakes.
//
// Tasks [from, to) are handed out in small consecutive chunks as workers become free; rows are
// kept by task index, so the number of workers, their speed or their faults never change a
// number. A worker that crashes, exits, fails to start or goes silent (no row and no heartbeat
// for `silentMs`) is replaced and the tasks of its chunk that had not come back run again
// (tasks are deterministic, so the rows are the same); after `maxAttempts` faults on the same
// task, or too many faults in all, the job stops with a WorkerFaultError saying so. An error
// the engine throws inside a task (runaway model, unstable system) stops the job with that
// error, revived in its own class. Nothing waits forever.

import { chunks, workerCount } from '../workers/partition';
import { JobCancelled, WorkerFaultError } from './errors';
import type { TaskKindName } from './tasks';

export type Fault = 'crash' | 'hang' | 'kill';

export interface PoolWorker {
	/** Resolves once the worker has loaded and answers. */
	ready(): Promise<unknown>;
	/**
	 * Runs tasks [from, to) of a job, calling onRow for each row (in task order) and onBeat now
	 * and then inside long tasks; resolves when every row has been delivered, rejects with the
	 * engine's error (revived) if a task throws.
	 */
	runRange(
		kind: TaskKindName,
		jobKey: string,
		payload: unknown,
		from: number,
		to: number,
		onRow: (index: number, row: unknown) => void,
		onBeat: () => void
	): Promise<void>;
	/** The one listener told when the worker dies outside a task's own errors (uncaught error, exit). */
	onFault(listener: (reason: string) => void): void;
	terminate(): void;
	/** Test hook: make the worker crash (uncaught error), hang (busy for ever) or be killed silently. */
	inject?(fault: Fault): void;
}

/** Where workers come from and go back to (a browser keeps a few warm between runs; the CLI ends them). */
export interface WorkerSource {
	acquire(): PoolWorker;
	/** A healthy worker whose job is over. */
	release(worker: PoolWorker): void;
	/** Default number of workers (cores). */
	cores(): number;
}

/** Faults injected on purpose, for tests (the browser reads them from `globalThis.__flowbenchFaults`). */
export interface FaultPlan {
	fault: Fault;
	/** Inject into a worker once this many rows of the job have arrived; 'start' injects into new workers before they answer. */
	after: number | 'start';
	/** How many times (default 1). */
	times?: number;
	/** Shorter watchdog for the test (ms). */
	silentMs?: number;
	/** Written by the pool: faults injected so far (so a test knows the fault happened). */
	injected?: number;
}

export interface PoolOptions<Row> {
	kind: TaskKindName;
	payload: unknown;
	/** Tasks [from, to): the whole job, or one shard of it. */
	from?: number;
	to: number;
	/** Defaults to the source's cores, never more than there are tasks. */
	workers?: number;
	/**
	 * Chunks per worker (default 4: a fast worker takes more). A search's candidate uses 1: its
	 * tasks are short and many candidates follow, so a round trip and a fresh simulation per
	 * chunk would cost more than the balancing gains.
	 */
	chunksPerWorker?: number;
	source: WorkerSource;
	onRow?: (index: number, row: Row) => void;
	/** A new worker must answer within this time (default 20 s). */
	startMs?: number;
	/** A working worker must send a row or a heartbeat within this time (default 30 s; workers beat every second). */
	silentMs?: number;
	/** Runs of the same task lost to faults before the job stops (default 3). */
	maxAttempts?: number;
	faults?: FaultPlan | null;
}

export interface PoolRun<Row> {
	/** Rows of tasks [from, to) in task order; rejects with the engine's error, a WorkerFaultError, or JobCancelled. */
	promise: Promise<Row[]>;
	cancel(): void;
	/** Workers replaced after a fault so far. */
	readonly replaced: number;
}

/** A worker was lost (crashed, exited, silent); its chunk goes back to the queue. */
class Lost extends Error {
	constructor(
		readonly code: 'crashed' | 'silent' | 'cannot-start',
		reason: string
	) {
		super(reason);
	}
}

let jobCounter = 0;

export function runPool<Row>(options: PoolOptions<Row>): PoolRun<Row> {
	const from = options.from ?? 0;
	const total = Math.max(0, options.to - from);
	const n = workerCount(total, options.workers ?? options.source.cores());
	const queue = chunks(total, n, options.chunksPerWorker).map((r) => ({ from: r.from + from, to: r.to + from }));
	const rows: (Row | undefined)[] = new Array(total);
	const jobKey = `${++jobCounter}.${Date.now().toString(36)}`;
	const startMs = options.startMs ?? 20_000;
	const silentMs = options.faults?.silentMs ?? options.silentMs ?? 30_000;
	const maxAttempts = options.maxAttempts ?? 3;
	const maxFaults = 2 * n + 2;
	const attempts = new Map<number, number>();
	const live = new Set<PoolWorker>();
	const guards = new Set<(e: Error) => void>();
	let received = 0;
	let faults = 0;
	let injected = 0;
	let stopped = false;
	let stop: (e: Error) => void = () => {};

	const plan = options.faults ?? null;
	const wantFault = (start: boolean) =>
		!!plan && injected < (plan.times ?? 1) && (start ? plan.after === 'start' : plan.after !== 'start' && received >= plan.after);

	/** Races p against the worker's death and its silence; `heard` is refreshed by rows and beats. */
	const guard = <T>(p: Promise<T>, dead: Promise<never>, heard: { at: number }, limit: number, code: Lost['code']): Promise<T> => {
		let timer: ReturnType<typeof setInterval> | undefined;
		let cancel!: (e: Error) => void;
		const watchdog = new Promise<never>((_, reject) => {
			cancel = reject;
			timer = setInterval(
				() => {
					if (Date.now() - heard.at > limit)
						reject(
							new Lost(
								code,
								code === 'silent' ? `no sign of life for ${Math.round(limit / 1000)} s` : `no answer within ${Math.round(limit / 1000)} s`
							)
						);
				},
				Math.min(1000, Math.max(50, limit / 4))
			);
		});
		guards.add(cancel);
		return Promise.race([p, dead, watchdog]).finally(() => {
			clearInterval(timer);
			guards.delete(cancel);
		});
	};

	interface Live {
		worker: PoolWorker;
		dead: Promise<never>;
	}

	const start = async (): Promise<Live> => {
		let worker: PoolWorker;
		try {
			worker = options.source.acquire();
		} catch (e) {
			throw new Lost('cannot-start', e instanceof Error ? e.message : String(e));
		}
		live.add(worker);
		const dead = new Promise<never>((_, reject) => worker.onFault((reason) => reject(new Lost('crashed', reason))));
		dead.catch(() => {});
		if (wantFault(true)) {
			plan!.injected = ++injected;
			worker.inject?.(plan!.fault);
		}
		try {
			await guard(worker.ready(), dead, { at: Date.now() }, startMs, 'cannot-start');
		} catch (e) {
			live.delete(worker);
			worker.terminate();
			throw e;
		}
		return { worker, dead };
	};

	const end = (w: Live, healthy: boolean) => {
		live.delete(w.worker);
		if (healthy) options.source.release(w.worker);
		else w.worker.terminate();
	};

	const runChunk = (w: Live, range: { from: number; to: number }): Promise<void> => {
		const heard = { at: Date.now() };
		const onRow = (index: number, row: unknown) => {
			heard.at = Date.now();
			const k = index - from;
			if (stopped || k < 0 || k >= total || rows[k] !== undefined) return;
			rows[k] = row as Row;
			received++;
			options.onRow?.(index, row as Row);
			if (wantFault(false)) {
				plan!.injected = ++injected;
				w.worker.inject?.(plan!.fault);
			}
		};
		const onBeat = () => {
			heard.at = Date.now();
		};
		return guard(
			w.worker.runRange(options.kind, jobKey, options.payload, range.from, range.to, onRow, onBeat),
			w.dead,
			heard,
			silentMs,
			'silent'
		);
	};

	// An engine error (runaway, unstable) or workers that keep failing end the job with the error
	// of the EARLIEST task that failed, whatever the number of workers: later tasks are skipped,
	// earlier ones finish, so the message is the same on every machine.
	let firstError: { from: number; error: unknown } | null = null;

	const lane = async (): Promise<void> => {
		let w: Live | null = null;
		try {
			for (let range = queue.shift(); range && !stopped; range = queue.shift()) {
				if (firstError && range.from > firstError.from) continue;
				try {
					if (!w) w = await start();
					await runChunk(w, range);
				} catch (e) {
					if (!(e instanceof Lost) && !stopped) {
						if (!firstError || range.from < firstError.from) firstError = { from: range.from, error: e };
						continue;
					}
					if (!(e instanceof Lost) || stopped) throw e;
					if (w) end(w, false);
					w = null;
					let next = range.from;
					while (next < range.to && rows[next - from] !== undefined) next++;
					const tries = (attempts.get(next) ?? 0) + 1;
					attempts.set(next, tries);
					faults++;
					if (tries >= maxAttempts || faults > maxFaults) {
						const what = e.code === 'silent' ? 'went silent' : e.code === 'cannot-start' ? 'could not start' : 'stopped unexpectedly';
						const where =
							tries >= maxAttempts ? `a worker ${what} ${tries} times on task ${next + 1}` : `workers ${what} ${faults} times in this run`;
						const error = new WorkerFaultError(
							e.code,
							`${where} (${e.message}); the run was stopped. ` +
								`The machine may be short of memory: try fewer replications or a shorter run, or reload the page.`,
							e.message
						);
						if (!firstError || range.from < firstError.from) firstError = { from: range.from, error };
						continue;
					}
					if (next < range.to) queue.unshift({ from: next, to: range.to });
				}
			}
		} finally {
			if (w) end(w, !stopped);
		}
	};

	const halt = () => {
		stopped = true;
		for (const cancel of guards) cancel(new JobCancelled());
		for (const worker of live) worker.terminate();
		live.clear();
	};

	const promise = new Promise<Row[]>((resolve, reject) => {
		stop = reject;
		if (total === 0) return resolve([]);
		Promise.all(Array.from({ length: n }, lane)).then(
			() => {
				if (firstError) {
					halt();
					const e = firstError.error;
					return reject(e instanceof Error ? e : new Error(String(e)));
				}
				stopped = true;
				if (received < total) reject(new Error(`internal: ${total - received} tasks never came back`));
				else resolve(rows as Row[]);
			},
			(e: unknown) => {
				halt();
				reject(e instanceof Error ? e : new Error(String(e)));
			}
		);
	});

	return {
		promise,
		cancel() {
			if (stopped) return;
			halt();
			stop(new JobCancelled());
		},
		get replaced() {
			return faults;
		}
	};
}
