// The interface language as reactive state: components call t('feature.key') and re-render
// when the language changes. The choice is remembered in localStorage (on this device only);
// the first visit follows the browser's languages. Numbers and times format per locale.

import { lookup, type KeyArg, type MessageParams } from './catalogue';
import { isLocale, LOCALE_TAGS, pickLocale, type Locale } from './locales';

const STORAGE_KEY = 'flowbench.locale';

function initialLocale(): Locale {
	try {
		const saved = globalThis.localStorage?.getItem(STORAGE_KEY);
		if (isLocale(saved)) return saved;
	} catch {
		// storage may be blocked (private mode); fall back to the browser's languages
	}
	return pickLocale(globalThis.navigator?.languages ?? []);
}

class I18n {
	locale = $state<Locale>(initialLocale());

	set(locale: Locale): void {
		this.locale = locale;
		try {
			globalThis.localStorage?.setItem(STORAGE_KEY, locale);
		} catch {
			// not remembered, but still switched
		}
		if (globalThis.document) document.documentElement.lang = LOCALE_TAGS[locale];
	}

	get tag(): string {
		return LOCALE_TAGS[this.locale];
	}
}

export const i18n = new I18n();

/** The message for key in the current language (reactive); a misspelt literal key is a type error. */
export function t<K extends string>(key: K & KeyArg<K>, params?: MessageParams): string {
	return lookup(i18n.locale, key, params);
}

/** A number in the current locale, e.g. fmt(1234.5, 1) → "1,234.5". */
export function fmt(n: number | null | undefined, digits = 0): string {
	if (n === null || n === undefined || !Number.isFinite(n)) return '—';
	return new Intl.NumberFormat(i18n.tag, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(n);
}

/** A share 0–1 as a percentage, e.g. pct(0.853) → "85.3%". */
export function pct(x: number | null | undefined, digits = 1): string {
	if (x === null || x === undefined || !Number.isFinite(x)) return '—';
	return new Intl.NumberFormat(i18n.tag, { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits }).format(x);
}

/** Minutes as "m:ss" below an hour, else "h:mm:ss"-free "1 h 05 min" — in the current language. */
export function minutes(x: number | null | undefined, digits = 1): string {
	if (x === null || x === undefined || !Number.isFinite(x)) return '—';
	return t('common.minutesValue', { value: fmt(x, digits) });
}

/** A clock label: opening time "09:00" plus minutes, e.g. clock('09:00', 90) → "10:30". */
export function clock(open: string | undefined, offsetMinutes: number): string {
	const [h, m] = (open ?? '00:00').split(':').map(Number);
	const total = Math.round((h || 0) * 60 + (m || 0) + offsetMinutes);
	const hh = Math.floor(total / 60) % 24;
	const mm = total % 60;
	return `${String(hh).padStart(2, '0')}:${String(mm).padStart(2, '0')}`;
}

export type { Locale };
