// Running a scenario: replications (independent days, or independent long runs in
// steady-state mode) from one seed, each measured into a row, then summarised. The same
// functions serve one thread (tests, small runs) and the worker pools of the app and CLI,
// which split replication indices across workers and merge rows in replication order, so
// results never depend on how many workers ran them.

import type { Scenario } from '../model/scenario';
import { compileScenario } from '../core/compile';
import type { CompiledModel } from '../core/model';
import { Simulation, type ReplicationHooks } from '../core/simulation';
import { measureReplication, type ReplicationRow } from './measure';
import { summarise, type Results } from './results';
import { analyseStability, refuseTrapped, UnstableError, type StabilityReport } from './stability';

export interface RunOptions {
	/** Overrides run.replications. */
	replications?: number;
	/** Overrides run.seed. */
	seed?: number;
	/** After each replication: replications done so far, and the total. */
	onProgress?: (done: number, total: number) => void;
	/** Inside long replications, every 65,536 events; return true to cancel. */
	onTick?: ReplicationHooks['onTick'];
}

export interface PreparedRun {
	scenario: Scenario;
	model: CompiledModel;
	seed: number;
	replications: number;
	/** Offered load per station, computed once (summaries, partial ones included, reuse it). */
	stability: StabilityReport;
}

/**
 * Compiles the scenario and checks stability; throws RunawayError ('trapped') when customers reach
 * a loop with no way to an exit, UnstableError for an unstable steady-state model.
 */
export function prepareRun(scenario: Scenario, options: Pick<RunOptions, 'replications' | 'seed'> = {}): PreparedRun {
	const model = compileScenario(scenario);
	const stability = analyseStability(model);
	refuseTrapped(model, stability);
	if (model.steady && !stability.stable) throw new UnstableError(stability);
	return {
		scenario,
		model,
		stability,
		seed: (options.seed ?? scenario.run.seed) >>> 0,
		replications: options.replications ?? scenario.run.replications
	};
}

/** Runs replications [from, to) of a prepared run, one simulation object reused throughout. */
export function runReplicationRange(
	run: PreparedRun,
	from: number,
	to: number,
	onDone?: (rep: number, row: ReplicationRow) => void,
	onTick?: ReplicationHooks['onTick']
): ReplicationRow[] {
	const sim = new Simulation(run.model, run.seed);
	const rows: ReplicationRow[] = [];
	for (let rep = from; rep < to; rep++) {
		sim.run(rep, { onTick });
		const row = measureReplication(sim);
		rows.push(row);
		onDone?.(rep, row);
	}
	return rows;
}

export function summariseRun(run: PreparedRun, rows: ReplicationRow[]): Results {
	return summarise(run.scenario, run.model, rows, run.seed, run.stability);
}

/** Runs a whole scenario on this thread. */
export function runScenario(scenario: Scenario, options: RunOptions = {}): Results {
	const run = prepareRun(scenario, options);
	let done = 0;
	const rows = runReplicationRange(run, 0, run.replications, () => options.onProgress?.(++done, run.replications), options.onTick);
	return summariseRun(run, rows);
}
