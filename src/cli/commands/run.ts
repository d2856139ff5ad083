// flowbench run <scenario.json>: simulates the scenario on worker threads and writes results JSON.
import { runJob } from '../../lib/jobs/specs';
import type { Command } from '../command';
import { printProblems, progressReporter } from '../command';
import { loadScenario } from '../load';
import { checkOut, emit } from '../output';
import { runJobInWorkers } from '../pool';
import { partText, renderJson, shardRange } from '../shards';

export const runCommand: Command = {
	usage: 'run <scenario.json> [--replications N] [--seed S] [--out results.json] [--workers N] [--shard i/N] [--quiet]',
	help: 'simulates the scenario and writes results JSON (to stdout without --out). Progress goes to stderr on long runs.',
	flags: ['--replications', '--seed', '--out', '--workers', '--shard', '--quiet'],
	files: { min: 1, max: 1, what: 'one scenario file' },
	async run(args) {
		checkOut(args.out);
		const loaded = loadScenario(args.file);
		if (!loaded.ok) {
			await printProblems(loaded.problems);
			return 1;
		}
		if (!args.quiet) await printProblems(loaded.warnings, 'warning: ');
		const spec = runJob(loaded.scenario, { replications: args.replications, seed: args.seed });
		const started = Date.now();
		const progress = progressReporter(args.quiet);
		if (args.shard) {
			const { from, to } = shardRange(args.shard, spec.total);
			const rows = await runJobInWorkers(spec, { workers: args.workers, from, to, onProgress: (p) => progress(p.done, p.total) });
			await emit(args.out, partText('run', args.shard, spec, from, rows as unknown as unknown[]));
			return 0;
		}
		const results = await runJobInWorkers(spec, { workers: args.workers, onProgress: (p) => progress(p.done, p.total) });
		await emit(args.out, renderJson(results));
		if (!args.quiet && Date.now() - started > 1000)
			process.stderr.write(`done: ${spec.total} replications in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
		return 0;
	}
};
