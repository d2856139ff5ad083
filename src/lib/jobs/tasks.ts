// What a pool worker can compute: the task kinds of the run pipeline, keyed by name. A task
// is one independent, deterministic unit (a replication of a run, a replication of both
// scenarios of a comparison; later a (point, replication) of a sweep or a candidate of an
// optimisation). Task i always gives the same row whichever worker runs it and in whatever
// order, so rows can be spread over workers, re-run after a fault, or computed on other
// machines (shards) and merged, without changing a number.
//
// To add a job kind (sweep, optimise): add an entry here (prepare once per worker from a
// structured-cloneable payload, run tasks [from, to), name the buffers of a row to transfer),
// and a JobSpec in specs.ts that says how many tasks there are and how rows are summarised.
// Pure engine code: runs in browser workers, Node worker threads and on the main thread alike.

import {
	comparisonRowBuffers,
	prepareComparison,
	prepareRun,
	rowBuffers,
	runComparisonRange,
	runReplicationRange,
	type ComparisonRow,
	type ReplicationRow,
	type Scenario
} from '../sim/index';

/** Called inside long tasks (about every 65,536 events); return true to cancel. */
export type Tick = () => boolean | void;

export interface PreparedTasks<Row> {
	/** Runs tasks [from, to), handing each row on as soon as it is done. */
	run(from: number, to: number, onRow: (index: number, row: Row) => void, onTick?: Tick): void;
	/** The buffers of a row that can be transferred instead of copied. */
	transfer(row: Row): ArrayBuffer[];
}

export interface TaskKind<Payload, Row> {
	prepare(payload: Payload): PreparedTasks<Row>;
}

export interface RunPayload {
	scenario: Scenario;
	seed: number;
	replications: number;
}

export interface ComparePayload {
	baseline: Scenario;
	redesign: Scenario;
	seed: number;
	replications: number;
}

const runTasks: TaskKind<RunPayload, ReplicationRow> = {
	prepare(p) {
		const run = prepareRun(p.scenario, { seed: p.seed, replications: p.replications });
		return {
			run: (from, to, onRow, onTick) => void runReplicationRange(run, from, to, onRow, onTick),
			transfer: rowBuffers
		};
	}
};

const compareTasks: TaskKind<ComparePayload, ComparisonRow> = {
	prepare(p) {
		const prep = prepareComparison(p.baseline, p.redesign, { seed: p.seed, replications: p.replications });
		return {
			run: (from, to, onRow, onTick) => void runComparisonRange(prep, from, to, onRow, onTick),
			transfer: comparisonRowBuffers
		};
	}
};

/** Payload and row type of each task kind (a new kind adds a line here and one in TASK_KINDS). */
export interface TaskTypes {
	run: { payload: RunPayload; row: ReplicationRow };
	compare: { payload: ComparePayload; row: ComparisonRow };
}

export type TaskKindName = keyof TaskTypes;

export const TASK_KINDS: { [K in TaskKindName]: TaskKind<TaskTypes[K]['payload'], TaskTypes[K]['row']> } = {
	run: runTasks,
	compare: compareTasks
};
