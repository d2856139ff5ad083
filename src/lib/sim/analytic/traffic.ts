// The traffic equations of a network of stations: the long-run arrival rate into each node,
// λ = λ₀ + Pᵀλ (external arrivals plus everything routed to it), solved as (I − Pᵀ)λ = λ₀ by
// Gaussian elimination with partial pivoting. One implementation for the open Jackson network
// formulas (./jackson.ts) and the engine's stability check before a run
// (../experiment/stability.ts). Plain arithmetic, no dependencies: the engine loads it with
// every run (the stability check must not pull in a matrix library).
//
// Source: Jackson (1957), "Networks of waiting lines", Operations Research 5(4):518–521.

/** A pivot below this (the matrix entries are of order 1) means customers never leave a loop. */
const SINGULAR = 1e-12;

/**
 * Total arrival rate into each of n nodes.
 * @param external λ₀, the rate of arrivals from outside into each node (length n).
 * @param routing row-major n×n: `routing[i * n + j]` = probability that a customer leaving node i
 *   goes next to node j (each row sums to at most 1; the rest leaves the network).
 * @returns λ (rounding may leave tiny negative values: clamp them), or null when I − Pᵀ is singular: some loop has
 *   no way out, so the rates through it grow without bound.
 */
export function solveTraffic(external: ArrayLike<number>, routing: ArrayLike<number>): Float64Array | null {
	const n = external.length;
	if (routing.length !== n * n) throw new RangeError(`routing must have ${n}×${n} entries, has ${routing.length}`);
	// augmented matrix [I − Pᵀ | λ₀], row j is the balance equation of node j
	const w = n + 1;
	const a = new Float64Array(n * w);
	for (let j = 0; j < n; j++) {
		for (let i = 0; i < n; i++) a[j * w + i] = (i === j ? 1 : 0) - routing[i * n + j];
		a[j * w + n] = external[j];
	}
	for (let col = 0; col < n; col++) {
		let pivot = col;
		for (let r = col + 1; r < n; r++) if (Math.abs(a[r * w + col]) > Math.abs(a[pivot * w + col])) pivot = r;
		if (!(Math.abs(a[pivot * w + col]) > SINGULAR)) return null;
		if (pivot !== col) {
			for (let k = col; k < w; k++) {
				const t = a[col * w + k];
				a[col * w + k] = a[pivot * w + k];
				a[pivot * w + k] = t;
			}
		}
		const d = a[col * w + col];
		for (let r = col + 1; r < n; r++) {
			const f = a[r * w + col] / d;
			if (f === 0) continue;
			for (let k = col; k < w; k++) a[r * w + k] -= f * a[col * w + k];
		}
	}
	const lambda = new Float64Array(n);
	for (let r = n - 1; r >= 0; r--) {
		let s = a[r * w + n];
		for (let k = r + 1; k < n; k++) s -= a[r * w + k] * lambda[k];
		lambda[r] = s / a[r * w + r];
	}
	return lambda;
}
