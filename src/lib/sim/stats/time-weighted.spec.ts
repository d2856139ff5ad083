import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TimeWeighted } from './time-weighted';

describe('TimeWeighted', () => {
	it('integrates a hand-checkable queue-length path', () => {
		// Queue length: 0 on [0,2), 1 on [2,5), 3 on [5,6), 0 on [6,10].
		const q = new TimeWeighted(0, 0);
		q.update(2, 1);
		q.update(5, 3);
		q.update(6, 0);
		expect(q.integral(10)).toBe(6);
		expect(q.mean(0, 10)).toBe(0.6);
		expect(q.max).toBe(3);
		expect(q.value).toBe(0);
	});

	it('restarts at the end of a warm-up, keeping the current value', () => {
		const busy = new TimeWeighted(0, 2);
		busy.update(3, 4);
		busy.restart(5); // warm-up ends with 4 busy
		busy.update(7, 1);
		// 4 on [5,7), 1 on [7,9]: integral 10 over 4 minutes.
		expect(busy.start).toBe(5);
		expect(busy.integral(9)).toBe(10);
		expect(busy.mean(5, 9)).toBe(2.5);
		expect(busy.max).toBe(4);
	});

	it('accepts several changes at the same instant and returns the current value for an empty window', () => {
		const q = new TimeWeighted(1, 0);
		q.update(1, 5);
		q.update(1, 2);
		expect(q.mean(1, 1)).toBe(2);
		expect(q.integral(3)).toBe(4);
	});

	it('refuses time running backwards and windows that do not start at the restart', () => {
		const q = new TimeWeighted(0, 1);
		q.update(5, 2);
		expect(() => q.update(4, 0)).toThrow(RangeError);
		expect(() => q.integral(4)).toThrow(RangeError);
		expect(() => q.mean(2, 10)).toThrow(RangeError);
	});

	it('equals the sum of rectangles for random step paths', () => {
		fc.assert(
			fc.property(
				fc.array(fc.tuple(fc.double({ min: 0, max: 10, noNaN: true }), fc.integer({ min: 0, max: 20 })), { maxLength: 100 }),
				fc.double({ min: 0, max: 10, noNaN: true }),
				(steps, tail) => {
					const tw = new TimeWeighted(0, 0);
					let t = 0;
					let value = 0;
					let area = 0;
					for (const [dt, v] of steps) {
						area += value * dt;
						t += dt;
						value = v;
						tw.update(t, v);
					}
					area += value * tail;
					expect(tw.integral(t + tail)).toBeCloseTo(area, 6);
				}
			),
			{ seed: 5, numRuns: 300 }
		);
	});
});
