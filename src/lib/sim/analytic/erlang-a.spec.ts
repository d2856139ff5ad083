import { describe, expect, it } from 'vitest';
import { erlangA } from './erlang-a';
import { mmc } from './erlang';

describe('Erlang A (EA-1: λ 100/h, E[S] 3 min, c 5, mean patience 2 min), minutes', () => {
	const r = erlangA({ lambda: 100 / 60, mu: 1 / 3, c: 5, theta: 1 / 2 });
	it('matches the published figures', () => {
		expect(r.stable).toBe(true);
		expect(r.probAbandon).toBeCloseTo(0.1924, 4);
		expect(r.wq).toBeCloseTo(0.3847, 4);
		expect(r.probWait).toBeCloseTo(0.5171, 4);
		expect(r.servedShare).toBeCloseTo(1 - r.probAbandon, 14);
	});
	it('served flow equals busy servers × μ (flow balance)', () => {
		expect((100 / 60) * r.servedShare).toBeCloseTo((1 / 3) * 5 * r.utilisation, 12);
	});
});

describe('Erlang A families', () => {
	it('tends to Erlang C as patience becomes infinite (θ → 0), when stable', () => {
		for (const [lambda, c] of [
			[0.8, 1],
			[5, 6],
			[45, 50]
		]) {
			const m = mmc({ lambda, mu: 1, c });
			const a = erlangA({ lambda, mu: 1, c, theta: 1e-9 });
			expect(a.probWait).toBeCloseTo(m.probWait, 6);
			expect(a.wq).toBeCloseTo(m.wq, 5);
			expect(a.probAbandon).toBeLessThan(1e-7);
			const exact = erlangA({ lambda, mu: 1, c, theta: 0 });
			expect(exact.probWait).toBeCloseTo(m.probWait, 12);
			expect(exact.wq).toBeCloseTo(m.wq, 10);
			expect(exact.l).toBeCloseTo(m.l, 10);
		}
	});
	it('with θ = μ the system behaves as M/M/∞: N is Poisson(a)', () => {
		const a = 7.3;
		const c = 5;
		const r = erlangA({ lambda: a, mu: 1, c, theta: 1 });
		let below = 0;
		let term = Math.exp(-a);
		for (let n = 0; n < c; n++) {
			below += term;
			term *= a / (n + 1);
		}
		expect(r.l).toBeCloseTo(a, 10);
		expect(r.probWait).toBeCloseTo(1 - below, 12);
	});
	it('stays stable in overload: abandonment absorbs the excess', () => {
		const r = erlangA({ lambda: 20, mu: 1, c: 10, theta: 0.5 });
		expect(r.stable).toBe(true);
		// At most cμ = 10 per time unit can be served, so at least half must abandon.
		expect(r.probAbandon).toBeGreaterThanOrEqual(0.5);
		expect(r.utilisation).toBeLessThanOrEqual(1);
		expect(Number.isFinite(r.wq)).toBe(true);
	});
	it('more patience means fewer abandon but longer waits', () => {
		const impatient = erlangA({ lambda: 5, mu: 1, c: 5, theta: 1 });
		const patient = erlangA({ lambda: 5, mu: 1, c: 5, theta: 0.1 });
		expect(patient.probAbandon).toBeLessThan(impatient.probAbandon);
		expect(patient.wq).toBeGreaterThan(impatient.wq);
	});
	it('handles a large centre without overflow', () => {
		const r = erlangA({ lambda: 1000, mu: 1, c: 980, theta: 0.2 });
		expect(r.stable).toBe(true);
		for (const v of [r.probWait, r.probAbandon, r.wq, r.lq, r.l, r.utilisation]) expect(Number.isFinite(v)).toBe(true);
		expect(r.probWait).toBeGreaterThan(0);
		expect(r.probWait).toBeLessThan(1);
	});
});

describe('Erlang A edge cases', () => {
	it('flags θ = 0 overload as unstable with Infinity, never NaN', () => {
		const r = erlangA({ lambda: 6, mu: 1, c: 6, theta: 0 });
		expect(r.stable).toBe(false);
		expect(r.wq).toBe(Infinity);
		expect(Object.values(r).some((v) => Number.isNaN(v))).toBe(false);
	});
	it('no arrivals: nothing happens', () => {
		expect(erlangA({ lambda: 0, mu: 1, c: 2, theta: 1 })).toMatchObject({ probAbandon: 0, wq: 0, probWait: 0 });
	});
	it('refuses (quickly) a near-infinite patience in overload instead of hanging', () => {
		expect(() => erlangA({ lambda: 2, mu: 1, c: 1, theta: 1e-12 })).toThrow(RangeError);
	});
	it('rejects invalid inputs', () => {
		expect(() => erlangA({ lambda: 1, mu: 1, c: 1, theta: -1 })).toThrow(RangeError);
		expect(() => erlangA({ lambda: 1, mu: 1, c: 0, theta: 1 })).toThrow(RangeError);
	});
});
