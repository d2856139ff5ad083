// A browser worker for the optimiser, sweeps and "what helps most": runs a slice of one
// candidate's replications and gives the rows back in one message (their typed arrays
// transferred). The search itself runs on the page (it only does bookkeeping between
// candidates); each candidate's replications are spread over one such worker per core.

import * as Comlink from 'comlink';
import { prepareRun, rowBuffers, runReplicationRange, type ReplicationRow, type Scenario } from '$lib/sim';

const api = {
	/** Replications [from, to) of the scenario with this seed. */
	runRange(scenario: Scenario, seed: number, replications: number, from: number, to: number): ReplicationRow[] {
		const run = prepareRun(scenario, { seed, replications });
		const rows = runReplicationRange(run, from, to);
		return Comlink.transfer(rows, rows.flatMap(rowBuffers));
	}
};

export type OptimiseWorkerApi = typeof api;

Comlink.expose(api);
