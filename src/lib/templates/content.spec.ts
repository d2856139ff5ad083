import { describe, expect, test } from 'vitest';
import { catalogue } from '$lib/i18n/catalogue';
import { TEMPLATES, blankScenario } from '$lib/templates';
import { localiseScenario, stageName, templateText } from './content';

// Chinese pages show no English template text: every name, description, step and segment of
// every template has its Chinese text, written with Chinese punctuation and one term per concept.

const texts = (): string[] =>
	TEMPLATES.flatMap((t) => [t.baseline, t.redesign])
		.flatMap((s) => [s.name, s.description ?? '', ...s.nodes.map((n) => n.name), ...s.segments.map((g) => g.name)])
		.filter(Boolean);

describe('template content per language', () => {
	for (const locale of ['zh-Hans', 'zh-Hant'] as const) {
		test(`every template text has its ${locale} text, with no Latin words and Chinese punctuation`, () => {
			for (const text of new Set(texts())) {
				const zh = templateText(text, locale);
				expect(zh, text).not.toBe(text);
				expect(zh, zh).not.toMatch(/[A-Za-z]{2,}/);
				// no ASCII sentence punctuation between Chinese characters
				expect(zh, zh).not.toMatch(/[\u4e00-\u9fff][,;:?!.]/);
			}
			const s = localiseScenario(TEMPLATES[0].baseline, locale);
			expect(s.nodes.every((n) => /[\u4e00-\u9fff]/.test(n.name))).toBe(true);
			expect(stageName('Counter 2', locale)).toMatch(/^[\u4e00-\u9fff]+ 2$/);
			expect(
				localiseScenario(blankScenario('x'), locale)
					.nodes.map((n) => n.name)
					.join()
			).not.toMatch(/[A-Za-z]/);
		});
	}

	test('one term per concept in the Chinese interface (基准方案, 等待)', () => {
		const owned = ['app', 'home', 'library', 'compare', 'report', 'results', 'templates', 'teach', 'editor'];
		for (const [key, text] of Object.entries(catalogue['zh-Hans'])) {
			if (!owned.includes(key.split('.')[0])) continue;
			expect(text, key).not.toMatch(/现状|等候/);
		}
		for (const [key, text] of Object.entries(catalogue['zh-Hant'])) {
			if (!owned.includes(key.split('.')[0])) continue;
			expect(text, key).not.toMatch(/現況|現狀|等候/);
		}
	});
});
