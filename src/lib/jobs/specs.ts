// The jobs of the app and the CLI: what each computes (task kind and payload), how many tasks,
// and how its rows are summarised. Add a sweep or an optimisation here (with its task kind in
// tasks.ts) and every caller — app state, CLI, shards — can run it.

import {
	prepareComparison,
	prepareRun,
	summariseComparison,
	summariseRun,
	type Comparison,
	type ComparisonRow,
	type PreparedComparison,
	type PreparedRun,
	type ReplicationRow,
	type Results,
	type Scenario
} from '../sim/index';
import type { JobSpec } from './job';
import type { ComparePayload, RunPayload } from './tasks';

/** A run of a scenario (throws the engine's UnstableError for an unstable steady-state model). */
export function runJob(
	scenario: Scenario,
	options: { replications?: number; seed?: number } = {}
): JobSpec<ReplicationRow, Results> & { prepared: PreparedRun } {
	const prepared = prepareRun(scenario, options);
	const payload: RunPayload = { scenario, seed: prepared.seed, replications: prepared.replications };
	return { kind: 'run', payload, total: prepared.replications, prepared, summarise: (rows) => summariseRun(prepared, rows) };
}

// The per-replication table of a comparison is the engine's (experiment/replication-table.ts).
export { replicationTable, type ReplicationTable } from '../sim/index';

/** A before/after comparison with common random numbers. */
export function compareJob(
	baseline: Scenario,
	redesign: Scenario,
	options: { replications?: number; seed?: number } = {}
): JobSpec<ComparisonRow, Comparison> & { prepared: PreparedComparison } {
	const prepared = prepareComparison(baseline, redesign, options);
	const payload: ComparePayload = { baseline, redesign, seed: prepared.seed, replications: prepared.replications };
	return { kind: 'compare', payload, total: prepared.replications, prepared, summarise: (rows) => summariseComparison(prepared, rows) };
}
