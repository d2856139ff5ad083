// A worker thread of the command line's pool: runs a range of replications of one
// scenario and sends back each replication's row (typed arrays, transferred not copied).

import { parentPort, workerData } from 'node:worker_threads';
import { prepareRun, rowBuffers, runReplicationRange, type Scenario } from '../lib/sim/index';

interface Job {
	scenario: Scenario;
	seed: number;
	replications: number;
	from: number;
	to: number;
}

const job = workerData as Job;
const run = prepareRun(job.scenario, { seed: job.seed, replications: job.replications });
runReplicationRange(run, job.from, job.to, (rep, row) => {
	parentPort!.postMessage({ rep, row }, rowBuffers(row));
});
