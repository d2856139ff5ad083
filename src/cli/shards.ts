// Scale-out: `--shard i/N` computes one deterministic slice of a job's tasks and writes a part
// file (rows encoded losslessly, see src/lib/jobs/wire.ts); `flowbench merge` checks that the
// parts belong to the same job and cover every task once, and summarises them exactly as the
// single-machine run does — byte-identical output, since task i gives the same row anywhere.
//
// A command that runs tasks becomes shardable with one entry in SHARDABLE (how to rebuild its
// job from the part's `job` and how its result is written) and by writing partText when
// args.shard is set: run and compare (tasks = replications), sweep (tasks = grid points).

import { ENGINE_VERSION, sweepGrid, sweepResult, type Scenario, type SweepParam, type SweepPoint } from '../lib/sim/index';
import type { JobSpec } from '../lib/jobs/job';
import { compareJob, runJob } from '../lib/jobs/specs';
import type { ComparePayload, RunPayload } from '../lib/jobs/tasks';
import { decodeValue, encodeValue } from '../lib/jobs/wire';
import type { Shard } from './args';

export const PART_FORMAT = 'flowbench-part';

/** What sharding needs of a job: what every shard repeats (payload), how many tasks, how all rows give the result. */
export type ShardJob = Pick<JobSpec<unknown, unknown>, 'payload' | 'total' | 'summarise'>;

export interface Shardable {
	spec(job: unknown): ShardJob;
	render(result: unknown): string;
}

/** A sweep's job in a part file: its tasks are the grid points, each with every replication (runSweep's `range`). */
export interface SweepJob {
	scenario: Scenario;
	params: SweepParam[];
	seed: number;
	replications: number;
}

export function sweepShardJob(job: SweepJob): ShardJob {
	return {
		payload: job,
		total: sweepGrid(job.params).length,
		summarise: (points) => sweepResult(job.scenario, job.params, job.seed, job.replications, points as SweepPoint[])
	};
}

export const renderJson = (result: unknown): string => JSON.stringify(result, null, 2) + '\n';

export const SHARDABLE: Record<string, Shardable> = {
	run: {
		spec: (j) => {
			const p = j as RunPayload;
			return runJob(p.scenario, { seed: p.seed, replications: p.replications }) as JobSpec<unknown, unknown>;
		},
		render: renderJson
	},
	compare: {
		spec: (j) => {
			const p = j as ComparePayload;
			return compareJob(p.baseline, p.redesign, { seed: p.seed, replications: p.replications }) as JobSpec<unknown, unknown>;
		},
		render: renderJson
	},
	sweep: { spec: (j) => sweepShardJob(j as SweepJob), render: renderJson }
};

/** Tasks [from, to) of shard i of N over `total` tasks: consecutive, sizes differing by at most one. */
export function shardRange(shard: Shard, total: number): { from: number; to: number } {
	return { from: Math.floor((shard.index * total) / shard.count), to: Math.floor(((shard.index + 1) * total) / shard.count) };
}

export interface Part {
	format: typeof PART_FORMAT;
	version: 1;
	engine: string;
	command: string;
	shard: Shard;
	total: number;
	from: number;
	to: number;
	job: unknown;
	rows: unknown[];
}

export function partText(command: string, shard: Shard, spec: ShardJob, from: number, rows: unknown[]): string {
	const part: Part = {
		format: PART_FORMAT,
		version: 1,
		engine: ENGINE_VERSION,
		command,
		shard,
		total: spec.total,
		from,
		to: from + rows.length,
		job: spec.payload,
		rows: rows.map((r) => encodeValue(r))
	};
	return JSON.stringify(part) + '\n';
}

export class MergeError extends Error {}

/** The result of the parts (any order), as the unsharded command would have written it. */
export function mergeParts(parts: { file: string; part: Part }[]): string {
	if (parts.length === 0) throw new MergeError('no part files given');
	for (const { file, part } of parts)
		if (part?.format !== PART_FORMAT || part.version !== 1)
			throw new MergeError(`${file}: not a Flowbench part file (made with flowbench run|compare|sweep --shard i/N)`);
	const first = parts[0];
	const job = JSON.stringify(first.part.job);
	for (const { file, part } of parts) {
		if (part.engine !== first.part.engine)
			throw new MergeError(
				`${file}: made by engine ${part.engine}, ${first.file} by ${first.part.engine}: run all shards with the same version`
			);
		if (part.command !== first.part.command || part.shard.count !== first.part.shard.count || JSON.stringify(part.job) !== job)
			throw new MergeError(
				`${file} is a shard of another job than ${first.file} (command, scenario, seed, replications and shard count must all match)`
			);
	}
	const shardable = SHARDABLE[first.part.command];
	if (!shardable) throw new MergeError(`${first.file}: parts of "${first.part.command}" cannot be merged by this version`);
	const count = first.part.shard.count;
	const byIndex = new Map<number, { file: string; part: Part }>();
	for (const p of parts) {
		const twin = byIndex.get(p.part.shard.index);
		if (twin) throw new MergeError(`shard ${p.part.shard.index}/${count} given twice: ${twin.file} and ${p.file}`);
		byIndex.set(p.part.shard.index, p);
	}
	const missing = Array.from({ length: count }, (_, i) => i).filter((i) => !byIndex.has(i));
	if (missing.length)
		throw new MergeError(
			`missing shard${missing.length > 1 ? 's' : ''} ${missing
				.slice(0, 10)
				.map((i) => `${i}/${count}`)
				.join(', ')}${missing.length > 10 ? ', …' : ''} of ${count}`
		);
	const spec = shardable.spec(first.part.job);
	const rows: unknown[] = [];
	for (let i = 0; i < count; i++) {
		const { file, part } = byIndex.get(i)!;
		const range = shardRange(part.shard, spec.total);
		if (part.from !== range.from || part.to !== range.to || part.rows.length !== range.to - range.from)
			throw new MergeError(`${file}: holds tasks ${part.from}–${part.to}, shard ${i}/${count} should hold ${range.from}–${range.to}`);
		for (const r of part.rows) rows.push(decodeValue(r as never));
	}
	return shardable.render(spec.summarise(rows));
}
