// Shared pieces of the validation suite: small scenario builders for textbook queues and
// the pass rule of validation.md — |sim − exact| ≤ max(2 % · exact, 2.6 · standard error),
// the standard error taken from the 95 % confidence interval across replications.

import { expect } from 'vitest';
import type { Distribution, Scenario, Segment, KpiValue } from '../../src/lib/sim/index';
import { tQuantile975 } from '../../src/lib/sim/stats/student-t';

export interface QueueSpec {
	/** Arrivals per hour. */
	ratePerHour: number;
	service: Distribution;
	servers: number;
	segments?: Segment[];
	discipline?: 'fifo' | 'priority';
	queueCapacity?: number | null;
	/** Minutes of warm-up and of measurement per replication. */
	warmup: number;
	length: number;
	replications: number;
	seed?: number;
	targetWait?: number;
}

export function singleQueue(q: QueueSpec): Scenario {
	return {
		format: 'flowbench-scenario',
		version: 2,
		name: 'validation queue',
		run: { mode: 'steady', warmup: q.warmup, length: q.length, replications: q.replications, seed: q.seed ?? 1 },
		segments: q.segments ?? [{ id: 'all', name: 'All', share: 1, priority: 0, patience: null }],
		nodes: [
			{ id: 'in', kind: 'source', name: 'Arrivals', arrivals: { type: 'poisson', ratePerHour: q.ratePerHour } },
			{
				id: 'q',
				kind: 'station',
				name: 'Queue',
				servers: q.servers,
				service: q.service,
				discipline: q.discipline ?? 'fifo',
				queueCapacity: q.queueCapacity ?? null
			},
			{ id: 'out', kind: 'exit', name: 'Out' }
		],
		links: [
			{ from: 'in', to: 'q' },
			{ from: 'q', to: 'out' }
		],
		targets: { waitMinutes: q.targetWait ?? 10 }
	};
}

/** Measurement minutes for about `customers` arrivals per replication at `ratePerHour`. */
export function minutesFor(customers: number, ratePerHour: number): number {
	return (customers / ratePerHour) * 60;
}

export function standardError(k: KpiValue, replications: number): number {
	return (k.high! - k.low!) / 2 / tQuantile975(replications - 1);
}

/** Asserts validation.md's pass rule and returns a line for the report. */
export function expectMatches(label: string, k: KpiValue, exact: number, replications: number, relTol = 0.02): string {
	expect(k.mean, `${label}: no value`).not.toBeNull();
	const se = standardError(k, replications);
	const allowed = Math.max(relTol * Math.abs(exact), 2.6 * se);
	const line = `${label}: sim ${k.mean!.toPrecision(5)} ± ${(1.96 * se).toPrecision(2)} vs exact ${exact.toPrecision(5)} (allowed ${allowed.toPrecision(2)})`;
	expect(Math.abs(k.mean! - exact), line).toBeLessThanOrEqual(allowed);
	return line;
}
