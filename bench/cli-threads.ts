// Bank-branch days per second through the command line's worker pool (the bundled engine in
// Node worker threads, start-up included, as `flowbench run` pays it) on 1 and 2 threads.
// Part of `npm run bench`; each figure is the best of three after a warm-up.
import { readFileSync } from 'node:fs';
import { prepareRun, type Scenario } from '../src/lib/sim/index';
import { runInWorkers } from '../src/cli/pool';

const quick = process.argv.includes('--quick');
const bank = JSON.parse(readFileSync(new URL('../static/examples/bank-branch-baseline.json', import.meta.url), 'utf8')) as Scenario;
const days = quick ? 200 : 1000;
const run = prepareRun(bank, { replications: days });

async function seconds(workers: number): Promise<number> {
	const t0 = performance.now();
	await runInWorkers(run, workers, () => {});
	return (performance.now() - t0) / 1000;
}

await seconds(2);
for (const workers of [1, 2]) {
	let best = Infinity;
	for (let i = 0; i < 3; i++) best = Math.min(best, await seconds(workers));
	console.log(
		`bank branch, CLI pool, ${workers} worker thread${workers > 1 ? 's' : ''}: ${days} days in ${best.toFixed(3)} s → ${(days / best).toFixed(0)} days/s (worker start-up included)`
	);
}
