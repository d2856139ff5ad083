// Confidence intervals across replications: each replication (one simulated day, or one
// long steady-state run) gives one value of a KPI; their mean ± t·s/√n is the 95 % interval
// that says how much of a difference between two designs is real rather than luck.
// Welford accumulates the same count/mean/variance one value at a time, without storing them.

import { tQuantile975 } from './student-t';

export interface MeanInterval {
	mean: number;
	/** Lower end of the 95 % confidence interval for the mean. */
	low: number;
	/** Upper end of the 95 % confidence interval for the mean. */
	high: number;
}

/**
 * Mean and two-sided 95 % Student-t confidence interval of values[0 … count−1] (count
 * defaults to values.length): mean ± t₀.₉₇₅(n−1)·s/√n with the sample standard deviation s
 * (divisor n − 1), computed in two passes for accuracy. Units are those of the values.
 * n = 1: low = high = mean — one replication says nothing about spread, so the interval is
 * degenerate rather than infinite; callers should show it as "no interval". n = 0: all NaN.
 */
export function meanInterval(values: ArrayLike<number>, count: number = values.length): MeanInterval {
	if (!(count >= 0 && count <= values.length && Number.isInteger(count))) {
		throw new RangeError(`meanInterval: count ${count} must be a whole number between 0 and ${values.length}`);
	}
	if (count === 0) return { mean: NaN, low: NaN, high: NaN };
	let sum = 0;
	for (let i = 0; i < count; i++) sum += values[i];
	const mean = sum / count;
	if (count === 1) return { mean, low: mean, high: mean };
	let ss = 0;
	for (let i = 0; i < count; i++) {
		const d = values[i] - mean;
		ss += d * d;
	}
	const half = (tQuantile975(count - 1) * Math.sqrt(ss / (count - 1))) / Math.sqrt(count);
	return { mean, low: mean - half, high: mean + half };
}

/**
 * Streaming count, mean and variance (Welford, Technometrics 4, 1962; merge by Chan, Golub &
 * LeVeque, 1979). Numerically stable, O(1) memory, no allocation per value.
 */
export class Welford {
	private n = 0;
	private mu = 0;
	private m2 = 0;

	/** Adds one observation. */
	add(x: number): void {
		this.n++;
		const d = x - this.mu;
		this.mu += d / this.n;
		this.m2 += d * (x - this.mu);
	}

	/** Adds all observations of another accumulator (e.g. from another worker). */
	merge(other: Welford): void {
		if (other.n === 0) return;
		if (this.n === 0) {
			this.n = other.n;
			this.mu = other.mu;
			this.m2 = other.m2;
			return;
		}
		const n = this.n + other.n;
		const d = other.mu - this.mu;
		this.mu += (d * other.n) / n;
		this.m2 += other.m2 + (d * d * this.n * other.n) / n;
		this.n = n;
	}

	/** Forgets everything (e.g. at the end of a warm-up). */
	reset(): void {
		this.n = 0;
		this.mu = 0;
		this.m2 = 0;
	}

	get count(): number {
		return this.n;
	}

	/** Mean of the observations; NaN when there are none. */
	get mean(): number {
		return this.n > 0 ? this.mu : NaN;
	}

	/** Sample variance (divisor n − 1), in the values' unit squared; 0 when count < 2. */
	get variance(): number {
		return this.n > 1 ? this.m2 / (this.n - 1) : 0;
	}

	/** Sample standard deviation. */
	get stdDev(): number {
		return Math.sqrt(this.variance);
	}

	/** The 95 % Student-t interval of the mean, as meanInterval would give for the same values. */
	interval(): MeanInterval {
		if (this.n === 0) return { mean: NaN, low: NaN, high: NaN };
		if (this.n === 1) return { mean: this.mu, low: this.mu, high: this.mu };
		const half = (tQuantile975(this.n - 1) * this.stdDev) / Math.sqrt(this.n);
		return { mean: this.mu, low: this.mu - half, high: this.mu + half };
	}
}
