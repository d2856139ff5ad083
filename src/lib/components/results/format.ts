// Formatting of KPI values for the results dashboard, kept free of the i18n runtime so it can
// be unit-tested: the dashboard passes in the locale's formatters (fmt, pct, minutes, clock)
// and t(). A caption or label is a message key plus already-formatted parameters.

import { inSeconds, secondsDigits, signed, type Formatters } from '$lib/i18n/format';
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

/**
 * How an interval of minutes around a point is written: in the point's unit — seconds when the
 * point is under a minute, else minutes — for both ends and the point, so "−1.1 min (95% CI
 * −1.5 to −0.8 min)" never mixes in "−45 s". Without a point (null) the ends decide, as
 * minutesScale. Digits follow the largest of the three in that unit.
 */
export function intervalScale(point: number | null, low: number, high: number): { seconds: boolean; scale: number; digits: number } {
	if (point === null || !Number.isFinite(point) || point === 0) return minutesScale(low, high);
	const big = Math.max(Math.abs(point), Math.abs(low), Math.abs(high));
	if (inSeconds(point)) return { seconds: true, scale: 60, digits: secondsDigits(big * 60) };
	return { seconds: false, scale: 1, digits: big >= 100 ? 0 : 1 };
}

/**
 * An interval and its point in one unit, the one place intervals are formatted (dashboard,
 * compare, report, optimise): `range` is "2.4–2.8 min" / "12–18 s" / "82.3%–87.0%" (null when
 * there is no interval, or no spread at this precision); `value`, `low` and `high` are the point
 * and each end with the unit, for sentences that place them apart ("95% CI {low} to {high}").
 * `signed` writes a difference: "+0.4 min", "−1.5 min".
 */
export function formatInterval(
	v: { mean?: number | null; low: number | null; high: number | null } | null | undefined,
	unit: Unit,
	f: Formatters,
	options: { signed?: boolean } = {}
): { value: string; low: string; high: string; range: string } | null {
	if (!v || v.low === null || v.high === null || !Number.isFinite(v.low) || !Number.isFinite(v.high)) return null;
	const snap = (x: number) => (Math.abs(x) < STEP[unit] / 2 ? 0 : x);
	const sign = (text: string, x: number) => (options.signed ? signed(text, x) : text);
	const point = v.mean === null || v.mean === undefined ? null : snap(v.mean);
	const [lo, hi] = [snap(v.low), snap(v.high)];
	if (unit === 'minutes') {
		const { seconds, scale, digits } = intervalScale(point, lo, hi);
		const bare = (x: number) => sign(f.num((options.signed ? Math.abs(x) : x) * scale, digits), x);
		const withUnit = (text: string) => f.t(seconds ? 'units.seconds' : 'common.minutesValue', { value: text });
		const [low, high] = [bare(lo), bare(hi)];
		if (low === high) return null;
		return {
			value: point === null ? '' : withUnit(bare(point)),
			low: withUnit(low),
			high: withUnit(high),
			range: f.t(seconds ? 'units.rangeSeconds' : 'results.rangeMinutes', { low, high })
		};
	}
	const one = (x: number) => sign(formatValue(options.signed ? Math.abs(x) : x, unit, f), x);
	const [low, high] = [one(lo), one(hi)];
	if (low === high) return null;
	return { value: point === null ? '' : one(point), low, high, range: `${low}–${high}` };
}

/** "2.4–2.8 min", "12–18 s", or null when there is no interval (no data, one replication, or no spread at this precision). */
export function formatRange(v: KpiValue | null | undefined, unit: Unit, f: Formatters): string | null {
	return formatInterval(v, unit, f)?.range ?? null;
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
