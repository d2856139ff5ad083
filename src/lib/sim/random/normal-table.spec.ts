import { describe, expect, it } from 'vitest';
import { normalCdf } from './normal';
import { normalCdfFast } from './normal-table';

describe('normalCdfFast', () => {
	it('agrees with the exact Φ to 1e-9 everywhere', () => {
		let worst = 0;
		for (let i = 0; i <= 200_000; i++) {
			const z = -10 + (20 * i) / 200_000 + 1e-7 * Math.sin(i); // off-grid points
			worst = Math.max(worst, Math.abs(normalCdfFast(z) - normalCdf(z)));
		}
		expect(worst).toBeLessThan(1e-9);
	});

	it('is exact at the ends and monotone', () => {
		expect(normalCdfFast(-20)).toBe(0);
		expect(normalCdfFast(20)).toBe(1);
		expect(normalCdfFast(NaN)).toBeNaN();
		expect(normalCdfFast(0)).toBeCloseTo(0.5, 15);
		let prev = 0;
		for (let z = -9; z <= 9; z += 0.001) {
			const v = normalCdfFast(z);
			expect(v).toBeGreaterThanOrEqual(prev - 1e-15);
			prev = v;
		}
	});
});
