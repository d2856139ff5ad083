// Uniform times: anything between a minimum and a maximum equally likely — what people say
// when they only know a range ("walking to the desk takes half a minute to a minute and a half").

import { requireFinite, type Sampler } from './distribution';

export class UniformSampler implements Sampler {
	readonly mean: number;
	readonly variance: number;
	private readonly min: number;
	private readonly width: number;

	/** min ≤ max, minutes. */
	constructor(min: number, max: number) {
		requireFinite('uniform min', min);
		requireFinite('uniform max', max);
		if (min > max) throw new Error(`uniform min (${min}) must not exceed max (${max})`);
		this.min = min;
		this.width = max - min;
		this.mean = 0.5 * (min + max);
		this.variance = (this.width * this.width) / 12;
	}

	/** F⁻¹(u) = min + u·(max − min), minutes. */
	quantile(u: number): number {
		return this.min + u * this.width;
	}

	cdf(x: number): number {
		if (x <= this.min) return 0;
		if (x >= this.min + this.width) return 1;
		return (x - this.min) / this.width;
	}
}
