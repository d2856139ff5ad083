// A fixed time: every customer takes exactly the same (a scripted announcement, a machine
// cycle). Also what the mean-and-cv distributions collapse to when cv = 0.

import { requireFinite, type Sampler } from './distribution';

export class DeterministicSampler implements Sampler {
	readonly mean: number;
	readonly variance = 0;

	/** value: the constant, in minutes (any finite number; the validator restricts signs). */
	constructor(value: number) {
		requireFinite('deterministic value', value);
		this.mean = value;
	}

	/** Always the constant (minutes), whatever u. */
	quantile(_u: number): number {
		return this.mean;
	}

	/** P(X ≤ x): 0 below the constant, 1 from it on. */
	cdf(x: number): number {
		return x >= this.mean ? 1 : 0;
	}
}
