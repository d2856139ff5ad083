// How the optimiser, sweeps and "what helps most" get simulation results: an evaluator runs
// replications 0…n−1 of a candidate scenario with one seed and gives back the rows in
// replication order. Because every candidate uses the same seed, replication r of every
// candidate sees the same customers (common random numbers): differences between candidates
// are differences of staffing or parameters, not of luck. The local evaluator runs on this
// thread (Node, CLI, tests); the app passes one that spreads the replications over web workers.

import type { Scenario } from '../../model/scenario';
import { CancelledError } from '../../core/errors';
import type { ReplicationRow } from '../measure';
import type { KpiSet, Results } from '../results';
import { prepareRun, runReplicationRange, summariseRun, type PreparedRun } from '../run';

/** Runs replications [0, replications) of the scenario with this seed; rows in replication order. */
export type Evaluator = (scenario: Scenario, seed: number, replications: number) => Promise<ReplicationRow[]>;

/** Runs the replications on this thread, one after another. */
export const localEvaluator: Evaluator = async (scenario, seed, replications) => {
	const run = prepareRun(scenario, { seed, replications });
	return runReplicationRange(run, 0, replications);
};

export interface Evaluation {
	scenario: Scenario;
	run: PreparedRun;
	rows: ReplicationRow[];
	results: Results;
}

/** Runs and summarises one candidate. */
export async function evaluate(evaluator: Evaluator, scenario: Scenario, seed: number, replications: number): Promise<Evaluation> {
	const run = prepareRun(scenario, { seed, replications });
	const rows = await evaluator(scenario, seed, replications);
	return { scenario, run, rows, results: summariseRun(run, rows) };
}

/** The overall KPIs of each replication alone (for paired differences between candidates). */
export function perReplication(e: Evaluation): KpiSet[] {
	return e.rows.map((row) => summariseRun(e.run, [row]).overall);
}

/** What a long job reports after each candidate; return 'cancel' to stop it (it then throws CancelledError). */
export type ProgressCallback<P> = (progress: P) => void | 'cancel';

export function check<P>(onProgress: ProgressCallback<P> | undefined, progress: P): void {
	if (onProgress?.(progress) === 'cancel') throw new CancelledError();
}
