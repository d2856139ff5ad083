// Exact percentiles of per-customer outcomes (the 90th-percentile wait, the median time in
// system): a day holds thousands of customers, so the values fit in a typed array and the
// percentile can be exact rather than estimated. Selection is O(n), no full sort.

/**
 * The p-quantile (0 ≤ p ≤ 1) of values[0 … n−1] by Hyndman & Fan (1996) definition 7, R's
 * default and Excel's PERCENTILE.INC: with h = (n − 1)·p, the result is x₍⌊h⌋₎ + (h − ⌊h⌋)·
 * (x₍⌊h⌋+1₎ − x₍⌊h⌋₎) over the sorted values x₍₀₎ ≤ … (0-based). Units are the values'.
 * Uses Floyd–Rivest selection IN PLACE: the first n entries are REORDERED (copy first if
 * their order matters). Values must not be NaN. n = 0 gives NaN.
 */
export function percentile(values: Float64Array | Float32Array, n: number, p: number): number {
	if (!(n >= 0 && n <= values.length && Number.isInteger(n))) {
		throw new RangeError(`percentile: n ${n} must be a whole number between 0 and ${values.length}`);
	}
	if (!(p >= 0 && p <= 1)) throw new RangeError(`percentile: p ${p} must be between 0 and 1`);
	if (n === 0) return NaN;
	const h = (n - 1) * p;
	const k = Math.floor(h);
	select(values, k, 0, n - 1);
	const low = values[k];
	const frac = h - k;
	if (frac === 0 || k + 1 >= n) return low;
	// After selection everything right of k is ≥ x₍k₎, so x₍k+1₎ is their minimum.
	let next = values[k + 1];
	for (let i = k + 2; i < n; i++) if (values[i] < next) next = values[i];
	return low + frac * (next - low);
}

/**
 * Floyd & Rivest, "Algorithm 489: SELECT", CACM 18(3), 1975: rearranges arr[left … right]
 * so that arr[k] is the value it would have after sorting, smaller-or-equal values left of
 * it and greater-or-equal right. Sampling narrows the range first for large arrays; the
 * Hoare-style partition copes with many ties (e.g. lots of zero waits).
 */
function select(arr: Float64Array | Float32Array, k: number, left: number, right: number): void {
	while (right > left) {
		if (right - left > 600) {
			const n = right - left + 1;
			const m = k - left + 1;
			const z = Math.log(n);
			const s = 0.5 * Math.exp((2 * z) / 3);
			const sd = 0.5 * Math.sqrt((z * s * (n - s)) / n) * (m - n / 2 < 0 ? -1 : 1);
			const newLeft = Math.max(left, Math.floor(k - (m * s) / n + sd));
			const newRight = Math.min(right, Math.floor(k + ((n - m) * s) / n + sd));
			select(arr, k, newLeft, newRight);
		}
		const t = arr[k];
		let i = left;
		let j = right;
		swap(arr, left, k);
		if (arr[right] > t) swap(arr, left, right);
		while (i < j) {
			swap(arr, i, j);
			i++;
			j--;
			while (arr[i] < t) i++;
			while (arr[j] > t) j--;
		}
		if (arr[left] === t) swap(arr, left, j);
		else {
			j++;
			swap(arr, j, right);
		}
		if (j <= k) left = j + 1;
		if (k <= j) right = j - 1;
	}
}

function swap(arr: Float64Array | Float32Array, i: number, j: number): void {
	const t = arr[i];
	arr[i] = arr[j];
	arr[j] = t;
}

/**
 * A growable list of doubles (e.g. one wait per served customer) backed by a typed array
 * that doubles its capacity when full: amortised O(1) push, no allocation per value.
 */
export class GrowableFloat64 {
	private data: Float64Array;
	private size = 0;

	/** initialCapacity: values held before the first growth (at least 1). */
	constructor(initialCapacity = 64) {
		this.data = new Float64Array(Math.max(1, Math.floor(initialCapacity)));
	}

	/** Appends a value. */
	push(x: number): void {
		if (this.size === this.data.length) {
			const bigger = new Float64Array(this.data.length * 2);
			bigger.set(this.data);
			this.data = bigger;
		}
		this.data[this.size++] = x;
	}

	/** Number of values pushed since construction or the last reset. */
	get length(): number {
		return this.size;
	}

	/** Values the current buffer holds before it must grow. */
	get capacity(): number {
		return this.data.length;
	}

	/** The i-th value (0-based, i < length). */
	get(i: number): number {
		return this.data[i];
	}

	/** Empties the list, keeping the buffer (a new replication reuses the memory). */
	reset(): void {
		this.size = 0;
	}

	/**
	 * The values as a Float64Array view over the buffer (no copy): valid until the next push
	 * that grows the buffer; percentile(view, length, p) reorders it. slice() it to keep or transfer.
	 */
	view(): Float64Array {
		return this.data.subarray(0, this.size);
	}
}
