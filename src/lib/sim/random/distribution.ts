// A service, patience or delay time model as the engine uses it: a quantile function (so
// every sample is an inverse transform of a uniform, and the same customer quantile maps to
// comparable times in two scenarios), plus its exact mean and variance for reports and
// analytic checks. makeSampler converts the scenario's manager-friendly form (mean and
// coefficient of variation, or min/mode/max, or observed values) into a sampler.

import type { Distribution } from '../model/scenario';
import { DeterministicSampler } from './deterministic';
import { EmpiricalSampler } from './empirical';
import { ErlangSampler } from './erlang';
import { ExponentialSampler } from './exponential';
import { GammaSampler } from './gamma';
import { LognormalSampler } from './lognormal';
import { TriangularSampler } from './triangular';
import { UniformSampler } from './uniform';
import { WeibullSampler } from './weibull';

export interface Sampler {
	/** Expected value, in the distribution's unit (minutes for times). */
	readonly mean: number;
	/** Variance, in the unit squared (minutes²). */
	readonly variance: number;
	/**
	 * The u-quantile F⁻¹(u) for u in the open interval (0, 1), in the distribution's unit.
	 * Non-decreasing in u; allocation-free. Sample by quantile(stream.next()) or
	 * quantile(drawUniform(…)).
	 */
	quantile(u: number): number;
}

/**
 * Builds the sampler for a scenario distribution. Throws an Error naming the problem for
 * parameters no distribution can have (negative or non-finite mean, cv < 0, min > max,
 * non-integer Erlang k, no empirical values, …). The scenario validator reports these first
 * with their location; this is the engine's last line of defence.
 */
export function makeSampler(d: Distribution): Sampler {
	switch (d.dist) {
		case 'exponential':
			return new ExponentialSampler(d.mean);
		case 'deterministic':
			return new DeterministicSampler(d.value);
		case 'lognormal':
			return new LognormalSampler(d.mean, d.cv);
		case 'gamma':
			return new GammaSampler(d.mean, d.cv);
		case 'weibull':
			return new WeibullSampler(d.mean, d.cv);
		case 'erlang':
			return new ErlangSampler(d.mean, d.k);
		case 'uniform':
			return new UniformSampler(d.min, d.max);
		case 'triangular':
			return new TriangularSampler(d.min, d.mode, d.max);
		case 'empirical':
			return new EmpiricalSampler(d.values);
		default:
			throw new Error(`unknown distribution "${(d as { dist: unknown }).dist}"`);
	}
}

/** Throws unless x is a finite number ≥ 0 (shared parameter check for the samplers). */
export function requireNonNegative(what: string, x: number): void {
	if (!(typeof x === 'number' && Number.isFinite(x) && x >= 0)) {
		throw new Error(`${what} must be a finite number ≥ 0, got ${x}`);
	}
}

/** Throws unless x is a finite number. */
export function requireFinite(what: string, x: number): void {
	if (!(typeof x === 'number' && Number.isFinite(x))) {
		throw new Error(`${what} must be a finite number, got ${x}`);
	}
}
