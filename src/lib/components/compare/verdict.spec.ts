import { describe, expect, it } from 'vitest';
import { LOCALES } from '$lib/i18n/locales';
import { bankComparison, baselineScenario, redesignScenario, swapped, unclear } from './spec-data';
import { verdict } from './verdict';

const c = bankComparison();
const pct = (x: number) => `${Math.round(x * 100)}%`;

describe('the plain-language verdict', () => {
	it('says a clear improvement with its interval, in English', () => {
		const v = verdict(c, 'en', { baseline: baselineScenario, redesign: redesignScenario });
		const w = c.difference.overall.waitMean;
		expect(w.significant).toBe(true);
		expect(v.tone).toBe('better');
		expect(v.headline).toBe('The redesign is better for customers.');
		const less = Math.round(-w.relative! * 100);
		const lo = Math.round(-w.relativeHigh! * 100);
		const hi = Math.round(-w.relativeLow! * 100);
		expect(v.details).toContain(`After the redesign, the same customers wait ${less}% less on average (95% CI ${lo}–${hi}%)`);
		const b = c.baseline.overall;
		const r = c.redesign.overall;
		expect(v.details).toContain(`abandonment falls from ${pct(b.abandonment.mean!)} to ${pct(r.abandonment.mean!)}`);
		expect(v.details).toContain(`predicted CSAT rises from ${pct(b.csat.mean!)} to ${pct(r.csat.mean!)}`);
		expect(v.details).toMatch(/staff cost (rises|falls) \d+% \([\d,]+ → [\d,]+\)|staff cost shows no clear difference/);
		expect(v.details.endsWith('.')).toBe(true);
		expect(v.note).toContain('20 simulated days');
		expect(v.targets).toMatch(/^Targets met: baseline \d of \d, redesign \d of \d\.$/);
		expect(v.text.startsWith(v.headline)).toBe(true);
	});

	it('says a worsening as such', () => {
		const v = verdict(swapped(c), 'en');
		expect(v.tone).toBe('worse');
		expect(v.headline).toBe('The redesign is worse for customers.');
		expect(v.details).toMatch(/the same customers wait \d+% longer on average \(95% CI \d+–\d+%\)/);
		expect(v.details).toContain('abandonment rises from');
		expect(v.details).toContain('predicted CSAT falls from');
		expect(v.targets).toBe('');
	});

	it('says "no clear difference" when the intervals cross zero, never a rise or a fall', () => {
		const v = verdict(unclear(c), 'en');
		expect(v.tone).toBe('same');
		expect(v.headline).toBe('No clear difference between the baseline and the redesign.');
		expect(v.details).toMatch(/waiting time shows no clear difference \(−\d+\.\d min on average, 95% CI −\d+\.\d min to \+\d+\.\d min\)/);
		expect(v.details).toContain('abandonment shows no clear difference');
		expect(v.details).not.toMatch(/rises|falls|less|longer/);
		expect(v.note).toContain('within what chance alone would produce');
	});

	it('says a mixed result when customers gain and lose', () => {
		const m = structuredClone(c);
		const csat = m.difference.overall.csat;
		m.difference.overall.csat = { ...csat, mean: -0.02, low: -0.03, high: -0.01, significant: true };
		m.redesign.overall.csat = { ...m.redesign.overall.csat, mean: m.baseline.overall.csat.mean! - 0.02 };
		expect(verdict(m, 'en').tone).toBe('mixed');
	});

	it('speaks 简体中文 and 繁體中文', () => {
		const hans = verdict(c, 'zh-Hans', { baseline: baselineScenario, redesign: redesignScenario });
		expect(hans.headline).toBe('改进方案对顾客更好。');
		expect(hans.details).toMatch(/^采用改进方案后，同一批顾客的平均等待时间缩短 \d+%（95% 置信区间 \d+%–\d+%）；/);
		expect(hans.details).toContain('放弃率从');
		expect(hans.details).toContain('预测顾客满意度从');
		expect(hans.details.endsWith('。')).toBe(true);
		expect(hans.text).not.toMatch(/[A-Za-z]{3,}/);

		const hant = verdict(c, 'zh-Hant', { baseline: baselineScenario, redesign: redesignScenario });
		expect(hant.headline).toBe('改善方案對顧客較好。');
		expect(hant.details).toMatch(/^採用改善方案後，同一批顧客的平均等待時間縮短 \d+%（95% 信賴區間 \d+%–\d+%）；/);
		expect(hant.details).toContain('放棄率從');
		expect(hant.text).not.toMatch(/[A-Za-z]{3,}/);

		expect(verdict(unclear(c), 'zh-Hans').details).toContain('无明显差异');
		expect(verdict(unclear(c), 'zh-Hant').details).toContain('無明顯差異');
		expect(verdict(swapped(c), 'zh-Hant').headline).toBe('改善方案對顧客較差。');
	});

	it('is a pure function of the numbers and the language', () => {
		for (const locale of LOCALES) expect(verdict(c, locale)).toEqual(verdict(structuredClone(c), locale));
	});

	it('never contradicts the paired test: the relative interval is used only where it agrees, capped at 100% less', () => {
		const m = structuredClone(c);
		const w = m.difference.overall.waitMean;
		// significant in minutes, but a relative interval that crosses zero: the minutes are quoted
		m.difference.overall.waitMean = { ...w, relativeLow: -0.4, relativeHigh: 0.05 };
		const v = verdict(m, 'en');
		expect(v.details).toMatch(/the mean wait falls from \d+\.\d min to \d+\.\d min \(−\d+\.\d min, 95% CI −\d+\.\d min to −\d+\.\d min\)/);
		// a reduction cannot exceed 100 %
		m.difference.overall.waitMean = { ...w, relative: -0.82, relativeLow: -1.02, relativeHigh: -0.63 };
		expect(verdict(m, 'en').details).toContain('wait 82% less on average (95% CI 63–100%)');
		// not significant although the relative interval excludes zero: no clear difference
		m.difference.overall.waitMean = {
			...w,
			low: -1,
			high: 0.1,
			significant: false,
			relative: -0.36,
			relativeLow: -0.62,
			relativeHigh: -0.1
		};
		expect(verdict(m, 'en').details).toContain('waiting time shows no clear difference');
	});

	it('does not mention cost when no staff cost is set', () => {
		const m = structuredClone(c);
		for (const r of [m.baseline, m.redesign]) r.overall.cost = { mean: 0, low: 0, high: 0 };
		expect(verdict(m, 'en').details).not.toContain('staff cost');
	});
});
