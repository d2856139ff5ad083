// Editing a distribution: which parameters each kind has, and switching kinds while keeping the
// mean (a manager who changes "exponential, mean 6" to "lognormal" expects mean 6, cv 1).

import type { Distribution, DistributionName } from '$lib/sim';

export const DIST_KINDS: readonly DistributionName[] = [
	'exponential',
	'deterministic',
	'lognormal',
	'gamma',
	'weibull',
	'erlang',
	'uniform',
	'triangular',
	'empirical'
];

export type DistParam = 'mean' | 'value' | 'cv' | 'k' | 'min' | 'mode' | 'max' | 'values';

export function distParams(kind: DistributionName): DistParam[] {
	switch (kind) {
		case 'exponential':
			return ['mean'];
		case 'deterministic':
			return ['value'];
		case 'lognormal':
		case 'gamma':
		case 'weibull':
			return ['mean', 'cv'];
		case 'erlang':
			return ['mean', 'k'];
		case 'uniform':
			return ['min', 'max'];
		case 'triangular':
			return ['min', 'mode', 'max'];
		case 'empirical':
			return ['values'];
	}
}

/** The mean of a distribution in minutes (NaN when it cannot be told). */
export function meanOf(d: Distribution | null | undefined): number {
	if (!d) return NaN;
	switch (d.dist) {
		case 'deterministic':
			return d.value;
		case 'uniform':
			return (d.min + d.max) / 2;
		case 'triangular':
			return (d.min + d.mode + d.max) / 3;
		case 'empirical':
			return d.values.length ? d.values.reduce((a, b) => a + b, 0) / d.values.length : NaN;
		default:
			return d.mean;
	}
}

/** The same distribution as another kind, with the same mean (and cv 1 where it needs one). */
export function changeKind(d: Distribution, kind: DistributionName): Distribution {
	if (d.dist === kind) return d;
	const m = meanOf(d);
	const mean = Number.isFinite(m) && m > 0 ? round(m) : 1;
	const cv = 'cv' in d ? d.cv : 1;
	switch (kind) {
		case 'exponential':
			return { dist: kind, mean };
		case 'deterministic':
			return { dist: kind, value: mean };
		case 'lognormal':
		case 'gamma':
		case 'weibull':
			return { dist: kind, mean, cv };
		case 'erlang':
			return { dist: kind, mean, k: 2 };
		case 'uniform':
			return { dist: kind, min: round(mean / 2), max: round(mean * 1.5) };
		case 'triangular':
			return { dist: kind, min: round(mean / 2), mode: mean, max: round(mean * 1.5) };
		case 'empirical':
			return { dist: kind, values: [mean] };
	}
}

/** Sets one parameter (values: a list). */
export function setParam(d: Distribution, param: DistParam, value: number | number[]): Distribution {
	return { ...d, [param]: value } as Distribution;
}

/** "1, 2.5, 4" → [1, 2.5, 4]; words that are not numbers are kept out (the validator then sees what is left). */
export function parseValues(text: string): number[] {
	return text
		.split(/[\s,;，；]+/)
		.filter(Boolean)
		.map(Number)
		.filter((x) => Number.isFinite(x));
}

function round(x: number): number {
	return Math.round(x * 1000) / 1000;
}

/**
 * changeKind for a time that may be negative (lateness, early = negative): the kinds that take
 * any sign (fixed, uniform, triangular, list) keep the mean, even 0 or below, with ±`spread`
 * minutes around it; the positive-only kinds fall back to changeKind.
 */
export function changeKindSigned(d: Distribution, kind: DistributionName, spread = 5): Distribution {
	if (d.dist === kind) return d;
	const m = meanOf(d);
	if (!Number.isFinite(m)) return changeKind(d, kind);
	const mean = round(m);
	switch (kind) {
		case 'deterministic':
			return { dist: kind, value: mean };
		case 'uniform':
			return { dist: kind, min: round(mean - spread), max: round(mean + spread) };
		case 'triangular':
			return { dist: kind, min: round(mean - spread), mode: mean, max: round(mean + spread) };
		case 'empirical':
			return { dist: kind, values: [mean] };
		default:
			return changeKind(d, kind);
	}
}
