// Triangular times: a minimum, a most likely value and a maximum — the three-point estimate
// managers give when there is no data ("usually 4 minutes, never under 2 or over 10").

import { requireFinite, type Sampler } from './distribution';

export class TriangularSampler implements Sampler {
	readonly mean: number;
	readonly variance: number;
	private readonly min: number;
	private readonly max: number;
	/** F(mode) = (mode − min)/(max − min): where the two branches of F⁻¹ meet. */
	private readonly split: number;
	private readonly left: number;
	private readonly right: number;

	/** min ≤ mode ≤ max, minutes. */
	constructor(min: number, mode: number, max: number) {
		requireFinite('triangular min', min);
		requireFinite('triangular mode', mode);
		requireFinite('triangular max', max);
		if (!(min <= mode && mode <= max)) {
			throw new Error(`triangular needs min ≤ mode ≤ max, got ${min}, ${mode}, ${max}`);
		}
		const range = max - min;
		this.min = min;
		this.max = max;
		this.split = range > 0 ? (mode - min) / range : 0;
		this.left = range * (mode - min);
		this.right = range * (max - mode);
		// Moments: e.g. Johnson, Kotz & Balakrishnan, Continuous Univariate Distributions 2, ch. 26.
		this.mean = (min + mode + max) / 3;
		this.variance = (min * min + mode * mode + max * max - min * mode - min * max - mode * max) / 18;
	}

	/** F⁻¹(u) = min + √(u(b−a)(c−a)) for u < F(c), else max − √((1−u)(b−a)(b−c)); minutes. */
	quantile(u: number): number {
		return u < this.split ? this.min + Math.sqrt(u * this.left) : this.max - Math.sqrt((1 - u) * this.right);
	}

	cdf(x: number): number {
		if (x <= this.min) return 0;
		if (x >= this.max) return 1;
		const mode = this.min + this.left / (this.max - this.min);
		if (x <= mode) return ((x - this.min) * (x - this.min)) / this.left;
		return 1 - ((this.max - x) * (this.max - x)) / this.right;
	}
}
