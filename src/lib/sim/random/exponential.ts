// Exponential times: memoryless, cv = 1 — the classic model of call lengths and of the gaps
// between Poisson arrivals, and the one queueing formulas (M/M/c, Erlang C) assume.

import { requireNonNegative, type Sampler } from './distribution';

export class ExponentialSampler implements Sampler {
	readonly mean: number;
	readonly variance: number;

	/** mean: minutes, ≥ 0 (0 gives a time of 0). */
	constructor(mean: number) {
		requireNonNegative('exponential mean', mean);
		this.mean = mean;
		this.variance = mean * mean;
	}

	/**
	 * F⁻¹(u) = −mean·ln(1 − u), minutes. ln(1 − u) rather than ln(u) so the quantile increases
	 * with u (monotone coupling of common random numbers); log1p keeps small u exact.
	 */
	quantile(u: number): number {
		return this.mean * -Math.log1p(-u);
	}

	/** F(x) = 1 − e^{−x/mean}. */
	cdf(x: number): number {
		return x > 0 ? -Math.expm1(-x / this.mean) : 0;
	}
}
