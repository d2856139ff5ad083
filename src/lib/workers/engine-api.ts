// What every pool worker exposes through comlink, in the browser (engine.worker.ts) and in
// Node worker threads (src/cli/worker.ts): the task kinds of src/lib/jobs/tasks.ts. Rows go
// back in batches through the sink the pool connects once (typed arrays transferred, not
// copied): whatever is done every FLUSH_MS and at the end of a range, so a short task (a bank
// day takes under a millisecond) does not pay a message round trip of its own. A heartbeat
// goes about every second inside long tasks so the pool can tell a slow worker from a dead
// one. Errors come back described (serialiseError), not thrown, so the caller can revive the
// engine's own error class.

import * as Comlink from 'comlink';
import { serialiseError, type SerialisedError } from '../jobs/errors';
import { TASK_KINDS, type PreparedTasks, type TaskKindName } from '../jobs/tasks';

export interface Sink {
	/** Rows of tasks from, from + 1, … in order. */
	rows(from: number, rows: unknown[]): void;
	beat(): void;
}

const BEAT_MS = 1000;
const FLUSH_MS = 50;

let sink: Comlink.Remote<Sink> | null = null;
let prepared: { key: string; tasks: PreparedTasks<unknown> } | null = null;

export const engineApi = {
	/** Connects the pool's sink; the answer tells the pool the worker has loaded. */
	connect(s: Comlink.Remote<Sink>): 'ready' {
		sink = s;
		return 'ready';
	},

	/** Runs tasks [from, to) of the job `key` (prepared once per job and worker). */
	async runRange(kind: TaskKindName, key: string, payload: unknown, from: number, to: number): Promise<SerialisedError | null> {
		try {
			if (prepared?.key !== key) {
				prepared = null;
				prepared = { key, tasks: (TASK_KINDS[kind] as { prepare(p: unknown): PreparedTasks<unknown> }).prepare(payload) };
			}
			const tasks = prepared.tasks;
			const delivered: Promise<void>[] = [];
			let last = Date.now();
			let batchFrom = from;
			let batch: unknown[] = [];
			let buffers: ArrayBuffer[] = [];
			const flush = () => {
				if (batch.length) delivered.push(sink!.rows(batchFrom, Comlink.transfer(batch, buffers)));
				batchFrom += batch.length;
				batch = [];
				buffers = [];
				last = Date.now();
			};
			tasks.run(
				from,
				to,
				(index, row) => {
					if (index !== batchFrom + batch.length) throw new Error(`row ${index} out of order`);
					batch.push(row);
					for (const b of tasks.transfer(row)) buffers.push(b);
					if (Date.now() - last >= FLUSH_MS) flush();
				},
				() => {
					const now = Date.now();
					if (now - last >= BEAT_MS) {
						last = now;
						void sink!.beat();
					}
				}
			);
			flush();
			// the rows travel on the sink's own channel: wait until each has arrived before answering
			await Promise.all(delivered);
			return null;
		} catch (e) {
			return serialiseError(e);
		}
	},

	/** Fault injection for tests: an uncaught error, as a crashing worker gives. */
	crash(): void {
		// thrown right after this message, before the worker takes another task
		queueMicrotask(() => {
			throw new Error('injected fault: the worker crashed');
		});
	},

	/** Fault injection for tests: busy for ever, as a stuck worker is (only terminate ends it). */
	hang(): void {
		setTimeout(() => {
			for (;;) Date.now();
		});
	}
};

export type EngineApi = typeof engineApi;
