import { describe, expect, it } from 'vitest';
import { sipp } from './sipp';
import { mmc } from './erlang';

// The validation day ("the trap"), minutes: 6 servers, E[S] 6 min, hourly arrival rates.
const hourly = [30, 45, 55, 58, 50, 40, 50, 57, 45, 30];
const day = { periodLength: 60, lambda: hourly.map((x) => x / 60), c: 6, mu: 1 / 6 };

describe('SIPP (approximate, period by period)', () => {
	const r = sipp(day);

	it('is labelled approximate', () => {
		expect(r.approximate).toBe(true);
	});

	it('reproduces the validation figures: hour 4 27.3 min, hour 5 3.5 min, day mean 7.902 min', () => {
		expect(r.periods[3].wq).toBeCloseTo(27.3, 1);
		expect(r.periods[4].wq).toBeCloseTo(3.5, 1);
		expect(r.wq).toBeCloseTo(7.902, 3);
	});

	it('each period is the steady-state M/M/c of that period', () => {
		r.periods.forEach((p, i) => expect(p.wq).toBeCloseTo(mmc({ lambda: hourly[i] / 60, mu: 1 / 6, c: 6 }).wq, 12));
	});

	it('accepts servers per period', () => {
		const s = sipp({ ...day, c: hourly.map((x) => (x > 50 ? 7 : 6)) });
		expect(s.periods[3].c).toBe(7);
		expect(s.periods[3].wq).toBeLessThan(r.periods[3].wq);
	});

	it('flags an overloaded period and an infinite day mean, never NaN', () => {
		const s = sipp({ ...day, lambda: [0.5, 1.2, 0.5] });
		expect(s.stable).toBe(false);
		expect(s.periods[1].stable).toBe(false);
		expect(s.wq).toBe(Infinity);
		expect(s.periods.some((p) => Number.isNaN(p.wq))).toBe(false);
	});

	it('rejects mismatched or invalid profiles', () => {
		expect(() => sipp({ ...day, c: [6, 6] })).toThrow(RangeError);
		expect(() => sipp({ ...day, lambda: [] })).toThrow(RangeError);
		expect(() => sipp({ ...day, c: 0 })).toThrow(RangeError);
	});
});
