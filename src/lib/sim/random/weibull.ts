// Weibull times: a mean-and-cv model whose tail is lighter than the lognormal's (cv < 1,
// e.g. repair or set-up work) or heavier than the exponential's (cv > 1). F(x) = 1 − e^{−(x/λ)^k}.
// The shape k solves cv² = Γ(1 + 2/k)/Γ(1 + 1/k)² − 1 (Johnson, Kotz & Balakrishnan,
// Continuous Univariate Distributions 1, ch. 21), found once by bisection; λ = mean/Γ(1 + 1/k).

import { requireNonNegative, type Sampler } from './distribution';
import { gammaFn, lnGamma } from './gamma-function';

const SQRT_ZETA_2 = 1.2825498301618641;
// ζ(2) … ζ(9), for the series of lnΓ(1 + 2s) − 2 lnΓ(1 + s) at small s = 1/k.
const Z2 = 1.6449340668482264;
const Z3 = 1.2020569031595943;
const Z4 = 1.0823232337111382;
const Z5 = 1.0369277551433699;
const Z6 = 1.0173430619844491;
const Z7 = 1.0083492773819228;
const Z8 = 1.0040773561979443;
const Z9 = 1.0020083928260822;

/**
 * ln(1 + cv²) as a function of s = 1/k: lnΓ(1 + 2s) − 2 lnΓ(1 + s). For s ≤ 0.01 it uses the
 * Taylor series lnΓ(1+z) = −γz + Σ (−1)ⁿ ζ(n) zⁿ/n (A&S 6.1.33), in which the γ terms cancel:
 * Σ (−1)ⁿ ζ(n)(2ⁿ − 2)/n · sⁿ — exact to ~1e-15 relative where the lnΓ difference would cancel.
 */
export function weibullLogOnePlusCv2(s: number): number {
	if (s > 0.01) return lnGamma(1 + 2 * s) - 2 * lnGamma(1 + s);
	return (
		s *
		s *
		(Z2 +
			s * (-2 * Z3 + s * (3.5 * Z4 + s * (-6 * Z5 + s * ((62 / 6) * Z6 + s * (-18 * Z7 + s * ((254 / 8) * Z8 + s * (-510 / 9) * Z9)))))))
	);
}

/** The Weibull shape k (dimensionless) whose coefficient of variation is cv (> 0). */
export function weibullShapeForCv(cv: number): number {
	const target = Math.log1p(cv * cv);
	// Small-cv asymptote: ln(1 + cv²) ≈ ζ(2)s², so s ≈ cv/√ζ(2); widen until it brackets.
	const s0 = cv / SQRT_ZETA_2;
	let lo = s0 * 0.5;
	let hi = s0 * 2;
	while (weibullLogOnePlusCv2(lo) > target) lo *= 0.5;
	while (weibullLogOnePlusCv2(hi) < target) {
		hi *= 2;
		if (hi > 1e4) throw new Error(`weibull cv ${cv} is too large to fit a shape`);
	}
	// Bisection in ln s: the function is increasing in s; 200 halvings reach machine precision.
	for (let i = 0; i < 200 && hi - lo > hi * 2e-16; i++) {
		const mid = Math.sqrt(lo * hi);
		if (weibullLogOnePlusCv2(mid) < target) lo = mid;
		else hi = mid;
	}
	return 1 / Math.sqrt(lo * hi);
}

export class WeibullSampler implements Sampler {
	readonly mean: number;
	readonly variance: number;
	/** Shape k (dimensionless); +∞ when degenerate (cv = 0 or mean = 0). */
	readonly shape: number;
	/** Scale λ, minutes. */
	readonly scale: number;
	private readonly inverseShape: number;

	/** mean: minutes ≥ 0; cv ≥ 0 (cv = 0: every time equals the mean). */
	constructor(mean: number, cv: number) {
		requireNonNegative('weibull mean', mean);
		requireNonNegative('weibull cv', cv);
		this.mean = mean;
		this.variance = cv * mean * (cv * mean);
		if (mean === 0 || cv === 0) {
			this.shape = Infinity;
			this.inverseShape = 0;
			this.scale = mean;
			return;
		}
		const k = weibullShapeForCv(cv);
		this.shape = k;
		this.inverseShape = 1 / k;
		const g = gammaFn(1 + 1 / k);
		this.scale = Number.isFinite(g) ? mean / g : Math.exp(Math.log(mean) - lnGamma(1 + 1 / k));
	}

	/** F⁻¹(u) = λ·(−ln(1 − u))^{1/k}, minutes; the mean itself when degenerate. */
	quantile(u: number): number {
		if (this.inverseShape === 0) return this.mean;
		return this.scale * Math.pow(-Math.log1p(-u), this.inverseShape);
	}

	/** F(x) = 1 − exp(−(x/λ)^k). */
	cdf(x: number): number {
		if (this.inverseShape === 0) return x >= this.mean ? 1 : 0;
		return x > 0 ? -Math.expm1(-Math.pow(x / this.scale, this.shape)) : 0;
	}
}
