import { describe, expect, it } from 'vitest';
import { normalQuantile } from '../random/normal';
import { streamFor } from '../random/stream';
import { meanInterval } from './interval';

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
		expect(ci.high - ci.mean).toBeCloseTo((12.706204736174698 * Math.sqrt(2)) / Math.sqrt(2), 10);
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
		expect(ci.high - ci.mean).toBeCloseTo((4.302652729749464 * 1) / Math.sqrt(3), 6);
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
