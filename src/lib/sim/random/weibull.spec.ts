import { describe, expect, it } from 'vitest';
import { gammaFn } from './gamma-function';
import { WeibullSampler, weibullShapeForCv } from './weibull';

// Shape k for a given cv: mpmath (40 digits), bisection on lnΓ(1+2/k) − 2lnΓ(1+1/k) = ln(1+cv²).
const SHAPES: [number, number][] = [
	[1e-6, 1282549.0993994887],
	[0.001, 1281.81966100804],
	[0.01, 127.53015331439185],
	[0.0128, 99.47603507758518],
	[0.05, 24.94977517665567],
	[0.3, 3.713772366429605],
	[0.5, 2.1013490946885436],
	[1, 1.0],
	[2, 0.5426925612864534],
	[5, 0.31134072842432564],
	[20, 0.18660586088338502]
];

describe('weibullShapeForCv', () => {
	it('solves cv² = Γ(1+2/k)/Γ(1+1/k)² − 1 to 1e-10 relative, from nearly constant to very variable', () => {
		for (const [cv, k] of SHAPES) expect(Math.abs(weibullShapeForCv(cv) - k) / k).toBeLessThan(1e-10);
	});

	it('gives exactly shape 1 (the exponential) for cv = 1 to rounding', () => {
		expect(weibullShapeForCv(1)).toBeCloseTo(1, 14);
	});

	it('is decreasing in cv', () => {
		let last = Infinity;
		for (let cv = 0.01; cv < 30; cv *= 1.1) {
			const k = weibullShapeForCv(cv);
			expect(k).toBeLessThan(last);
			last = k;
		}
	});
});

describe('WeibullSampler', () => {
	it('scales so that the mean is the requested one: λ·Γ(1 + 1/k) = mean', () => {
		for (const cv of [0.1, 0.7, 1, 2.5]) {
			const s = new WeibullSampler(6, cv);
			expect(s.scale * gammaFn(1 + 1 / s.shape)).toBeCloseTo(6, 12);
		}
	});

	it('has the closed-form median λ·(ln 2)^{1/k}', () => {
		const s = new WeibullSampler(4, 0.4);
		expect(s.quantile(0.5)).toBeCloseTo(s.scale * Math.pow(Math.LN2, 1 / s.shape), 13);
	});
});
