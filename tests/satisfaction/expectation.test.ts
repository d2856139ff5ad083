// The theory version of the model (satisfaction/expectation.ts) against a direct Monte Carlo
// of the same definition — with the tolerance spread and a share unresolved — and the table
// the KPIs read CSAT, top-box and NPS from (satisfaction/table.ts) against the exact values.
import { describe, expect, it } from 'vitest';
import { expectedSatisfaction, latentScore, predictCustomer, resolveSatisfaction, toleranceFactor } from '../../src/lib/sim/index';
import { F_RESOLVED, F_SERVED } from '../../src/lib/sim/core/customers';
import { netPromoter, scoreTable } from '../../src/lib/sim/satisfaction/table';
import { drawUniform } from '../../src/lib/sim/random/draw';

describe('expectation over a zero-or-exponential wait', () => {
	it('matches a Monte Carlo of the per-customer model (spread 0.4, 80 % resolved, m 1.36)', () => {
		const p = resolveSatisfaction(undefined);
		const wait = { probWait: 0.55, rate: 0.3 };
		const e = expectedSatisfaction(wait, { tolerance: { desired: 2, adequate: 5 }, multiplier: 1.36, resolved: 0.8 });
		const n = 400_000;
		let csat = 0;
		let net = 0;
		for (let k = 0; k < n; k++) {
			const key = (k * 2654435761) | 0;
			const waits = drawUniform(key, 101, 0, 0) < wait.probWait;
			const w = waits ? -Math.log(drawUniform(key, 102, 0, 0)) / wait.rate : 0;
			const resolved = drawUniform(key, 103, 0, 0) < 0.8;
			const f = toleranceFactor(key, p.toleranceSpread);
			const mu = latentScore(
				p,
				{ perceived: 1.36 * w, flags: F_SERVED | (resolved ? F_RESOLVED : 0), transfers: 0, extraContacts: 0, overtakes: 0 },
				2 * f,
				5 * f
			);
			const c = predictCustomer(p, mu);
			csat += c.csat;
			net += c.promoter - c.detractor;
		}
		// Monte Carlo standard error of a mean of probabilities: < 0.5/√n ≈ 0.0008
		expect(Math.abs(csat / n - e.csat)).toBeLessThan(0.003);
		expect(Math.abs((100 * net) / n - e.nps)).toBeLessThan(0.4);
	});

	it('no waiting at all: exactly the no-wait prediction', () => {
		const p = resolveSatisfaction(undefined);
		const e = expectedSatisfaction({ probWait: 0, rate: 1 }, { tolerance: { desired: 2, adequate: 5 } });
		expect(e.csat).toBeCloseTo(predictCustomer(p, 0.915).csat, 12);
		expect(e.score).toBeCloseTo(predictCustomer(p, 0.915).score, 12);
	});

	it('longer waits (lower rate) and longer waits felt (higher multiplier) lower every aggregate', () => {
		const t = { tolerance: { desired: 2, adequate: 5 } };
		const a = expectedSatisfaction({ probWait: 0.5, rate: 0.5 }, t);
		const b = expectedSatisfaction({ probWait: 0.5, rate: 0.2 }, t);
		const c = expectedSatisfaction({ probWait: 0.5, rate: 0.5 }, { ...t, multiplier: 1.36 });
		for (const k of ['csat', 'topBox', 'nps', 'score'] as const) {
			expect(b[k]).toBeLessThan(a[k]);
			expect(c[k]).toBeLessThan(a[k]);
		}
	});
});

describe('the score table the KPIs read', () => {
	it('agrees with the exact probabilities to 1e-7 across the range', () => {
		const p = resolveSatisfaction(undefined);
		const t = scoreTable(p);
		for (let mu = t.lo; mu <= t.hi; mu += 0.000937) {
			const x = (mu - t.lo) * t.scale;
			const k = x | 0;
			const fr = x - k;
			const exact = predictCustomer(p, mu);
			expect(Math.abs(t.csat[k] + fr * (t.csat[k + 1] - t.csat[k]) - exact.csat)).toBeLessThan(1e-7);
			expect(Math.abs(t.topBox[k] + fr * (t.topBox[k + 1] - t.topBox[k]) - exact.topBox)).toBeLessThan(1e-7);
			expect(Math.abs(t.net[k] + fr * (t.net[k + 1] - t.net[k]) - netPromoter(p, mu))).toBeLessThan(1e-7);
		}
		expect(scoreTable(p)).toBe(t);
	});
});
