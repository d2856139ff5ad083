// The mean of a per-customer quantity over several replications, each replication giving
// its own average and the number of customers behind it. Pooling customers (the ratio
// estimator R = Σ wᵢxᵢ / Σ wᵢ) answers "what does the average customer experience", which
// a plain mean of daily averages does not when days differ in size: a quiet day with few
// customers would weigh as much as a busy one. The 95 % interval uses the ratio
// estimator's standard error (Cochran, "Sampling Techniques", 3rd ed. 1977, §6.4) with
// Student's t on n − 1 degrees of freedom; with equal weights it is exactly the usual
// mean ± t·s/√n.

import type { MeanInterval } from './interval';
import { tQuantile975 } from './student-t';

/**
 * Weighted mean and 95 % interval of values[0 … count−1] with weights[0 … count−1]; entries
 * whose value is NaN or whose weight is 0 carry no information and are left out.
 * Returns NaNs when nothing is left; low = high = mean when one entry is left.
 */
export function ratioInterval(values: ArrayLike<number>, weights: ArrayLike<number>, count: number = values.length): MeanInterval {
	let n = 0;
	let sw = 0;
	let swx = 0;
	for (let i = 0; i < count; i++) {
		const x = values[i];
		const w = weights[i];
		if (Number.isNaN(x) || !(w > 0)) continue;
		n++;
		sw += w;
		swx += w * x;
	}
	if (n === 0) return { mean: NaN, low: NaN, high: NaN };
	const mean = swx / sw;
	if (n === 1) return { mean, low: mean, high: mean };
	let ss = 0;
	for (let i = 0; i < count; i++) {
		const x = values[i];
		const w = weights[i];
		if (Number.isNaN(x) || !(w > 0)) continue;
		const d = w * (x - mean);
		ss += d * d;
	}
	const se = Math.sqrt((ss * n) / ((n - 1) * sw * sw));
	const half = tQuantile975(n - 1) * se;
	return { mean, low: mean - half, high: mean + half };
}
