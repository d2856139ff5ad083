import { describe, expect, it } from 'vitest';
import { allenCunneen, mg1 } from './mg1';
import { mmc } from './erlang';

describe('Pollaczek–Khinchine M/G/1', () => {
	it('MG1-1: M/D/1 at ρ 0.8, E[S] 1 waits 2.000', () => {
		expect(mg1({ lambda: 0.8, meanService: 1, cs2: 0 }).wq).toBeCloseTo(2.0, 3);
	});
	it('MG1-6: lognormal with cs² = 1 at ρ 0.8, E[S] 1 waits 4.000', () => {
		expect(mg1({ lambda: 0.8, meanService: 1, cs2: 1 }).wq).toBeCloseTo(4.0, 3);
	});
	it('with cs² = 1 equals M/M/1 for any load and unit', () => {
		for (const [lambda, es] of [
			[0.1, 2],
			[0.5, 1],
			[3, 0.3]
		]) {
			const g = mg1({ lambda, meanService: es, cs2: 1 });
			const m = mmc({ lambda, mu: 1 / es, c: 1 });
			expect(g.wq).toBeCloseTo(m.wq, 12);
			expect(g.l).toBeCloseTo(m.l, 12);
		}
	});
	it('deterministic service halves the M/M/1 wait; Little’s law holds', () => {
		const d = mg1({ lambda: 0.7, meanService: 1, cs2: 0 });
		expect(d.wq).toBeCloseTo(mmc({ lambda: 0.7, mu: 1, c: 1 }).wq / 2, 12);
		expect(d.lq).toBeCloseTo(0.7 * d.wq, 12);
	});
	it('flags overload with Infinity, never NaN', () => {
		const r = mg1({ lambda: 1, meanService: 1, cs2: 0.5 });
		expect(r.stable).toBe(false);
		expect(r.wq).toBe(Infinity);
		expect(() => mg1({ lambda: 1, meanService: 1, cs2: -1 })).toThrow(RangeError);
	});
});

describe('Allen–Cunneen G/G/c (approximate)', () => {
	it('is labelled approximate', () => {
		expect(allenCunneen({ lambda: 5, mu: 1, c: 6, ca2: 0.5, cs2: 0.5 }).approximate).toBe(true);
	});
	it('with Poisson arrivals and exponential service equals M/M/c exactly', () => {
		const m = mmc({ lambda: 5, mu: 1, c: 6 });
		const g = allenCunneen({ lambda: 5, mu: 1, c: 6, ca2: 1, cs2: 1 });
		expect(g.wq).toBeCloseTo(m.wq, 12);
		expect(g.l).toBeCloseTo(m.l, 12);
	});
	it('for c = 1 and Poisson arrivals reduces to the exact P–K wait', () => {
		for (const cs2 of [0, 0.5, 2]) {
			expect(allenCunneen({ lambda: 0.8, mu: 1, c: 1, ca2: 1, cs2 }).wq).toBeCloseTo(mg1({ lambda: 0.8, meanService: 1, cs2 }).wq, 12);
		}
	});
	it('flags overload', () => {
		const r = allenCunneen({ lambda: 6, mu: 1, c: 6, ca2: 1, cs2: 1 });
		expect(r.stable).toBe(false);
		expect(r.wq).toBe(Infinity);
	});
});
