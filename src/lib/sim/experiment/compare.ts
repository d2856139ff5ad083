// Before/after comparison with common random numbers: the baseline and the redesign run with
// the same seed, so in replication r both worlds see the same customers (the n-th customer of
// a source carries the same draws in both). Each replication yields one plain row — the
// baseline's KPI row, the redesign's KPI row and the matched-customer statistics — so the app
// and the CLI can spread replications over workers; summariseComparison turns the rows, in
// replication order, into paired differences with confidence intervals (compare-summary.ts).

import type { Scenario } from '../model/scenario';
import { Simulation, type ReplicationHooks } from '../core/simulation';
import { measureReplication, rowBuffers, type ReplicationRow } from './measure';
import { prepareRun, type PreparedRun } from './run';
import { pairCustomers } from './compare-customers';
import { summariseComparison, type Comparison } from './compare-summary';

export interface ComparisonOptions {
	/** Overrides the baseline's run.replications (both scenarios run this many). */
	replications?: number;
	/** Overrides the baseline's run.seed (both scenarios use this seed). */
	seed?: number;
}

export interface PreparedComparison {
	baseline: PreparedRun;
	redesign: PreparedRun;
	seed: number;
	replications: number;
	/** For each baseline source index, the redesign's index of the source with the same node id, or −1. */
	sourceMap: Int32Array;
}

/** One replication of both worlds: typed arrays only (transferable between threads). */
export interface ComparisonRow {
	baseline: ReplicationRow;
	redesign: ReplicationRow;
	/** Matched-customer statistics in CUSTOMER_STATS order (compare-customers.ts). */
	customers: Float64Array;
}

/**
 * Compiles both scenarios for a comparison: the same seed and number of replications for
 * both (the baseline's run settings unless overridden). Throws UnstableError like prepareRun.
 */
export function prepareComparison(baseline: Scenario, redesign: Scenario, options: ComparisonOptions = {}): PreparedComparison {
	const seed = (options.seed ?? baseline.run.seed) >>> 0;
	const replications = options.replications ?? baseline.run.replications;
	const b = prepareRun(baseline, { seed, replications });
	const r = prepareRun(redesign, { seed, replications });
	const ids = r.model.sources.map((s) => r.model.nodeIds[s.node]);
	const sourceMap = Int32Array.from(b.model.sources, (s) => ids.indexOf(b.model.nodeIds[s.node]));
	return { baseline: b, redesign: r, seed, replications, sourceMap };
}

/** The two simulations of a comparison, reused from one replication to the next. */
export interface ComparisonSimulations {
	baseline: Simulation;
	redesign: Simulation;
}

export function comparisonSimulations(prep: PreparedComparison): ComparisonSimulations {
	return { baseline: new Simulation(prep.baseline.model, prep.seed), redesign: new Simulation(prep.redesign.model, prep.seed) };
}

/** Runs replication `rep` of both scenarios and returns its row. */
export function runComparisonReplication(
	prep: PreparedComparison,
	rep: number,
	sims: ComparisonSimulations = comparisonSimulations(prep),
	onTick?: ReplicationHooks['onTick']
): ComparisonRow {
	// the matched-customer view needs every customer's row: the one feature that keeps them
	sims.baseline.run(rep, { onTick, records: true });
	const baseline = measureReplication(sims.baseline);
	sims.redesign.run(rep, { onTick, records: true });
	const redesign = measureReplication(sims.redesign);
	return { baseline, redesign, customers: pairCustomers(sims.baseline, sims.redesign, prep.sourceMap) };
}

/** Runs replications [from, to) of a comparison on this thread. */
export function runComparisonRange(
	prep: PreparedComparison,
	from: number,
	to: number,
	onDone?: (rep: number, row: ComparisonRow) => void,
	onTick?: ReplicationHooks['onTick']
): ComparisonRow[] {
	const sims = comparisonSimulations(prep);
	const rows: ComparisonRow[] = [];
	for (let rep = from; rep < to; rep++) {
		const row = runComparisonReplication(prep, rep, sims, onTick);
		rows.push(row);
		onDone?.(rep, row);
	}
	return rows;
}

/** Every typed array of a comparison row, e.g. to transfer it to another thread. */
export function comparisonRowBuffers(row: ComparisonRow): ArrayBuffer[] {
	return [...rowBuffers(row.baseline), ...rowBuffers(row.redesign), row.customers.buffer as ArrayBuffer];
}

/** Runs a whole comparison on this thread (tests, small runs); workers use runComparisonRange. */
export function runComparison(
	baseline: Scenario,
	redesign: Scenario,
	options: ComparisonOptions & { onProgress?: (done: number, total: number) => void } = {}
): Comparison {
	const prep = prepareComparison(baseline, redesign, options);
	let done = 0;
	const rows = runComparisonRange(prep, 0, prep.replications, () => options.onProgress?.(++done, prep.replications));
	return summariseComparison(prep, rows);
}
