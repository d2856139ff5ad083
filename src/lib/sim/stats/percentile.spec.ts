import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { streamFor } from '../random/stream';
import { GrowableFloat64, percentile } from './percentile';

/** Reference: Hyndman–Fan type 7 on a sorted copy. */
function reference(values: ArrayLike<number>, n: number, p: number): number {
	const sorted = Array.from(values)
		.slice(0, n)
		.sort((a, b) => a - b);
	const h = (n - 1) * p;
	const k = Math.floor(h);
	return k + 1 < n ? sorted[k] + (h - k) * (sorted[k + 1] - sorted[k]) : sorted[k];
}

describe('percentile (type 7, quickselect)', () => {
	it('agrees with the sort-based definition on random arrays, ties included', () => {
		fc.assert(
			fc.property(
				fc.array(fc.oneof(fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }), fc.integer({ min: 0, max: 5 })), {
					minLength: 1,
					maxLength: 3000
				}),
				fc.double({ min: 0, max: 1, noNaN: true }),
				(xs, p) => {
					const arr = Float64Array.from(xs);
					const want = reference(xs, xs.length, p);
					const got = percentile(arr, arr.length, p);
					expect(Math.abs(got - want)).toBeLessThanOrEqual(1e-9 * (1 + Math.abs(want)));
				}
			),
			{ seed: 11, numRuns: 400 }
		);
	});

	it('only looks at (and reorders) the first n entries', () => {
		fc.assert(
			fc.property(
				fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 2, maxLength: 300 }),
				fc.nat(),
				fc.double({ min: 0, max: 1, noNaN: true }),
				(xs, cut, p) => {
					const n = 1 + (cut % xs.length);
					const arr = Float64Array.from(xs);
					const tail = Array.from(arr.subarray(n));
					expect(percentile(arr, n, p)).toBeCloseTo(reference(xs, n, p), 9);
					expect(Array.from(arr.subarray(n))).toEqual(tail);
					expect(Array.from(arr.subarray(0, n)).sort((a, b) => a - b)).toEqual(xs.slice(0, n).sort((a, b) => a - b));
				}
			),
			{ seed: 12, numRuns: 300 }
		);
	});

	it('handles large arrays with many equal values (most customers wait 0)', () => {
		const s = streamFor(8);
		const n = 200000;
		const arr = new Float64Array(n);
		for (let i = 0; i < n; i++) arr[i] = s.next() < 0.7 ? 0 : -10 * Math.log(s.next());
		const sorted = Float64Array.from(arr).sort();
		for (const p of [0, 0.5, 0.69, 0.7, 0.71, 0.9, 0.95, 0.99, 1]) {
			const h = (n - 1) * p;
			const k = Math.floor(h);
			const want = k + 1 < n ? sorted[k] + (h - k) * (sorted[k + 1] - sorted[k]) : sorted[k];
			expect(percentile(arr, n, p)).toBeCloseTo(want, 10);
		}
	});

	it('gives min at p = 0, max at p = 1, interpolates between order statistics, and works on Float32Array', () => {
		expect(percentile(new Float64Array([3, 1, 2]), 3, 0)).toBe(1);
		expect(percentile(new Float64Array([3, 1, 2]), 3, 1)).toBe(3);
		expect(percentile(new Float64Array([10, 20, 30, 40]), 4, 0.5)).toBe(25);
		expect(percentile(new Float64Array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), 10, 0.9)).toBeCloseTo(9.1, 12);
		expect(percentile(new Float32Array([0.5, 1.5, 2.5]), 3, 0.25)).toBe(1);
		expect(percentile(new Float64Array([42]), 1, 0.9)).toBe(42);
	});

	it('returns NaN for no values and rejects bad n or p', () => {
		expect(percentile(new Float64Array(4), 0, 0.5)).toBeNaN();
		expect(() => percentile(new Float64Array(2), 3, 0.5)).toThrow(RangeError);
		expect(() => percentile(new Float64Array(2), 2, 1.5)).toThrow(RangeError);
		expect(() => percentile(new Float64Array(2), 2, NaN)).toThrow(RangeError);
	});
});

describe('GrowableFloat64', () => {
	it('grows by doubling and keeps every pushed value in order', () => {
		const g = new GrowableFloat64(2);
		for (let i = 0; i < 1000; i++) g.push(i * 0.5);
		expect(g.length).toBe(1000);
		expect(g.capacity).toBe(1024);
		expect(g.get(999)).toBe(499.5);
		const v = g.view();
		expect(v.length).toBe(1000);
		expect(v[10]).toBe(5);
	});

	it('reset empties the list but keeps the buffer', () => {
		const g = new GrowableFloat64(4);
		for (let i = 0; i < 10; i++) g.push(i);
		const capacity = g.capacity;
		g.reset();
		expect(g.length).toBe(0);
		expect(g.view().length).toBe(0);
		g.push(7);
		expect(g.capacity).toBe(capacity);
		expect(Array.from(g.view())).toEqual([7]);
	});

	it('feeds percentile directly through view()', () => {
		const g = new GrowableFloat64();
		for (const x of [5, 1, 4, 2, 3]) g.push(x);
		expect(percentile(g.view(), g.length, 0.5)).toBe(3);
	});

	it('clamps a silly initial capacity to at least one slot', () => {
		const g = new GrowableFloat64(0);
		g.push(1);
		g.push(2);
		expect(Array.from(g.view())).toEqual([1, 2]);
	});
});
