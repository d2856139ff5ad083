// The targets a staffing plan must meet, checked in every period of arrival: service level
// (share served within waitMinutes), abandonment at most, predicted CSAT at least. Each
// check says the period's mean with its 95 % interval and the confidence that the true mean
// meets the target, P(true mean meets) ≈ Φ(margin / standard error), the standard error read
// back from the interval (half-width ÷ t₀.₉₇₅ with n − 1 degrees of freedom). A period counts
// as meeting a target when that confidence reaches the plan's required confidence (0.9 by
// default): plain "the mean meets it" would pass half of the periods that sit exactly on the
// target, which then miss in a fresh run.

import type { Targets } from '../../model/scenario';
import { normalCdf } from '../../random/normal';
import { tQuantile975 } from '../../stats/student-t';
import type { KpiValue, Results } from '../results';

export type TargetKind = 'serviceLevel' | 'maxAbandonment' | 'minCsat';

export interface TargetSpec {
	kind: TargetKind;
	/** The KPI it reads in each period: serviceLevel, abandonment or csat. */
	kpi: 'serviceLevel' | 'abandonment' | 'csat';
	/** The required value (a share 0–1). */
	value: number;
	/** +1: the KPI must be at least the value; −1: at most. */
	direction: 1 | -1;
}

/** The targets to meet: the scenario's, overridden key by key by the options' (null removes one). */
export function resolveTargets(
	scenarioTargets: Targets | undefined,
	override?: Partial<Record<keyof Targets, number | null>>
): { specs: TargetSpec[]; waitMinutes: number | undefined } {
	const t: Record<string, number | null | undefined> = { ...(scenarioTargets ?? {}) };
	for (const [k, v] of Object.entries(override ?? {})) if (v !== undefined) t[k] = v;
	const specs: TargetSpec[] = [];
	if (typeof t.serviceLevel === 'number') specs.push({ kind: 'serviceLevel', kpi: 'serviceLevel', value: t.serviceLevel, direction: 1 });
	if (typeof t.maxAbandonment === 'number')
		specs.push({ kind: 'maxAbandonment', kpi: 'abandonment', value: t.maxAbandonment, direction: -1 });
	if (typeof t.minCsat === 'number') specs.push({ kind: 'minCsat', kpi: 'csat', value: t.minCsat, direction: 1 });
	return { specs, waitMinutes: typeof t.waitMinutes === 'number' ? t.waitMinutes : undefined };
}

export interface TargetCheck {
	target: TargetKind;
	required: number;
	value: KpiValue;
	/** P(the true mean meets the target), 0–1. */
	confidence: number;
	meets: boolean;
	/** How far the mean misses, as a share of the target (0 when it meets). */
	shortfall: number;
}

export interface PeriodCheck {
	period: number;
	start: number;
	end: number;
	/** Arrivals in the period (mean per replication). */
	arrivals: number | null;
	checks: TargetCheck[];
	meets: boolean;
	/** The lowest confidence among its targets (1 with no targets or no arrivals). */
	confidence: number;
}

export function confidenceMet(v: KpiValue, spec: TargetSpec, replications: number): number {
	if (v.mean === null) return 1;
	const margin = (v.mean - spec.value) * spec.direction;
	const half = v.high !== null && v.low !== null ? (v.high - v.low) / 2 : 0;
	const se = replications > 1 && half > 0 ? half / tQuantile975(replications - 1) : 0;
	if (se === 0) return margin >= -1e-12 ? 1 : 0;
	return normalCdf(margin / se);
}

/** Checks every period of arrival of a run against the targets. */
export function checkPeriods(results: Results, specs: TargetSpec[], required: number): PeriodCheck[] {
	return results.periods.map((p, period) => {
		const checks = specs.map((spec): TargetCheck => {
			const value = p[spec.kpi] as KpiValue;
			const confidence = confidenceMet(value, spec, results.replications);
			const shortfall = value.mean === null ? 0 : Math.max(0, ((spec.value - value.mean) * spec.direction) / Math.max(spec.value, 0.01));
			return { target: spec.kind, required: spec.value, value, confidence, meets: confidence >= required, shortfall };
		});
		const arrivals = (p.arrivals as KpiValue).mean;
		return {
			period,
			start: p.start as number,
			end: p.end as number,
			arrivals,
			checks,
			meets: checks.every((c) => c.meets),
			confidence: checks.reduce((m, c) => Math.min(m, c.confidence), 1)
		};
	});
}

/**
 * How far a run is from meeting every target, one number for choosing between candidates:
 * each unmet check adds its shortfall plus how far its confidence is from the required one.
 */
export function totalShortfall(checks: PeriodCheck[], skip: ReadonlySet<number> = new Set()): number {
	let s = 0;
	for (const p of checks) {
		if (skip.has(p.period)) continue;
		for (const c of p.checks) if (!c.meets) s += c.shortfall + (1 - c.confidence);
	}
	return s;
}
