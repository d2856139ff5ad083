// What the summary worker (summary.worker.ts) exposes through comlink: one session per job,
// holding the job's rows in a RowStore as the page forwards them from the pool, and
// summarising them (jobs/summaries.ts) when asked — partial results while a run goes on, the
// final result at the end — so the page never runs summariseRun or summariseComparison itself.

import { RowStore } from '../jobs/row-store';
import { SUMMARY_KINDS } from '../jobs/summaries';
import type { TaskKindName } from '../jobs/tasks';

interface Session {
	store: RowStore<unknown>;
	summarise: (rows: unknown[]) => unknown;
}

const sessions = new Map<number, Session>();

export const summaryApi = {
	/** Starts session `id` for a job of this kind and payload with `total` tasks. */
	open(id: number, kind: TaskKindName, payload: unknown, total: number): void {
		const summarise = (SUMMARY_KINDS[kind] as { prepare(p: unknown): (rows: unknown[]) => unknown }).prepare(payload);
		sessions.set(id, { store: new RowStore(total), summarise });
	},

	/** Rows of tasks indices[k] (any order). */
	add(id: number, indices: number[], rows: unknown[]): void {
		const s = sessions.get(id);
		if (!s) return;
		for (let k = 0; k < indices.length; k++) s.store.set(indices[k], rows[k]);
	},

	/** The summary of the rows so far, in task order. */
	summarise(id: number): unknown {
		const s = sessions.get(id);
		if (!s) throw new Error(`no summary session ${id}`);
		return s.summarise(s.store.inOrder());
	},

	close(id: number): void {
		sessions.delete(id);
	}
};

export type SummaryApi = typeof summaryApi;
