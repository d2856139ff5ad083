// The interface languages: English, Simplified Chinese and Traditional Chinese (written
// separately, not converted; see the glossary in product.md).

export const LOCALES = ['en', 'zh-Hans', 'zh-Hant'] as const;
export type Locale = (typeof LOCALES)[number];

/** Each language's name in that language, for the switcher. */
export const LOCALE_NAMES: Record<Locale, string> = {
	en: 'English',
	'zh-Hans': '简体中文',
	'zh-Hant': '繁體中文'
};

/** BCP 47 tags for Intl formatting and the html lang attribute. */
export const LOCALE_TAGS: Record<Locale, string> = {
	en: 'en-GB',
	'zh-Hans': 'zh-Hans-CN',
	'zh-Hant': 'zh-Hant-TW'
};

export function isLocale(x: unknown): x is Locale {
	return typeof x === 'string' && (LOCALES as readonly string[]).includes(x);
}

/** The best interface language for a browser's language list (e.g. navigator.languages). */
export function pickLocale(preferred: readonly string[]): Locale {
	for (const tag of preferred) {
		const t = tag.toLowerCase();
		if (t.startsWith('zh')) {
			if (t.includes('hant') || /-(tw|hk|mo)\b/.test(t)) return 'zh-Hant';
			return 'zh-Hans';
		}
		if (t.startsWith('en')) return 'en';
	}
	return 'en';
}
