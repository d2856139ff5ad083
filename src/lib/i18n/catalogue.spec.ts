import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogue, format, lookup, placeholders, translate } from './catalogue';
import { messageKeysSource } from './keys-source';
import { pickLocale } from './locales';

describe('message catalogue', () => {
	it('has every English message in 简体中文 and 繁體中文, and no extra ones', () => {
		const en = Object.keys(catalogue.en).sort();
		expect(en.length).toBeGreaterThan(0);
		for (const locale of ['zh-Hans', 'zh-Hant'] as const) {
			const keys = Object.keys(catalogue[locale]).sort();
			expect(
				en.filter((k) => !keys.includes(k)),
				`missing in ${locale}`
			).toEqual([]);
			expect(
				keys.filter((k) => !en.includes(k)),
				`extra in ${locale}`
			).toEqual([]);
		}
	});

	it('keeps the same placeholders in every language (plural ones included)', () => {
		for (const [key, text] of Object.entries(catalogue.en))
			for (const locale of ['zh-Hans', 'zh-Hant'] as const)
				expect(placeholders(catalogue[locale][key]), `${locale} ${key}`).toEqual(placeholders(text));
	});

	it('fills placeholders and falls back to the key', () => {
		expect(translate('en', 'common.minutesValue', { value: '2.5' })).toBe('2.5 min');
		expect(translate('zh-Hans', 'common.minutesValue', { value: '2.5' })).toBe('2.5 分钟');
		expect(lookup('en', 'no.such.key')).toBe('no.such.key');
	});

	it('chooses plural forms with Intl.PluralRules', () => {
		const text = '{count, plural, one {# problem} other {# problems}} in {name}';
		expect(format('en', text, { count: 1, name: 'A' })).toBe('1 problem in A');
		expect(format('en', text, { count: 0, name: 'A' })).toBe('0 problems in A');
		expect(format('en', text, { count: 3, name: 'A' })).toBe('3 problems in A');
		expect(format('en', '{n, plural, =0 {none} one {one {what}} other {# {what}s}}', { n: 0, what: 'x' })).toBe('none');
		expect(format('en', '{n, plural, =0 {none} one {one {what}} other {# {what}s}}', { n: 2, what: 'x' })).toBe('2 xs');
		expect(placeholders(text)).toEqual(['count', 'name']);
		expect(translate('en', 'editor.problemCount', { count: 1 })).toBe('1 problem');
		expect(translate('en', 'editor.problemCount', { count: 2 })).toBe('2 problems');
		expect(translate('zh-Hans', 'editor.problemCount', { count: 1 })).toBe('1 个问题');
		expect(translate('en', 'run.blockedProblems', { count: 1 })).not.toMatch(/\(s\)/);
	});

	it('no message uses the old ".one" suffix or "(s)" for plurals', () => {
		for (const [key, text] of Object.entries(catalogue.en)) {
			expect(key).not.toMatch(/\.one$/);
			expect(text, key).not.toMatch(/\w\(s\)/);
		}
	});

	it('keys.generated.ts lists every key (run `npm run i18n:keys` if not)', async () => {
		const file = readFileSync(new URL('./keys.generated.ts', import.meta.url), 'utf8');
		expect(file).toBe(await messageKeysSource());
	});

	it('a misspelt key is a type error (checked by svelte-check / tsc, not at run time)', () => {
		// @ts-expect-error — 'home.tittle' is not a message key
		expect(translate('en', 'home.tittle')).toBe('home.tittle');
		const kind: string = 'station';
		expect(translate('en', `editor.kind.${kind}`)).toBe('Staffed service');
	});

	it('picks the language from the browser', () => {
		expect(pickLocale(['zh-TW', 'en'])).toBe('zh-Hant');
		expect(pickLocale(['zh-CN'])).toBe('zh-Hans');
		expect(pickLocale(['zh-Hant-HK'])).toBe('zh-Hant');
		expect(pickLocale(['fr', 'en-US'])).toBe('en');
		expect(pickLocale([])).toBe('en');
	});
});
