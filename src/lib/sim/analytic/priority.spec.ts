import { describe, expect, it } from 'vitest';
import { priorityMmc } from './priority';
import { mmc } from './erlang';

describe('non-preemptive priority M/M/c (Cobham)', () => {
	it('PR-1: M/M/1, λ₁ 0.3, λ₂ 0.5, μ 1 → Wq₁ 1.143, Wq₂ 5.714', () => {
		const r = priorityMmc({ lambda: [0.3, 0.5], mu: 1, c: 1 });
		expect(r.classes[0].wq).toBeCloseTo(1.143, 3);
		expect(r.classes[1].wq).toBeCloseTo(5.714, 3);
	});

	it('conservation law: the λ-weighted mean wait equals the FCFS M/M/c wait', () => {
		const cases: [number[], number, number][] = [
			[[0.3, 0.5], 1, 1],
			[[1, 2, 1.5], 0.8, 6],
			[[10, 0, 20, 5], 1, 40]
		];
		for (const [lambda, mu, c] of cases) {
			const r = priorityMmc({ lambda, mu, c });
			const fcfs = mmc({ lambda: lambda.reduce((s, l) => s + l, 0), mu, c });
			expect(r.wq).toBeCloseTo(fcfs.wq, 12);
			const weighted = r.classes.reduce((s, k) => s + k.lq, 0);
			expect(weighted).toBeCloseTo(fcfs.lq, 12);
		}
	});

	it('one class is plain M/M/c', () => {
		const r = priorityMmc({ lambda: [5], mu: 1, c: 6 });
		expect(r.classes[0].wq).toBeCloseTo(mmc({ lambda: 5, mu: 1, c: 6 }).wq, 14);
	});

	it('higher priority waits less', () => {
		const r = priorityMmc({ lambda: [1, 1, 1], mu: 1, c: 4 });
		expect(r.classes[0].wq).toBeLessThan(r.classes[1].wq);
		expect(r.classes[1].wq).toBeLessThan(r.classes[2].wq);
	});

	it('in overload the top class keeps a finite wait and the lower class starves (flagged)', () => {
		const r = priorityMmc({ lambda: [0.5, 0.7], mu: 1, c: 1 });
		expect(r.stable).toBe(false);
		expect(r.classes[0].stable).toBe(true);
		// All servers always busy: Wq₁ = 1/(cμ(1 − σ₁)) = 2.
		expect(r.classes[0].wq).toBeCloseTo(2, 12);
		expect(r.classes[1].stable).toBe(false);
		expect(r.classes[1].wq).toBe(Infinity);
		expect(r.wq).toBe(Infinity);
		expect(r.classes.some((k) => Number.isNaN(k.wq) || Number.isNaN(k.lq))).toBe(false);
	});

	it('rejects invalid inputs', () => {
		expect(() => priorityMmc({ lambda: [], mu: 1, c: 1 })).toThrow(RangeError);
		expect(() => priorityMmc({ lambda: [1, -1], mu: 1, c: 1 })).toThrow(RangeError);
	});
});
