import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalQuantile } from '../random/normal';
import { streamFor } from '../random/stream';
import { meanInterval, Welford } from './interval';

describe('meanInterval', () => {
	it('computes mean ± t·s/√n by hand', () => {
		// Values 1…5: mean 3, s² = 2.5, t₀.₉₇₅(4) = 2.7764451051977987.
		const ci = meanInterval([1, 2, 3, 4, 5]);
		const half = (2.7764451051977987 * Math.sqrt(2.5)) / Math.sqrt(5);
		expect(ci.mean).toBe(3);
		expect(ci.low).toBeCloseTo(3 - half, 12);
		expect(ci.high).toBeCloseTo(3 + half, 12);
	});

	it('uses only the first count values when given', () => {
		const values = new Float64Array([2, 4, 99, 99]);
		const ci = meanInterval(values, 2);
		expect(ci.mean).toBe(3);
		expect(ci.high - ci.mean).toBeCloseTo(12.706204736174698 * Math.sqrt(2) / Math.sqrt(2), 10);
	});

	it('is degenerate for one value and NaN for none', () => {
		expect(meanInterval([7])).toEqual({ mean: 7, low: 7, high: 7 });
		const empty = meanInterval([]);
		expect(empty.mean).toBeNaN();
		expect(empty.low).toBeNaN();
		expect(empty.high).toBeNaN();
		expect(() => meanInterval([1, 2], 3)).toThrow(RangeError);
	});

	it('has a zero-width interval for identical values, and stays accurate for large offsets', () => {
		expect(meanInterval([4, 4, 4])).toEqual({ mean: 4, low: 4, high: 4 });
		const ci = meanInterval([1e9 + 1, 1e9 + 2, 1e9 + 3]);
		expect(ci.mean).toBe(1e9 + 2);
		expect(ci.high - ci.mean).toBeCloseTo(4.302652729749464 * 1 / Math.sqrt(3), 6);
	});

	it('covers the true mean about 95 % of the time (2000 experiments of 5 normal values)', () => {
		const s = streamFor(31337);
		let covered = 0;
		const values = new Float64Array(5);
		for (let e = 0; e < 2000; e++) {
			for (let i = 0; i < 5; i++) values[i] = 10 + 3 * normalQuantile(s.next());
			const ci = meanInterval(values);
			if (ci.low <= 10 && 10 <= ci.high) covered++;
		}
		// Binomial(2000, 0.95): sd ≈ 9.7 experiments; allow ±4 sd.
		expect(covered).toBeGreaterThan(1900 - 39);
		expect(covered).toBeLessThan(1900 + 39);
	});
});

describe('Welford', () => {
	it('matches the two-pass mean and sample variance', () => {
		fc.assert(
			fc.property(fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 2, maxLength: 200 }), (xs) => {
				const w = new Welford();
				for (const x of xs) w.add(x);
				const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
				const variance = xs.reduce((a, b) => a + (b - mean) ** 2, 0) / (xs.length - 1);
				expect(w.count).toBe(xs.length);
				expect(Math.abs(w.mean - mean)).toBeLessThanOrEqual(1e-9 * (1 + Math.abs(mean)));
				expect(Math.abs(w.variance - variance)).toBeLessThanOrEqual(1e-7 * (1 + variance));
				const ci = meanInterval(xs);
				const wi = w.interval();
				expect(Math.abs(wi.high - ci.high)).toBeLessThanOrEqual(1e-6 * (1 + Math.abs(ci.high)));
			}),
			{ seed: 3, numRuns: 200 }
		);
	});

	it('merges two accumulators into the one for all values', () => {
		fc.assert(
			fc.property(
				fc.array(fc.double({ min: -1e3, max: 1e3, noNaN: true }), { maxLength: 50 }),
				fc.array(fc.double({ min: -1e3, max: 1e3, noNaN: true }), { maxLength: 50 }),
				(xs, ys) => {
					const a = new Welford();
					const b = new Welford();
					const all = new Welford();
					for (const x of xs) {
						a.add(x);
						all.add(x);
					}
					for (const y of ys) {
						b.add(y);
						all.add(y);
					}
					a.merge(b);
					expect(a.count).toBe(all.count);
					if (all.count > 0) expect(Math.abs(a.mean - all.mean)).toBeLessThanOrEqual(1e-9);
					expect(Math.abs(a.variance - all.variance)).toBeLessThanOrEqual(1e-7 * (1 + all.variance));
				}
			),
			{ seed: 4, numRuns: 200 }
		);
	});

	it('reports NaN mean and zero variance when (nearly) empty, and resets', () => {
		const w = new Welford();
		expect(w.mean).toBeNaN();
		expect(w.variance).toBe(0);
		w.add(5);
		expect(w.mean).toBe(5);
		expect(w.variance).toBe(0);
		expect(w.interval()).toEqual({ mean: 5, low: 5, high: 5 });
		w.add(7);
		expect(w.variance).toBe(2);
		expect(w.stdDev).toBeCloseTo(Math.SQRT2, 15);
		w.reset();
		expect(w.count).toBe(0);
		expect(w.mean).toBeNaN();
	});
});
