// Test data for the comparison helpers: a real paired comparison of the bank-branch examples
// (baseline vs kiosks) computed once per test process, and edits of it for the cases the
// verdict must handle (no clear difference, a worse redesign).

import { runComparison, type Scenario } from '$lib/sim';
import bankBaseline from '../../../../static/examples/bank-branch-baseline.json';
import bankKiosks from '../../../../static/examples/bank-branch-kiosks.json';
import type { Comparison, DiffValue } from './comparison';

export const baselineScenario = bankBaseline as Scenario;
export const redesignScenario = bankKiosks as Scenario;

let cached: Comparison | null = null;

/** Baseline vs kiosks, 20 paired days (the redesign clearly cuts waits and abandonment). */
export function bankComparison(): Comparison {
	cached ??= runComparison(baselineScenario, redesignScenario, { replications: 20 });
	return structuredClone(cached);
}

/** The same comparison seen the other way round: the "redesign" is the worse design. */
export function swapped(c: Comparison): Comparison {
	const flip = (d: DiffValue): DiffValue => {
		// seen from the other side: (b − x)/x with x = b(1 + rel) is −rel/(1 + rel)
		const r = (x: number | null) => (x === null ? null : -x / (1 + x));
		return {
			mean: d.mean === null ? null : -d.mean,
			low: d.high === null ? null : -d.high,
			high: d.low === null ? null : -d.low,
			relative: r(d.relative),
			relativeLow: r(d.relativeHigh),
			relativeHigh: r(d.relativeLow),
			significant: d.significant
		};
	};
	const flipSet = (s: Record<string, DiffValue>) => Object.fromEntries(Object.entries(s).map(([k, v]) => [k, flip(v)]));
	return {
		...c,
		baseline: c.redesign,
		redesign: c.baseline,
		difference: {
			overall: flipSet(c.difference.overall),
			stations: Object.fromEntries(Object.entries(c.difference.stations).map(([k, v]) => [k, flipSet(v)])),
			segments: Object.fromEntries(Object.entries(c.difference.segments).map(([k, v]) => [k, flipSet(v)])),
			periods: c.difference.periods
		}
	};
}

/** Every overall difference made unclear: its interval straddles 0. */
export function unclear(c: Comparison): Comparison {
	const out = structuredClone(c);
	for (const [k, d] of Object.entries(out.difference.overall)) {
		if (d.mean === null) continue;
		const half = Math.abs(d.mean) * 2 + 1e-6;
		const bMean = d.relative ? d.mean / d.relative : 1;
		out.difference.overall[k] = {
			...d,
			low: d.mean - half,
			high: d.mean + half,
			relativeLow: d.relative === null ? null : (d.mean - half) / bMean,
			relativeHigh: d.relative === null ? null : (d.mean + half) / bMean,
			significant: false
		};
	}
	return out;
}
