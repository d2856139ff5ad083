// A browser worker running replications of a before/after comparison with the engine,
// exposed through comlink: replication r of the baseline and of the redesign with the same
// seed (common random numbers), returned as one row per replication as soon as it is done,
// its typed arrays transferred, not copied.

import * as Comlink from 'comlink';
import { comparisonRowBuffers, prepareComparison, runComparisonRange, type ComparisonRow, type Scenario } from '$lib/sim';

export type ComparisonRowCallback = (rep: number, row: ComparisonRow) => void | Promise<void>;

const api = {
	/** Runs replications [from, to) of both scenarios (seed and replications as in the whole comparison). */
	async runRange(
		baseline: Scenario,
		redesign: Scenario,
		seed: number,
		replications: number,
		from: number,
		to: number,
		onRow: ComparisonRowCallback
	): Promise<number> {
		const prep = prepareComparison(baseline, redesign, { seed, replications });
		const delivered: (void | Promise<void>)[] = [];
		runComparisonRange(prep, from, to, (rep, row) => {
			delivered.push(onRow(rep, Comlink.transfer(row, comparisonRowBuffers(row))));
		});
		// the rows travel on the callback's own channel: wait until each has arrived before answering
		await Promise.all(delivered);
		return to - from;
	}
};

export type CompareWorkerApi = typeof api;

Comlink.expose(api);
