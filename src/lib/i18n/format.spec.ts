import { describe, expect, it } from 'vitest';
import { KPIS } from '$lib/sim';
import { catalogue } from './catalogue';
import { clockLabel, formatMinutes, formatNumber, formatPercent, localeFormatters, signed } from './format';
import { LOCALES } from './locales';

describe('locale formatting', () => {
	it('formats numbers, shares and minutes per language', () => {
		expect(formatNumber('en', 1234.5, 1)).toBe('1,234.5');
		expect(formatNumber('zh-Hans', 1234.5)).toBe('1,235');
		expect(formatPercent('en', 0.853)).toBe('85.3%');
		expect(formatPercent('zh-Hant', 0.5, 0)).toBe('50%');
		expect(formatMinutes('en', 2.55, 1)).toBe('2.6 min');
		expect(formatMinutes('zh-Hans', 2, 0)).toMatch(/^2\s?分钟$/);
		for (const f of [formatNumber, formatPercent, formatMinutes]) {
			expect(f('en', null)).toBe('—');
			expect(f('en', NaN)).toBe('—');
			expect(f('en', Infinity)).toBe('—');
		}
	});

	it('writes waits under a minute in seconds, and a minute or more in minutes', () => {
		expect(formatMinutes('en', 0.7)).toBe('42 s');
		expect(formatMinutes('en', 0.3, 0)).toBe('18 s');
		expect(formatMinutes('en', -0.5)).toBe('-30 s');
		expect(formatMinutes('en', 0.004)).toBe('0.2 s');
		expect(formatMinutes('zh-Hans', 0.7)).toBe('42 秒');
		expect(formatMinutes('zh-Hant', 0.25)).toBe('15 秒');
		// 59.7 s rounds to a minute: the minute form, never "60 s"
		expect(formatMinutes('en', 0.995)).toBe('1.0 min');
		expect(formatMinutes('en', 1)).toBe('1.0 min');
		expect(formatMinutes('en', 0)).toBe('0.0 min');
		expect(formatMinutes('en', 1234.5, 0)).toBe('1,235 min');
	});

	it('gives clock labels and signed numbers', () => {
		expect(clockLabel('09:00', 90)).toBe('10:30');
		expect(clockLabel(undefined, 0)).toBe('00:00');
		expect(clockLabel('23:30', 45)).toBe('00:15');
		expect(signed('4', 4)).toBe('+4');
		expect(signed('-3', -3)).toBe('−3');
		expect(signed('0', 0)).toBe('0');
	});

	it('bundles one language as the formatters the pure helpers take', () => {
		const f = localeFormatters('en', '09:00');
		expect([f.num(3.14159, 2), f.pct(0.25, 0), f.minutes(1.5), f.clock(30)]).toEqual(['3.14', '25%', '1.5 min', '09:30']);
		expect(f.t('results.kpi.waitMean')).toBe('Mean wait');
		expect(localeFormatters('zh-Hans').t('results.kpi.waitMean')).toBe('平均等待');
	});

	it('has a name for every KPI of the engine registry in every language', () => {
		for (const locale of LOCALES) for (const k of KPIS) expect(catalogue[locale][k.labelKey], `${locale} ${k.labelKey}`).toBeTruthy();
	});
});
