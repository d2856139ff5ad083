// A browser worker running replications of one scenario with the engine, exposed through
// comlink. Each finished replication's row goes back at once (its typed arrays transferred,
// not copied), so the page can show progress and partial results while the rest run.

import * as Comlink from 'comlink';
import { prepareRun, rowBuffers, runReplicationRange, type ReplicationRow, type Scenario } from '$lib/sim';

export type RowCallback = (rep: number, row: ReplicationRow) => void | Promise<void>;

const api = {
	/** Runs replications [from, to) of the scenario (seed and replications as in the whole run). */
	async runRange(scenario: Scenario, seed: number, replications: number, from: number, to: number, onRow: RowCallback): Promise<number> {
		const run = prepareRun(scenario, { seed, replications });
		const delivered: (void | Promise<void>)[] = [];
		runReplicationRange(run, from, to, (rep, row) => {
			delivered.push(onRow(rep, Comlink.transfer(row, rowBuffers(row))));
		});
		// the rows travel on the callback's own channel: wait until each has arrived before answering
		await Promise.all(delivered);
		return to - from;
	}
};

export type SimWorkerApi = typeof api;

Comlink.expose(api);
