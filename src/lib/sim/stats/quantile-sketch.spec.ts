import { describe, expect, it } from 'vitest';
import { EXACT_LIMIT, QuantileSketch, SKETCH_RELATIVE_ERROR } from './quantile-sketch';
import { percentile } from './percentile';
import { streamFor } from '../random/stream';

/** n seeded values: a share of exact zeros, the rest exponential-like over several decades. */
function values(n: number, seed: number, zeroShare = 0.3): Float64Array {
	const s = streamFor(seed, 1);
	const v = new Float64Array(n);
	for (let i = 0; i < n; i++) v[i] = s.next() < zeroShare ? 0 : -Math.log(s.next()) * 10 ** (3 * s.next() - 1);
	return v;
}

function exactQuantile(v: Float64Array, p: number): number {
	return percentile(v.slice(), v.length, p);
}

describe('quantile sketch', () => {
	it('is exact up to the limit, and says so', () => {
		const v = values(EXACT_LIMIT, 3);
		const q = new QuantileSketch();
		for (const x of v) q.add(x);
		expect(q.exact).toBe(true);
		for (const p of [0, 0.1, 0.5, 0.9, 0.99, 1]) expect(q.quantile(p)).toBe(exactQuantile(v, p));
	});

	it('beyond the limit stays within the stated relative error (≤ 0.5 %) of the exact percentile', () => {
		expect(SKETCH_RELATIVE_ERROR).toBeLessThanOrEqual(0.005);
		for (const seed of [1, 2]) {
			const v = values(3 * EXACT_LIMIT + 17, seed);
			const q = new QuantileSketch();
			for (const x of v) q.add(x);
			expect(q.exact).toBe(false);
			expect(q.count).toBe(v.length);
			for (const p of [0.05, 0.25, 0.5, 0.75, 0.9, 0.95, 0.999, 1]) {
				const exact = exactQuantile(v, p);
				const est = q.quantile(p);
				expect(Math.abs(est - exact)).toBeLessThanOrEqual(SKETCH_RELATIVE_ERROR * exact + 1e-12);
			}
			// the 10th percentile falls among the zeros: exactly zero
			expect(q.quantile(0.1)).toBe(0);
		}
	});

	it('the error bound is tight enough to notice a wrong bucket: a constant is reproduced within it', () => {
		const q = new QuantileSketch();
		for (let i = 0; i < EXACT_LIMIT + 10; i++) q.add(7.3);
		const est = q.quantile(0.9);
		expect(Math.abs(est - 7.3) / 7.3).toBeLessThanOrEqual(SKETCH_RELATIVE_ERROR);
		expect(est).not.toBe(7.3);
	});

	it('resets to exact mode with no values, and is empty → NaN', () => {
		const q = new QuantileSketch();
		expect(q.quantile(0.9)).toBeNaN();
		for (let i = 0; i < EXACT_LIMIT + 5; i++) q.add(i);
		expect(q.exact).toBe(false);
		q.reset();
		expect(q.exact).toBe(true);
		expect(q.count).toBe(0);
		expect(q.quantile(0.5)).toBeNaN();
		for (const x of [4, 1, 3, 2]) q.add(x);
		expect(q.quantile(0.5)).toBe(2.5);
		// and a second switch to the histogram starts from clean counts
		for (let i = 0; i < EXACT_LIMIT; i++) q.add(1000);
		expect(Math.abs(q.quantile(0.5) - 1000) / 1000).toBeLessThanOrEqual(SKETCH_RELATIVE_ERROR);
	});

	it('tiny and huge values land in the end buckets without error', () => {
		const q = new QuantileSketch();
		for (let i = 0; i < EXACT_LIMIT; i++) q.add(1e-12);
		for (let i = 0; i < 10; i++) q.add(1e15);
		expect(q.quantile(0.5)).toBeLessThan(1e-6);
		expect(q.quantile(1)).toBeGreaterThan(1e11);
	});
});
