// Formatting of KPI values for the results dashboard, kept free of the i18n runtime so it can
// be unit-tested: the dashboard passes in the locale's formatters (fmt, pct, minutes, clock)
// and t(). A caption or label is a message key plus already-formatted parameters.

import { inSeconds, secondsDigits, type Formatters } from '$lib/i18n/format';
import type { KpiUnit, KpiValue } from '$lib/sim';

export type { Formatters } from '$lib/i18n/format';

/** How a KPI is shown: the engine's KPI unit (sim/experiment/kpi-registry.ts). */
export type Unit = KpiUnit;

export interface Message {
	key: string;
	params?: Record<string, string | number>;
}

/** Smallest step shown per unit; anything closer to 0 is shown as 0 (never "-0"). Minutes: one second. */
const STEP: Record<Unit, number> = {
	minutes: 1 / 60,
	share: 0.001,
	count: 0.1,
	perHour: 0.1,
	money: 1,
	servers: 0.1,
	score: 1,
	ratio: 0.01
};

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

/**
 * How the ends of a range of minutes are written with the unit once: in seconds when both ends
 * are under a minute ("12–18 s"), else in minutes ("0.8–1.2 min"). `scale` turns minutes into
 * the unit shown.
 */
export function minutesScale(low: number, high: number): { seconds: boolean; scale: number; digits: number } {
	const big = Math.max(Math.abs(low), Math.abs(high));
	if (big > 0 && (low === 0 || inSeconds(low)) && (high === 0 || inSeconds(high)))
		return { seconds: true, scale: 60, digits: secondsDigits(big * 60) };
	return { seconds: false, scale: 1, digits: big >= 100 ? 0 : 1 };
}

/** "2.4–2.8 min", "12–18 s", or null when there is no interval (no data, one replication, or no spread at this precision). */
export function formatRange(v: KpiValue | null | undefined, unit: Unit, f: Formatters): string | null {
	if (!v || v.low === null || v.high === null || !Number.isFinite(v.low) || !Number.isFinite(v.high)) return null;
	const snap = (x: number) => (Math.abs(x) < STEP[unit] / 2 ? 0 : x);
	if (unit === 'minutes') {
		const [lo, hi] = [snap(v.low), snap(v.high)];
		const { seconds, scale, digits } = minutesScale(lo, hi);
		const low = f.num(lo * scale, digits);
		const high = f.num(hi * scale, digits);
		if (low === high) return null;
		return f.t(seconds ? 'units.rangeSeconds' : 'results.rangeMinutes', { low, high });
	}
	const low = formatValue(snap(v.low), unit, f);
	const high = formatValue(snap(v.high), unit, f);
	if (low === high) return null;
	return `${low}–${high}`;
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
	return ci ? f.t('units.withInterval', { value, ci }) : value;
}

export const PALETTE = ['#1d4e89', '#d9822b', '#2a9d8f', '#8e5ea2', '#c0392b', '#5c6b7a', '#b8860b', '#3b7dd8'];
