import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { translate } from '$lib/i18n/catalogue';
import type { Results } from '$lib/sim';
import type { Formatters } from '$lib/components/results/format';
import { channelShift, shareChange } from './channel-shift';

const root = new URL('../../../../tests/fixtures/harness/', import.meta.url);
const load = (path: string) => JSON.parse(readFileSync(new URL(path, root), 'utf8')) as Results;
const before = load('results-channels-branch-baseline.json');
const after = load('results-channels-branch.json');
const plain = load('results-bank-branch-baseline.json');

const num = (x: number | null | undefined, d = 0) => (x === null || x === undefined || !Number.isFinite(x) ? '—' : x.toFixed(d));
const f: Formatters = {
	num,
	pct: (x, d = 1) => (x === null || x === undefined ? '—' : `${(x * 100).toFixed(d)}%`),
	minutes: (x, d = 1) => (x === null || x === undefined ? '—' : `${num(x, d)} min`),
	clock: (m) => String(m),
	t: (key, params) => translate('en', key, params)
};

describe('share change', () => {
	it('adds the half-widths in quadrature (independent runs: conservative under common random numbers)', () => {
		const c = shareChange({ mean: 0.5, low: 0.47, high: 0.53 }, { mean: 0.6, low: 0.56, high: 0.64 })!;
		expect(c.mean).toBeCloseTo(0.1, 12);
		expect(c.high! - c.mean).toBeCloseTo(0.05, 12);
		expect(c.significant).toBe(true);
		expect(shareChange({ mean: 0.5, low: 0.45, high: 0.55 }, { mean: 0.52, low: 0.47, high: 0.57 })!.significant).toBe(false);
		expect(shareChange(null, { mean: 0.5, low: 0.4, high: 0.6 })).toBeNull();
		expect(shareChange({ mean: 0.5, low: null, high: null }, { mean: 0.6, low: 0.5, high: 0.7 })!.significant).toBe(false);
	});
});

describe('channel shift', () => {
	const [node] = channelShift(before, after, f);

	it('matches channels by their node, adds the redesign’s new ones, and counts a channel not offered as 0', () => {
		expect(node.onlyIn).toBeNull();
		expect(node.rows.map((r) => r.label)).toEqual(['Counter', 'App', 'Kiosk']);
		const kiosk = node.rows[2];
		expect(kiosk.before).toEqual({ mean: 0, low: 0, high: 0 });
		expect(kiosk.change!.mean).toBeCloseTo(after.channels!.channel.alternatives[1].share.mean!, 12);
		const counter = node.rows[0];
		expect(counter.change!.mean).toBeCloseTo(
			after.channels!.channel.alternatives[0].share.mean! - before.channels!.channel.alternatives[0].share.mean!,
			12
		);
	});
	it('shares of each design sum to 1, so the changes sum to 0', () => {
		const sum = node.rows.reduce((s, r) => s + r.change!.mean, 0);
		expect(Math.abs(sum)).toBeLessThan(1e-9);
	});
	it('the caption names the biggest gain and loss; the table says "not offered"', () => {
		expect(node.chart.caption).toMatch(
			/^At “Which channel\?”, Kiosk gains most: not offered → 34% \(\+33\.9 pp\)\. Counter loses most: 81% → 50% \(−30\.6 pp\)\.$/
		);
		expect(node.chart.table.rows[2][1]).toBe('not offered');
		expect(node.chart.geometry.bars).toHaveLength(6);
	});
	it('a choice only one design has is said so, and nothing at all without choices', () => {
		const [only] = channelShift(plain, after, f);
		expect(only.onlyIn).toBe('redesign');
		expect(only.rows.every((r) => r.before === null && r.change === null)).toBe(true);
		expect(only.chart.caption).toContain('Only the redesign lets customers choose');
		expect(channelShift(plain, plain, f)).toEqual([]);
	});
});
