// Instruction counts (valgrind's callgrind) of the engine and the reference loop: on a shared
// machine wall-clock and even CPU times vary by ±10 % and more with the load, instruction counts
// by well under 1 %, so before/after comparisons of the hot loop use these.
//
//   npm run bench:instructions [-- --quick]
//
// Each workload runs in a fresh `node --single-threaded` (no background compiler or GC threads,
// so the count is repeatable) under callgrind, twice: with 1 and with 4 measured repetitions
// after the same 3 warm-up repetitions. The difference ÷ 3 is the count of one warm
// repetition, free of start-up and JIT compilation. Workloads: one M/M/5 replication (full:
// loop and every KPI) per customer; the reference loop (bench/reference-mm5.ts) and the same loop with
// the engine's guarantees (bench/guarantees-mm5.ts) per customer;
// the bank-branch example per simulated day. Needs valgrind (apt-get install valgrind).
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Simulation, measureReplication, prepareRun, runReplicationRange, type Scenario } from '../src/lib/sim/index';
import { referenceMMc } from './reference-mm5';
import { guaranteedMMc } from './guarantees-mm5';
import { mm5 } from './mm5';

const WARM = 3;

function workload(what: string, n: number, reps: number): void {
	let check = 0;
	if (what === 'engine') {
		const run = prepareRun(mm5(n));
		const sim = new Simulation(run.model, run.seed);
		for (let i = 0; i < WARM + reps; i++) {
			sim.run(i);
			check += measureReplication(sim).overall[0];
		}
	} else if (what === 'reference') {
		for (let i = 0; i < WARM + reps; i++) check += referenceMMc(n).customers;
	} else if (what === 'guarantees') {
		for (let i = 0; i < WARM + reps; i++) check += guaranteedMMc(n).customers;
	} else {
		const bank = JSON.parse(readFileSync(new URL('../static/examples/bank-branch-baseline.json', import.meta.url), 'utf8')) as Scenario;
		const run = prepareRun(bank, { replications: n * (WARM + reps) });
		check += runReplicationRange(run, 0, n * WARM).length;
		check += runReplicationRange(run, n * WARM, n * (WARM + reps)).length;
	}
	console.log(JSON.stringify({ what, n, reps, check }));
}

function instructions(what: string, n: number, reps: number): number {
	const r = spawnSync(
		'valgrind',
		[
			'--tool=callgrind',
			'--smc-check=all-non-file',
			'--callgrind-out-file=/dev/null',
			process.execPath,
			'--single-threaded',
			process.argv[1],
			'--workload',
			what,
			String(n),
			String(reps)
		],
		{ encoding: 'utf8', maxBuffer: 1 << 24 }
	);
	const m = /Collected : (\d+)/.exec(r.stderr ?? '');
	if (r.status !== 0 || !m) throw new Error(`callgrind failed for ${what}: ${(r.stderr ?? r.error?.message ?? '').slice(-500)}`);
	return Number(m[1]);
}

/** Instructions of one warm repetition, per unit (customer or day). */
function perUnit(what: string, n: number): number {
	return (instructions(what, n, 4) - instructions(what, n, 1)) / 3 / n;
}

const at = process.argv.indexOf('--workload');
if (at >= 0) {
	const [what, n, reps] = process.argv.slice(at + 1);
	workload(what, Number(n), Number(reps));
} else {
	try {
		execFileSync('valgrind', ['--version']);
	} catch {
		console.log('(instruction counts skipped: valgrind is not installed)');
		process.exit(0);
	}
	const quick = process.argv.includes('--quick');
	const customers = quick ? 20_000 : 50_000;
	const days = quick ? 10 : 20;
	const engine = perUnit('engine', customers);
	const reference = perUnit('reference', customers);
	console.log(`M/M/5 ρ=0.9, full replication: ${engine.toFixed(0)} instructions per customer (${customers} customers per repetition)`);
	console.log(`M/M/5 ρ=0.9, reference loop: ${reference.toFixed(0)} instructions per customer`);
	console.log(`M/M/5 ρ=0.9, full replication ÷ reference loop by instructions: ${(reference / engine).toFixed(3)} (goal ≥ 0.6)`);
	const guarantees = perUnit('guarantees', customers);
	console.log(
		`M/M/5 ρ=0.9, reference loop with the engine's guarantees only (bench/guarantees-mm5.ts): ${guarantees.toFixed(0)} instructions per customer ` +
			`(reference ÷ this: ${(reference / guarantees).toFixed(3)}; this ÷ full replication: ${(guarantees / engine).toFixed(3)})`
	);
	console.log(`bank branch: ${(perUnit('bank', days) / 1e6).toFixed(3)} M instructions per day`);
}
