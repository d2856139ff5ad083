import { describe, expect, it } from 'vitest';
import { proportionInterval, wilsonInterval } from './proportion-interval';
import { ratioInterval } from './ratio-interval';
import { tQuantile975 } from './student-t';

describe('Wilson score interval', () => {
	it('0 successes: [0, z²/(n + z²)]', () => {
		const { low, high } = wilsonInterval(0, 10, 1.96);
		expect(low).toBe(0);
		expect(high).toBeCloseTo(1.96 ** 2 / (10 + 1.96 ** 2), 12);
	});
	it('all successes: [n/(n + z²), 1]', () => {
		const { low, high } = wilsonInterval(1, 10, 1.96);
		expect(high).toBe(1);
		expect(low).toBeCloseTo(10 / (10 + 1.96 ** 2), 12);
	});
	it('matches the textbook value for 50 of 100 (Newcombe 1998: 0.4038–0.5962)', () => {
		const { low, high } = wilsonInterval(0.5, 100, 1.959964);
		expect(low).toBeCloseTo(0.4038, 4);
		expect(high).toBeCloseTo(0.5962, 4);
	});
	it('small n stays inside [0, 1] and contains p̂', () => {
		for (const n of [1, 2, 3, 5])
			for (let k = 0; k <= n; k++) {
				const { low, high } = wilsonInterval(k / n, n, 2.5);
				expect(low).toBeGreaterThanOrEqual(0);
				expect(high).toBeLessThanOrEqual(1);
				expect(low).toBeLessThanOrEqual(k / n);
				expect(high).toBeGreaterThanOrEqual(k / n);
			}
	});
	it('refuses nonsense', () => {
		expect(wilsonInterval(0.5, 0, 1.96).low).toBeNaN();
		expect(wilsonInterval(1.5, 10, 1.96).high).toBeNaN();
	});
});

describe('interval of a share across replications', () => {
	it('a rare share with spread stays ≥ 0 where the symmetric interval goes negative', () => {
		const values = [0, 0, 0.02, 0, 0.001, 0, 0, 0.03];
		const weights = [400, 380, 410, 390, 420, 400, 395, 405];
		const symmetric = ratioInterval(values, weights);
		expect(symmetric.low).toBeLessThan(0);
		const ci = proportionInterval(values, weights);
		expect(ci.mean).toBeCloseTo(symmetric.mean, 15);
		expect(ci.low).toBeGreaterThanOrEqual(0);
		expect(ci.low).toBeLessThan(ci.mean);
		expect(ci.high).toBeGreaterThan(symmetric.high * 0.9);
	});

	it('a share near 1 stays ≤ 1', () => {
		const values = [1, 0.97, 1, 1, 0.99];
		const ci = proportionInterval(values, [50, 50, 50, 50, 50]);
		expect(ci.high).toBeLessThanOrEqual(1);
		expect(ci.low).toBeLessThan(ci.mean);
	});

	it('a share well inside (0, 1) with many customers agrees with the symmetric interval', () => {
		const values = [0.41, 0.45, 0.39, 0.44, 0.42, 0.4, 0.43, 0.46, 0.38, 0.42];
		const weights = values.map(() => 1000);
		const a = ratioInterval(values, weights);
		const b = proportionInterval(values, weights);
		expect(b.low).toBeCloseTo(a.low, 3);
		expect(b.high).toBeCloseTo(a.high, 3);
	});

	it('no event in any replication: pooled Wilson for customer shares, the point for time shares', () => {
		const values = [0, 0, 0];
		const weights = [100, 200, 100];
		const t = tQuantile975(2);
		const ci = proportionInterval(values, weights);
		expect(ci).toEqual({ mean: 0, low: 0, high: (t * t) / (400 + t * t) });
		expect(proportionInterval(values, weights, 3, false)).toEqual({ mean: 0, low: 0, high: 0 });
		const all = proportionInterval([1, 1, 1], weights);
		expect(all.high).toBe(1);
		expect(all.low).toBeCloseTo(400 / (400 + t * t), 12);
	});

	it('one replication: the point; none: NaN; NaN entries left out', () => {
		expect(proportionInterval([0.3], [10])).toEqual({ mean: 0.3, low: 0.3, high: 0.3 });
		expect(proportionInterval([NaN], [10]).mean).toBeNaN();
		expect(proportionInterval([0.3, NaN], [10, 5])).toEqual({ mean: 0.3, low: 0.3, high: 0.3 });
	});
});
