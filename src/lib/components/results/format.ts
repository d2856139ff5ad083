// Formatting of KPI values for the results dashboard, kept free of the i18n runtime so it can
// be unit-tested: the dashboard passes in the locale's formatters (fmt, pct, minutes, clock)
// and t(). A caption or label is a message key plus already-formatted parameters.

import type { Formatters } from '$lib/i18n/format';
import type { KpiUnit, KpiValue } from '$lib/sim';

export type { Formatters } from '$lib/i18n/format';

/** How a KPI is shown: the engine's KPI unit (sim/experiment/kpi-registry.ts). */
export type Unit = KpiUnit;

export interface Message {
	key: string;
	params?: Record<string, string | number>;
}

/** Smallest step shown per unit; anything closer to 0 is shown as 0 (never "-0"). */
const STEP: Record<Unit, number> = { minutes: 0.1, share: 0.001, count: 0.1, perHour: 0.1, money: 1, servers: 0.1, score: 1, ratio: 0.01 };

/** One number in its unit. */
export function formatValue(x: number | null | undefined, unit: Unit, f: Formatters): string {
	if (x !== null && x !== undefined && Math.abs(x) < STEP[unit] / 2) x = 0;
	switch (unit) {
		case 'minutes':
			return f.minutes(x, x !== null && x !== undefined && Math.abs(x) >= 100 ? 0 : 1);
		case 'share':
			return f.pct(x, 1);
		case 'count':
			return f.num(x, x !== null && x !== undefined && Math.abs(x) >= 100 ? 0 : 1);
		case 'perHour':
			return f.num(x, 1);
		case 'money':
			return f.currency && x !== null && x !== undefined ? `${f.num(x, 0)} ${f.currency}` : f.num(x, 0);
		case 'servers':
			return f.num(x, 1);
		case 'score':
			return f.num(x, 0);
		case 'ratio':
			return f.num(x, 2);
	}
}

/** The bare number of an interval end, without the unit word (for "2.4–2.8 min"). */
function bare(x: number | null, unit: Unit, f: Formatters): string {
	if (x !== null && Math.abs(x) < STEP[unit] / 2) x = 0;
	if (unit === 'minutes') return f.num(x, x !== null && Math.abs(x) >= 100 ? 0 : 1);
	return formatValue(x, unit, f);
}

/** "2.4–2.8 min", or null when there is no interval (no data, one replication, or no spread at this precision). */
export function formatRange(v: KpiValue | null | undefined, unit: Unit, f: Formatters): string | null {
	if (!v || v.low === null || v.high === null || !Number.isFinite(v.low) || !Number.isFinite(v.high)) return null;
	const low = bare(v.low, unit, f);
	const high = bare(v.high, unit, f);
	if (low === high) return null;
	return unit === 'minutes' ? f.t('results.rangeMinutes', { low, high }) : `${low}–${high}`;
}

/** "95% CI 2.4–2.8 min", or null when there is no interval. */
export function formatCi(v: KpiValue | null | undefined, unit: Unit, f: Formatters): string | null {
	const range = formatRange(v, unit, f);
	return range === null ? null : f.t('results.ci', { range });
}

/** Value and interval in one string: "2.6 min (95% CI 2.4–2.8 min)". */
export function formatKpi(v: KpiValue | null | undefined, unit: Unit, f: Formatters): string {
	const value = formatValue(v?.mean ?? null, unit, f);
	const ci = formatCi(v, unit, f);
	return ci ? `${value} (${ci})` : value;
}

export const PALETTE = ['#1d4e89', '#d9822b', '#2a9d8f', '#8e5ea2', '#c0392b', '#5c6b7a', '#b8860b', '#3b7dd8'];
