import { describe, expect, it } from 'vitest';
import { localeFormatters } from '$lib/i18n/format';
import { formatInterval, formatKpi } from './format';
import { differenceInterval } from '../compare/compare-table';

const en = localeFormatters('en');
const hant = localeFormatters('zh-Hant');

describe('formatInterval: an interval in its point’s unit', () => {
	it('writes both ends of a minutes interval in the point’s unit, even when an end is under a minute', () => {
		// the reported case: point −1.1 min, ends −1.5 min and −45 s
		const iv = formatInterval({ mean: -1.1, low: -1.5, high: -0.75 }, 'minutes', en, { signed: true })!;
		expect(iv.value).toBe('−1.1 min');
		expect(iv.low).toBe('−1.5 min');
		expect(iv.high).toBe('−0.8 min');
		expect(iv.range).toBe('−1.5–−0.8 min');
		// a point under a minute: everything in seconds, an end over a minute included
		const s = formatInterval({ mean: 0.75, low: 0.5, high: 1.2 }, 'minutes', en)!;
		expect([s.value, s.low, s.high, s.range]).toEqual(['45 s', '30 s', '72 s', '30–72 s']);
		expect(formatKpi({ mean: 0.75, low: 0.5, high: 1.2 }, 'minutes', en)).toBe('45 s (95% CI 30–72 s)');
		expect(formatInterval({ mean: 0.75, low: 0.5, high: 1.2 }, 'minutes', hant)!.range).toBe('30–72 秒');
	});

	it('has no interval without both ends or without spread at this precision', () => {
		expect(formatInterval({ mean: 1, low: null, high: 2 }, 'minutes', en)).toBeNull();
		expect(formatInterval({ mean: 0.5, low: 0.5001, high: 0.5002 }, 'share', en)).toBeNull();
		expect(formatInterval({ mean: 0.5, low: 0.4, high: 0.6 }, 'share', en, { signed: true })!.range).toBe('+40.0%–+60.0%');
	});

	it('is the rule of the comparison’s difference intervals', () => {
		expect(differenceInterval({ mean: -1.1, low: -1.5, high: -0.75 }, 'minutes', en)).toBe('−1.5 to −0.8 min');
		expect(differenceInterval({ mean: -0.5, low: -1.2, high: 0.1 }, 'minutes', en)).toBe('−72 to +6 s');
	});
});
