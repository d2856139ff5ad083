// The comparison's KPI table as data: each KPI for both variants with its interval, the
// paired difference and relative change with their intervals, an arrow for the direction,
// whether the change is significant and good or bad, and each variant against its target.

import type { KpiValue, Scenario } from '$lib/sim';
import type { Verdict } from '$lib/components/results/kpi-cards';
import { formatValue, intervalScale, type Formatters, type Unit } from '$lib/components/results/format';
import { COMPARE_KPIS, diff, direction, hasCost, value, type Comparison, type DiffValue } from './comparison';
import { signed } from '$lib/i18n/format';
import { targetChecks, type TargetCheck } from './targets';

export type Assessment = 'better' | 'worse' | 'unclear' | 'changed';

export interface CompareRow {
	id: string;
	label: string;
	baseline: string;
	baselineCi: string | null;
	redesign: string;
	redesignCi: string | null;
	/** Signed difference redesign − baseline, in the KPI's unit (shares in percentage points). */
	difference: string;
	differenceCi: string | null;
	/** Signed relative change, or null where it means nothing (NPS, a zero baseline). */
	relative: string | null;
	relativeCi: string | null;
	arrow: 'up' | 'down' | 'flat';
	significant: boolean;
	/** better/worse: significant in a direction that matters; changed: significant, neither good nor bad; unclear: CI crosses 0. */
	assessment: Assessment;
	target: { text: string; baseline: Verdict | null; redesign: Verdict | null } | null;
}

/** A difference in the KPI's unit; shares as percentage points. */
export function formatDifference(x: number | null, unit: Unit, f: Formatters): string {
	if (x === null || !Number.isFinite(x)) return '—';
	if (unit === 'share') return signed(f.t('compare.pointsValue', { value: f.num(Math.abs(x) * 100, 1) }), x);
	return signed(formatValue(Math.abs(x), unit, f), x);
}

const finite = (x: number | null | undefined): x is number => x !== null && x !== undefined && Number.isFinite(x);

/** A 95 % interval without its label, the unit once: "2.2–2.9 min", "82.3%–87.0%", "1,767–1,869". */
export function interval(v: KpiValue | null | undefined, unit: Unit, f: Formatters): string | null {
	if (!v || !finite(v.low) || !finite(v.high)) return null;
	if (unit === 'minutes') {
		// in the point's unit (formatInterval's rule)
		const { seconds, scale, digits } = intervalScale(v.mean ?? null, v.low, v.high);
		const range = `${f.num(v.low * scale, digits)}–${f.num(v.high * scale, digits)}`;
		return f.t(seconds ? 'units.seconds' : 'common.minutesValue', { value: range });
	}
	return `${formatValue(v.low, unit, f)}–${formatValue(v.high, unit, f)}`;
}

/** The interval of a difference, signed, the unit once: "−1.5 to −1.1 min", "+6.9 to +9.7 pp". */
export function differenceInterval(
	d: { mean?: number | null; low: number | null; high: number | null },
	unit: Unit,
	f: Formatters
): string | null {
	if (!finite(d.low) || !finite(d.high)) return null;
	// in the point's unit (formatInterval's rule), so the ends never mix minutes and seconds
	const m = intervalScale(d.mean ?? null, d.low, d.high);
	const bare = (x: number) =>
		unit === 'minutes'
			? signed(f.num(Math.abs(x) * m.scale, m.digits), x)
			: unit === 'share'
				? signed(f.num(Math.abs(x) * 100, 1), x)
				: formatDifference(x, unit, f);
	const range = f.t('compare.ciRange', { low: bare(d.low), high: bare(d.high) });
	if (unit === 'minutes') return f.t(m.seconds ? 'units.seconds' : 'common.minutesValue', { value: range });
	if (unit === 'share') return f.t('compare.pointsValue', { value: range });
	return range;
}

export function formatRelative(x: number, f: Formatters): string {
	return signed(f.pct(Math.abs(x), Math.abs(x) < 0.1 ? 1 : 0), x);
}

function relative(d: DiffValue, unit: Unit, f: Formatters): { text: string | null; ci: string | null } {
	if (unit === 'score' || d.relative === null || !Number.isFinite(d.relative)) return { text: null, ci: null };
	const ci =
		d.relativeLow !== null && d.relativeHigh !== null && d.relativeLow !== d.relativeHigh
			? f.t('compare.ciRange', { low: formatRelative(d.relativeLow, f), high: formatRelative(d.relativeHigh, f) })
			: null;
	return { text: formatRelative(d.relative, f), ci };
}

function targetText(check: TargetCheck, f: Formatters): string {
	const key = check.dir === 'atLeast' ? 'compare.target.atLeast' : 'compare.target.atMost';
	const b = check.baselineTarget === null ? null : f.pct(check.baselineTarget, 0);
	const r = check.redesignTarget === null ? null : f.pct(check.redesignTarget, 0);
	return f.t(key, { value: b === r || r === null ? (b ?? '—') : b === null ? r : `${b} / ${r}` });
}

/** Rows for every KPI both variants report (staff cost only when a cost is set; turned away only when it happens). */
export function compareRows(
	c: Comparison,
	scenarios: { baseline: Scenario | null; redesign: Scenario | null },
	f: Formatters
): CompareRow[] {
	const checks = targetChecks(c, scenarios.baseline, scenarios.redesign);
	const b = c.baseline.overall;
	const r = c.redesign.overall;
	return COMPARE_KPIS.filter(({ id }) => {
		if (!(id in b) || !(id in r)) return false;
		if (id === 'cost') return hasCost(c);
		if (id === 'balking') return (value(b, id).mean ?? 0) > 0 || (value(r, id).mean ?? 0) > 0;
		return true;
	}).map(({ id, unit, better }) => {
		const d = diff(c.difference.overall, id);
		const bv = value(b, id);
		const rv = value(r, id);
		const rel = relative(d, unit, f);
		const move = direction(d, better);
		const check = checks.find((k) => k.kpi === id);
		return {
			id,
			label: f.t(`compare.kpi.${id}`),
			baseline: formatValue(bv.mean, unit, f),
			baselineCi: interval(bv, unit, f),
			redesign: formatValue(rv.mean, unit, f),
			redesignCi: interval(rv, unit, f),
			difference: formatDifference(d.mean, unit, f),
			differenceCi: differenceInterval(d, unit, f),
			relative: rel.text,
			relativeCi: rel.ci,
			arrow: d.mean === null || !d.significant || d.mean === 0 ? 'flat' : d.mean > 0 ? 'up' : 'down',
			significant: d.significant,
			assessment: !d.significant ? 'unclear' : (move ?? 'changed'),
			target: check ? { text: targetText(check, f), baseline: check.baseline, redesign: check.redesign } : null
		};
	});
}
