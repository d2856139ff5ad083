// Before/after comparison with common random numbers (experiment/compare.ts): a scenario
// compared with itself differs by exactly 0; one more server lowers the mean wait with an
// interval excluding 0; the paired interval is far narrower than independent runs would give;
// rows are plain typed arrays, the same whether a replication runs alone or in a range.
import { describe, expect, it } from 'vitest';
import {
	CUSTOMER_STATS,
	GROUP_KPIS,
	STATION_KPIS,
	pairedDifference,
	prepareComparison,
	runComparison,
	runComparisonRange,
	runComparisonReplication,
	runScenario,
	summariseComparison,
	type DifferenceValue,
	type Scenario
} from '../../src/lib/sim/index';

function bank(servers: number, over: Partial<Scenario> = {}): Scenario {
	return {
		format: 'flowbench-scenario',
		version: 2,
		name: `bank with ${servers}`,
		run: { mode: 'day', hours: 8, replications: 20, seed: 4 },
		segments: [
			{ id: 'regular', name: 'Regular', share: 0.8, patience: { dist: 'exponential', mean: 20 } },
			{ id: 'vip', name: 'VIP', share: 0.2, priority: 1 }
		],
		nodes: [
			{
				id: 'in',
				kind: 'source',
				name: 'In',
				arrivals: { type: 'poisson', periodMinutes: 60, ratePerHour: [30, 45, 55, 40, 35, 30, 45, 30] }
			},
			{
				id: 'teller',
				kind: 'station',
				name: 'Tellers',
				servers,
				service: { dist: 'lognormal', mean: 6, cv: 0.8 },
				discipline: 'priority',
				resolutionRate: 0.9,
				costPerServerHour: 30
			},
			{ id: 'back', kind: 'station', name: 'Back office', servers: 1, service: { dist: 'exponential', mean: 8 } },
			{ id: 'out', kind: 'exit', name: 'Out' }
		],
		links: [
			{ from: 'in', to: 'teller' },
			{ from: 'teller', to: 'out' },
			{ from: 'teller', to: 'back', on: 'unresolved' },
			{ from: 'back', to: 'out' }
		],
		...over
	};
}

function allDifferences(c: ReturnType<typeof runComparison>): [string, DifferenceValue][] {
	const out: [string, DifferenceValue][] = [];
	for (const k of GROUP_KPIS) out.push([`overall.${k}`, c.difference.overall[k]]);
	for (const [id, set] of Object.entries(c.difference.stations)) for (const k of STATION_KPIS) out.push([`stations.${id}.${k}`, set[k]]);
	for (const [id, set] of Object.entries(c.difference.segments)) for (const k of GROUP_KPIS) out.push([`segments.${id}.${k}`, set[k]]);
	c.difference.periods.forEach((set, p) => {
		for (const k of GROUP_KPIS) out.push([`periods[${p}].${k}`, set[k] as DifferenceValue]);
	});
	return out;
}

describe('compare', () => {
	it('a scenario compared with itself: every difference exactly 0 and not significant', () => {
		const c = runComparison(bank(5), bank(5));
		expect(c).toMatchObject({ format: 'flowbench-comparison', version: 1, replications: 20, seed: 4 });
		const diffs = allDifferences(c);
		expect(diffs.length).toBeGreaterThan(GROUP_KPIS.length * 10);
		for (const [path, d] of diffs) {
			expect(d.significant, path).toBe(false);
			if (d.mean === null) continue; // no data (e.g. a segment's cost)
			expect(d.mean, path).toBe(0);
			expect(d.low, path).toBe(0);
			expect(d.high, path).toBe(0);
			if (d.relative !== null) expect(d.relative, path).toBe(0);
		}
		expect(c.baseline.overall).toEqual(c.redesign.overall);
		expect(c.customers.waitChange).toEqual({ mean: 0, low: 0, high: 0 });
		expect(c.customers.csatChange).toEqual({ mean: 0, low: 0, high: 0 });
		expect(c.customers.unchanged).toEqual({ mean: 1, low: 1, high: 1 });
		expect(c.customers.baselineOnly).toEqual({ mean: 0, low: 0, high: 0 });
		// every arrival of a day is matched
		expect(c.customers.matched).toEqual(c.baseline.overall.arrivals);
	});

	it('one more teller: lower mean wait with an interval excluding 0, higher CSAT, more cost', () => {
		const c = runComparison(bank(4), bank(5));
		const wait = c.difference.overall.waitMean;
		expect(wait.mean!).toBeLessThan(0);
		expect(wait.high!).toBeLessThan(0);
		expect(wait.significant).toBe(true);
		expect(wait.relative!).toBeLessThan(0);
		expect(wait.relativeHigh!).toBeLessThan(0);
		expect(wait.relativeLow!).toBeGreaterThanOrEqual(-1);
		expect(c.difference.overall.csat.low!).toBeGreaterThan(0);
		expect(c.difference.stations.teller.cost.mean!).toBeGreaterThan(0);
		// the same customers arrive in both worlds
		expect(c.difference.overall.arrivals.mean).toBe(0);
		// same customers, two worlds
		expect(c.customers.waitChange.high!).toBeLessThan(0);
		expect(c.customers.csatChange.low!).toBeGreaterThan(0);
		expect(c.customers.betterOff.mean!).toBeGreaterThan(c.customers.worseOff.mean!);
		const shares = (['betterOff', 'worseOff', 'unchanged'] as const).reduce((s, k) => s + c.customers[k].mean!, 0);
		expect(shares).toBeCloseTo(1, 12);
		// per-customer mean change equals the change in mean wait when every customer is matched
		expect(c.customers.waitChange.mean!).toBeCloseTo(c.redesign.overall.waitMean.mean! - c.baseline.overall.waitMean.mean!, 9);
	});

	it('common random numbers: the paired interval is much narrower than independent runs give', () => {
		const c = runComparison(bank(4), bank(5));
		const paired = c.difference.overall.waitMean.high! - c.difference.overall.waitMean.low!;
		const a = runScenario(bank(4), { seed: 101 }).overall.waitMean;
		const b = runScenario(bank(5), { seed: 202 }).overall.waitMean;
		const independent = 2 * Math.hypot((a.high! - a.low!) / 2, (b.high! - b.low!) / 2);
		expect(paired).toBeLessThan(independent / 2);
	});

	it('stations and segments present in both are compared; periods when the grids agree', () => {
		const redesign = bank(5);
		redesign.nodes.splice(2, 0, { id: 'kiosk', kind: 'self-service', name: 'Kiosk', units: 2, service: { dist: 'exponential', mean: 3 } });
		redesign.links = [
			{ from: 'in', to: 'kiosk', segments: ['regular'] },
			{ from: 'in', to: 'teller', segments: ['vip'] },
			{ from: 'kiosk', to: 'out' },
			...redesign.links.slice(1)
		];
		const c = runComparison(bank(5), redesign, { replications: 5 });
		expect(Object.keys(c.difference.stations)).toEqual(['teller', 'back']);
		expect(Object.keys(c.difference.segments)).toEqual(['regular', 'vip']);
		expect(c.difference.periods).toHaveLength(8);
		expect(c.difference.periods[2]).toMatchObject({ start: 120, end: 180 });
		expect(Object.keys(c.redesign.stations)).toEqual(['teller', 'kiosk', 'back']);
	});

	it('one replication as a plain typed-array row; rows summarise the same in any grouping', () => {
		const prep = prepareComparison(bank(4), bank(5), { replications: 6, seed: 9 });
		const rows = runComparisonRange(prep, 0, 6);
		const alone = runComparisonReplication(prep, 3);
		expect(alone.customers).toBeInstanceOf(Float64Array);
		expect(alone.customers).toHaveLength(CUSTOMER_STATS.length);
		expect(alone.baseline.overall).toBeInstanceOf(Float64Array);
		expect(alone).toEqual(rows[3]);
		const cloned = rows.map((r) => structuredClone(r));
		expect(summariseComparison(prep, cloned)).toEqual(summariseComparison(prep, rows));
		expect(prep.seed).toBe(9);
	});

	it('paired difference: mean, Student-t interval, relative change by the delta method', () => {
		const d = pairedDifference([10, 12, 14, NaN], [8, 9.5, 12.5, 5]);
		// differences −2, −2.5, −1.5 (the NaN replication is left out): sd 0.5
		expect(d.mean).toBeCloseTo(-2, 12);
		expect(d.high! - d.mean!).toBeCloseTo((4.302652729911275 * 0.5) / Math.sqrt(3), 9);
		expect(d.significant).toBe(true);
		expect(d.relative).toBeCloseTo(-2 / 12, 12);
		expect(d.relativeLow!).toBeLessThan(d.relative!);
		expect(d.relativeHigh!).toBeGreaterThan(d.relative!);
		expect(pairedDifference([1], [2])).toMatchObject({ mean: 1, low: 1, high: 1, significant: false });
		expect(pairedDifference([0, 0], [1, 2]).relative).toBeNull();
		expect(pairedDifference([NaN], [NaN]).mean).toBeNull();
	});
});

describe('comparisons of format-2 scenarios', () => {
	it('pair the appointments and virtual-queue KPIs of sources and stations present in both', async () => {
		const { templateScenario } = await import('../../src/lib/templates/index');
		const offer = templateScenario('callback-redesign')!;
		// the same callback offer, accepted less often: the accepting share falls, with an interval below 0
		const fewer = structuredClone(offer);
		const agents = fewer.nodes.find((n) => n.id === 'agents') as { callback: { acceptRate: number } };
		agents.callback.acceptRate = 0.3;
		const cmp = runComparison(offer, fewer, { replications: 8 });
		const accepted = cmp.difference.callbacks!.agents.accepted;
		expect(accepted.mean!).toBeLessThan(-0.2);
		expect(accepted.high!).toBeLessThan(0);
		expect(accepted.significant).toBe(true);
		// compared with itself: every paired difference exactly 0
		const same = runComparison(offer, structuredClone(offer), { replications: 4 }).difference.callbacks!;
		expect(Object.keys(same)).toEqual(['agents']);
		for (const d of Object.values(same.agents)) if (d.mean !== null) expect([d.mean, d.significant]).toEqual([0, false]);
		// no virtual queue in the baseline: nothing to pair
		expect(runComparison(templateScenario('callback-baseline')!, offer, { replications: 2 }).difference).not.toHaveProperty('callbacks');

		const booked = templateScenario('outpatient-redesign')!;
		const appt = runComparison(booked, structuredClone(booked), { replications: 4 }).difference.appointments!;
		expect(Object.keys(appt).length).toBeGreaterThan(0);
		for (const set of Object.values(appt)) for (const d of Object.values(set)) if (d.mean !== null) expect(d.mean).toBe(0);
		// a format-1 comparison has neither table
		const plain = runComparison(bank(3), bank(4), { replications: 3 });
		expect(plain.difference).not.toHaveProperty('appointments');
		expect(plain.difference).not.toHaveProperty('callbacks');
	});
});
