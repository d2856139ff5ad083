import { describe, expect, it } from 'vitest';
import { makeSampler } from '../random/distribution';
import { streamFor } from '../random/stream';
import type { Distribution } from '../model/scenario';
import { digamma, fitDistributions, gammaShapeMle, qqPoints, trigamma } from './fit';
import { exponentialPatience } from './patience';

function sample(d: Distribution, n: number, seed: number): number[] {
	const s = makeSampler(d);
	const st = streamFor(seed, 7);
	return Array.from({ length: n }, () => s.quantile(st.next()));
}

describe('special functions', () => {
	it('digamma and trigamma at known points', () => {
		expect(digamma(1)).toBeCloseTo(-0.5772156649, 9);
		expect(digamma(0.5)).toBeCloseTo(-1.963510026, 9);
		expect(trigamma(1)).toBeCloseTo(Math.PI ** 2 / 6, 9);
	});
	it('the gamma shape MLE inverts ln a − ψ(a)', () => {
		for (const a of [0.3, 1, 2.5, 40]) expect(gammaShapeMle(Math.log(a) - digamma(a))).toBeCloseTo(a, 6);
	});
});

describe('fitDistributions', () => {
	const n = 5000;
	it('picks the family that generated the data on clear cases, with parameters within sampling error', () => {
		const cases: { d: Distribution; expect: string[] }[] = [
			{ d: { dist: 'gamma', mean: 6, cv: 0.5 }, expect: ['gamma', 'erlang'] },
			{ d: { dist: 'lognormal', mean: 6, cv: 1.2 }, expect: ['lognormal'] },
			{ d: { dist: 'exponential', mean: 4 }, expect: ['exponential', 'erlang', 'gamma'] },
			{ d: { dist: 'weibull', mean: 5, cv: 0.3 }, expect: ['weibull'] }
		];
		for (const [i, c] of cases.entries()) {
			const x = sample(c.d, n, 11 + i);
			const s = fitDistributions(x);
			expect(c.expect, `${c.d.dist}: best was ${s.fits[0].family}`).toContain(s.fits[0].family);
			const best = s.fits.find((f) => f.family === c.d.dist)!;
			const mean = (c.d as { mean: number }).mean;
			const cv = 'cv' in c.d ? c.d.cv : 1;
			// the mean's standard error is cv·mean/√n; allow 4 of them
			expect(Math.abs((best.distribution as { mean: number }).mean - mean)).toBeLessThan((4 * cv * mean) / Math.sqrt(n));
			if ('cv' in best.distribution && 'cv' in c.d) expect(Math.abs(best.distribution.cv - c.d.cv) / c.d.cv).toBeLessThan(0.06);
			// a correct model is close in KS: D below the 1 % critical value 1.63/√n
			expect(best.ks).toBeLessThan(1.63 / Math.sqrt(n));
		}
	});
	it('exponential beats lognormal by AIC on exponential data, and the reverse', () => {
		const e = fitDistributions(sample({ dist: 'exponential', mean: 3 }, n, 3));
		const ln = fitDistributions(sample({ dist: 'lognormal', mean: 3, cv: 1 }, n, 4));
		const aic = (s: typeof e, f: string) => s.fits.find((x) => x.family === f)!.aic;
		expect(aic(e, 'exponential')).toBeLessThan(aic(e, 'lognormal'));
		expect(aic(ln, 'lognormal')).toBeLessThan(aic(ln, 'exponential'));
		expect(aic(ln, 'lognormal')).toBeLessThan(aic(ln, 'gamma'));
	});
	it('replaces zeros for the log-based fits and says how many', () => {
		const s = fitDistributions([0, 0, 1, 2, 3, 4, 5, 6]);
		expect(s.zeros).toBe(2);
		expect(s.zeroReplacement).toBe(0.5);
		expect(s.fits.length).toBeGreaterThan(3);
	});
	it('offers only the empirical choice for fewer than 2 distinct values', () => {
		const s = fitDistributions([3, 3, 3]);
		expect(s.fits).toEqual([]);
		expect(s.empirical).toEqual({ dist: 'empirical', values: [3, 3, 3] });
	});
	it('Q–Q points of the true distribution lie near the diagonal', () => {
		const d: Distribution = { dist: 'gamma', mean: 5, cv: 0.7 };
		const pts = qqPoints(sample(d, 2000, 9), d, 50);
		const mid = pts.filter((p) => p.theoretical > 1 && p.theoretical < 10);
		for (const p of mid) expect(Math.abs(p.observed - p.theoretical) / p.theoretical).toBeLessThan(0.15);
	});
});

describe('exponentialPatience', () => {
	it('recovers the mean patience from censored waits (MLE: exposure ÷ abandoned)', () => {
		const st = streamFor(5, 1);
		const waits: number[] = [];
		const ab: boolean[] = [];
		for (let i = 0; i < 20000; i++) {
			const patience = -12 * Math.log(1 - st.next());
			const needed = -6 * Math.log(1 - st.next());
			waits.push(Math.min(patience, needed));
			ab.push(patience < needed);
		}
		const p = exponentialPatience(waits, ab);
		expect(p.mean!).toBeGreaterThan(p.low!);
		expect(p.low!).toBeLessThan(12);
		expect(p.high!).toBeGreaterThan(12);
		expect(Math.abs(p.mean! - 12)).toBeLessThan(0.6);
	});
	it('gives no patience when nobody abandoned', () => {
		expect(exponentialPatience([1, 2], [false, false]).mean).toBeNull();
	});
});
