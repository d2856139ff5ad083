// Percentiles in memory that does not grow with run length. A sketch keeps the values
// themselves while there are at most EXACT_LIMIT of them (65,536: every day-mode group and
// station in practice), and the percentile is then exact. Beyond that it moves to a
// log-linear histogram (HdrHistogram-style): each power of two is split into 128 equal
// sub-buckets, read straight from the bits of the double (no logarithm per value), and a
// bucket is represented by its midpoint, so every order statistic — and therefore every
// percentile, which interpolates between two of them — is within a relative error of
// 2⁻⁸ ≈ 0.39 % (≤ 0.5 %). Zeros are counted exactly; values between 0 and 2⁻²⁰ (for waits in
// minutes: under 60 µs) fall in the lowest bucket (absolute error < 1e-6) and values beyond
// 2⁴⁰ in the highest (absurd for waits in minutes). Values must be ≥ 0 and not NaN.
// Memory: at most 512 KB (the exact buffer) or 60 KB (the histogram) per sketch.

import { percentile } from './percentile';

/** Values kept exactly, per sketch and replication, before switching to the histogram. */
export const EXACT_LIMIT = 65_536;
/** Sub-buckets per power of two (7 bits of mantissa): relative error ≤ 2^-(SUB_BITS+1). */
const SUB_BITS = 7;
const SUB = 1 << SUB_BITS;
/** Smallest and largest power of two represented (binary exponents). */
const E_MIN = -20;
const E_MAX = 40;
const BUCKETS = (E_MAX - E_MIN) * SUB;
/** The relative error bound of a percentile from the histogram: 2⁻⁸. */
export const SKETCH_RELATIVE_ERROR = 1 / (2 * SUB);

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
/** Index of the high word of a double in u32 (endianness). */
const HI = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;

/** Histogram bucket of x > 0. */
function bucketOf(x: number): number {
	f64[0] = x;
	const hi = u32[HI];
	const e = ((hi >>> 20) & 0x7ff) - 1023;
	if (e < E_MIN) return 0;
	if (e >= E_MAX) return BUCKETS - 1;
	return (e - E_MIN) * SUB + ((hi >>> (20 - SUB_BITS)) & (SUB - 1));
}

/** Midpoint of bucket b: 2^e · (1 + (j + ½)/SUB). */
function bucketValue(b: number): number {
	const e = Math.floor(b / SUB) + E_MIN;
	const j = b - (e - E_MIN) * SUB;
	return 2 ** e * (1 + (j + 0.5) / SUB);
}

export class QuantileSketch {
	/** Values added since the last reset. */
	count = 0;
	#values = new Float64Array(64);
	/** Histogram counts (allocated at the first switch, then reused). */
	#counts = new Float64Array(0);
	#zeros = 0;
	#histogram = false;
	#lo = BUCKETS;
	#hi = -1;

	/** True when percentiles are exact (at most EXACT_LIMIT values so far). */
	get exact(): boolean {
		return !this.#histogram;
	}

	reset(): void {
		if (this.#histogram) {
			if (this.#hi >= this.#lo) this.#counts.fill(0, this.#lo, this.#hi + 1);
			this.#histogram = false;
		}
		this.count = 0;
		this.#zeros = 0;
		this.#lo = BUCKETS;
		this.#hi = -1;
	}

	add(x: number): void {
		const n = this.count++;
		if (!this.#histogram) {
			if (n < this.#values.length) {
				this.#values[n] = x;
				return;
			}
			if (n < EXACT_LIMIT) {
				const bigger = new Float64Array(Math.min(EXACT_LIMIT, this.#values.length * 2));
				bigger.set(this.#values);
				this.#values = bigger;
				this.#values[n] = x;
				return;
			}
			this.#toHistogram(n);
		}
		this.#bin(x);
	}

	#bin(x: number): void {
		if (x <= 0) {
			this.#zeros++;
			return;
		}
		const b = bucketOf(x);
		this.#counts[b]++;
		if (b < this.#lo) this.#lo = b;
		if (b > this.#hi) this.#hi = b;
	}

	#toHistogram(n: number): void {
		if (this.#counts.length === 0) this.#counts = new Float64Array(BUCKETS);
		this.#histogram = true;
		const v = this.#values;
		for (let i = 0; i < n; i++) this.#bin(v[i]);
	}

	/**
	 * The p-quantile (Hyndman & Fan definition 7, as stats/percentile.ts) of the values added
	 * since the last reset; NaN when there are none. Exact while `exact`; otherwise within
	 * SKETCH_RELATIVE_ERROR of it. Exact mode reorders the kept values (call once per replication).
	 */
	quantile(p: number): number {
		const n = this.count;
		if (n === 0) return NaN;
		if (!this.#histogram) return percentile(this.#values, n, p);
		const h = (n - 1) * p;
		const k = Math.floor(h);
		const low = this.#orderStatistic(k);
		const frac = h - k;
		if (frac === 0 || k + 1 >= n) return low;
		return low + frac * (this.#orderStatistic(k + 1) - low);
	}

	/** The estimate of the k-th smallest value (0-based). */
	#orderStatistic(k: number): number {
		if (k < this.#zeros) return 0;
		let seen = this.#zeros;
		const counts = this.#counts;
		for (let b = this.#lo; b <= this.#hi; b++) {
			seen += counts[b];
			if (k < seen) return bucketValue(b);
		}
		return bucketValue(this.#hi);
	}
}
