import { describe, expect, it } from 'vitest';
import { catalogue } from './catalogue';
import { translatedTexts } from '$lib/templates/content';

// One term per concept per language, and Chinese punctuation in Chinese text — over the whole
// message catalogue and every template text, so a new message with an old term fails here.

type Zh = 'zh-Hans' | 'zh-Hant';

/** Terms that have a chosen synonym: baseline is 基准方案 / 基準方案, waiting is 等待. */
const AVOID: Record<Zh, { term: RegExp; use: string }[]> = {
	'zh-Hans': [
		{ term: /现状/, use: '基准方案' },
		{ term: /基线/, use: '基准方案 (a scenario) or 基准得分 (the satisfaction model)' },
		{ term: /等候/, use: '等待' },
		{ term: /理想等待/, use: '期望等待 (desired wait)' }
	],
	'zh-Hant': [
		{ term: /現狀|現況/, use: '基準方案' },
		{ term: /基線/, use: '基準方案 (a scenario) or 基準得分 (the satisfaction model)' },
		{ term: /等候/, use: '等待' },
		{ term: /理想等待/, use: '期望等待 (desired wait)' },
		{ term: /渠道/, use: '通路 (a channel, as the channel editor and results say)' }
	]
};

const HAN = '\\u3400-\\u9fff';

/** Placeholders ({name}, {count, plural, …}) are code, not prose: drop them before looking. */
function prose(text: string): string {
	let out = '';
	let depth = 0;
	for (const ch of text) {
		if (ch === '{') depth++;
		else if (ch === '}') depth = Math.max(0, depth - 1);
		else if (depth === 0) out += ch;
	}
	return out;
}

/** ASCII punctuation where Chinese text needs its full-width form; formulas are left alone. */
export function asciiPunctuation(text: string): string | null {
	const s = prose(text);
	const rules: [RegExp, string][] = [
		[new RegExp(`[${HAN}][,;:?!]|[,;?!][${HAN}]`), 'comma, semicolon, colon, question or exclamation mark'],
		[new RegExp(`[${HAN}]\\.(\\s|$)`), 'full stop'],
		// a parenthetical of words, not a formula: 变异系数 (CV) → 变异系数（CV）
		[new RegExp(`[${HAN}]\\s*\\([${HAN}A-Za-z][^()=+/×·]*\\)`), 'parentheses'],
		[new RegExp(`[${HAN}]\\s*"|"\\s*[${HAN}]`), 'straight quotes'],
		[/\.\.\./, 'three dots (use ……)']
	];
	for (const [re, what] of rules) if (re.test(s)) return what;
	return null;
}

describe('Chinese wording', () => {
	for (const locale of ['zh-Hans', 'zh-Hant'] as const) {
		const texts: [string, string][] = [
			...Object.entries(catalogue[locale]),
			...translatedTexts(locale).map((t): [string, string] => [`template: ${t}`, t])
		];

		it(`${locale}: one term per concept in every message and template text`, () => {
			expect(texts.length).toBeGreaterThan(1000);
			const found = texts.flatMap(([key, text]) =>
				AVOID[locale].filter((a) => a.term.test(text)).map((a) => `${key}: "${text}" — use ${a.use}`)
			);
			expect(found).toEqual([]);
		});

		it(`${locale}: Chinese punctuation in Chinese text`, () => {
			const found = texts.flatMap(([key, text]) => {
				const what = asciiPunctuation(text);
				return what ? [`${key}: ASCII ${what} in "${text}"`] : [];
			});
			expect(found).toEqual([]);
		});
	}

	it('the punctuation check catches what it should and lets formulas and placeholders be', () => {
		expect(asciiPunctuation('变异系数 (CV)')).toBe('parentheses');
		expect(asciiPunctuation('等待, 然后离开')).not.toBeNull();
		expect(asciiPunctuation('请稍候...')).not.toBeNull();
		expect(asciiPunctuation('顾客离开.')).toBe('full stop');
		expect(asciiPunctuation('等待随 (1 + cv²)/2 增长。')).toBeNull();
		expect(asciiPunctuation('净推荐值：P(推荐者) = Φ((μ − 分界) / 尺度)。')).toBeNull();
		expect(asciiPunctuation('{count, plural, other {# 个}}，共 {total} 个')).toBeNull();
		expect(asciiPunctuation('开门时间（时:分）')).not.toBeNull();
		expect(asciiPunctuation('“{id}”已是编号')).toBeNull();
		expect(asciiPunctuation('请使用 "{id}"')).toBe('straight quotes');
	});
});
