// Gamma times: a flexible right-skewed model given by mean and cv, between the near-constant
// (cv → 0) and the very variable (cv > 1). Shape 1/cv², scale mean·cv² (so mean = shape·scale
// and cv = 1/√shape); cv = 1 is the exponential. Sampling inverts the regularised incomplete
// gamma function exactly (incomplete-gamma.ts), which is slower than a closed form but keeps
// the inverse-transform coupling of common random numbers.

import { requireNonNegative, type Sampler } from './distribution';
import { lnGamma } from './gamma-function';
import { gammaP, gammaPrefixConstant, gammaQuantileUnit } from './incomplete-gamma';

export class GammaSampler implements Sampler {
	readonly mean: number;
	readonly variance: number;
	/** Shape a (dimensionless); +∞ when the distribution is degenerate (cv = 0 or mean = 0). */
	readonly shape: number;
	/** Scale θ, minutes. */
	readonly scale: number;
	private readonly prefixConstant: number;
	private readonly lnGammaShape: number;

	/**
	 * mean: minutes ≥ 0; cv: coefficient of variation ≥ 0 (cv = 0: every time equals the mean).
	 * shape: overrides 1/cv² (and the variance becomes mean²/shape) when the caller knows it
	 * exactly, as Erlang does with its integer k.
	 */
	constructor(mean: number, cv: number, shape?: number) {
		requireNonNegative('gamma mean', mean);
		requireNonNegative('gamma cv', cv);
		this.mean = mean;
		this.variance = shape === undefined ? cv * mean * (cv * mean) : (mean * mean) / shape;
		const a = mean === 0 || cv === 0 ? Infinity : (shape ?? 1 / (cv * cv));
		this.shape = a;
		this.scale = a === Infinity ? 0 : mean / a;
		this.prefixConstant = a === Infinity ? 0 : gammaPrefixConstant(a);
		this.lnGammaShape = a === Infinity ? 0 : lnGamma(a);
	}

	/** F⁻¹(u) = scale·P⁻¹(shape, u), minutes; the mean itself when degenerate. */
	quantile(u: number): number {
		if (this.shape === Infinity) return this.mean;
		return this.scale * gammaQuantileUnit(this.shape, this.prefixConstant, this.lnGammaShape, u);
	}

	/** F(x) = P(shape, x/scale). */
	cdf(x: number): number {
		if (this.shape === Infinity) return x >= this.mean ? 1 : 0;
		return x > 0 ? gammaP(this.shape, x / this.scale) : 0;
	}
}
