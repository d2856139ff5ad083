import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { translate } from '$lib/i18n/catalogue';
import { GROUP_KPIS, runScenario, type Results, type Scenario } from '$lib/sim';
import { quickEstimate } from '$lib/sim/experiment/estimate';
import { barChart, fit, PLOT } from './chart-geometry';
import { hasDayAxis, outcomesChart, sentence, queueChart, utilisationChart, waitHistogramChart, waitsChart } from './charts';
import { localeFormatters } from '$lib/i18n/format';
import { formatCi, formatKpi, type Formatters } from './format';
import { busiestStation, kpiCards, verdict } from './kpi-cards';
import { nextPoint } from './roving';
import { periodTable, segmentTable, stationTable } from './tables';

const root = new URL('../../../../static/', import.meta.url);
const load = <T>(path: string) => JSON.parse(readFileSync(new URL(path, root), 'utf8')) as T;
const bank = {
	scenario: load<Scenario>('examples/bank-branch-baseline.json'),
	results: load<Results>('../tests/fixtures/harness/results-bank-branch-baseline.json')
};
const calls = {
	scenario: load<Scenario>('examples/call-centre-steady.json'),
	results: load<Results>('../tests/fixtures/harness/results-call-centre-steady.json')
};

const num = (x: number | null | undefined, d = 0) => (x === null || x === undefined || !Number.isFinite(x) ? '—' : x.toFixed(d));
const f: Formatters = {
	num,
	pct: (x, d = 1) => (x === null || x === undefined ? '—' : `${(x * 100).toFixed(d)}%`),
	minutes: (x, d = 1) => (x === null || x === undefined ? '—' : `${num(x, d)} min`),
	clock: (m) => `${String(9 + Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`,
	t: (key, params) => translate('en', key, params)
};

describe('formatting', () => {
	it('writes a KPI with its 95% interval in its unit', () => {
		expect(formatKpi({ mean: 2.63, low: 2.41, high: 2.84 }, 'minutes', f)).toBe('2.6 min (95% CI 2.4–2.8 min)');
		expect(formatKpi({ mean: 0.853, low: 0.84, high: 0.866 }, 'share', f)).toBe('85.3% (95% CI 84.0%–86.6%)');
		expect(formatKpi({ mean: null, low: null, high: null }, 'share', f)).toBe('—');
	});
	it('never shows "-0"', () => {
		expect(formatKpi({ mean: 3, low: -0.4, high: 6.2 }, 'score', f)).toBe('3 (95% CI 0–6)');
	});
	it('writes waits under a minute in seconds, the interval too', () => {
		const en = localeFormatters('en');
		expect(formatKpi({ mean: 0.3, low: 0.28, high: 0.32 }, 'minutes', en)).toBe('18 s (95% CI 17–19 s)');
		expect(formatKpi({ mean: 0.9, low: 0.8, high: 1.2 }, 'minutes', en)).toBe('54 s (95% CI 48–72 s)');
		expect(formatKpi({ mean: 0.02, low: 0, high: 0.04 }, 'minutes', en)).toBe('1 s (95% CI 0–2 s)');
		expect(formatKpi({ mean: 0.004, low: 0, high: 0.006 }, 'minutes', en)).toBe('0.0 min');
		expect(formatKpi({ mean: 2.63, low: 2.41, high: 2.84 }, 'minutes', en)).toBe('2.6 min (95% CI 2.4–2.8 min)');
		expect(formatKpi({ mean: 0.3, low: 0.28, high: 0.32 }, 'minutes', localeFormatters('zh-Hans'))).toBe('18 秒（95% 置信区间 17–19 秒）');
	});
	it('drops an interval with no spread at the shown precision', () => {
		expect(formatCi({ mean: 5, low: 4.99999, high: 5.00001 }, 'servers', f)).toBeNull();
	});
});

describe('KPI cards', () => {
	it('judges targets by the whole interval', () => {
		expect(verdict({ mean: 0.85, low: 0.83, high: 0.87 }, 0.8, 'atLeast')).toBe('pass');
		expect(verdict({ mean: 0.81, low: 0.78, high: 0.84 }, 0.8, 'atLeast')).toBe('borderline');
		expect(verdict({ mean: 0.107, low: 0.1, high: 0.114 }, 0.05, 'atMost')).toBe('fail');
		expect(verdict({ mean: 0.5, low: 0.4, high: 0.6 }, undefined, 'atMost')).toBeNull();
	});
	it('shows the bank branch against its targets, with the estimate beside', () => {
		const cards = kpiCards(bank.results, bank.scenario, quickEstimate(bank.scenario), f);
		const by = Object.fromEntries(cards.map((c) => [c.id, c]));
		expect(Object.keys(by)).toEqual([
			'waitMean',
			'waitP90',
			'serviceLevel',
			'abandonment',
			'resolution',
			'timeInSystem',
			'utilisation',
			'cost',
			'csat',
			'nps'
		]);
		expect(by.waitMean.value).toBe('2.6 min');
		expect(by.waitMean.ci).toBe('95% CI 2.4–2.8 min');
		expect(by.waitMean.estimate).toMatch(/^\d\.\d min$/);
		expect(by.serviceLevel.verdict).toBe('pass');
		expect(by.abandonment.verdict).toBe('fail');
		expect(by.utilisation.note?.params?.station).toBe('Tellers');
		expect(busiestStation(bank.results)).toBe('teller');
		expect(by.cost.note?.key).toBe('results.kpiNote.costDay');
	});
	it('shows satisfaction KPIs when the results carry them, and not when they do not', () => {
		const results = {
			...bank.results,
			overall: { ...bank.results.overall, csat: { mean: 0.82, low: 0.8, high: 0.84 }, nps: { mean: 12.4, low: 10, high: 14 } }
		};
		const cards = kpiCards(results, bank.scenario, null, f);
		const csat = cards.find((c) => c.id === 'csat')!;
		expect(csat.verdict).toBe('fail');
		expect(csat.target?.params?.value).toBe('85%');
		expect(cards.find((c) => c.id === 'nps')!.value).toBe('12');
		const { csat: _c, nps: _n, ...older } = bank.results.overall;
		void _c;
		void _n;
		expect(kpiCards({ ...bank.results, overall: older }, bank.scenario, null, f).map((c) => c.id)).not.toContain('csat');
	});
	it('says so when no staff cost is set (call centre)', () => {
		const cost = kpiCards(calls.results, calls.scenario, null, f).find((c) => c.id === 'cost')!;
		expect(cost.value).toBe('—');
		expect(cost.note?.key).toBe('results.kpiNote.noCost');
	});
});

describe('charts', () => {
	it('wait histogram: bars inside the plot, target boundary after bin 4, caption from the numbers', () => {
		const c = waitHistogramChart(bank.results, bank.scenario, f);
		expect(c.geometry.bars).toHaveLength(14);
		for (const b of c.geometry.bars) {
			expect(b.x).toBeGreaterThanOrEqual(PLOT.left);
			expect(b.x + b.w).toBeLessThanOrEqual(PLOT.right);
			expect(b.y).toBeGreaterThanOrEqual(PLOT.top - 1e-9);
		}
		expect(c.geometry.targetX).toBeGreaterThan(c.geometry.bars[4].x + c.geometry.bars[4].w);
		expect(c.geometry.targetX).toBeLessThan(c.geometry.bars[5].x);
		const share = bank.results.waitHistogram.share;
		const within = share.slice(0, 5).reduce((s, v) => s + (v.mean ?? 0), 0);
		expect(c.caption).toContain(`${(within * 100).toFixed(0)}% waited 10 min or less`);
		expect(c.table.rows).toHaveLength(14);
		expect(c.table.rows[0][0]).toBe('No wait');
	});
	it('queue length: one line per station over the day with a CI band; the caption names the peak', () => {
		const c = queueChart(bank.results, bank.scenario, f);
		expect(c.geometry.kind).toBe('line');
		if (c.geometry.kind !== 'line') return;
		expect(c.geometry.chart.series.map((s) => s.name)).toEqual(['Tellers', 'Back office']);
		expect(c.geometry.chart.series[0].points).toHaveLength(8);
		expect(c.geometry.chart.series[0].band).toMatch(/^M/);
		expect(c.geometry.chart.xTicks[0].label).toBe('09:00');
		expect(c.geometry.chart.xTicks.at(-1)!.label).toBe('17:00');
		expect(c.caption).toMatch(/^The longest queue builds at Tellers: \d\.\d customers waiting on average, 1\d:00–1\d:00\.$/);
		expect(c.table.head).toEqual(['Arrival time', 'Tellers', 'Back office']);
	});
	it('waits by period: the peak against the target, P90 markers', () => {
		const c = waitsChart(bank.results, bank.scenario, f);
		const waits = bank.results.periods.map((p) => p.waitMean.mean as number);
		const k = waits.indexOf(Math.max(...waits));
		expect(
			c.caption.startsWith(
				`Waits peak at ${waits[k].toFixed(1)} min for customers arriving ${f.clock(k * 60)}–${f.clock(k * 60 + 60)}, under the 10 min target.`
			)
		).toBe(true);
		expect(c.geometry.p90).toHaveLength(8);
		expect(c.geometry.refLines[0].label).toBe('target 10 min');
		for (const p of c.geometry.p90) expect(p.y).toBeLessThan(PLOT.bottom);
	});
	it('steady state has no day axis: waits by segment, queue per station', () => {
		expect(hasDayAxis(calls.results)).toBe(false);
		const q = queueChart(calls.results, calls.scenario, f);
		expect(q.geometry.kind).toBe('bars');
		const w = waitsChart(calls.results, calls.scenario, f);
		expect(w.geometry.bars).toHaveLength(1);
		expect(w.caption).toMatch(/^Customers wait 1\.8 min on average, under the 10 min target\.$/);
		expect(periodTable(calls.results, f)).toBeNull();
	});
	it('utilisation names the busiest and the least busy station', () => {
		const c = utilisationChart(bank.results, bank.scenario, f);
		expect(c.caption).toMatch(/^Tellers is the busiest: staff are busy \d+% of their time\. Back office is the least busy at \d+%\.$/);
		expect(c.geometry.yTicks.at(-1)!.label).toBe('100%');
	});
	it('outcomes stack to the full width', () => {
		const c = outcomesChart(bank.results, f);
		const total = c.geometry.segments.reduce((s, x) => s + x.w, 0);
		expect(total).toBeCloseTo(1098, 6);
		expect(c.caption).toContain('gave up waiting');
		expect(c.table.rows.map((r) => r[0])).toEqual(['Served and resolved', 'Served, unresolved', 'Abandoned', 'Turned away', 'Sent home']);
	});
});

describe('captions in Chinese', () => {
	it('join sentences without a space after a full stop and read naturally', () => {
		const zh: Formatters = {
			...f,
			minutes: (x, d = 1) => (x === null || x === undefined ? '—' : `${num(x, d)} 分钟`),
			t: (key, params) => translate('zh-Hans', key, params)
		};
		const c = waitsChart(bank.results, bank.scenario, zh);
		expect(c.caption).toMatch(/^13:00–14:00 到达的顾客等待最久，平均 \d\.\d 分钟，低于 10 分钟的目标。每个时段中/);
		expect(sentence('Waits peak.', 'Then fall.')).toBe('Waits peak. Then fall.');
	});
});

describe('partial results of a single replication (no intervals yet)', () => {
	it('draw without NaN and print no interval', () => {
		const one = runScenario(bank.scenario, { replications: 1 });
		const charts = [
			waitHistogramChart(one, bank.scenario, f),
			queueChart(one, bank.scenario, f),
			waitsChart(one, bank.scenario, f),
			utilisationChart(one, bank.scenario, f),
			outcomesChart(one, f)
		];
		for (const c of charts) expect(JSON.stringify(c.geometry)).not.toMatch(/NaN|null,"high":[0-9]/);
		const cards = kpiCards(one, bank.scenario, null, f);
		expect(cards.find((c) => c.id === 'waitMean')!.ci).toBeNull();
		expect(cards.find((c) => c.id === 'serviceLevel')!.verdict).not.toBeNull();
		expect(stationTable(one, bank.scenario, f).rows[0].cells[0].ci).toBeNull();
	});
});

describe('axis labels', () => {
	it('shorten long names to fit and thin out crowded clock labels', () => {
		expect(fit('Tellers', 100)).toBe('Tellers');
		const short = fit('Government service counter for residence permits', 80);
		expect(short.endsWith('…')).toBe(true);
		expect(short.length).toBeLessThan(14);
		const many = barChart(
			Array.from({ length: 32 }, (_, i) => ({ label: f.clock(i * 15), value: { mean: 1, low: 0.5, high: 1.5 }, color: '#000', tip: '' })),
			{ format: String }
		);
		expect(many.bars).toHaveLength(32);
		expect(many.xLabels.length).toBeLessThanOrEqual(16);
		expect(many.xLabels[0].label).toBe('09:00');
	});
});

describe('keyboard movement between points', () => {
	it('moves by one with the arrows, to the ends with Home/End, and ignores other keys', () => {
		expect(nextPoint('ArrowRight', 0, 5)).toBe(1);
		expect(nextPoint('ArrowLeft', 0, 5)).toBe(0);
		expect(nextPoint('ArrowDown', 4, 5)).toBe(4);
		expect(nextPoint('End', 1, 5)).toBe(4);
		expect(nextPoint('Home', 3, 5)).toBe(0);
		expect(nextPoint('Enter', 3, 5)).toBeNull();
	});
});

describe('tables', () => {
	it('list every KPI per station, segment and period', () => {
		const st = stationTable(bank.results, bank.scenario, f);
		expect(st.columns).toEqual(['Tellers', 'Back office']);
		expect(st.rows.map((r) => r.key)).toContain('queueLengthMean');
		expect(st.rows.find((r) => r.key === 'waitMean')!.cells[0].value).toMatch(/ min$/);
		const seg = segmentTable(bank.results, bank.scenario, f);
		expect(seg.columns).toEqual(['Regular', 'Priority client']);
		expect(seg.rows.map((r) => r.key)).not.toContain('cost');
		const per = periodTable(bank.results, f)!;
		expect(per.columns[0]).toBe('09:00–10:00');
		expect(per.rows.map((r) => r.key)).toEqual([...GROUP_KPIS]);
		expect(per.rows.find((r) => r.key === 'nps')!.cells[0].value).toMatch(/^-?\d+$/);
	});
});
