// flowbench sweep <scenario.json> --param <path>=<from>:<to>:<step> [--param …] [--seed S]
//                 [--replications N] [--out sweep.json] [--workers N] [--shard i/N] [--quiet]
// Runs the scenario at every point of a one- or two-parameter grid with the same seed
// (common random numbers) and writes every KPI with its 95 % interval at each point
// (format "flowbench-sweep"). Paths: nodes.<id>.servers, nodes.<id>.arrivals.scale,
// nodes.<id>.service.mean, segments.<id>.patience.mean, satisfaction.<key>, … (docs/optimise.md).
// --shard i/N runs only block i of N of the grid points (each with all its replications) and
// writes a part file; `flowbench merge` gives the unsharded result, byte for byte (docs/scale-out.md).

import { writeFileSync } from 'node:fs';
import { ParameterError, parseSweepParam, runSweep, type SweepParam } from '../../lib/sim/index';
import { loadScenario } from '../load';
import { parseShard, wholeNumber, type Shard } from '../args';
import { runJobInWorkers } from '../pool';
import { sweepJob } from '../../lib/jobs/specs';
import { isRunError } from '../../lib/jobs/errors';
import { partText, shardRange, sweepShardJob } from '../shards';

export const SWEEP_USAGE = `  flowbench sweep <scenario.json> --param <path>=<from>:<to>:<step> [--param …] [--seed S] [--replications N]
                  [--out sweep.json] [--workers N] [--shard i/N] [--quiet]`;

export async function commandSweep(argv: string[]): Promise<number> {
	let file = '';
	const params: SweepParam[] = [];
	let seed: number | undefined;
	let replications: number | undefined;
	let out: string | undefined;
	let quiet = false;
	let shard: Shard | undefined;
	let workers: number | undefined;
	try {
		for (let i = 0; i < argv.length; i++) {
			const a = argv[i];
			const next = () => {
				if (argv[i + 1] === undefined) throw new ParameterError(`${a} needs a value`);
				return argv[++i];
			};
			if (a === '--param') params.push(parseSweepParam(next()));
			else if (a === '--seed' || a === '--replications') {
				const n = Number(next());
				const min = a === '--seed' ? 0 : 1;
				if (!Number.isInteger(n) || n < min || n > 2 ** 32 - 1) throw new ParameterError(`${a} must be a whole number ≥ ${min}`);
				if (a === '--seed') seed = n;
				else replications = n;
			} else if (a === '--out') out = next();
			else if (a === '--quiet') quiet = true;
			else if (a === '--shard') shard = parseShard(next());
			else if (a === '--workers') workers = wholeNumber(a, next(), 1, 256);
			else if (a.startsWith('--')) throw new ParameterError(`unknown option "${a}"`);
			else if (file) throw new ParameterError(`one scenario file at a time (got "${file}" and "${a}")`);
			else file = a;
		}
		if (!file) throw new ParameterError('sweep needs a scenario file');
		if (params.length === 0) throw new ParameterError('sweep needs --param <path>=<from>:<to>:<step>');
		if (params.length > 2) throw new ParameterError('a sweep takes one or two --param');
	} catch (e) {
		process.stderr.write(`${(e as Error).message}\n\nUsage:\n${SWEEP_USAGE}\n`);
		return 2;
	}
	const loaded = loadScenario(file);
	if (!loaded.ok) {
		for (const p of loaded.problems) process.stderr.write(`${p.path}: ${p.message}\n`);
		return 1;
	}
	const started = Date.now();
	const job = {
		scenario: loaded.scenario,
		params,
		seed: (seed ?? loaded.scenario.run.seed) >>> 0,
		replications: replications ?? loaded.scenario.run.replications
	};
	const spec = sweepShardJob(job);
	const range = shard ? shardRange(shard, spec.total) : undefined;
	let result;
	try {
		const options = { seed: job.seed, replications: job.replications, range };
		const onPoint = (done: number, total: number | null) => {
			if (!quiet && Date.now() - started > 1000 && done > 0) process.stderr.write(`point ${done}/${total}\n`);
		};
		// one thread: on this one, as before; more: each point's replications on worker threads
		// kept warm for the whole sweep (the same rows, so the same bytes either way)
		result =
			workers === 1
				? await runSweep(loaded.scenario, params, { ...options, onProgress: (p) => onPoint(p.done, p.total) })
				: await runJobInWorkers(sweepJob(loaded.scenario, params, options), {
						workers,
						onProgress: (p) => onPoint(p.done, p.search?.total ?? p.total)
					});
	} catch (e) {
		if (isRunError(e)) {
			process.stderr.write(`error: ${e.message}\n`);
			return 3;
		}
		if (e instanceof ParameterError) {
			process.stderr.write(`error: ${e.message}\n`);
			return 1;
		}
		throw e;
	}
	const json = shard && range ? partText('sweep', shard, spec, range.from, result.points) : JSON.stringify(result, null, 2) + '\n';
	if (out) writeFileSync(out, json);
	else process.stdout.write(json);
	return 0;
}
