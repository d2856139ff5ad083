import { describe, expect, it } from 'vitest';
import { localeFormatters } from '$lib/i18n/format';
import { compareRows, differenceInterval, formatDifference, interval } from './compare-table';
import { distributionComparisonChart, groupedBarChart, segmentSatisfactionChart, waitsComparisonChart } from './compare-charts';
import { customerShift, stationRows } from './customers';
import { targetChecks, targetTally } from './targets';
import { bankComparison, baselineScenario, redesignScenario, unclear } from './spec-data';

const c = bankComparison();
const en = localeFormatters('en', '09:00');
const scenarios = { baseline: baselineScenario, redesign: redesignScenario };

describe('comparison KPI table', () => {
	const rows = compareRows(c, scenarios, en);
	const row = (id: string) => rows.find((r) => r.id === id)!;

	it('lists the KPIs both variants report, cost only when set, turned-away only when it happens', () => {
		expect(rows.map((r) => r.id)).toContain('csat');
		expect(rows.map((r) => r.id)).toContain('cost');
		expect(rows.map((r) => r.id)).not.toContain('balking');
	});

	it('shows both values, the paired difference and relative change with intervals', () => {
		const w = row('waitMean');
		expect(w.label).toBe('Mean wait');
		expect(w.baseline).toBe(en.minutes(c.baseline.overall.waitMean.mean, 1));
		expect(w.baselineCi).toMatch(/^\d+\.\d–\d+\.\d min$/);
		expect(w.difference).toMatch(/^−\d+\.\d min$/);
		expect(w.differenceCi).toMatch(/^−\d+\.\d to −\d+\.\d min$/);
		expect(w.relative).toMatch(/^−\d+%$/);
		expect(w.arrow).toBe('down');
		expect(w.assessment).toBe('better');
		expect(row('abandonment').difference).toMatch(/^−\d+\.\d pp$/);
		expect(row('cost').assessment).toBe('worse');
		expect(row('throughput').assessment).toBe('changed');
		expect(row('nps').relative).toBeNull();
	});

	it('marks unclear differences as such, with a flat arrow', () => {
		const u = compareRows(unclear(c), scenarios, en);
		expect(u.every((r) => r.assessment === 'unclear' || r.difference === '—')).toBe(true);
		expect(u.find((r) => r.id === 'waitMean')!.arrow).toBe('flat');
	});

	it('checks both variants against their targets', () => {
		const sl = row('serviceLevel').target!;
		expect(sl.text).toBe('≥ 80%');
		expect(sl.baseline).toBe('pass');
		expect(row('abandonment').target!.text).toBe('≤ 5%');
		expect(row('abandonment').target!.baseline).toBe('fail');
		const checks = targetChecks(c, baselineScenario, redesignScenario);
		expect(checks.map((k) => k.kpi)).toEqual(['serviceLevel', 'abandonment', 'csat']);
		expect(targetTally(checks).baseline.of).toBe(3);
		expect(targetChecks(c, { targets: {} }, null)).toEqual([]);
	});

	it('formats differences and intervals in each language', () => {
		const hans = localeFormatters('zh-Hans');
		expect(formatDifference(0.083, 'share', en)).toBe('+8.3 pp');
		expect(formatDifference(0.083, 'share', hans)).toBe('+8.3 个百分点');
		expect(formatDifference(-1.25, 'minutes', en)).toBe('−1.3 min');
		expect(formatDifference(null, 'minutes', en)).toBe('—');
		expect(differenceInterval({ low: -1.5, high: -1.1 }, 'minutes', hans)).toBe('−1.5 至 −1.1 分钟');
		expect(differenceInterval({ low: null, high: 1 }, 'minutes', en)).toBeNull();
		expect(interval({ mean: 0.85, low: 0.823, high: 0.87 }, 'share', en)).toBe('82.3%–87.0%');
	});
});

describe('comparison charts', () => {
	it('overlays waits by period as two lines with bands and a target line, captioned from the numbers', () => {
		const m = waitsComparisonChart(c, baselineScenario, en);
		expect(m.geometry.kind).toBe('line');
		if (m.geometry.kind !== 'line') return;
		expect(m.geometry.chart.series.map((s) => s.id)).toEqual(['baseline', 'redesign', 'target']);
		expect(m.geometry.chart.series[0].points).toHaveLength(c.baseline.periods.length);
		expect(m.caption).toMatch(/^At the busiest time \(\d\d:\d\d–\d\d:\d\d\) customers waited/);
		expect(m.table.rows).toHaveLength(c.baseline.periods.length);
		expect(m.table.head).toEqual(['Arrival time', 'Baseline', 'Redesign', 'Difference']);
	});

	it('falls back to waits by segment without a time axis', () => {
		const steady = structuredClone(c);
		steady.baseline.mode = 'steady';
		const m = waitsComparisonChart(steady, baselineScenario, en);
		expect(m.geometry.kind).toBe('bars');
		expect(m.table.rows.map((r) => r[0])).toEqual(baselineScenario.segments.map((s) => s.name));
	});

	it('draws the wait distributions side by side, the target between bins', () => {
		const m = distributionComparisonChart(c, baselineScenario, en);
		expect(m.geometry.bars).toHaveLength(2 * c.baseline.waitHistogram.share.length);
		expect(m.geometry.targetX).toBeGreaterThan(m.geometry.bars[9].x);
		expect(m.geometry.targetX).toBeLessThan(m.geometry.bars[10].x);
		expect(m.caption).toMatch(/^Waiting at most 10 min: \d+% of customers in the baseline, \d+% after the redesign\./);
	});

	it('shows satisfaction for all customers and each segment', () => {
		const m = segmentSatisfactionChart(c, baselineScenario, en)!;
		expect(m.table.rows.map((r) => r[0])).toEqual(['All customers', ...baselineScenario.segments.map((s) => s.name)]);
		expect(m.geometry.refLines).toHaveLength(1);
	});

	it('puts grouped bars inside the plot, each series in its colour', () => {
		const g = groupedBarChart(
			[
				{
					label: 'a',
					values: [
						{ mean: 1, low: 0.5, high: 1.5 },
						{ mean: 2, low: null, high: null }
					],
					tips: ['x', 'y']
				},
				{
					label: 'b',
					values: [
						{ mean: 3, low: 2, high: 4 },
						{ mean: null, low: null, high: null }
					],
					tips: ['z', 'w']
				}
			],
			{ format: String }
		);
		expect(g.bars).toHaveLength(4);
		expect(g.bars[0].x).toBeLessThan(g.bars[1].x);
		expect(g.bars[1].x).toBeLessThan(g.bars[2].x);
		expect(g.bars[0].color).not.toBe(g.bars[1].color);
		expect(g.bars[3].h).toBe(0);
		expect(g.bars[1].low).toBeNull();
	});
});

describe('same customers, better or worse off', () => {
	it('splits the matched customers into better off, unchanged and worse off', () => {
		const v = customerShift(c, en)!;
		const total = v.parts.reduce((s, p) => s + p.share, 0);
		expect(total).toBeCloseTo(1, 6);
		expect(v.summary).toMatch(
			/^Of the same \d+ customers a day, \d+% wait less after the redesign, \d+% wait more and \d+% wait about the same\.$/
		);
		expect(v.changes.map((x) => x.label)).toEqual([
			'Change in wait per customer',
			'Change in perceived wait',
			'Change in time in system',
			'Change in predicted CSAT'
		]);
		expect(v.changes[0].ci).toMatch(/^95% CI −/);
		expect(v.unmatched).toBeNull();
	});

	it('lists every station of either design, with cost and a total', () => {
		const t = stationRows(c, scenarios, en);
		expect(t.rows.map((r) => r.name)).toEqual(['Tellers', 'Back office', 'Kiosks', 'Total']);
		expect(t.rows[2].cells[0]).toMatch(/^— → /);
		expect(t.head).toContain('Cost difference');
	});
});
