// Confidence intervals across replications: each replication (one simulated day, or one
// long steady-state run) gives one value of a KPI; their mean ± t·s/√n is the 95 % interval
// that says how much of a difference between two designs is real rather than luck.

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
