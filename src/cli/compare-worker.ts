// A worker thread of the command line's comparison pool: runs a range of replications of
// both scenarios of a comparison and sends back each replication's row (typed arrays,
// transferred not copied).

import { parentPort, workerData } from 'node:worker_threads';
import { comparisonRowBuffers, prepareComparison, runComparisonRange, type Scenario } from '../lib/sim/index';

interface Job {
	baseline: Scenario;
	redesign: Scenario;
	seed: number;
	replications: number;
	from: number;
	to: number;
}

const job = workerData as Job;
const prep = prepareComparison(job.baseline, job.redesign, { seed: job.seed, replications: job.replications });
runComparisonRange(prep, job.from, job.to, (rep, row) => {
	parentPort!.postMessage({ rep, row }, comparisonRowBuffers(row));
});
