import { describe, expect, it } from 'vitest';
import { gammaFn, lnGamma } from './gamma-function';

// Reference values: mpmath at 40 significant digits.
const LN_GAMMA: [number, number][] = [
	[1e-10, 23.025850929882736],
	[0.001, 6.907178885383853],
	[0.1, 2.252712651734206],
	[0.5, 0.5723649429247001],
	[1.5, -0.12078223763524522],
	[2.5, 0.2846828704729192],
	[3, 0.6931471805599453],
	[7.3, 7.147892523022248],
	[9.99, 12.779315214350193],
	[10, 12.801827480081469],
	[10.5, 13.940625219403763],
	[25, 54.78472939811232],
	[100, 359.1342053695754],
	[171.5, 709.1431630309282],
	[1000, 5905.220423209181],
	[1000000.0, 12815504.569147611]
];
const GAMMA: [number, number][] = [
	[0.001, 999.4237724845955],
	[0.1, 9.51350769866873],
	[0.5, 1.772453850905516],
	[1.1, 0.9513507698668732],
	[1.5, 0.886226925452758],
	[2.5, 1.329340388179137],
	[3, 2.0],
	[5, 24.0],
	[7.3, 1271.4236336639087],
	[10.5, 1133278.3889487856],
	[23, 1.1240007277776077e21],
	[30.2, 1.7410094445911311e31],
	[100.5, 9.320963104082716e156],
	[170, 4.269068009004705e304]
];

describe('lnGamma', () => {
	it('matches high-precision values (absolute error < 3e-15, relative < 1e-15 where large)', () => {
		for (const [x, v] of LN_GAMMA) {
			expect(Math.abs(lnGamma(x) - v)).toBeLessThan(Math.max(3e-15, 1e-15 * Math.abs(v)));
		}
	});

	it('is +∞ at 0 and NaN for negative or NaN input', () => {
		expect(lnGamma(0)).toBe(Infinity);
		expect(lnGamma(-1)).toBeNaN();
		expect(lnGamma(NaN)).toBeNaN();
	});
});

describe('gammaFn', () => {
	it('matches high-precision values', () => {
		for (const [x, v] of GAMMA) expect(Math.abs(gammaFn(x) - v) / v).toBeLessThan(2e-13);
	});

	it('is exact for whole numbers up to 23 (factorials)', () => {
		let f = 1;
		for (let n = 1; n <= 23; n++) {
			expect(gammaFn(n)).toBe(f);
			f *= n;
		}
	});

	it('reflects to negative non-integers and has NaN at the poles', () => {
		expect(Math.abs(gammaFn(-0.5) - -3.5449077018110318) / 3.5449077018110318).toBeLessThan(1e-14);
		expect(gammaFn(-2)).toBeNaN();
		expect(gammaFn(0)).toBeNaN();
		expect(gammaFn(200)).toBe(Infinity);
	});
});
