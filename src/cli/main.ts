// The Flowbench command line: validate and run scenario files without a browser, on the
// same engine the app uses, with replications spread over worker threads.
//
//   flowbench run <scenario.json> [--replications N] [--seed S] [--out results.json] [--workers N]
//   flowbench compare <baseline.json> <redesign.json> [--replications N] [--seed S] [--out comparison.json] [--workers N]
//   flowbench validate <scenario.json>

import { writeFileSync } from 'node:fs';
import {
	CancelledError,
	RunawayError,
	UnstableError,
	prepareComparison,
	prepareRun,
	summariseComparison,
	summariseRun,
	type Problem
} from '../lib/sim/index';
import { loadScenario } from './load';
import { runComparisonReplications, runReplications } from './pool';
import { parseArgs, UsageError, USAGE } from './args';
import { commandOptimise } from './commands/optimise';
import { commandSweep } from './commands/sweep';

function printProblems(problems: Problem[], stream = process.stderr): void {
	for (const p of problems) stream.write(`${p.path}: ${p.message}\n`);
}

function progressReporter(quiet: boolean): (done: number, total: number) => void {
	const started = Date.now();
	let firstDone = 0;
	let lastShown = 0;
	return (done, total) => {
		const now = Date.now();
		if (done === 2) firstDone = now;
		// only long runs talk: after a second, at most every half second, and at the end;
		// the time left is estimated from the pace since the second replication (after worker start-up)
		if (quiet || done < 3 || now - started < 1000 || (now - lastShown < 500 && done < total)) return;
		lastShown = now;
		const left = Math.round((((now - firstDone) / (done - 2)) * (total - done)) / 1000);
		process.stderr.write(`replication ${done}/${total} (${Math.round((100 * done) / total)}%), about ${left} s left\n`);
	};
}

async function commandRun(args: ReturnType<typeof parseArgs>): Promise<number> {
	const loaded = loadScenario(args.file);
	if (!loaded.ok) {
		printProblems(loaded.problems);
		return 1;
	}
	if (!args.quiet) for (const w of loaded.warnings) process.stderr.write(`warning: ${w.path}: ${w.message}\n`);
	const run = prepareRun(loaded.scenario, { replications: args.replications, seed: args.seed });
	const progress = progressReporter(args.quiet);
	const started = Date.now();
	const rows = await runReplications(run, args.workers, progress);
	const results = summariseRun(run, rows);
	const json = JSON.stringify(results, null, 2) + '\n';
	if (args.out) writeFileSync(args.out, json);
	else process.stdout.write(json);
	if (!args.quiet && Date.now() - started > 1000)
		process.stderr.write(`done: ${run.replications} replications in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
	return 0;
}

async function commandCompare(args: ReturnType<typeof parseArgs>): Promise<number> {
	const baseline = loadScenario(args.file);
	const redesign = loadScenario(args.other!);
	if (!baseline.ok || !redesign.ok) {
		// name the file: both files share the same paths
		if (!baseline.ok) printProblems(baseline.problems.map((p) => ({ ...p, path: `${args.file}: ${p.path}` })));
		if (!redesign.ok) printProblems(redesign.problems.map((p) => ({ ...p, path: `${args.other}: ${p.path}` })));
		return 1;
	}
	if (!args.quiet)
		for (const [file, loaded] of [
			[args.file, baseline],
			[args.other!, redesign]
		] as const)
			for (const w of loaded.warnings) process.stderr.write(`warning: ${file}: ${w.path}: ${w.message}\n`);
	const prep = prepareComparison(baseline.scenario, redesign.scenario, { replications: args.replications, seed: args.seed });
	const started = Date.now();
	const rows = await runComparisonReplications(prep, args.workers, progressReporter(args.quiet));
	const comparison = summariseComparison(prep, rows);
	const json = JSON.stringify(comparison, null, 2) + '\n';
	if (args.out) writeFileSync(args.out, json);
	else process.stdout.write(json);
	if (!args.quiet && Date.now() - started > 1000)
		process.stderr.write(`done: ${prep.replications} replications of both scenarios in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
	return 0;
}

function commandValidate(file: string): number {
	const loaded = loadScenario(file);
	if (!loaded.ok) {
		printProblems(loaded.problems);
		return 1;
	}
	for (const w of loaded.warnings) process.stdout.write(`warning: ${w.path}: ${w.message}\n`);
	process.stdout.write(`${file}: valid scenario "${loaded.scenario.name}"\n`);
	return 0;
}

async function main(argv: string[]): Promise<number> {
	if (argv[0] === 'import') return (await import('./commands/import')).commandImport(argv.slice(1));
	if (argv[0] === 'optimise') return commandOptimise(argv.slice(1));
	if (argv[0] === 'sweep') return commandSweep(argv.slice(1));
	let args;
	try {
		args = parseArgs(argv);
	} catch (e) {
		if (e instanceof UsageError) {
			process.stderr.write(`${e.message}\n\n${USAGE}`);
			return 2;
		}
		throw e;
	}
	if (args.command === 'help') {
		process.stdout.write(USAGE);
		return 0;
	}
	if (args.command === 'validate') return commandValidate(args.file);
	try {
		return await (args.command === 'compare' ? commandCompare(args) : commandRun(args));
	} catch (e) {
		if (e instanceof UnstableError || e instanceof RunawayError || e instanceof CancelledError) {
			process.stderr.write(`error: ${e.message}\n`);
			return 3;
		}
		throw e;
	}
}

main(process.argv.slice(2)).then(
	(code) => process.exit(code),
	(e) => {
		// an engine bug, not a user error: say so plainly, without a wall of stack
		process.stderr.write(`internal error: ${(e as Error).message ?? e}\nPlease report this with the scenario file.\n`);
		process.exit(70);
	}
);
