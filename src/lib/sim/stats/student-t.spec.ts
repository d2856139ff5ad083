import { describe, expect, it } from 'vitest';
import { lnBeta, tQuantile, tQuantile975 } from './student-t';

// Quantiles from mpmath (40 digits, root of the exact CDF via the incomplete beta function).
const REFERENCE: [number, number, number][] = [
	[0.975, 3, 3.1824463052837086],
	[0.975, 4.5, 2.658912347204403],
	[0.95, 10, 1.8124611228116758],
	[0.99, 7, 2.9979515668685277],
	[0.9999, 2.5, 34.86796932111631],
	[0.6, 15, 0.2578853009372611],
	[0.999999, 1.5, 5219.469324606886],
	[0.975, 1000, 1.962339080826408],
	[0.995, 250000, 2.575848969880652]
];

describe('tQuantile975', () => {
	it('matches the printed table of two-sided 95 % critical values', () => {
		expect(tQuantile975(1)).toBeCloseTo(12.706205, 6);
		expect(tQuantile975(2)).toBeCloseTo(4.302653, 6);
		expect(tQuantile975(9)).toBeCloseTo(2.262157, 6);
		expect(tQuantile975(29)).toBeCloseTo(2.04523, 6);
		expect(tQuantile975(49)).toBeCloseTo(2.009575, 6);
		expect(tQuantile975(199)).toBeCloseTo(1.971957, 6);
		expect(tQuantile975(Infinity)).toBeCloseTo(1.959964, 6);
	});

	it('decreases towards the normal value as df grows, memoised or not', () => {
		let last = Infinity;
		for (const df of [1, 2, 3, 5, 10, 30, 100, 999, 1000, 1001, 5000, 1e6, 1e9]) {
			const t = tQuantile975(df);
			expect(t).toBeLessThan(last);
			expect(t).toBeGreaterThan(1.959963984540054);
			last = t;
		}
		expect(tQuantile975(12)).toBe(tQuantile975(12));
		expect(tQuantile975(12.5)).toBeCloseTo(tQuantile(0.975, 12.5), 15);
	});
});

describe('tQuantile', () => {
	it('matches high-precision quantiles to 1e-11 relative, integer and fractional df', () => {
		for (const [p, df, t] of REFERENCE) expect(Math.abs(tQuantile(p, df) - t) / t).toBeLessThan(1e-11);
	});

	it('is antisymmetric and 0 at the median', () => {
		for (const df of [1, 2, 3.3, 8, 40, 2e5]) {
			expect(tQuantile(0.5, df)).toBe(0);
			// 2^-27 keeps 1 − p exact; elsewhere 1 − p rounds by ≤ 1e-16.
			for (const p of [2 ** -27, 0.01, 0.2, 0.45]) {
				const t = tQuantile(p, df);
				expect(Math.abs(t + tQuantile(1 - p, df))).toBeLessThanOrEqual(1e-12 * Math.abs(t));
			}
		}
	});

	it('uses the closed forms for 1 and 2 degrees of freedom', () => {
		expect(tQuantile(0.75, 1)).toBeCloseTo(1, 14);
		expect(tQuantile(0.9, 2)).toBeCloseTo(1.8856180831641267, 14);
	});

	it('is continuous across the switch to the large-df expansion', () => {
		const below = tQuantile(0.975, 1e5);
		const above = tQuantile(0.975, 100001);
		expect(Math.abs(below - above)).toBeLessThan(1e-9);
	});

	it('handles the ends of the range and bad input', () => {
		expect(tQuantile(0, 5)).toBe(-Infinity);
		expect(tQuantile(1, 5)).toBe(Infinity);
		expect(tQuantile(0.5, 0)).toBeNaN();
		expect(tQuantile(1.2, 5)).toBeNaN();
		expect(tQuantile(0.975, Infinity)).toBeCloseTo(1.959963984540054, 14);
	});
});

describe('lnBeta', () => {
	it('matches lnΓ(p) + lnΓ(q) − lnΓ(p + q) without cancellation for large arguments', () => {
		expect(lnBeta(0.5, 0.5)).toBeCloseTo(Math.log(Math.PI), 14);
		expect(lnBeta(3, 4)).toBeCloseTo(Math.log(1 / 60), 14);
		// B(½, q) ~ √(π/q): at q = 5·10^7, ln B = −8.2914… (mpmath: −8.291401836271510).
		expect(lnBeta(0.5, 5e7)).toBeCloseTo(-8.29140183627151, 13);
	});
});
