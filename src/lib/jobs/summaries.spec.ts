import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ComparisonRow, ReplicationRow, Scenario } from '../sim/index';
import { summaryApi } from '../workers/summary-api';
import { Job } from './job';
import type { PoolWorker, WorkerSource } from './pool';
import { RowStore } from './row-store';
import { compareJob, runJob } from './specs';
import type { Summariser, SummarySession } from './summaries';
import { TASK_KINDS, type PreparedTasks } from './tasks';

const example = (name: string) => JSON.parse(readFileSync(`static/examples/${name}.json`, 'utf8')) as Scenario;

function rowsOf<Row>(kind: 'run' | 'compare', payload: unknown, n: number): Row[] {
	const tasks = (TASK_KINDS[kind] as { prepare(p: unknown): PreparedTasks<Row> }).prepare(payload);
	const rows: Row[] = [];
	tasks.run(0, n, (i, row) => (rows[i] = row));
	return rows;
}

/** An order the pool might deliver rows in: interleaved from the two ends. */
function scrambled(n: number): number[] {
	const order: number[] = [];
	for (let lo = 0, hi = n - 1; lo <= hi; lo++, hi--) {
		order.push(hi);
		if (lo !== hi) order.push(lo);
	}
	return order;
}

/** The summary worker's API on this thread, with messages cloned as postMessage clones them. */
let nextId = 1;
const inProcess: Summariser = <Row, Result>(kind: 'run' | 'compare', payload: unknown, total: number): SummarySession<Row, Result> => {
	const id = nextId++;
	summaryApi.open(id, kind, structuredClone(payload), total);
	return {
		add: (index, row) => summaryApi.add(id, [index], structuredClone([row])),
		summarise: async () => structuredClone(summaryApi.summarise(id)) as Result,
		close: () => summaryApi.close(id)
	};
};

describe('summary worker API', () => {
	it('gives exactly summariseRun of the rows so far, partial and final, whatever order rows arrive in', () => {
		const spec = runJob(example('bank-branch-baseline'), { replications: 30, seed: 7 });
		const rows = rowsOf<ReplicationRow>('run', spec.payload, spec.total);
		const session = inProcess<ReplicationRow, unknown>('run', spec.payload, spec.total);
		const order = scrambled(spec.total);
		const store = new RowStore<ReplicationRow>(spec.total);
		for (const [k, i] of order.entries()) {
			session.add(i, rows[i]);
			store.set(i, rows[i]);
			if (k === 9) {
				const partial = structuredClone(summaryApi.summarise(nextId - 1));
				expect(partial).toEqual(spec.summarise(store.inOrder()));
				expect(store.inOrder()).toHaveLength(10);
			}
		}
		expect(structuredClone(summaryApi.summarise(nextId - 1))).toEqual(spec.summarise(rows));
		session.close();
		expect(() => summaryApi.summarise(nextId - 1)).toThrow();
	});

	it('gives exactly summariseComparison for a comparison', () => {
		const spec = compareJob(example('bank-branch-baseline'), example('bank-branch-kiosks'), { replications: 12, seed: 3 });
		const rows = rowsOf<ComparisonRow>('compare', spec.payload, spec.total);
		const session = inProcess<ComparisonRow, unknown>('compare', spec.payload, spec.total);
		for (const i of scrambled(spec.total)) session.add(i, rows[i]);
		expect(structuredClone(summaryApi.summarise(nextId - 1))).toEqual(spec.summarise(rows));
	});
});

/** A worker on this thread that runs its range at once. */
class QuickWorker implements PoolWorker {
	#prepared: PreparedTasks<unknown> | null = null;
	ready = () => Promise.resolve();
	async runRange(
		kind: 'run' | 'compare',
		_key: string,
		payload: unknown,
		from: number,
		to: number,
		onRow: (i: number, row: unknown) => void
	) {
		this.#prepared ??= (TASK_KINDS[kind] as { prepare(p: unknown): PreparedTasks<unknown> }).prepare(payload);
		for (let i = from; i < to; i++) {
			await new Promise((r) => setTimeout(r, 1));
			this.#prepared.run(i, i + 1, onRow);
		}
	}
	onFault() {}
	terminate() {}
	inject() {}
}
const source: WorkerSource = { acquire: () => new QuickWorker(), release: () => {}, cores: () => 2 };

describe('Job with a summariser', () => {
	it('summarises partial and final results there, never with the spec on this thread, to the same numbers', async () => {
		const scenario = example('bank-branch-baseline');
		const local = await new Job(runJob(scenario, { replications: 16, seed: 11 }), { source, workers: 2 }).result;
		const spec = runJob(scenario, { replications: 16, seed: 11 });
		let onThisThread = 0;
		const summarise = spec.summarise;
		spec.summarise = (rows) => (onThisThread++, summarise(rows));
		let partial: Promise<unknown> | null = null;
		const job: Job<ReplicationRow, unknown> = new Job(spec, {
			source,
			workers: 2,
			summariser: inProcess,
			onProgress: (p) => {
				if (p.done === 5) partial = job.partial().then((r) => ({ r, rows: job.rowsSoFar() }));
			}
		});
		const result = await job.result;
		expect(result).toEqual(local);
		const got = (await partial) as unknown as { r: unknown; rows: ReplicationRow[] };
		expect(got.r).toEqual(summarise(got.rows.slice(0, 5)));
		expect(onThisThread).toBe(0);
	});

	it('without one, partial() summarises the rows so far on this thread', async () => {
		const spec = runJob(example('bank-branch-baseline'), { replications: 6, seed: 2 });
		const job = new Job(spec, { source, workers: 1 });
		await job.result;
		expect(await job.partial()).toEqual(spec.summarise(job.rowsSoFar()));
		const shard = new Job(spec, { source, from: 0, to: 3 });
		await expect(shard.partial()).rejects.toThrow();
	});
});
