// How each task kind's rows become its result (the same functions as the JobSpecs of
// specs.ts), prepared from the job's structured-cloneable payload, so the summary can be
// computed off the page: the browser's summary worker (src/lib/workers/summary-api.ts)
// receives a run's or a comparison's rows as the pool delivers them and returns partial and
// final results, and the page only draws them. Pure engine code, as tasks.ts.

import { prepareComparison, prepareRun, summariseComparison, summariseRun, type Comparison, type Results } from '../sim/index';
import type { TaskTypes, TaskKindName } from './tasks';

export interface SummaryTypes {
	run: Results;
	compare: Comparison;
}

export interface SummaryKind<Payload, Row, Result> {
	/** Prepares once per job; the returned function summarises rows in task order. */
	prepare(payload: Payload): (rows: Row[]) => Result;
}

export const SUMMARY_KINDS: {
	[K in TaskKindName]: SummaryKind<TaskTypes[K]['payload'], TaskTypes[K]['row'], SummaryTypes[K]>;
} = {
	run: {
		prepare(p) {
			const run = prepareRun(p.scenario, { seed: p.seed, replications: p.replications });
			return (rows) => summariseRun(run, rows);
		}
	},
	compare: {
		prepare(p) {
			const prep = prepareComparison(p.baseline, p.redesign, { seed: p.seed, replications: p.replications });
			return (rows) => summariseComparison(prep, rows);
		}
	}
};

/**
 * Where a job's rows are summarised when not on the caller's thread: one session per job,
 * fed the rows as they arrive; `summarise` gives the summary of the rows so far in task order
 * (all of them at the end: the job's result). Job uses it when given one (JobOptions.summariser).
 */
export interface SummarySession<Row, Result> {
	add(index: number, row: Row): void;
	summarise(): Promise<Result>;
	close(): void;
}

export type Summariser = <Row, Result>(kind: TaskKindName, payload: unknown, total: number) => SummarySession<Row, Result>;
