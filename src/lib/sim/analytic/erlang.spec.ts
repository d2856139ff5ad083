import { describe, expect, it } from 'vitest';
import { erlangB, erlangC, mmc, mmcServiceLevel, mmcWaitExceeds, mmcWaitQuantile } from './erlang';

// Reference figures from validation.md are rounded to the digits shown, so each is checked
// to half a unit of its last digit (toBeCloseTo(x, d) means |error| < 0.5·10^-d).

describe('M/M/1 (MM1-2: λ 0.8, μ 1)', () => {
	const p = { lambda: 0.8, mu: 1, c: 1 };
	it('matches the published figures', () => {
		const r = mmc(p);
		expect(r.stable).toBe(true);
		expect(r.wq).toBeCloseTo(4.0, 3);
		expect(r.probWait).toBeCloseTo(0.8, 10);
		expect(mmcWaitExceeds(p, 2)).toBeCloseTo(0.5363, 4);
	});
	it('equals the closed forms Wq = ρ/(μ−λ), W = 1/(μ−λ)', () => {
		const r = mmc(p);
		expect(r.wq).toBeCloseTo(0.8 / 0.2, 12);
		expect(r.w).toBeCloseTo(1 / 0.2, 12);
	});
});

describe('M/M/c call centre (MMC-1: λ 100/h, E[S] 3 min, c 6), minutes', () => {
	const p = { lambda: 100 / 60, mu: 1 / 3, c: 6 };
	it('matches the published figures', () => {
		const r = mmc(p);
		expect(r.probWait).toBeCloseTo(0.5875, 4);
		expect(r.wq).toBeCloseTo(1.763, 3);
		expect(mmcServiceLevel(p, 20 / 60)).toBeCloseTo(0.4743, 4);
	});
});

describe('M/M/55 published worked example (MMC-4: 360 calls / 30 min, E[S] 4 min)', () => {
	const p = { lambda: 360 / 30, mu: 1 / 4, c: 55 };
	it('matches P(wait), ASA and SL(15 s)', () => {
		const r = mmc(p);
		expect(r.a).toBeCloseTo(48, 10);
		expect(r.probWait).toBeCloseTo(0.2387, 4);
		expect(r.wq * 60).toBeCloseTo(8.184, 3);
		expect(mmcServiceLevel(p, 15 / 60)).toBeCloseTo(0.8459, 4);
	});
});

describe('Erlang B and C identities', () => {
	it('Erlang B small cases by hand: B(1,1) = 1/2, B(2,2) = 2/5, B(a,0) = 1', () => {
		expect(erlangB(1, 1)).toBeCloseTo(0.5, 14);
		expect(erlangB(2, 2)).toBeCloseTo(0.4, 14);
		expect(erlangB(3, 0)).toBe(1);
	});
	it('Erlang C with one server equals ρ', () => {
		for (const rho of [0.01, 0.3, 0.5, 0.8, 0.99]) expect(erlangC(rho, 1)).toBeCloseTo(rho, 12);
	});
	it('Erlang C with two servers equals 2ρ²/(1+ρ)', () => {
		for (const rho of [0.1, 0.5, 0.9]) expect(erlangC(2 * rho, 2)).toBeCloseTo((2 * rho * rho) / (1 + rho), 12);
	});
	it('matches the textbook sum formula computed in log space, for large c', () => {
		// C = (a^c/c!)·(c/(c−a)) / (Σ_{k<c} a^k/k! + (a^c/c!)·(c/(c−a)))
		for (const [a, c] of [
			[48, 55],
			[1900, 2000],
			[9500, 10000]
		]) {
			const logTerms: number[] = [0];
			for (let k = 1; k <= c; k++) logTerms.push(logTerms[k - 1] + Math.log(a) - Math.log(k));
			const logTop = logTerms[c] + Math.log(c / (c - a));
			const maxLog = Math.max(logTop, ...logTerms.slice(0, c));
			let sum = Math.exp(logTop - maxLog);
			for (let k = 0; k < c; k++) sum += Math.exp(logTerms[k] - maxLog);
			const expected = Math.exp(logTop - maxLog) / sum;
			expect(erlangC(a, c)).toBeCloseTo(expected, 9);
		}
	});
	it('Erlang C decreases as servers are added', () => {
		let prev = 1;
		for (let c = 11; c <= 30; c++) {
			const cw = erlangC(10, c);
			expect(cw).toBeLessThan(prev);
			prev = cw;
		}
	});
	it('satisfies Little’s law: Lq = λ·Wq, L = λ·W', () => {
		const r = mmc({ lambda: 7, mu: 0.9, c: 9 });
		expect(r.lq).toBeCloseTo(7 * r.wq, 12);
		expect(r.l).toBeCloseTo(7 * r.w, 12);
	});
	it('is unit-free: rates per hour give waits in hours', () => {
		const perMinute = mmc({ lambda: 100 / 60, mu: 1 / 3, c: 6 });
		const perHour = mmc({ lambda: 100, mu: 20, c: 6 });
		expect(perHour.wq * 60).toBeCloseTo(perMinute.wq, 10);
		expect(perHour.probWait).toBeCloseTo(perMinute.probWait, 12);
	});
});

describe('wait distribution', () => {
	const p = { lambda: 5, mu: 1, c: 6 };
	it('the q-quantile has P(Wq > t) = 1 − q', () => {
		for (const q of [0.8, 0.9, 0.95]) expect(mmcWaitExceeds(p, mmcWaitQuantile(p, q))).toBeCloseTo(1 - q, 12);
	});
	it('the quantile is 0 when that share of customers does not wait', () => {
		expect(mmcWaitQuantile(p, 0.1)).toBe(0);
	});
	it('SL(0) = 1 − P(wait)', () => {
		expect(mmcServiceLevel(p, 0)).toBeCloseTo(1 - mmc(p).probWait, 14);
	});
});

describe('edge cases', () => {
	it('no arrivals: nobody waits', () => {
		const r = mmc({ lambda: 0, mu: 1, c: 3 });
		expect(r).toMatchObject({ stable: true, probWait: 0, wq: 0, lq: 0, l: 0, w: 1 });
	});
	it('flags overload (ρ ≥ 1) with Infinity, never NaN', () => {
		for (const lambda of [6, 7, 100]) {
			const r = mmc({ lambda, mu: 1, c: 6 });
			expect(r.stable).toBe(false);
			expect(r.probWait).toBe(1);
			expect(r.wq).toBe(Infinity);
			expect(r.l).toBe(Infinity);
			expect(Object.values(r).some((v) => Number.isNaN(v))).toBe(false);
			expect(mmcServiceLevel({ lambda, mu: 1, c: 6 }, 1)).toBe(0);
			expect(mmcWaitQuantile({ lambda, mu: 1, c: 6 }, 0.9)).toBe(Infinity);
		}
		expect(erlangC(6, 6)).toBe(1);
	});
	it('rejects invalid inputs', () => {
		expect(() => mmc({ lambda: -1, mu: 1, c: 1 })).toThrow(RangeError);
		expect(() => mmc({ lambda: 1, mu: 0, c: 2 })).toThrow(RangeError);
		expect(() => mmc({ lambda: 1, mu: 1, c: 0 })).toThrow(RangeError);
		expect(() => mmc({ lambda: 1, mu: 1, c: 2.5 })).toThrow(RangeError);
		expect(() => mmc({ lambda: NaN, mu: 1, c: 2 })).toThrow(RangeError);
		expect(() => erlangB(-1, 2)).toThrow(RangeError);
		expect(() => mmcWaitQuantile({ lambda: 1, mu: 1, c: 2 }, 1)).toThrow(RangeError);
	});
});
