import { describe, expect, it } from 'vitest';
import { mmck } from './mmck';
import { erlangB, mmc } from './erlang';

describe('M/M/c/K clinic (MMCK-2: λ 10/h, μ 4/h, c 3, K 6), hours', () => {
	const r = mmck({ lambda: 10, mu: 4, c: 3, k: 6 });
	it('matches the published figures', () => {
		expect(r.probBlock).toBeCloseTo(0.1024, 4);
		expect(r.throughput).toBeCloseTo(8.976, 3);
		expect(r.wq).toBeCloseTo(0.07805, 5);
	});
	it('satisfies Little’s law on admitted customers', () => {
		expect(r.lq).toBeCloseTo(r.throughput * r.wq, 12);
		expect(r.l).toBeCloseTo(r.throughput * r.w, 12);
		expect(r.utilisation).toBeCloseTo((r.l - r.lq) / 3, 12);
	});
});

describe('M/M/c/K families', () => {
	it('K = c is the Erlang loss system: P(block) = Erlang B', () => {
		for (const [a, c] of [
			[1, 1],
			[5, 6],
			[40, 45]
		]) {
			const r = mmck({ lambda: a, mu: 1, c, k: c });
			expect(r.probBlock).toBeCloseTo(erlangB(a, c), 12);
			expect(r.wq).toBe(0);
		}
	});
	it('M/M/1/K matches the closed form p_K = (1−ρ)ρ^K/(1−ρ^{K+1})', () => {
		for (const [rho, k] of [
			[0.5, 3],
			[0.9, 10],
			[1.5, 4]
		]) {
			const expected = ((1 - rho) * rho ** k) / (1 - rho ** (k + 1));
			expect(mmck({ lambda: rho, mu: 1, c: 1, k }).probBlock).toBeCloseTo(expected, 12);
		}
	});
	it('tends to M/M/c as K → ∞ (stable load)', () => {
		const m = mmc({ lambda: 5, mu: 1, c: 6 });
		const r = mmck({ lambda: 5, mu: 1, c: 6, k: 400 });
		expect(r.probBlock).toBeLessThan(1e-20);
		expect(r.wq).toBeCloseTo(m.wq, 10);
		expect(r.probWait).toBeCloseTo(m.probWait, 10);
		expect(r.l).toBeCloseTo(m.l, 10);
	});
	it('always has a steady state, even in overload', () => {
		const r = mmck({ lambda: 30, mu: 1, c: 10, k: 15 });
		expect(r.throughput).toBeLessThanOrEqual(10);
		expect(r.probBlock).toBeGreaterThan(0.6);
		expect(Number.isFinite(r.wq)).toBe(true);
	});
	it('handles large systems without overflow', () => {
		const r = mmck({ lambda: 500, mu: 1, c: 480, k: 5000 });
		for (const v of Object.values(r)) expect(Number.isFinite(v)).toBe(true);
	});
	it('rejects K < c and invalid inputs', () => {
		expect(() => mmck({ lambda: 1, mu: 1, c: 3, k: 2 })).toThrow(RangeError);
		expect(() => mmck({ lambda: -1, mu: 1, c: 1, k: 2 })).toThrow(RangeError);
	});
});
