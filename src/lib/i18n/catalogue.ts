// The message catalogue: every visible string, per language. Messages live in one file per
// feature under ./messages/ (so features can be written side by side), each exporting
// `{ en, 'zh-Hans', 'zh-Hant' }` maps; a message's key is "<file>.<key>", e.g. "home.title".
// Placeholders are {name}. Plurals are chosen by Intl.PluralRules for the language, written
// the ICU way: '{count, plural, one {# step} other {# steps}}' (# is the number; Chinese
// needs no plural form and writes '{count} 个步骤'). A message missing in a language falls
// back to English (a unit test keeps the three complete). Keys are typed: MessageKey lists
// every key (keys.generated.ts, written by `npm run i18n:keys`, checked by a test).

import type { MessageKey } from './keys.generated';
import { LOCALE_TAGS, type Locale } from './locales';

export type { MessageKey } from './keys.generated';
export type Messages = Record<string, string>;
export type FeatureMessages = Record<Locale, Messages>;
export type MessageParams = Record<string, string | number>;

/**
 * A key as written at a call site: a known key, or a key built at run time (typed `string`, or a
 * template such as `editor.kind.${string}`), which is looked up as it is. A literal key that is
 * not in the catalogue ('home.tittle') is a type error.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export type KeyArg<K extends string> = K extends MessageKey ? K : {} extends Record<K, 1> ? K : MessageKey;

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

const pluralRules = new Map<Locale, Intl.PluralRules>();
function plurals(locale: Locale): Intl.PluralRules {
	let rules = pluralRules.get(locale);
	if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(LOCALE_TAGS[locale])));
	return rules;
}

/** '{n, plural, one {…} other {…}}' with its braces balanced: [start, end) of each, in order. */
function pluralBlocks(text: string): { start: number; end: number; name: string; forms: Map<string, string> }[] {
	const out: { start: number; end: number; name: string; forms: Map<string, string> }[] = [];
	const head = /\{(\w+),\s*plural,/g;
	for (let m = head.exec(text); m; m = head.exec(text)) {
		const forms = new Map<string, string>();
		let i = m.index + m[0].length;
		for (;;) {
			const f = /^\s*(=\d+|\w+)\s*\{/.exec(text.slice(i));
			if (!f) break;
			let depth = 1;
			let j = i + f[0].length;
			const from = j;
			for (; j < text.length && depth > 0; j++) depth += text[j] === '{' ? 1 : text[j] === '}' ? -1 : 0;
			forms.set(f[1], text.slice(from, j - 1));
			i = j;
		}
		const close = text.indexOf('}', i);
		if (close < 0) break;
		out.push({ start: m.index, end: close + 1, name: m[1], forms });
		head.lastIndex = close + 1;
	}
	return out;
}

/** The placeholder names of a message, plural ones included, sorted (for the completeness tests). */
export function placeholders(text: string): string[] {
	const names = new Set<string>();
	for (const b of pluralBlocks(text)) names.add(b.name);
	for (const m of text.matchAll(/\{(\w+)\}/g)) names.add(m[1]);
	return [...names].sort();
}

/** Fills {placeholders} and chooses plural forms by the language's rules. */
export function format(locale: Locale, text: string, params?: MessageParams): string {
	if (!params) return text;
	let out = text;
	if (out.includes('plural,')) {
		for (const b of pluralBlocks(out).reverse()) {
			const n = Number(params[b.name]);
			const form = b.forms.get(`=${n}`) ?? b.forms.get(plurals(locale).select(n)) ?? b.forms.get('other') ?? '';
			out = out.slice(0, b.start) + form.replace(/#/g, String(params[b.name])) + out.slice(b.end);
		}
	}
	return out.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

/** The message for key in locale, with {placeholders} filled; a misspelt literal key is a type error. */
export function translate<K extends string>(locale: Locale, key: K & KeyArg<K>, params?: MessageParams): string {
	return lookup(locale, key, params);
}

/** translate() for keys built at run time; an unknown key comes back as itself. */
export function lookup(locale: Locale, key: string, params?: MessageParams): string {
	const text = catalogue[locale][key] ?? catalogue.en[key];
	if (text === undefined) return key;
	return format(locale, text, params);
}

/** Whether the catalogue has a message for key (in English, which every language follows). */
export function hasMessage(key: string): boolean {
	return key in catalogue.en;
}
