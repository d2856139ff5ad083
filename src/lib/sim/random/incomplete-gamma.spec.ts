import { describe, expect, it } from 'vitest';
import { lnGamma } from './gamma-function';
import { gammaP, gammaPrefixConstant, gammaQ, gammaQuantileUnit } from './incomplete-gamma';

// Reference values: mpmath at 40 significant digits; quantiles by 400-step bisection on
// ln P (u ≤ ½) or ln Q (u > ½) in ln x.
const P_Q: [number, number, number, number][] = [
	[0.05, 1e-5, 0.5776462182056965, 0.4223537817943035],
	[0.05, 0.5, 0.971317371244164, 0.02868262875583602],
	[0.05, 5, 0.999935596633657, 6.4403366342955e-5],
	[0.5, 0.2, 0.4729107431344619, 0.5270892568655381],
	[0.5, 3, 0.9856941215645704, 0.01430587843542964],
	[1, 0.5, 0.3934693402873666, 0.6065306597126334],
	[2.5, 1, 0.15085496391539036, 0.8491450360846097],
	[2.5, 10, 0.9987502694369687, 0.0012497305630313753],
	[10, 5, 0.03182805730620481, 0.9681719426937951],
	[10, 10, 0.5420702855281478, 0.4579297144718522],
	[10, 20, 0.9950045876916924, 0.004995412308307587],
	[47.3, 30, 0.0021141572734964444, 0.9978858427265036],
	[47.3, 47, 0.501916585843294, 0.49808341415670593],
	[47.3, 70, 0.9983102494402811, 0.0016897505597188946],
	[1000, 900, 0.0005499022657117829, 0.9994500977342882],
	[1000, 1000, 0.5042052441802155, 0.4957947558197845],
	[1000, 1100, 0.99894067674607, 0.0010593232539299773]
];
const QUANTILES: [number, number, number][] = [
	[0.05, 1e-10, 5.844632057286653e-201],
	[0.05, 1e-6, 5.844632057286584e-121],
	[0.05, 0.01, 5.844632057286532e-41],
	[0.05, 0.3, 2.0378971887326642e-11],
	[0.05, 0.5, 5.573878440746248e-7],
	[0.05, 0.77, 0.0031468228697795614],
	[0.05, 0.99, 1.0876274000918096],
	[0.05, 0.999999, 8.696862667893743],
	[0.05, 0.9999999999, 17.298040924980757],
	[0.3, 1e-10, 3.2364402266035518e-34],
	[0.3, 1e-6, 6.972699096409348e-21],
	[0.3, 0.01, 1.5022226552360383e-7],
	[0.3, 0.3, 0.012726657769948701],
	[0.3, 0.5, 0.0731311358669519],
	[0.3, 0.77, 0.3853091657379641],
	[0.3, 0.99, 2.639409157070533],
	[0.3, 0.999999, 10.984835632108627],
	[0.3, 0.9999999999, 19.806636767191637],
	[1, 1e-10, 1.00000000005e-10],
	[1, 1e-6, 1.0000005000003334e-6],
	[1, 0.01, 0.010050335853501442],
	[1, 0.3, 0.35667494393873234],
	[1, 0.5, 0.6931471805599453],
	[1, 0.77, 1.4696759700589417],
	[1, 0.99, 4.605170185988091],
	[1, 0.999999, 13.815510557935518],
	[1, 0.9999999999, 23.02585084720009],
	[2.5, 1e-10, 0.00016167785731248467],
	[2.5, 1e-6, 0.006448080103248548],
	[2.5, 0.01, 0.27714903836413857],
	[2.5, 0.3, 1.499954066379953],
	[2.5, 0.5, 2.1757300955477636],
	[2.5, 0.77, 3.4381746292007835],
	[2.5, 0.99, 7.543136234694494],
	[2.5, 0.999999, 17.94409343980521],
	[2.5, 0.9999999999, 27.781199171832426],
	[10, 1e-10, 0.4727220926063523],
	[10, 1e-6, 1.276818787864408],
	[10, 0.01, 4.130199166273199],
	[10, 0.3, 8.132928242506392],
	[10, 0.5, 9.668714614714132],
	[10, 0.77, 12.144452112545117],
	[10, 0.99, 18.783117393312523],
	[10, 0.999999, 32.71034051748481],
	[10, 0.9999999999, 44.6278571141015],
	[47.3, 1e-10, 15.699637110135837],
	[47.3, 1e-6, 21.45993650821269],
	[47.3, 0.01, 32.782988356560516],
	[47.3, 0.3, 43.466390366171815],
	[47.3, 0.5, 46.967087508699585],
	[47.3, 0.77, 52.21107005092604],
	[47.3, 0.99, 64.75250730913072],
	[47.3, 0.999999, 87.44940308113539],
	[47.3, 0.9999999999, 104.94299330500687],
	[1000, 1e-10, 811.7987627175607],
	[1000, 1e-6, 856.8146512793919],
	[1000, 0.01, 927.9081597966425],
	[1000, 0.3, 983.1784467578987],
	[1000, 0.5, 999.6666864269652],
	[1000, 0.77, 1023.2088453877092],
	[1000, 0.99, 1075.032832086435],
	[1000, 0.999999, 1157.577911008724],
	[1000, 0.9999999999, 1214.499555866878]
];

function inverse(a: number, u: number): number {
	return gammaQuantileUnit(a, gammaPrefixConstant(a), lnGamma(a), u);
}

describe('gammaP / gammaQ', () => {
	it('match high-precision values to 1e-13 relative (each in its own tail)', () => {
		for (const [a, x, p, q] of P_Q) {
			expect(Math.abs(gammaP(a, x) - p) / p).toBeLessThan(1e-13);
			expect(Math.abs(gammaQ(a, x) - q) / q).toBeLessThan(1e-13);
		}
	});

	it('are exact closed forms for shape 1 (exponential)', () => {
		for (const x of [0.01, 0.5, 2, 10, 40]) {
			expect(Math.abs(gammaP(1, x) + Math.expm1(-x)) / -Math.expm1(-x)).toBeLessThan(1e-14);
			expect(Math.abs(gammaQ(1, x) - Math.exp(-x)) / Math.exp(-x)).toBeLessThan(1e-14);
		}
	});

	it('handle the ends of the range', () => {
		expect(gammaP(2, 0)).toBe(0);
		expect(gammaQ(2, 0)).toBe(1);
		expect(gammaP(2, Infinity)).toBe(1);
		expect(gammaQ(2, Infinity)).toBe(0);
		expect(gammaP(2, -1)).toBeNaN();
	});
});

describe('gammaQuantileUnit (inverse of P)', () => {
	it('matches reference quantiles to < 1e-11 relative for shapes 0.05…1000, u in [1e-10, 1 − 1e-10]', () => {
		for (const [a, u, x] of QUANTILES) expect(Math.abs(inverse(a, u) - x) / x).toBeLessThan(1e-11);
	});

	it('round-trips P(a, P⁻¹(a, u)) = u to < 1e-9 relative in x over a dense grid', () => {
		for (const a of [0.05, 0.11, 0.5, 0.99, 1, 1.7, 4, 9.99, 10, 33, 150, 1000]) {
			const c = gammaPrefixConstant(a);
			const lg = lnGamma(a);
			for (const u of [1e-10, 3e-8, 1e-4, 0.013, 0.1, 0.25, 0.4999, 0.5, 0.5001, 0.6, 0.9, 0.987, 1 - 1e-4, 1 - 3e-8, 1 - 1e-10]) {
				const x = gammaQuantileUnit(a, c, lg, u);
				// Relative error in x implied by the error in P: |ΔP| / (x·density) (density = P′).
				const density = Math.exp((a - 1) * Math.log(x) - x - lg);
				const dp = u <= 0.5 ? gammaP(a, x) - u : 1 - u - gammaQ(a, x);
				expect(Math.abs(dp) / (x * density)).toBeLessThan(1e-9);
			}
		}
	});

	it('is monotone in u', () => {
		for (const a of [0.05, 0.7, 3, 200]) {
			const c = gammaPrefixConstant(a);
			const lg = lnGamma(a);
			let last = 0;
			for (let i = 1; i < 2000; i++) {
				const x = gammaQuantileUnit(a, c, lg, i / 2000);
				expect(x).toBeGreaterThan(last);
				last = x;
			}
		}
	});

	it('handles u = 0, u = 1, bad u, and huge shapes (Wilson–Hilferty)', () => {
		expect(inverse(2, 0)).toBe(0);
		expect(inverse(2, 1)).toBe(Infinity);
		expect(inverse(2, 1.5)).toBeNaN();
		expect(inverse(2, NaN)).toBeNaN();
		const big = 4e6;
		const median = inverse(big, 0.5);
		expect(Math.abs(median - (big - 1 / 3)) / big).toBeLessThan(1e-9);
	});
});
