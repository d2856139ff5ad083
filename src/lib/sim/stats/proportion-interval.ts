// Intervals for shares (abandonment, service level, utilisation, predicted CSAT, …) that
// stay inside [0, 1]. The symmetric mean ± t·SE of a share near 0 or 1 runs past the bound
// (a service level "up to 115.6 %", an abandonment "from −12.4 %"); the Wilson score
// interval (Wilson 1927; Agresti & Coull 1998; Brown, Cai & DasGupta 2001) does not, and
// covers better for small counts and extreme shares.
//
// Replications are not independent customers, so the share's spread is taken from the
// replications, as for every other KPI: the ratio estimator p̂ = Σwᵢpᵢ / Σwᵢ and its standard
// error SE (stats/ratio-interval.ts) give an effective sample size n* = p̂(1 − p̂)/SE² — the
// number of independent customers that would give the same precision (Korn & Graubard 1998,
// "Confidence intervals for proportions with small expected number of positive counts
// estimated from survey data") — and the Wilson interval is taken at n* with Student's t on
// n − 1 degrees of freedom (n replications) in place of z. When every replication gave the
// same share there is no spread to estimate: for shares of customers (count weights) the
// interval is then Wilson's for p̂ of all Σwᵢ customers pooled — e.g. no abandonment among
// 4,000 customers gives [0, 0.13 %] rather than a bare 0 — and for shares of time
// (utilisation) the point itself. One replication: the point, as for every KPI.

import type { MeanInterval } from './interval';
import { tQuantile975 } from './student-t';

/**
 * Wilson score interval for a proportion p̂ (0–1) from n trials (n > 0, need not be whole:
 * an effective sample size) with critical value z: centre (p̂ + z²/2n)/(1 + z²/n), half-width
 * z·√(p̂(1−p̂)/n + z²/4n²)/(1 + z²/n). Always within [0, 1]; p̂ = 0 gives [0, z²/(n + z²)].
 */
export function wilsonInterval(p: number, n: number, z: number): { low: number; high: number } {
	if (!(n > 0) || !(p >= 0 && p <= 1)) return { low: NaN, high: NaN };
	const z2n = (z * z) / n;
	const centre = (p + z2n / 2) / (1 + z2n);
	const half = (z * Math.sqrt((p * (1 - p)) / n + z2n / (4 * n))) / (1 + z2n);
	// exact at the bounds (rounding could leave 1e-17 outside)
	const low = p === 0 ? 0 : Math.max(0, centre - half);
	const high = p === 1 ? 1 : Math.min(1, centre + half);
	return { low, high };
}

/**
 * Weighted mean of per-replication shares values[i] ∈ [0, 1] with weights[i] (customers, or
 * server time for utilisation), and its 95 % interval inside [0, 1] (see above). Entries whose
 * value is NaN or whose weight is 0 are left out. `countWeights`: the weights count customers
 * (the pooled fallback applies). NaNs when nothing is left; low = high = mean for one entry.
 */
export function proportionInterval(
	values: ArrayLike<number>,
	weights: ArrayLike<number>,
	count: number = values.length,
	countWeights = true
): MeanInterval {
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
	// a share is in [0, 1]; rounding in Σwx/Σw must not push it out
	const mean = Math.min(1, Math.max(0, swx / sw));
	if (n === 1) return { mean, low: mean, high: mean };
	let ss = 0;
	for (let i = 0; i < count; i++) {
		const x = values[i];
		const w = weights[i];
		if (Number.isNaN(x) || !(w > 0)) continue;
		const d = w * (x - mean);
		ss += d * d;
	}
	const se2 = (ss * n) / ((n - 1) * sw * sw);
	const t = tQuantile975(n - 1);
	const pq = mean * (1 - mean);
	let nEff: number;
	if (se2 > 0 && pq > 0) nEff = pq / se2;
	else if (countWeights) nEff = sw;
	else return { mean, low: mean, high: mean };
	const { low, high } = wilsonInterval(mean, nEff, t);
	return { mean, low, high };
}
