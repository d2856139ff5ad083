import { describe, expect, it } from 'vitest';
import { chunks, secondsLeft, workerCount } from './partition';

describe('sharing replications among workers', () => {
	it('starts one worker per core, at most one per replication', () => {
		expect(workerCount(50, 8)).toBe(8);
		expect(workerCount(3, 8)).toBe(3);
		expect(workerCount(10, undefined)).toBe(1);
		expect(workerCount(0, 4)).toBe(1);
	});

	it('covers every replication exactly once, in order, in small chunks', () => {
		for (const [total, workers] of [
			[50, 2],
			[1, 4],
			[7, 3],
			[100, 8],
			[13, 1]
		]) {
			const c = chunks(total, workers);
			const covered = c.flatMap((r) => Array.from({ length: r.to - r.from }, (_, k) => r.from + k));
			expect(covered).toEqual(Array.from({ length: total }, (_, k) => k));
			expect(c.length).toBeGreaterThanOrEqual(Math.min(total, workers));
		}
		expect(chunks(0, 2)).toEqual([]);
		expect(chunks(50, 2)[0]).toEqual({ from: 0, to: 7 });
	});

	it('estimates the time left from the pace so far', () => {
		expect(secondsLeft(1000, 0, 10)).toBeNull();
		expect(secondsLeft(2000, 4, 10)).toBeCloseTo(3);
		expect(secondsLeft(2000, 10, 10)).toBe(0);
	});
});
