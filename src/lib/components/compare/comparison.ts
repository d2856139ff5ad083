// The paired comparison as the compare page, the report and the exports read it, and what
// each KPI means for the verdict: its unit and which direction is better (from the engine's KPI
// registry, sim/experiment/kpi-registry.ts). The comparison itself is computed by the engine (sim/experiment/compare.ts, common random numbers).

import { kpiBetter, kpiUnit, kpiValue, type Comparison, type DifferenceValue as DiffValue, type KpiBetter } from '$lib/sim';
import type { Unit } from '$lib/components/results/format';

export type { Comparison, DifferenceValue as DiffValue, DifferenceSet as DiffSet, CustomerComparison } from '$lib/sim';

export type Better = KpiBetter;

export interface KpiInfo {
	id: string;
	unit: Unit;
	better: Better;
}

/** A KPI's unit and better direction, from the engine's KPI registry. */
export const kpiInfo = (id: string): KpiInfo => ({ id, unit: kpiUnit(id), better: kpiBetter(id) });

/** The KPIs of the comparison table, in order. */
export const COMPARE_KPIS: readonly KpiInfo[] = [
	'waitMean',
	'waitP90',
	'serviceLevel',
	'abandonment',
	'balking',
	'resolution',
	'transfers',
	'timeInSystem',
	'throughput',
	'cost',
	'csat',
	'topBox',
	'nps',
	'csatSurveyed',
	'npsSurveyed'
].map(kpiInfo);

const NO_DIFF: DiffValue = { mean: null, low: null, high: null, relative: null, relativeLow: null, relativeHigh: null, significant: false };

/** A KPI of one set, or an empty value. */
export const value = kpiValue;

/** A difference of one set, or an empty difference. */
export const diff = (set: Record<string, unknown> | undefined, id: string): DiffValue => ({
	...NO_DIFF,
	...((set?.[id] as DiffValue | undefined) ?? {})
});

/** Did the redesign move this KPI in the better direction (significantly)? null when not significant or neutral. */
export function direction(d: DiffValue, better: Better): 'better' | 'worse' | null {
	if (!d.significant || d.mean === null || d.mean === 0 || better === 'neutral') return null;
	return d.mean < 0 === (better === 'lower') ? 'better' : 'worse';
}

/** Whether a scenario has any staff cost set (otherwise cost is 0 and not worth a word). */
export function hasCost(c: Comparison): boolean {
	return (value(c.baseline.overall, 'cost').mean ?? 0) > 0 || (value(c.redesign.overall, 'cost').mean ?? 0) > 0;
}
