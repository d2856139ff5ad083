// The page's side of the summary worker: a Summariser (jobs/summaries.ts) whose sessions
// forward each job's rows to one shared worker (copied, batched once per task of the event
// loop, so the Job keeps its own rows) and ask it for partial and final summaries. Comlink keeps
// the messages in order, so a summary always covers every row added before it was asked for.

import * as Comlink from 'comlink';
import type { Summariser, SummarySession } from '../jobs/summaries';
import type { SummaryApi } from './summary-api';

let api: Comlink.Remote<SummaryApi> | null = null;
let nextId = 1;

function worker(): Comlink.Remote<SummaryApi> {
	if (!api) {
		const w = new Worker(new URL('./summary.worker.ts', import.meta.url), { type: 'module' });
		api = Comlink.wrap<SummaryApi>(w);
	}
	return api;
}

export const browserSummariser: Summariser = <Row, Result>(kind: Parameters<Summariser>[0], payload: unknown, total: number) => {
	const remote = worker();
	const id = nextId++;
	void remote.open(id, kind, payload, total);
	let indices: number[] = [];
	let rows: Row[] = [];
	let closed = false;
	const flush = () => {
		if (indices.length === 0 || closed) return;
		void remote.add(id, indices, rows);
		indices = [];
		rows = [];
	};
	const session: SummarySession<Row, Result> = {
		add(index, row) {
			if (indices.length === 0) queueMicrotask(flush);
			indices.push(index);
			rows.push(row);
		},
		summarise() {
			flush();
			return remote.summarise(id) as Promise<Result>;
		},
		close() {
			if (closed) return;
			closed = true;
			void remote.close(id);
		}
	};
	return session;
};
