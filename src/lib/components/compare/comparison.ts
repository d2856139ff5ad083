// The paired comparison as the compare page, the report and the exports read it, and what
// each KPI means for the verdict: its unit and which direction is better. The comparison
// itself is computed by the engine (sim/experiment/compare.ts, common random numbers).

import type { Comparison, DifferenceValue as DiffValue, KpiValue } from '$lib/sim';
import type { Unit } from '$lib/components/results/format';

export type { Comparison, DifferenceValue as DiffValue, DifferenceSet as DiffSet, CustomerComparison } from '$lib/sim';

export type Better = 'lower' | 'higher' | 'neutral';

export interface KpiInfo {
	id: string;
	unit: Unit;
	better: Better;
}

/** The KPIs of the comparison table, in order. */
export const COMPARE_KPIS: readonly KpiInfo[] = [
	{ id: 'waitMean', unit: 'minutes', better: 'lower' },
	{ id: 'waitP90', unit: 'minutes', better: 'lower' },
	{ id: 'serviceLevel', unit: 'share', better: 'higher' },
	{ id: 'abandonment', unit: 'share', better: 'lower' },
	{ id: 'balking', unit: 'share', better: 'lower' },
	{ id: 'resolution', unit: 'share', better: 'higher' },
	{ id: 'transfers', unit: 'ratio', better: 'lower' },
	{ id: 'timeInSystem', unit: 'minutes', better: 'lower' },
	{ id: 'throughput', unit: 'perHour', better: 'neutral' },
	{ id: 'cost', unit: 'money', better: 'lower' },
	{ id: 'csat', unit: 'share', better: 'higher' },
	{ id: 'topBox', unit: 'share', better: 'higher' },
	{ id: 'nps', unit: 'score', better: 'higher' },
	{ id: 'csatSurveyed', unit: 'share', better: 'higher' },
	{ id: 'npsSurveyed', unit: 'score', better: 'higher' }
];

export const kpiInfo = (id: string): KpiInfo => COMPARE_KPIS.find((k) => k.id === id) ?? { id, unit: 'count', better: 'neutral' };

const EMPTY: KpiValue = { mean: null, low: null, high: null };
const NO_DIFF: DiffValue = { mean: null, low: null, high: null, relative: null, relativeLow: null, relativeHigh: null, significant: false };

/** A KPI of one set, or an empty value. */
export const value = (set: Record<string, unknown> | undefined, id: string): KpiValue => (set?.[id] as KpiValue | undefined) ?? EMPTY;

/** A difference of one set, or an empty difference. */
export const diff = (set: Record<string, unknown> | undefined, id: string): DiffValue => ({ ...NO_DIFF, ...((set?.[id] as DiffValue | undefined) ?? {}) });

/** Did the redesign move this KPI in the better direction (significantly)? null when not significant or neutral. */
export function direction(d: DiffValue, better: Better): 'better' | 'worse' | null {
	if (!d.significant || d.mean === null || d.mean === 0 || better === 'neutral') return null;
	return (d.mean < 0) === (better === 'lower') ? 'better' : 'worse';
}

/** Whether a scenario has any staff cost set (otherwise cost is 0 and not worth a word). */
export function hasCost(c: Comparison): boolean {
	return (value(c.baseline.overall, 'cost').mean ?? 0) > 0 || (value(c.redesign.overall, 'cost').mean ?? 0) > 0;
}
