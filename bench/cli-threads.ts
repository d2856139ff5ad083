// Bank-branch days per second through the command line's worker pool (the bundled engine in
// Node worker threads, start-up included, as `flowbench run` pays it) on 1 and 2 threads.
// Part of `npm run bench`; each figure is the best of three after a warm-up, for 1,000 days (where
// each thread's start-up and JIT warm-up weigh) and 10,000 days (where they are paid off). Beside the wall
// clock it prints the process's CPU time (all threads): on a shared machine wall-clock times
// stretch with the load, and CPU time shows what the threads cost (start-up and each thread's
// JIT warm-up included).
import { readFileSync } from 'node:fs';
import { prepareRun, type Scenario } from '../src/lib/sim/index';
import { runInWorkers } from '../src/cli/pool';

const quick = process.argv.includes('--quick');
const bank = JSON.parse(readFileSync(new URL('../static/examples/bank-branch-baseline.json', import.meta.url), 'utf8')) as Scenario;
const sizes = quick ? [200] : [1000, 10000];

async function seconds(days: number, workers: number): Promise<{ wall: number; cpu: number }> {
	const run = prepareRun(bank, { replications: days });
	const c0 = process.cpuUsage();
	const t0 = performance.now();
	await runInWorkers(run, workers, () => {});
	const c = process.cpuUsage(c0);
	return { wall: (performance.now() - t0) / 1000, cpu: (c.user + c.system) / 1e6 };
}

await seconds(sizes[0], 2);
for (const days of sizes) {
	for (const workers of [1, 2]) {
		let best = Infinity;
		let cpu = Infinity;
		for (let i = 0; i < 3; i++) {
			const s = await seconds(days, workers);
			best = Math.min(best, s.wall);
			cpu = Math.min(cpu, s.cpu);
		}
		console.log(
			`bank branch, CLI pool, ${workers} worker thread${workers > 1 ? 's' : ''}: ${days.toLocaleString('en')} days in ${best.toFixed(3)} s → ` +
				`${(days / best).toFixed(0)} days/s (worker start-up included; CPU time of all threads ${cpu.toFixed(3)} s)`
		);
	}
}
