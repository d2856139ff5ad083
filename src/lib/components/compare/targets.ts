// Each variant's KPIs against its scenario's targets (service level, abandonment, CSAT):
// pass when the whole 95 % interval meets the target, fail when the whole interval misses,
// borderline when it straddles (the dashboard's rule, reused).

import type { Scenario, Targets } from '$lib/sim';
import { verdict as againstTarget, type Verdict } from '$lib/components/results/kpi-cards';
import { value, type Comparison } from './comparison';

export type TargetKpi = 'serviceLevel' | 'abandonment' | 'csat';

export interface TargetCheck {
	kpi: TargetKpi;
	dir: 'atLeast' | 'atMost';
	/** The target of each variant (the same unless a scenario changed its targets). */
	baselineTarget: number | null;
	redesignTarget: number | null;
	baseline: Verdict | null;
	redesign: Verdict | null;
}

const TARGETS: { kpi: TargetKpi; key: keyof Targets; dir: 'atLeast' | 'atMost' }[] = [
	{ kpi: 'serviceLevel', key: 'serviceLevel', dir: 'atLeast' },
	{ kpi: 'abandonment', key: 'maxAbandonment', dir: 'atMost' },
	{ kpi: 'csat', key: 'minCsat', dir: 'atLeast' }
];

/** The targets either scenario sets, each checked for both variants. */
export function targetChecks(
	c: Comparison,
	baseline: Pick<Scenario, 'targets'> | null,
	redesign: Pick<Scenario, 'targets'> | null
): TargetCheck[] {
	return TARGETS.flatMap(({ kpi, key, dir }) => {
		const bt = baseline?.targets?.[key] ?? null;
		const rt = redesign?.targets?.[key] ?? null;
		if (bt === null && rt === null) return [];
		return [
			{
				kpi,
				dir,
				baselineTarget: bt,
				redesignTarget: rt,
				baseline: bt === null ? null : againstTarget(value(c.baseline.overall, kpi), bt, dir),
				redesign: rt === null ? null : againstTarget(value(c.redesign.overall, kpi), rt, dir)
			}
		];
	});
}

/** How many targets each variant meets (pass), of those it has. */
export function targetTally(checks: TargetCheck[]): { baseline: { met: number; of: number }; redesign: { met: number; of: number } } {
	const tally = (side: 'baseline' | 'redesign') => ({
		met: checks.filter((c) => c[side] === 'pass').length,
		of: checks.filter((c) => c[side] !== null).length
	});
	return { baseline: tally('baseline'), redesign: tally('redesign') };
}
