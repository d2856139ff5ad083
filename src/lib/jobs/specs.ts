// The jobs of the app and the CLI. A task job says what each task computes (task kind and
// payload), how many tasks, and how its rows are summarised (with its task kind in tasks.ts,
// every caller — app state, CLI, shards — can run it). A search job (the optimiser, a sweep,
// "what helps most") says which engine search to run; job.ts gives it an evaluator that runs
// each candidate's replications as `run` tasks on the same pool.

import {
	helpsMost,
	optimiseStaffing,
	prepareComparison,
	prepareRun,
	summariseComparison,
	runSweep,
	summariseRun,
	type Comparison,
	type ComparisonRow,
	type HelpsMostOptions,
	type HelpsMostResult,
	type OptimiseOptions,
	type PreparedComparison,
	type PreparedRun,
	type ReplicationRow,
	type Results,
	type Scenario,
	type StaffingPlan,
	type SweepOptions,
	type SweepParam,
	type SweepResult
} from '../sim/index';
import type { JobSpec, SearchSpec } from './job';
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

/** The staffing optimiser (docs/optimise.md): progress is the stage, candidates tried and the best planned cost so far. */
export function optimiseJob(scenario: Scenario, options: Omit<OptimiseOptions, 'evaluator' | 'onProgress'> = {}): SearchSpec<StaffingPlan> {
	return {
		kind: 'optimise',
		search: (evaluator, onProgress) =>
			optimiseStaffing(scenario, {
				...options,
				evaluator,
				onProgress: (p) => onProgress({ stage: p.stage, done: p.candidates, total: null, bestCost: p.bestCost })
			})
	};
}

/** A sensitivity sweep over one or two parameters: progress is grid points done of all. */
export function sweepJob(
	scenario: Scenario,
	params: SweepParam[],
	options: Omit<SweepOptions, 'evaluator' | 'onProgress'> = {}
): SearchSpec<SweepResult> {
	return {
		kind: 'sweep',
		search: (evaluator, onProgress) =>
			runSweep(scenario, params, {
				...options,
				evaluator,
				onProgress: (p) => onProgress({ stage: 'points', done: p.done, total: p.total, bestCost: null })
			})
	};
}

/** "What helps most": single changes ranked by paired differences; progress is changes done of all. */
export function helpsJob(
	scenario: Scenario,
	options: Omit<HelpsMostOptions, 'evaluator' | 'onProgress'> = {}
): SearchSpec<HelpsMostResult> {
	return {
		kind: 'helps',
		search: (evaluator, onProgress) =>
			helpsMost(scenario, {
				...options,
				evaluator,
				onProgress: (p) => onProgress({ stage: 'changes', done: p.done, total: p.total, bestCost: null })
			})
	};
}
