import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ratioInterval } from './ratio-interval';
import { meanInterval } from './interval';

describe('ratioInterval', () => {
	it('with equal weights is the plain Student-t interval', () => {
		fc.assert(
			fc.property(
				fc.array(fc.double({ min: -1e3, max: 1e3, noNaN: true }), { minLength: 2, maxLength: 40 }),
				fc.double({ min: 0.5, max: 100, noNaN: true }),
				(xs, w) => {
					const a = ratioInterval(
						xs,
						xs.map(() => w)
					);
					const b = meanInterval(xs);
					expect(a.mean).toBeCloseTo(b.mean, 9);
					expect(a.high - a.low).toBeCloseTo(b.high - b.low, 7);
				}
			)
		);
	});

	it('pools customers: two days with 1 and 3 customers averaging 10 and 2 give 4', () => {
		expect(ratioInterval([10, 2], [1, 3]).mean).toBe(4);
	});

	it('leaves out NaN values and zero weights', () => {
		const r = ratioInterval([NaN, 5, 7, 99], [0, 1, 1, 0]);
		expect(r.mean).toBe(6);
		expect(ratioInterval([NaN], [0]).mean).toBeNaN();
		expect(ratioInterval([3, NaN], [2, 0])).toEqual({ mean: 3, low: 3, high: 3 });
	});

	it('covers the true ratio about 95 % of the time', () => {
		// days with Poisson-ish sizes; each customer's value ~ U(0, 2) → true mean 1
		let seed = 42;
		const rnd = () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) + 0.5) / 2 ** 32;
		let covered = 0;
		const trials = 2000;
		for (let t = 0; t < trials; t++) {
			const xs: number[] = [];
			const ws: number[] = [];
			for (let d = 0; d < 20; d++) {
				const size = 1 + Math.floor(rnd() * 30);
				let sum = 0;
				for (let k = 0; k < size; k++) sum += 2 * rnd();
				xs.push(sum / size);
				ws.push(size);
			}
			const ci = ratioInterval(xs, ws);
			if (ci.low <= 1 && 1 <= ci.high) covered++;
		}
		expect(covered / trials).toBeGreaterThan(0.93);
		expect(covered / trials).toBeLessThan(0.97);
	});
});
