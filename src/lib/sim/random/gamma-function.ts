// The gamma function Γ and its logarithm: the normalising constants behind the gamma, Erlang
// and Weibull service-time models (e.g. a Weibull's mean is scale·Γ(1 + 1/shape)) and the
// Student t intervals across replications.

const HALF_LN_2PI = 0.91893853320467274178;
const S0 = 1 / 12;
const S1 = 1 / 360;
const S2 = 1 / 1260;
const S3 = 1 / 1680;
const S4 = 1 / 1188;
const S5 = 691 / 360360;
const S6 = 1 / 156;

/**
 * Stirling-series remainder lnΓ(x) − [(x − ½)ln x − x + ½ln 2π] for x ≥ 10 (Abramowitz &
 * Stegun 6.1.40: Σ B₂ₖ/(2k(2k−1)x^{2k−1})). Seven terms: the next one is < 3e-17 at x = 10.
 */
export function stirlingCorrection(x: number): number {
	const r = 1 / (x * x);
	return (S0 - r * (S1 - r * (S2 - r * (S3 - r * (S4 - r * (S5 - r * S6)))))) / x;
}

/**
 * ln Γ(x) for x > 0 (dimensionless). Shifts x up to ≥ 10 with Γ(x+1) = xΓ(x), then uses
 * Stirling's series (A&S 6.1.40). Absolute error ≲ 2e-15 (relative where |lnΓ| is large).
 * Returns +∞ at 0 and NaN for x < 0 or NaN (not needed by the engine).
 */
export function lnGamma(x: number): number {
	if (!(x > 0)) return x === 0 ? Infinity : NaN;
	if (x === Infinity) return Infinity;
	let shift = 0;
	if (x < 10) {
		// ln[x(x+1)…(x+n−1)] = ln x + ln[(x+1)…]: x kept apart so a tiny x cannot underflow the product.
		let product = 1;
		let y = x + 1;
		while (y < 10) {
			product *= y;
			y += 1;
		}
		shift = Math.log(x) + Math.log(product);
		x = y;
	}
	return (x - 0.5) * Math.log(x) - x + HALF_LN_2PI + stirlingCorrection(x) - shift;
}

/**
 * Γ(x) for x > 0 (dimensionless), relative error ≲ 1e-14; +∞ beyond x ≈ 171.6 (overflow).
 * Negative non-integers use the reflection Γ(x) = π / (sin(πx)·Γ(1 − x)); poles give NaN.
 */
export function gammaFn(x: number): number {
	if (x > 0) {
		if (x === Math.floor(x) && x <= 23) {
			let f = 1;
			for (let i = 2; i < x; i++) f *= i;
			return f;
		}
		return Math.exp(lnGamma(x));
	}
	if (x === Math.floor(x) || x !== x) return NaN;
	return Math.PI / (Math.sin(Math.PI * x) * gammaFn(1 - x));
}
