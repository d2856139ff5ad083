// The interface language as reactive state: components call t('feature.key') and re-render
// when the language changes. The choice is remembered in localStorage (on this device only);
// the first visit follows the browser's languages. Numbers and times format per locale
// (format.ts, bound here to the current language).

import { lookup, type KeyArg, type MessageParams } from './catalogue';
import { clockLabel, formatMinutes, formatNumber, formatPercent } from './format';
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

/** A number in the current locale, e.g. fmt(1234.5, 1) → "1,234.5" (format.ts). */
export function fmt(n: number | null | undefined, digits = 0): string {
	return formatNumber(i18n.locale, n, digits);
}

/** A share 0–1 as a percentage, e.g. pct(0.853) → "85.3%". */
export function pct(x: number | null | undefined, digits = 1): string {
	return formatPercent(i18n.locale, x, digits);
}

/** Minutes with the unit word in the current language, e.g. "2.6 min". */
export function minutes(x: number | null | undefined, digits = 1): string {
	return formatMinutes(i18n.locale, x, digits);
}

/** A clock label: opening time "09:00" plus minutes, e.g. clock('09:00', 90) → "10:30". */
export const clock = clockLabel;

export type { Locale };
