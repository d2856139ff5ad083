// Formatters for one given language, without the reactive i18n runtime: the verdict, the
// report and the CSV builder are pure functions of (data, locale), so tests can call them
// in any language. Same conventions as the app's fmt / pct / minutes / clock.

import { translate } from '$lib/i18n/catalogue';
import { LOCALE_TAGS, type Locale } from '$lib/i18n/locales';
import type { Formatters } from '$lib/components/results/format';

export function localeFormatters(locale: Locale, open?: string): Formatters {
	const tag = LOCALE_TAGS[locale];
	const ok = (x: number | null | undefined): x is number => x !== null && x !== undefined && Number.isFinite(x);
	const num = (x: number | null | undefined, digits = 0) =>
		ok(x) ? new Intl.NumberFormat(tag, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(x) : '—';
	const pct = (x: number | null | undefined, digits = 1) =>
		ok(x) ? new Intl.NumberFormat(tag, { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits }).format(x) : '—';
	const t = (key: string, params?: Record<string, string | number>) => translate(locale, key, params);
	const minutes = (x: number | null | undefined, digits = 1) => (ok(x) ? t('common.minutesValue', { value: num(x, digits) }) : '—');
	const clock = (offset: number) => {
		const [h, m] = (open ?? '00:00').split(':').map(Number);
		const total = Math.round((h || 0) * 60 + (m || 0) + offset);
		return `${String(Math.floor(total / 60) % 24).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
	};
	return { num, pct, minutes, clock, t };
}

/** A signed number: "+4", "−3" (a real minus sign), "0". */
export function signed(text: string, x: number): string {
	if (x > 0) return `+${text}`;
	if (x < 0) return `−${text.replace(/^[-−]/, '')}`;
	return text;
}
