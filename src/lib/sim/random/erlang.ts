// Erlang times: the sum of k equal exponential phases (a service with k steps of similar
// length), cv = 1/√k. A gamma with integer shape k and scale mean/k; k = 1 is the exponential.

import { requireNonNegative } from './distribution';
import { GammaSampler } from './gamma';

export class ErlangSampler extends GammaSampler {
	/** Number of phases k (whole number ≥ 1). */
	readonly phases: number;

	/** mean: minutes ≥ 0; k: number of phases, a whole number ≥ 1. Variance mean²/k. */
	constructor(mean: number, k: number) {
		requireNonNegative('erlang mean', mean);
		if (!(Number.isInteger(k) && k >= 1)) throw new Error(`erlang k must be a whole number ≥ 1, got ${k}`);
		super(mean, 1 / Math.sqrt(k), k);
		this.phases = k;
	}
}
