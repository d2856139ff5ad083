// A fast standard normal CDF for bulk use: predicted satisfaction evaluates Φ several times
// for every customer of every replication, where the exact rational approximations
// (normal.ts, ≈ 1e-16) cost more than simulating the customer. Cubic Hermite interpolation
// between tabulated values of Φ and its slope φ on a 1/64 grid over [−8.5, 8.5] is accurate
// to about 1e-10 absolute (error ≤ h⁴/384 · max|Φ⁗| ≈ 1e-10), ten times faster.

import { normalCdf, normalPdf } from './normal';

const LIMIT = 8.5;
const STEP = 1 / 64;
const POINTS = Math.round((2 * LIMIT) / STEP) + 1;
const cdf = new Float64Array(POINTS);
const pdf = new Float64Array(POINTS);
for (let k = 0; k < POINTS; k++) {
	const z = -LIMIT + k * STEP;
	cdf[k] = normalCdf(z);
	pdf[k] = normalPdf(z) * STEP; // slope per grid step
}

/** Φ(z) to about 1e-10 absolute; 0 below −8.5 and 1 above 8.5 (where Φ is within 1e-17 of them). */
export function normalCdfFast(z: number): number {
	if (!(z > -LIMIT)) return z !== z ? NaN : 0;
	if (z >= LIMIT) return 1;
	const x = (z + LIMIT) * 64;
	const k = Math.floor(x);
	const t = x - k;
	const t2 = t * t;
	const t3 = t2 * t;
	return (
		(2 * t3 - 3 * t2 + 1) * cdf[k] + (t3 - 2 * t2 + t) * pdf[k] + (-2 * t3 + 3 * t2) * cdf[k + 1] + (t3 - t2) * pdf[k + 1]
	);
}
