import { describe, expect, it } from 'vitest';
import { catalogue, translate } from './catalogue';
import { pickLocale } from './locales';

describe('message catalogue', () => {
	it('has every English message in 简体中文 and 繁體中文, and no extra ones', () => {
		const en = Object.keys(catalogue.en).sort();
		expect(en.length).toBeGreaterThan(0);
		for (const locale of ['zh-Hans', 'zh-Hant'] as const) {
			const keys = Object.keys(catalogue[locale]).sort();
			expect(en.filter((k) => !keys.includes(k)), `missing in ${locale}`).toEqual([]);
			expect(keys.filter((k) => !en.includes(k)), `extra in ${locale}`).toEqual([]);
		}
	});

	it('keeps the same placeholders in every language', () => {
		const holes = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort().join();
		for (const [key, text] of Object.entries(catalogue.en))
			for (const locale of ['zh-Hans', 'zh-Hant'] as const) expect(holes(catalogue[locale][key]), `${locale} ${key}`).toBe(holes(text));
	});

	it('fills placeholders and falls back to the key', () => {
		expect(translate('en', 'common.minutesValue', { value: '2.5' })).toBe('2.5 min');
		expect(translate('zh-Hans', 'common.minutesValue', { value: '2.5' })).toBe('2.5 分钟');
		expect(translate('en', 'no.such.key')).toBe('no.such.key');
	});

	it('picks the language from the browser', () => {
		expect(pickLocale(['zh-TW', 'en'])).toBe('zh-Hant');
		expect(pickLocale(['zh-CN'])).toBe('zh-Hans');
		expect(pickLocale(['zh-Hant-HK'])).toBe('zh-Hant');
		expect(pickLocale(['fr', 'en-US'])).toBe('en');
		expect(pickLocale([])).toBe('en');
	});
});
