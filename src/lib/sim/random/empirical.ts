// Empirical times: a list of observed durations (from a time study or a system log), each
// treated as an equally likely outcome. Sampling replays the observations, never values between them.

import { type Sampler } from './distribution';

export class EmpiricalSampler implements Sampler {
	readonly mean: number;
	/** Population variance of the observations (divisor n): the variance of the discrete distribution itself. */
	readonly variance: number;
	private readonly sorted: Float64Array;
	private readonly last: number;

	/** values: observations in minutes, at least one, all finite. Copied and sorted. */
	constructor(values: readonly number[]) {
		if (!Array.isArray(values) || values.length === 0) {
			throw new Error('empirical distribution needs at least one value');
		}
		const sorted = new Float64Array(values.length);
		for (let i = 0; i < values.length; i++) {
			const v = values[i];
			if (!(typeof v === 'number' && Number.isFinite(v))) {
				throw new Error(`empirical values[${i}] must be a finite number, got ${v}`);
			}
			sorted[i] = v;
		}
		sorted.sort();
		this.sorted = sorted;
		this.last = sorted.length - 1;
		let mean = 0;
		for (let i = 0; i < sorted.length; i++) mean += sorted[i];
		mean /= sorted.length;
		let ss = 0;
		for (let i = 0; i < sorted.length; i++) ss += (sorted[i] - mean) * (sorted[i] - mean);
		this.mean = mean;
		this.variance = ss / sorted.length;
	}

	/** F⁻¹(u) = sorted[⌊u·n⌋] (minutes): each observation has probability 1/n. */
	quantile(u: number): number {
		const i = Math.floor(u * this.sorted.length);
		return this.sorted[i < this.last ? (i > 0 ? i : 0) : this.last];
	}

	/** F(x) = share of observations ≤ x. */
	cdf(x: number): number {
		let count = 0;
		while (count < this.sorted.length && this.sorted[count] <= x) count++;
		return count / this.sorted.length;
	}
}
