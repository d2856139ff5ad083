// The message catalogue: every visible string, per language. Messages live in one file per
// feature under ./messages/ (so features can be written side by side), each exporting
// `{ en, 'zh-Hans', 'zh-Hant' }` maps; a message's key is "<file>.<key>", e.g. "home.title".
// Placeholders are {name}. A message missing in a language falls back to English (a unit
// test keeps the three complete).

import type { Locale } from './locales';

export type Messages = Record<string, string>;
export type FeatureMessages = Record<Locale, Messages>;

const modules = import.meta.glob<{ default: FeatureMessages }>('./messages/*.ts', { eager: true });

function build(): Record<Locale, Messages> {
	const out: Record<Locale, Messages> = { en: {}, 'zh-Hans': {}, 'zh-Hant': {} };
	for (const [path, mod] of Object.entries(modules)) {
		const feature = path.replace(/^.*\/([^/]+)\.ts$/, '$1');
		for (const locale of Object.keys(out) as Locale[]) {
			for (const [key, text] of Object.entries(mod.default[locale] ?? {})) out[locale][`${feature}.${key}`] = text;
		}
	}
	return out;
}

export const catalogue = build();

/** The message for key in locale, with {placeholders} filled. */
export function translate(locale: Locale, key: string, params?: Record<string, string | number>): string {
	const text = catalogue[locale][key] ?? catalogue.en[key] ?? key;
	if (!params) return text;
	return text.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}
