// What every pool worker exposes through comlink, in the browser (engine.worker.ts) and in
// Node worker threads (src/cli/worker.ts): the task kinds of src/lib/jobs/tasks.ts. Rows go
// back through the sink the pool connects once (typed arrays transferred, not copied), in
// batches: whatever is done every ROWS_MS and at the end of a range, so short tasks (an
// optimiser's candidate runs a hundred replications of a few milliseconds each) do not pay a
// message round trip per row, while a long run still shows partial results at once. A
// heartbeat about every second inside long tasks lets the pool tell a slow worker from a dead one. Errors come back described (serialiseError), not thrown, so
// the caller can revive the engine's own error class.

import * as Comlink from 'comlink';
import { serialiseError, type SerialisedError } from '../jobs/errors';
import { TASK_KINDS, type PreparedTasks, type TaskKindName } from '../jobs/tasks';

export interface Sink {
	/** Rows of tasks first, first + 1, … (consecutive, in task order). */
	rows(first: number, rows: unknown[]): void;
	beat(): void;
}

const BEAT_MS = 1000;
/** Rows done are sent at least this often (and at the end of each range). */
const ROWS_MS = 50;

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
			let first = from;
			let batch: unknown[] = [];
			let buffers: ArrayBuffer[] = [];
			const send = () => {
				if (batch.length === 0) return;
				delivered.push(sink!.rows(first, Comlink.transfer(batch, buffers)));
				first += batch.length;
				batch = [];
				buffers = [];
				last = Date.now();
			};
			tasks.run(
				from,
				to,
				(index, row) => {
					if (batch.length > 0 && index !== first + batch.length) send();
					if (batch.length === 0) first = index;
					batch.push(row);
					for (const b of tasks.transfer(row)) buffers.push(b);
					if (Date.now() - last >= ROWS_MS) send();
				},
				() => {
					const now = Date.now();
					if (batch.length > 0 && now - last >= ROWS_MS) send();
					else if (now - last >= BEAT_MS) {
						last = now;
						void sink!.beat();
					}
				}
			);
			send();
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
