// Lognormal times: the usual fit for human task durations (long right tail, never negative);
// ln X is normal. Given by mean m and cv: σ = √ln(1 + cv²), μ = ln m − σ²/2 (e.g. Law,
// Simulation Modeling and Analysis, 5th ed., §6.2.2), so E[X] = m and Var[X] = (cv·m)².

import { requireNonNegative, type Sampler } from './distribution';
import { normalCdf, normalQuantile } from './normal';

export class LognormalSampler implements Sampler {
	readonly mean: number;
	readonly variance: number;
	/** μ, the mean of ln X (ln minutes). */
	readonly mu: number;
	/** σ, the standard deviation of ln X; 0 when degenerate (cv = 0 or mean = 0). */
	readonly sigma: number;

	/** mean: minutes ≥ 0; cv ≥ 0 (cv = 0: every time equals the mean). */
	constructor(mean: number, cv: number) {
		requireNonNegative('lognormal mean', mean);
		requireNonNegative('lognormal cv', cv);
		this.mean = mean;
		this.variance = cv * mean * (cv * mean);
		this.sigma = mean === 0 ? 0 : Math.sqrt(Math.log1p(cv * cv));
		this.mu = Math.log(mean) - 0.5 * this.sigma * this.sigma;
	}

	/** F⁻¹(u) = exp(μ + σ·Φ⁻¹(u)), minutes; the mean itself when degenerate. */
	quantile(u: number): number {
		if (this.sigma === 0) return this.mean;
		return Math.exp(this.mu + this.sigma * normalQuantile(u));
	}

	/** F(x) = Φ((ln x − μ)/σ). */
	cdf(x: number): number {
		if (this.sigma === 0) return x >= this.mean ? 1 : 0;
		return x > 0 ? normalCdf((Math.log(x) - this.mu) / this.sigma) : 0;
	}
}
