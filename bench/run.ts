// Flowbench benchmark: engine speed on the workloads that matter.
//  1. M/M/5 at ρ = 0.9 over 10⁶ customers (one steady-state replication, one core):
//     customers/s and events/s, beside the hand-written reference loop (reference-mm5.ts) run
//     in the same process, and their ratio (goal ≥ 0.6). Target ≥ 3 M customers/s.
//  2. Peak resident memory of a whole 10⁶- and 10⁷-customer run, each in a fresh process
//     (goal: under 150 MB for 10⁷).
//  3. The bank-branch example (a day with a lunch peak, priorities, abandonment,
//     rework): days/s on one core and with a worker_threads pool.
// Each figure is the best of several repetitions after a warm-up run (the JIT settles); the
// engine and the reference alternate, so both see the same machine load. Wall-clock and
// CPU time are both shown: on a shared machine the CPU-time ratio is the steadier one.
// Runs under tsx or as an esbuild bundle alike. Usage: npm run bench [-- --quick]

import { availableParallelism, cpus } from 'node:os';
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { Simulation, measureReplication, prepareRun, runReplicationRange, summariseRun, type Scenario } from '../src/lib/sim/index';
import { runInWorkers } from '../src/cli/pool';
import { referenceMMc } from './reference-mm5';

const quick = process.argv.includes('--quick');
const TARGET = 3_000_000;

function mm5(customers: number): Scenario {
	// E[S] = 1 min, λ = 4.5/min → ρ = 0.9
	return {
		format: 'flowbench-scenario',
		version: 2,
		name: 'M/M/5 at rho 0.9',
		run: { mode: 'steady', warmup: 0, length: customers / 4.5, replications: 1, seed: 1 },
		segments: [{ id: 'all', name: 'All', share: 1, patience: null }],
		nodes: [
			{ id: 'in', kind: 'source', name: 'In', arrivals: { type: 'poisson', ratePerHour: 270 } },
			{ id: 'q', kind: 'station', name: 'Servers', servers: 5, service: { dist: 'exponential', mean: 1 } },
			{ id: 'out', kind: 'exit', name: 'Out' }
		],
		links: [
			{ from: 'in', to: 'q' },
			{ from: 'q', to: 'out' }
		]
	};
}

function best<T>(reps: number, f: () => T): { seconds: number; value: T } {
	let bestS = Infinity;
	let value!: T;
	for (let i = 0; i < reps; i++) {
		const t0 = process.hrtime.bigint();
		value = f();
		const s = Number(process.hrtime.bigint() - t0) / 1e9;
		if (s < bestS) bestS = s;
	}
	return { seconds: bestS, value };
}

function cpuSeconds(): number {
	const u = process.cpuUsage();
	return (u.user + u.system) / 1e6;
}

/** Best wall-clock and best CPU seconds of each task, the tasks taking turns `reps` times. */
function alternate(reps: number, tasks: (() => unknown)[]): { wall: number; cpu: number }[] {
	const out = tasks.map(() => ({ wall: Infinity, cpu: Infinity }));
	for (let i = 0; i < reps; i++)
		tasks.forEach((task, k) => {
			const c0 = cpuSeconds();
			const t0 = process.hrtime.bigint();
			task();
			out[k].wall = Math.min(out[k].wall, Number(process.hrtime.bigint() - t0) / 1e9);
			out[k].cpu = Math.min(out[k].cpu, cpuSeconds() - c0);
		});
	return out;
}

function fmt(n: number): string {
	return n >= 1e6 ? `${(n / 1e6).toFixed(2)} M` : n >= 1e3 ? `${(n / 1e3).toFixed(1)} k` : n.toFixed(1);
}

/**
 * Peak resident memory of a whole run of one M/M/5 replication of `customers` customers
 * (prepare, simulate, measure, summarise), in a fresh child process: this same script (tsx or
 * bundle alike: the child gets this process's Node flags) with `--peak-rss N`. Megabytes.
 */
function peakRss(customers: number): number {
	const out = execFileSync(process.execPath, [...process.execArgv, process.argv[1], '--peak-rss', String(customers)], {
		encoding: 'utf8',
		maxBuffer: 1 << 20
	});
	return Number(JSON.parse(out.trim().split('\n').pop()!).mb);
}

function peakRssChild(customers: number): void {
	const run = prepareRun(mm5(customers));
	const rows = runReplicationRange(run, 0, 1);
	const results = summariseRun(run, rows);
	if (!(results.overall.arrivals.mean! > customers * 0.95)) throw new Error('peak-rss: run too short');
	console.log(JSON.stringify({ mb: process.resourceUsage().maxRSS / 1024 }));
}

async function main(): Promise<void> {
	const rssArg = process.argv.indexOf('--peak-rss');
	if (rssArg >= 0) return peakRssChild(Number(process.argv[rssArg + 1]));
	console.log(`Flowbench benchmark — Node ${process.version}, ${cpus()[0]?.model ?? 'cpu'} × ${availableParallelism()}`);

	const n = quick ? 200_000 : 1_000_000;
	const run = prepareRun(mm5(n));
	// one engine reused across repetitions, as a multi-replication run reuses it; each repetition
	// is a full replication (simulation + measuring every KPI); the first one warms up the JIT
	const sim = new Simulation(run.model, run.seed);
	const replicate = (rep: number) => {
		sim.run(rep);
		return measureReplication(sim);
	};
	replicate(0);
	referenceMMc(n);
	let rep = 1;
	let row = replicate(rep++);
	let ref = referenceMMc(n);
	const [loopOnly, full, reference] = alternate(quick ? 3 : 7, [
		() => sim.run(rep++),
		() => (row = replicate(rep++)),
		() => (ref = referenceMMc(n))
	]).map((x) => ({ ...x, seconds: x.wall }));
	const r = { seconds: full.wall, value: row };
	const customers = r.value.overall[0];
	const cps = customers / r.seconds;
	const eps = r.value.events / r.seconds;
	console.log(
		`M/M/5 ρ=0.9, event loop alone: ${fmt(sim.tally.count)} customers, ${fmt(sim.events)} events in ${loopOnly.seconds.toFixed(3)} s → ` +
			`${fmt(sim.tally.count / loopOnly.seconds)} customers/s, ${fmt(sim.events / loopOnly.seconds)} events/s`
	);
	console.log(
		`M/M/5 ρ=0.9, full replication (loop + every KPI incl. predicted satisfaction): ${fmt(customers)} customers in ${r.seconds.toFixed(3)} s → ` +
			`${fmt(cps)} customers/s, ${fmt(eps)} events/s (target ≥ ${fmt(TARGET)} customers/s: ${cps >= TARGET ? 'met' : 'MISSED'}); ` +
			`CPU time ${full.cpu.toFixed(3)} s → ${fmt(customers / full.cpu)} customers/s`
	);
	const refCps = ref.customers / reference.seconds;
	console.log(
		`M/M/5 ρ=0.9, hand-written reference loop (bench/reference-mm5.ts): ${fmt(ref.customers)} customers, ${fmt(ref.events)} events in ` +
			`${reference.seconds.toFixed(3)} s → ${fmt(refCps)} customers/s, ${fmt(ref.events / reference.seconds)} events/s; CPU time ${reference.cpu.toFixed(3)} s`
	);
	console.log(
		`M/M/5 ρ=0.9, full replication ÷ reference loop: ${(cps / refCps).toFixed(2)} by wall clock, ` +
			`${(reference.cpu / full.cpu).toFixed(2)} by CPU time (goal ≥ 0.6)`
	);

	for (const size of quick ? [1_000_000] : [1_000_000, 10_000_000])
		console.log(
			`M/M/5 ρ=0.9, one replication of ${fmt(size)} customers, whole run in a fresh process: peak RSS ${peakRss(size).toFixed(0)} MB`
		);

	const bank = JSON.parse(readFileSync(new URL('../static/examples/bank-branch-baseline.json', import.meta.url), 'utf8')) as Scenario;
	const days = quick ? 200 : 2000;
	const bankRun = prepareRun(bank, { replications: days });
	runReplicationRange(bankRun, 0, 50);
	const one = best(3, () => runReplicationRange(bankRun, 0, days));
	console.log(`bank branch, 1 core: ${days} days in ${one.seconds.toFixed(3)} s → ${fmt(days / one.seconds)} days/s`);
	const workers = availableParallelism();
	let bestPool = Infinity;
	for (let i = 0; i < 3; i++) {
		const t0 = process.hrtime.bigint();
		await runInWorkers(bankRun, workers, () => {});
		bestPool = Math.min(bestPool, Number(process.hrtime.bigint() - t0) / 1e9);
	}
	console.log(
		`bank branch, ${workers} worker threads: ${days} days in ${bestPool.toFixed(3)} s → ${fmt(days / bestPool)} days/s ` +
			`(including about 1 s of worker start-up: each worker loads the engine through tsx)`
	);
	if (cps < TARGET) process.exitCode = 1;
}

main();
