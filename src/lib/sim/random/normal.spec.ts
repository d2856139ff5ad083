import { describe, expect, it } from 'vitest';
import { normalCdf, normalPdf, normalQuantile, normalSurvival } from './normal';

/** Relative error, with |expected| floored at tiny to compare zeros. */
function rel(actual: number, expected: number): number {
	return Math.abs(actual - expected) / Math.max(Math.abs(expected), 1e-300);
}

// Reference values: mpmath at 40 significant digits (ncdf; quantiles by root finding on ln Φ).
const CDF: [number, number][] = [
	[-37, 5.725571222524577e-300],
	[-20, 2.7536241186062337e-89],
	[-8, 6.220960574271784e-16],
	[-5.657, 7.702088172177601e-9],
	[-3, 0.0013498980316300946],
	[-1.96, 0.024997895148220435],
	[-0.6744, 0.2500285213729406],
	[-0.3, 0.3820885778110474],
	[0, 0.5],
	[0.5, 0.6914624612740131],
	[0.6745, 0.7500032571363008],
	[1, 0.8413447460685429],
	[1.96, 0.9750021048517795],
	[3, 0.9986501019683699],
	[5, 0.9999997133484281],
	[6, 0.9999999990134123]
];
const QUANTILE: [number, number][] = [
	[1e-300, -37.0470962993612],
	[1e-20, -9.262340089798407],
	[1e-10, -6.361340902404057],
	[1e-5, -4.264890793922825],
	[0.001, -3.0902323061678136],
	[0.02, -2.053748910631823],
	[0.075, -1.439531470938456],
	[0.3, -0.5244005127080408],
	[0.6, 0.2533471031357997],
	[0.924, 1.4325027208258119],
	[0.975, 1.9599639845400538],
	[0.999, 3.090232306167813],
	[0.9999999999, 6.361340889697422]
];

describe('normalCdf (Cody)', () => {
	it('matches high-precision values to ~1e-15 relative, tails included', () => {
		for (const [z, p] of CDF) expect(rel(normalCdf(z), p)).toBeLessThan(2e-15);
	});

	it('is exactly ½ at 0, symmetric, monotone, and NaN-safe', () => {
		expect(normalCdf(0)).toBe(0.5);
		for (let z = -6; z <= 6; z += 0.37) expect(Math.abs(normalCdf(z) + normalCdf(-z) - 1)).toBeLessThan(2e-16);
		let last = 0;
		for (let z = -10; z <= 10; z += 0.01) {
			const p = normalCdf(z);
			expect(p).toBeGreaterThanOrEqual(last);
			last = p;
		}
		expect(normalCdf(NaN)).toBeNaN();
		expect(normalCdf(-Infinity)).toBe(0);
		expect(normalCdf(Infinity)).toBe(1);
	});

	it('gives the upper tail without cancellation', () => {
		expect(rel(normalSurvival(8), 6.220960574271784e-16)).toBeLessThan(2e-15);
		expect(rel(normalSurvival(20), 2.7536241186062337e-89)).toBeLessThan(2e-15);
	});

	it('has the right density', () => {
		expect(normalPdf(0)).toBeCloseTo(0.3989422804014327, 15);
		expect(rel(normalPdf(3), 0.0044318484119380075)).toBeLessThan(1e-15);
	});
});

describe('normalQuantile (Wichura AS241)', () => {
	it('matches high-precision values to ~1e-15 relative', () => {
		for (const [p, z] of QUANTILE) expect(rel(normalQuantile(p), z)).toBeLessThan(2e-15);
	});

	it('round-trips with normalCdf', () => {
		for (let i = 1; i < 1000; i++) {
			const p = i / 1000;
			expect(Math.abs(normalCdf(normalQuantile(p)) - p)).toBeLessThan(2e-16 + 2e-15 * p);
		}
		// In the far tail one ulp of z moves Φ by a factor ~ z²·1e-16 (≈ 1.4e-13 at z = −37).
		for (const p of [1e-300, 1e-100, 1e-30, 1e-12]) expect(rel(normalCdf(normalQuantile(p)), p)).toBeLessThan(5e-13);
	});

	it('handles the ends of [0, 1] and bad input', () => {
		expect(normalQuantile(0)).toBe(-Infinity);
		expect(normalQuantile(1)).toBe(Infinity);
		expect(normalQuantile(0.5)).toBe(0);
		expect(normalQuantile(-0.1)).toBeNaN();
		expect(normalQuantile(NaN)).toBeNaN();
	});
});
