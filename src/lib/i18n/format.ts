// Numbers, shares, minutes and clock times in one language: the one place that formats them.
// Plain functions of (value, locale), without the reactive runtime, so pure helpers (tables,
// charts, the verdict, the report, CSV) and their tests can format in any language;
// i18n.svelte.ts binds the same functions to the interface's current language (fmt, pct,
// minutes, clock).

import { translate } from './catalogue';
import { LOCALE_TAGS, type Locale } from './locales';

/** The formatters of one language, passed to the pure helpers. */
export interface Formatters {
	num(x: number | null | undefined, digits?: number): string;
	pct(x: number | null | undefined, digits?: number): string;
	minutes(x: number | null | undefined, digits?: number): string;
	/** Clock label of a time in minutes since opening. */
	clock(offsetMinutes: number): string;
	t(key: string, params?: Record<string, string | number>): string;
	/** The scenario's currency code ("EUR", "CNY"); absent: money is a plain number. */
	currency?: string;
}

const ok = (x: number | null | undefined): x is number => x !== null && x !== undefined && Number.isFinite(x);

// Intl.NumberFormat is slow to construct and tables format thousands of numbers: one per use.
const cache = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: Locale, style: 'decimal' | 'percent', digits: number): Intl.NumberFormat {
	const key = `${locale} ${style} ${digits}`;
	let nf = cache.get(key);
	if (!nf) {
		nf = new Intl.NumberFormat(LOCALE_TAGS[locale], { style, minimumFractionDigits: digits, maximumFractionDigits: digits });
		cache.set(key, nf);
	}
	return nf;
}

/** A number, e.g. 1234.5 with 1 digit → "1,234.5"; "—" for no value. */
export function formatNumber(locale: Locale, x: number | null | undefined, digits = 0): string {
	return ok(x) ? numberFormat(locale, 'decimal', digits).format(x) : '—';
}

/** A share 0–1 as a percentage, e.g. 0.853 → "85.3%"; "—" for no value. */
export function formatPercent(locale: Locale, x: number | null | undefined, digits = 1): string {
	return ok(x) ? numberFormat(locale, 'percent', digits).format(x) : '—';
}

/**
 * Whether a duration in minutes reads better in seconds: not zero, and under a minute once
 * rounded to whole seconds ("42 s" rather than "0.7 min"; 59.8 s is "1.0 min").
 */
export function inSeconds(x: number): boolean {
	return x !== 0 && Math.abs(x) * 60 < 59.5;
}

/** Digits of a number of seconds: whole seconds, one decimal under one second. */
export const secondsDigits = (seconds: number): number => (Math.abs(seconds) < 0.95 ? 1 : 0);

/**
 * Minutes with the unit word, e.g. "2.6 min", "2.6 分钟"; under a minute in seconds ("42 s",
 * "42 秒"; `digits` is for minutes); "—" for no value.
 */
export function formatMinutes(locale: Locale, x: number | null | undefined, digits = 1): string {
	if (!ok(x)) return '—';
	if (inSeconds(x)) return translate(locale, 'units.seconds', { value: formatNumber(locale, x * 60, secondsDigits(x * 60)) });
	return translate(locale, 'common.minutesValue', { value: formatNumber(locale, x, digits) });
}

/** A clock label: opening time "09:00" plus minutes, e.g. clockLabel('09:00', 90) → "10:30". */
export function clockLabel(open: string | undefined, offsetMinutes: number): string {
	const [h, m] = (open ?? '00:00').split(':').map(Number);
	const total = Math.round((h || 0) * 60 + (m || 0) + offsetMinutes);
	return `${String(Math.floor(total / 60) % 24).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

/** A signed number: "+4", "−3" (a real minus sign), "0". */
export function signed(text: string, x: number): string {
	if (x > 0) return `+${text}`;
	if (x < 0) return `−${text.replace(/^[-−]/, '')}`;
	return text;
}

/** The formatters of one language (times of day counted from `open`). */
export function localeFormatters(locale: Locale, open?: string): Formatters {
	return {
		num: (x, digits) => formatNumber(locale, x, digits),
		pct: (x, digits) => formatPercent(locale, x, digits),
		minutes: (x, digits) => formatMinutes(locale, x, digits),
		clock: (offset) => clockLabel(open, offset),
		t: (key, params) => translate(locale, key, params)
	};
}
