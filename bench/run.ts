// Flowbench benchmark: engine speed on the workloads that matter.
//  1. M/M/5 at ρ = 0.9 over 10⁶ customers (one steady-state replication, one core):
//     customers/s and events/s, beside the hand-written reference loop (reference-mm5.ts) run
//     in the same process, and their ratio (goal ≥ 0.6). Target ≥ 3 M customers/s. Also the
//     reference loop with only the engine's guarantees added (guarantees-mm5.ts: common random
//     numbers, first-in first-out ties, customer slots), to split the distance in two.
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
import { Session } from 'node:inspector/promises';
import { Simulation, measureReplication, prepareRun, runReplicationRange, summariseRun, type Scenario } from '../src/lib/sim/index';
import { runInWorkers } from '../src/cli/pool';
import { referenceMMc } from './reference-mm5';
import { guaranteedMMc } from './guarantees-mm5';
import { mm5 } from './mm5';

const quick = process.argv.includes('--quick');
const TARGET = 3_000_000;

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

/**
 * Bytes allocated on the JS heap per customer by `task` (which returns its customer count),
 * garbage included: V8's sampling heap profiler through the inspector, keeping the samples
 * of objects already collected. The loop is meant to allocate nothing per event; a double
 * passed to a function V8 did not inline is boxed (16 bytes), which this catches.
 */
async function allocatedPerCustomer(task: () => number): Promise<number> {
	const session = new Session();
	session.connect();
	await session.post('HeapProfiler.startSampling', {
		samplingInterval: 256,
		includeObjectsCollectedByMinorGC: true,
		includeObjectsCollectedByMajorGC: true
	});
	const customers = task();
	const { profile } = await session.post('HeapProfiler.stopSampling');
	session.disconnect();
	let bytes = 0;
	const walk = (node: { selfSize: number; children: (typeof node)[] }) => {
		bytes += node.selfSize;
		for (const child of node.children) walk(child);
	};
	walk(profile.head);
	return bytes / customers;
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
	guaranteedMMc(n);
	let rep = 1;
	let row = replicate(rep++);
	let ref = referenceMMc(n);
	let guaranteed = guaranteedMMc(n);
	const [loopOnly, full, reference, withGuarantees] = alternate(quick ? 3 : 7, [
		() => sim.run(rep++),
		() => (row = replicate(rep++)),
		() => (ref = referenceMMc(n)),
		() => (guaranteed = guaranteedMMc(n))
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
	const gCps = guaranteed.customers / withGuarantees.seconds;
	console.log(
		`M/M/5 ρ=0.9, reference loop with the engine's guarantees only (bench/guarantees-mm5.ts: common random numbers, ` +
			`first-in first-out ties, customer slots): ${fmt(gCps)} customers/s, CPU time ${withGuarantees.cpu.toFixed(3)} s → ` +
			`${(gCps / refCps).toFixed(2)} of the reference loop (wall), ${(reference.cpu / withGuarantees.cpu).toFixed(2)} (CPU); ` +
			`full replication ÷ this loop: ${(cps / gCps).toFixed(2)} (wall), ${(withGuarantees.cpu / full.cpu).toFixed(2)} (CPU)`
	);

	const bytes = await allocatedPerCustomer(() => {
		sim.run(rep++);
		measureReplication(sim);
		return sim.tally.count;
	});
	console.log(
		`M/M/5 ρ=0.9, heap allocated per customer during a full replication (V8's sampling heap profiler, every 256 bytes): ${bytes.toFixed(1)} bytes (goal: none in the loop)`
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
	console.log(
		`bank branch, in process on 1 core (JIT warmed up before timing): ${days} days in ${one.seconds.toFixed(3)} s → ${fmt(days / one.seconds)} days/s`
	);
	// the pool on 1 thread and on every core, start-up included both times, so the two compare
	// like for like (the in-process figure above starts warm: its JIT warmed up before timing)
	const workers = availableParallelism();
	for (const threads of workers > 1 ? [1, workers] : [1]) {
		let bestPool = Infinity;
		for (let i = 0; i < 3; i++) {
			const t0 = process.hrtime.bigint();
			await runInWorkers(bankRun, threads, () => {});
			bestPool = Math.min(bestPool, Number(process.hrtime.bigint() - t0) / 1e9);
		}
		console.log(
			`bank branch, ${threads} worker thread${threads > 1 ? 's' : ''}: ${days} days in ${bestPool.toFixed(3)} s → ${fmt(days / bestPool)} days/s ` +
				`(start-up included: each worker thread loads the bundled engine, dist-cli/worker.js, and warms up its JIT)`
		);
	}
	if (cps < TARGET) process.exitCode = 1;
}

main();
