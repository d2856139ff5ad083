// flowbench compare <baseline.json> <redesign.json>: both scenarios on the same simulated customers.
import { compareJob } from '../../lib/jobs/specs';
import type { Command } from '../command';
import { printProblems, progressReporter } from '../command';
import { loadScenario } from '../load';
import { checkOut, emit } from '../output';
import { runJobInWorkers } from '../pool';
import { partText, renderJson, shardRange } from '../shards';

export const compareCommand: Command = {
	usage:
		'compare <baseline.json> <redesign.json> [--replications N] [--seed S] [--out comparison.json] [--workers N] [--shard i/N] [--quiet]',
	help:
		"runs both scenarios on the same simulated customers (same seed; the baseline's\n" +
		'replications and seed unless given) and writes comparison JSON: both results and\n' +
		"every KPI's difference (redesign − baseline) with a 95 % confidence interval.",
	flags: ['--replications', '--seed', '--out', '--workers', '--shard', '--quiet'],
	files: { min: 2, max: 2, what: 'two scenario files: the baseline, then the redesign' },
	async run(args) {
		checkOut(args.out);
		const baseline = loadScenario(args.file);
		const redesign = loadScenario(args.other!);
		if (!baseline.ok || !redesign.ok) {
			// name the file, once: both files share the same paths; a problem about the file itself already names it
			for (const [file, loaded] of [
				[args.file, baseline],
				[args.other!, redesign]
			] as const)
				if (!loaded.ok) for (const p of loaded.problems) await printProblems([p], p.path === file ? '' : `${file}: `);
			return 1;
		}
		if (!args.quiet) {
			await printProblems(baseline.warnings, `warning: ${args.file}: `);
			await printProblems(redesign.warnings, `warning: ${args.other}: `);
		}
		const spec = compareJob(baseline.scenario, redesign.scenario, { replications: args.replications, seed: args.seed });
		const started = Date.now();
		const progress = progressReporter(args.quiet);
		if (args.shard) {
			const { from, to } = shardRange(args.shard, spec.total);
			const rows = await runJobInWorkers(spec, { workers: args.workers, from, to, onProgress: (p) => progress(p.done, p.total) });
			await emit(args.out, partText('compare', args.shard, spec, from, rows as unknown as unknown[]));
			return 0;
		}
		const comparison = await runJobInWorkers(spec, { workers: args.workers, onProgress: (p) => progress(p.done, p.total) });
		await emit(args.out, renderJson(comparison));
		if (!args.quiet && Date.now() - started > 1000)
			process.stderr.write(`done: ${spec.total} replications of both scenarios in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
		return 0;
	}
};
