import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { translate } from '$lib/i18n/catalogue';
import type { Results, Scenario } from '$lib/sim';
import { PLOT, scatterChart } from './chart-geometry';
import type { Formatters } from './format';
import { appointmentsTable, callbacksTable, channelPanels, complaintsPanel, correlation, hasJourneys, waitingInPeriod } from './journeys';

const root = new URL('../../../../tests/fixtures/harness/', import.meta.url);
const load = <T>(path: string) => JSON.parse(readFileSync(new URL(path, root), 'utf8')) as T;
// hand-made fixtures with the format-v2 sections (the dashboard harness shows the same)
const branch = { scenario: load<Scenario>('scenario-channels-branch.json'), results: load<Results>('results-channels-branch.json') };
const before = {
	scenario: load<Scenario>('scenario-channels-branch-baseline.json'),
	results: load<Results>('results-channels-branch-baseline.json')
};
const plain = {
	scenario: JSON.parse(readFileSync(new URL('../../../static/examples/bank-branch-baseline.json', root), 'utf8')) as Scenario,
	results: load<Results>('results-bank-branch-baseline.json')
};

const num = (x: number | null | undefined, d = 0) => (x === null || x === undefined || !Number.isFinite(x) ? '—' : x.toFixed(d));
const f: Formatters = {
	num,
	pct: (x, d = 1) => (x === null || x === undefined ? '—' : `${(x * 100).toFixed(d)}%`),
	minutes: (x, d = 1) => (x === null || x === undefined ? '—' : `${num(x, d)} min`),
	clock: (m) => `${String(9 + Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`,
	t: (key, params) => translate('en', key, params)
};

describe('journey panels appear only with their sections', () => {
	it('a flow without v2 nodes has no channel, appointment or callback panels, but every run predicts complaints', () => {
		expect(channelPanels(plain.results, plain.scenario, f)).toEqual([]);
		expect(appointmentsTable(plain.results, plain.scenario, f)).toBeNull();
		expect(callbacksTable(plain.results, plain.scenario, f)).toBeNull();
		expect(complaintsPanel(plain.results, plain.scenario, f)).not.toBeNull();
		expect(hasJourneys(plain.results)).toBe(true);
		const { complaints: _c, ...withoutComplaints } = plain.results.overall;
		expect(hasJourneys({ ...plain.results, overall: withoutComplaints })).toBe(false);
	});
	it('the baseline fixture has channels and complaints but no appointments or callbacks', () => {
		expect(hasJourneys(before.results)).toBe(true);
		expect(channelPanels(before.results, before.scenario, f)).toHaveLength(1);
		expect(appointmentsTable(before.results, before.scenario, f)).toBeNull();
		expect(callbacksTable(before.results, before.scenario, f)).toBeNull();
	});
});

describe('channel shares', () => {
	const [panel] = channelPanels(branch.results, branch.scenario, f);
	const alts = branch.results.channels!.channel.alternatives;

	it('one bar per alternative on a 0–100 % axis, with whiskers, in the node’s order', () => {
		expect(panel.shares.geometry.bars).toHaveLength(3);
		expect(panel.shares.geometry.xLabels.map((l) => l.label)).toEqual(['Counter', 'Kiosk', 'App']);
		expect(panel.shares.geometry.yTicks.at(-1)!.label).toBe('100%');
		// a bar's height is its share of the plot's height
		const b = panel.shares.geometry.bars[1];
		expect(b.h / (PLOT.bottom - PLOT.top)).toBeCloseTo(alts[1].share.mean!, 6);
		expect(b.low).not.toBeNull();
		expect(panel.shares.table.rows[0][0]).toBe('Counter');
		expect(panel.shares.table.rows[0][1]).toBe(`${(alts[0].share.mean! * 100).toFixed(1)}%`);
	});
	it('the caption lists every channel’s share', () => {
		const list = alts.map((a) => `${a.label} ${(a.share.mean! * 100).toFixed(0)}%`).join(', ');
		expect(panel.shares.caption).toBe(`Of the customers at “Which channel?”: ${list}.`);
	});
	it('by period: one line per channel, the caption names the channel that moves most', () => {
		const lines = panel.byPeriod!;
		expect(lines.geometry.series.map((s) => s.name)).toEqual(['Counter', 'Kiosk', 'App']);
		expect(lines.geometry.series[0].points).toHaveLength(branch.results.periods.length);
		// find the widest range by hand
		const P = branch.results.channels!.channel.periods;
		const ranges = alts.map((_, i) => {
			const xs = P.map((p) => p.share[i].mean!);
			return Math.max(...xs) - Math.min(...xs);
		});
		const i = ranges.indexOf(Math.max(...ranges));
		expect(lines.caption.startsWith(`${alts[i].label} moves most over the day: from `)).toBe(true);
		expect(lines.table.head).toEqual(['Arrival time', 'Counter', 'Kiosk', 'App']);
	});
	it('steady state has no period chart', () => {
		const steady = { ...branch.results, mode: 'steady' as const, periods: branch.results.periods.slice(0, 1) };
		expect(channelPanels(steady, branch.scenario, f)[0].byPeriod).toBeNull();
	});
});

describe('appointments and callbacks', () => {
	it('appointments: counts without false decimals, shares with intervals, lateness signed', () => {
		const t = appointmentsTable(branch.results, branch.scenario, f)!;
		expect(t.columns).toEqual(['Advice appointments']);
		const row = (k: string) => t.rows.find((r) => r.key === k)!.cells[0];
		expect(row('slots').value).toBe('16');
		expect(row('booked').value).toBe('14.4');
		expect(row('noShow').value).toBe('12.0%');
		expect(row('noShow').ci).toMatch(/^95% CI /);
		expect(row('latenessMean').value).toBe('+3.3 min');
		expect(t.caption).toContain('14.4 of 16 slots are booked; 12% of booked customers do not come');
		expect(t.caption).toContain('more than 10 min late');
		expect(t.caption).toContain('23% of slots stand idle');
	});
	it('callbacks: late returns only where customers walk back', () => {
		const t = callbacksTable(branch.results, branch.scenario, f)!;
		expect(t.columns).toEqual(['Tellers (return when called)']);
		expect(t.rows.map((r) => r.key)).toEqual(['offered', 'accepted', 'awayMean', 'lateReturn']);
		expect(t.caption).toContain('31% of customers joining the line are offered');
		const phone = structuredClone(branch.scenario);
		const teller = phone.nodes.find((n) => n.id === 'teller')!;
		if (teller.kind === 'station') teller.callback = { mode: 'callback', acceptRate: 0.5 };
		const t2 = callbacksTable(branch.results, phone, f)!;
		expect(t2.rows.map((r) => r.key)).toEqual(['offered', 'accepted', 'awayMean']);
		expect(t2.caption).not.toContain('not back');
	});
});

describe('complaints', () => {
	const c = complaintsPanel(branch.results, branch.scenario, f)!;
	it('overall as a reference line over the segments, and a count per day', () => {
		const overall = branch.results.overall.complaints;
		expect(c.segments.geometry.bars).toHaveLength(2);
		expect(c.segments.geometry.refLines[0].label).toBe(`All customers ${(overall.mean! * 100).toFixed(1)}%`);
		const perDay = overall.mean! * branch.results.overall.arrivals.mean!;
		expect(c.segments.caption).toContain(`about ${perDay.toFixed(1)} a day`);
	});
	it('against the queue: x is the mean number waiting over every station in the period', () => {
		const q = c.queue!;
		expect(q.table.rows).toHaveLength(branch.results.periods.length);
		const k = 3;
		const sum = Object.values(branch.results.stationPeriods[k]).reduce((s, set) => s + set.queueLengthMean.mean!, 0);
		expect(waitingInPeriod(branch.results, k)).toBeCloseTo(sum, 12);
		expect(q.table.rows[k][1]).toBe(sum.toFixed(1));
		// the caption names the period with the most complaints
		const ys = branch.results.periods.map((p) => p.complaints.mean as number);
		const peak = ys.indexOf(Math.max(...ys));
		expect(q.caption.startsWith(`Customers arriving ${f.clock(peak * 60)}–${f.clock(peak * 60 + 60)} complain most`)).toBe(true);
	});
	it('correlation: +1, −1, none, and too few points', () => {
		expect(correlation([1, 2, 3], [2, 4, 6])).toBeCloseTo(1, 12);
		expect(correlation([1, 2, 3], [6, 4, 2])).toBeCloseTo(-1, 12);
		expect(correlation([1, 2, 3, 4], [1, 3, 3, 1])).toBeCloseTo(0, 12);
		expect(correlation([1, 2], [1, 2])).toBeNull();
		expect(correlation([1, 1, 1], [1, 2, 3])).toBeNull();
	});
	it('scatter labels never overlap each other', () => {
		const v = (m: number) => ({ mean: m, low: m - 0.001, high: m + 0.001 });
		const g = scatterChart(
			[
				{ x: 1, y: v(0.01), label: '09:00', tip: 'a' },
				{ x: 1.02, y: v(0.0101), label: '10:00', tip: 'b' },
				{ x: 3, y: v(0.02), label: '11:00', tip: 'c' }
			],
			{ formatX: String, formatY: String }
		);
		expect(g.points.map((p) => p.label).filter(Boolean)).toHaveLength(2);
		expect(g.points[2].label).toBe('11:00');
	});
});
