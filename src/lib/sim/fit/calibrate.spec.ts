import { describe, expect, it } from 'vitest';
import { normalQuantile } from '../random/normal';
import { streamFor } from '../random/stream';
import { calibrateSatisfaction, type SurveyResponse } from './calibrate';

// answers drawn from the model itself with known parameters
function survey(n: number, seed: number): SurveyResponse[] {
	const st = streamFor(seed, 3);
	const truth = { baseline: 1.1, zone: 0.8, beyond: 0.5, D: 3, A: 10, tau: [-1.3, -0.9, -0.5, 0], s: 0.4, mult: 1.36, unresolved: 0.9 };
	const out: SurveyResponse[] = [];
	for (let i = 0; i < n; i++) {
		const wait = -8 * Math.log(1 - st.next());
		const f = Math.exp(truth.s * normalQuantile(st.next()) - (truth.s * truth.s) / 2);
		const A = truth.A * f;
		const D = truth.D * f;
		const P = truth.mult * wait;
		const pen = Math.min(2.5, truth.zone * (P <= D ? 0 : P >= A ? 1 : (P - D) / (A - D)) + truth.beyond * (P > A ? (P - A) / A : 0));
		const resolved = st.next() < 0.85;
		const mu = truth.baseline - pen - (resolved ? 0 : truth.unresolved);
		const y = mu + normalQuantile(st.next());
		const csat = 1 + truth.tau.filter((t) => y > t).length;
		out.push({ wait, csat, recommend: null, resolved });
	}
	return out;
}

describe('calibrateSatisfaction', () => {
	it('recovers the parameters that generated the answers and beats the default model', () => {
		const r = calibrateSatisfaction(survey(4000, 1));
		expect(r.csatResponses).toBe(4000);
		expect(r.logLikelihood).toBeGreaterThan(r.defaultLogLikelihood + 20);
		expect(Math.abs(r.params.baseline - 1.1)).toBeLessThan(0.15);
		expect(Math.abs(r.params.unresolved! - 0.9)).toBeLessThan(0.2);
		expect(Math.abs(r.params.cutpoints![0] - -1.3)).toBeLessThan(0.15);
		// the wait effect: the penalty at 20 perceived minutes, (zone + beyond·(20 − A)/A), near the truth's 0.8 + 0.5
		const at20 = r.params.zonePenalty + r.params.beyondPenalty * Math.max(0, (20 - r.tolerance.adequate) / r.tolerance.adequate);
		expect(Math.abs(at20 - 1.3)).toBeLessThan(0.35);
		// predicted CSAT by wait band follows the observed one
		for (const b of r.bands) expect(Math.abs(b.predictedCsat - b.observedCsat!)).toBeLessThan(0.05);
		expect(r.bands.length).toBe(5);
	});
});
