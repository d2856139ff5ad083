// The shared pool, with fake workers that run the real engine tasks on this thread and can be
// made to crash, hang or vanish: faults are recovered with identical rows, engine errors keep
// their class, and nothing waits for ever.
import { describe, expect, it } from 'vitest';
import { RunawayError, helpsMost, localEvaluator, optimiseStaffing, runSweep, type ReplicationRow, type Scenario } from '../sim/index';
import { CancelledError } from '../sim/index';
import { Job, type SearchSpec } from './job';
import { JobCancelled, WorkerFaultError, reviveError, serialiseError } from './errors';
import type { Fault, PoolWorker, WorkerSource } from './pool';
import { helpsJob, optimiseJob, runJob, sweepJob } from './specs';
import { TASK_KINDS, type PreparedTasks } from './tasks';

function day(extra: Partial<Scenario['run']> = {}, loop = false): Scenario {
	return {
		format: 'flowbench-scenario',
		version: 2,
		name: 'desk',
		run: { mode: 'day', hours: 2, drain: true, replications: 12, seed: 5, ...extra },
		segments: [{ id: 'all', name: 'All', share: 1, patience: null }],
		nodes: [
			{ id: 'in', kind: 'source', name: 'In', arrivals: { type: 'poisson', ratePerHour: 50 } },
			{ id: 'a', kind: 'station', name: 'Desk A', servers: 2, service: { dist: 'exponential', mean: 2 } },
			{ id: 'b', kind: 'station', name: 'Desk B', servers: 2, service: { dist: 'exponential', mean: 1 } },
			{ id: 'out', kind: 'exit', name: 'Out' }
		],
		links: loop
			? [
					{ from: 'in', to: 'a' },
					{ from: 'a', to: 'b' },
					{ from: 'b', to: 'a' }
				]
			: [
					{ from: 'in', to: 'a' },
					{ from: 'a', to: 'b' },
					{ from: 'b', to: 'out' }
				]
	};
}

const tick = () => new Promise((r) => setTimeout(r, 1));

/** A worker on this thread, one task per macrotask; `inject` makes it crash, hang or vanish like a real one. */
class FakeWorker implements PoolWorker {
	static made = 0;
	#fault: ((reason: string) => void) | null = null;
	#state: 'ok' | 'hung' | 'dead' = 'ok';
	#prepared: PreparedTasks<unknown> | null = null;
	constructor(readonly silentStart = false) {
		FakeWorker.made++;
	}
	ready(): Promise<unknown> {
		return this.silentStart ? new Promise(() => {}) : tick();
	}
	async runRange(
		kind: 'run' | 'compare',
		_key: string,
		payload: unknown,
		from: number,
		to: number,
		onRow: (i: number, row: unknown) => void
	) {
		this.#prepared ??= (TASK_KINDS[kind] as { prepare(p: unknown): PreparedTasks<unknown> }).prepare(payload);
		for (let i = from; i < to; i++) {
			await tick();
			if (this.#state !== 'ok') return new Promise<void>(() => {});
			let row: unknown;
			try {
				this.#prepared.run(i, i + 1, (_, r) => (row = r));
			} catch (e) {
				throw reviveError(serialiseError(e));
			}
			onRow(i, row);
		}
	}
	onFault(listener: (reason: string) => void) {
		this.#fault = listener;
	}
	terminate() {
		this.#state = 'dead';
	}
	inject(fault: Fault) {
		if (fault === 'crash') {
			this.#state = 'dead';
			setTimeout(() => this.#fault?.('injected crash'));
		} else this.#state = fault === 'hang' ? 'hung' : 'dead';
	}
}

function source(make: () => PoolWorker = () => new FakeWorker()): WorkerSource & { released: number } {
	return {
		released: 0,
		acquire: make,
		release(w) {
			this.released++;
			w.terminate();
		},
		cores: () => 2
	};
}

const undisturbed = (s: Scenario) => new Job(runJob(s), { source: source(), workers: 2 }).result;

describe('the shared pool', () => {
	it('gives the same results whatever the number of workers, identical to one thread', async () => {
		const s = day();
		const one = await new Job(runJob(s), { source: source(), workers: 1 }).result;
		const three = await new Job(runJob(s), { source: source(), workers: 3 }).result;
		expect(JSON.stringify(three)).toBe(JSON.stringify(one));
		expect(one.replications).toBe(12);
	});

	for (const fault of ['crash', 'hang', 'kill'] as const)
		it(`replaces a worker that goes "${fault}" mid-run and re-runs its replications: results identical`, async () => {
			const s = day();
			const job = new Job(runJob(s), { source: source(), workers: 2, faults: { fault, after: 4, silentMs: 200 } });
			const results = await job.result;
			expect(job.replaced).toBe(1);
			expect(JSON.stringify(results)).toBe(JSON.stringify(await undisturbed(s)));
		});

	it('replaces a worker that is silent at start', async () => {
		let n = 0;
		const s = day();
		const job = new Job(runJob(s), { source: source(() => new FakeWorker(n++ === 0)), workers: 2, startMs: 200 });
		const results = await job.result;
		expect(job.replaced).toBe(1);
		expect(JSON.stringify(results)).toBe(JSON.stringify(await undisturbed(s)));
	});

	it('stops with a clear message when workers keep failing, never waiting for ever', async () => {
		const job = new Job(runJob(day()), { source: source(() => new FakeWorker(true)), workers: 2, startMs: 100 });
		await expect(job.result).rejects.toThrow(WorkerFaultError);
		await expect(job.result).rejects.toThrow(/could not start 3 times on task 1.*the run was stopped/);
		expect(job.status).toBe('error');
	});

	it("keeps the engine's error class and message (runaway model)", async () => {
		// (a loop with no way out is now refused before running, as 'trapped': the event limit needs a long run)
		const job = new Job(runJob(day({ maxEvents: 200 })), { source: source(), workers: 2 });
		await expect(job.result).rejects.toBeInstanceOf(RunawayError);
		await expect(job.result).rejects.toThrow(/stopped after 200 events in replication 1/);
		expect((job.error as RunawayError).code).toBe('too-many-events');
	});

	it('cancels at once: the result rejects as a cancellation and partial rows stay in order', async () => {
		const src = source();
		const job: Job<ReplicationRow, unknown> = new Job(runJob(day()), {
			source: src,
			workers: 2,
			onRow: () => {
				if (job.done === 3) job.cancel();
			}
		});
		await expect(job.result).rejects.toBeInstanceOf(JobCancelled);
		await expect(job.result).rejects.toBeInstanceOf(CancelledError);
		expect(job.status).toBe('cancelled');
		expect(job.rowsSoFar()).toHaveLength(3);
		expect(src.released).toBe(0);
	});

	it('runs one shard of the tasks and returns its rows', async () => {
		const s = day();
		const whole = (await new Job(runJob(s), { source: source(), to: 12, from: 0, workers: 1 }).result) as unknown;
		const part = (await new Job(runJob(s), { source: source(), from: 4, to: 8 }).result) as unknown as ReplicationRow[];
		expect(part).toHaveLength(4);
		expect(whole).toHaveProperty('replications', 12);
	});
});

describe('search jobs (optimiser, sweep, what helps most) on the shared pool', () => {
	/** The desk day with targets: Desk A needs staff in its busy hour, Desk B has room to spare. */
	const staffed = (): Scenario => ({ ...day({ replications: 8 }), targets: { waitMinutes: 2, serviceLevel: 0.8 } });

	it('finds the same staffing plan as one thread, reporting stage, candidates and best cost', async () => {
		const local = await optimiseStaffing(staffed(), { seed: 3, replications: 8 });
		const seen: { stage: string; done: number; bestCost: number | null }[] = [];
		const job = new Job(optimiseJob(staffed(), { seed: 3, replications: 8 }), {
			source: source(),
			workers: 2,
			onProgress: (p) => seen.push({ stage: p.search!.stage, done: p.search!.done, bestCost: p.search!.bestCost })
		});
		const plan = await job.result;
		expect(JSON.stringify(plan)).toBe(JSON.stringify(local));
		expect(job.status).toBe('done');
		const done = seen.map((p) => p.done);
		expect(done).toEqual([...done].sort((a, b) => a - b));
		expect(done.at(-1)).toBe(local.candidates);
		expect(seen[0].stage).toBe('bounds');
		expect(seen.at(-1)!.stage).toBe('done');
		expect(seen.at(-1)!.bestCost).toBe(local.plannedCost);
	});

	it('runs one candidate at a time on the workers, never more workers than asked for', async () => {
		let live = 0;
		let most = 0;
		const src: WorkerSource = {
			acquire: () => {
				most = Math.max(most, ++live);
				return new FakeWorker();
			},
			release: (w) => {
				live--;
				w.terminate();
			},
			cores: () => 2
		};
		// the optimiser's add step asks for several candidates at once, as this search does
		const both: SearchSpec<ReplicationRow[][]> = {
			kind: 'optimise',
			search: (evaluate) => Promise.all([evaluate(staffed(), 1, 8), evaluate(staffed(), 2, 8)])
		};
		const [a, b] = await new Job(both, { source: src, workers: 2 }).result;
		expect(most).toBe(2);
		expect(JSON.stringify(a)).toBe(JSON.stringify(await localEvaluator(staffed(), 1, 8)));
		expect(JSON.stringify(b)).toBe(JSON.stringify(await localEvaluator(staffed(), 2, 8)));
	});

	it('sweeps and ranks single changes exactly as one thread does', async () => {
		const params = [{ path: 'nodes.a.servers', values: [2, 3, 4] }];
		const sweep = await new Job(sweepJob(staffed(), params, { seed: 2, replications: 6 }), { source: source(), workers: 3 }).result;
		expect(JSON.stringify(sweep)).toBe(JSON.stringify(await runSweep(staffed(), params, { seed: 2, replications: 6 })));
		const helps = await new Job(helpsJob(staffed(), { seed: 2, replications: 6 }), { source: source(), workers: 2 }).result;
		expect(JSON.stringify(helps)).toBe(JSON.stringify(await helpsMost(staffed(), { seed: 2, replications: 6 })));
	});

	it('recovers a worker lost during a candidate with an identical plan', async () => {
		const job = new Job(optimiseJob(staffed(), { seed: 3, replications: 8 }), {
			source: source(),
			workers: 2,
			faults: { fault: 'crash', after: 3, silentMs: 200 }
		});
		const plan = await job.result;
		expect(job.replaced).toBeGreaterThanOrEqual(1);
		expect(JSON.stringify(plan)).toBe(JSON.stringify(await optimiseStaffing(staffed(), { seed: 3, replications: 8 })));
	});

	it('cancels at once: no candidate after the cancel, the result rejects as a cancellation', async () => {
		let after = 0;
		let cancelled = false;
		const job: Job<never, unknown> = new Job(optimiseJob(staffed(), { seed: 3, replications: 8 }), {
			source: source(),
			workers: 2,
			onProgress: (p) => {
				if (cancelled) after++;
				if (p.search!.done === 2) {
					cancelled = true;
					job.cancel();
				}
			}
		});
		await expect(job.result).rejects.toBeInstanceOf(JobCancelled);
		expect(job.status).toBe('cancelled');
		expect(after).toBe(0);
		expect(job.done).toBe(2);
	});

	it("ends with the engine's error when a candidate cannot run", async () => {
		const short: Scenario = { ...day({ maxEvents: 200 }), targets: { waitMinutes: 2, serviceLevel: 0.8 } };
		const job = new Job(optimiseJob(short, { replications: 4 }), { source: source(), workers: 2 });
		await expect(job.result).rejects.toBeInstanceOf(RunawayError);
		expect(job.status).toBe('error');
	});
});
