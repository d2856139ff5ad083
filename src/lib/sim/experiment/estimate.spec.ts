import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../model/scenario';
import { erlangA, mmck, mmcServiceLevel } from '../analytic/index';
import { quickEstimate, servedWithin } from './estimate';

const example = (name: string) =>
	JSON.parse(readFileSync(new URL(`../../../../static/examples/${name}.json`, import.meta.url), 'utf8')) as Scenario;

function oneStation(over: Partial<Scenario> = {}, station: Record<string, unknown> = {}, patience: unknown = null): Scenario {
	return {
		format: 'flowbench-scenario',
		version: 2,
		name: 'test',
		run: { mode: 'steady', warmup: 100, length: 1000, replications: 2, seed: 1 },
		segments: [{ id: 'a', name: 'A', share: 1, patience: patience as null }],
		nodes: [
			{ id: 'src', kind: 'source', name: 'In', arrivals: { type: 'poisson', ratePerHour: 100 } },
			{
				id: 'st',
				kind: 'station',
				name: 'Desk',
				servers: 6,
				service: { dist: 'exponential', mean: 3 },
				...station
			} as Scenario['nodes'][number],
			{ id: 'out', kind: 'exit', name: 'Out' }
		],
		links: [
			{ from: 'src', to: 'st' },
			{ from: 'st', to: 'out' }
		],
		...over
	};
}

describe('servedWithin (birth–death service level)', () => {
	it('equals Erlang C without patience or capacity', () => {
		for (const [lambda, mu, c, t] of [
			[100 / 60, 1 / 3, 6, 1 / 3],
			[0.8, 1, 1, 2],
			[12, 1 / 4, 55, 0.25]
		])
			expect(servedWithin({ lambda, mu, c, theta: 0, maxWaiting: Infinity }, t)).toBeCloseTo(mmcServiceLevel({ lambda, mu, c }, t), 6);
	});
	it('is the share who start within t among the admitted for M/M/c/K (t = ∞ → 1, t = 0 → 1 − P(wait))', () => {
		const p = { lambda: 10, mu: 4, c: 3, theta: 0, maxWaiting: 3 };
		const r = mmck({ lambda: 10, mu: 4, c: 3, k: 6 });
		expect(servedWithin(p, 0)).toBeCloseTo(1 - r.probWait, 9);
		expect(servedWithin(p, 100)).toBeCloseTo(1, 9);
	});
	it('gives up (null) rather than stall when patience is practically endless in overload', () => {
		const started = performance.now();
		expect(servedWithin({ lambda: 20, mu: 1, c: 10, theta: 1e-6, maxWaiting: Infinity }, 10)).toBeNull();
		expect(performance.now() - started).toBeLessThan(2000);
	});
	it('with patience: t = 0 gives 1 − P(wait); t large gives the served share', () => {
		const p = { lambda: 100 / 60, mu: 1 / 3, c: 5, theta: 0.5, maxWaiting: Infinity };
		const r = erlangA({ lambda: p.lambda, mu: p.mu, c: 5, theta: 0.5 });
		expect(servedWithin(p, 0)).toBeCloseTo(1 - r.probWait, 9);
		expect(servedWithin(p, 1000)).toBeCloseTo(1 - r.probAbandon, 6);
		expect(servedWithin(p, 1)).toBeGreaterThan(servedWithin(p, 0.5)!);
	});
});

describe('quickEstimate', () => {
	it('is Erlang C for the call-centre example (MMC-1)', () => {
		const e = quickEstimate(example('call-centre-steady'));
		expect(e.approximate).toBe(true);
		expect(e.error).toBeNull();
		expect(e.stations).toHaveLength(1);
		const s = e.stations[0];
		expect(s.model).toBe('erlang-c');
		expect(s.notes).toEqual([]);
		expect(s.day.probWait).toBeCloseTo(0.5875, 4);
		expect(s.day.waitMean).toBeCloseTo(1.763, 3);
		expect(s.peak.waitMean).toBeCloseTo(1.763, 3);
		expect(s.day.utilisation).toBeCloseTo(5 / 6, 9);
		expect(s.day.arrivalsPerHour).toBeCloseTo(100, 9);
		expect(e.overall.waitMean).toBeCloseTo(1.763, 3);
		expect(e.overall.utilisation).toBeCloseTo(5 / 6, 9);
	});
	it('service level within the target matches Erlang C (SL(20 s) = 0.4743)', () => {
		const e = quickEstimate(oneStation({ targets: { waitMinutes: 1 / 3 } }));
		expect(e.stations[0].day.serviceLevel).toBeCloseTo(0.4743, 4);
		expect(e.overall.serviceLevel).toBeCloseTo(0.4743, 4);
	});
	it('is Erlang A with exponential patience (EA-1)', () => {
		const e = quickEstimate(oneStation({}, { servers: 5 }, { dist: 'exponential', mean: 2 }));
		const s = e.stations[0];
		expect(s.model).toBe('erlang-a');
		expect(s.day.abandonment).toBeCloseTo(0.1924, 4);
		expect(s.day.waitMean).toBeCloseTo(0.3847, 4);
		expect(s.day.probWait).toBeCloseTo(0.5171, 4);
	});
	it('uses the mean of non-exponential patience, and says so', () => {
		const e = quickEstimate(oneStation({}, { servers: 5 }, { dist: 'lognormal', mean: 2, cv: 0.5 }));
		expect(e.stations[0].day.abandonment).toBeCloseTo(0.1924, 4);
		expect(e.stations[0].notes.map((n) => n.code)).toContain('patience-mean');
	});
	it('is M/M/c/K with a finite queue (MMCK-2)', () => {
		const e2 = quickEstimate({
			...oneStation(),
			nodes: oneStation().nodes.map((n) =>
				n.kind === 'source'
					? { ...n, arrivals: { type: 'poisson' as const, ratePerHour: 10 } }
					: n.kind === 'station'
						? { ...n, servers: 3, service: { dist: 'exponential' as const, mean: 15 }, queueCapacity: 3 }
						: n
			)
		});
		const s = e2.stations[0];
		expect(s.model).toBe('mmck');
		expect(s.day.balking).toBeCloseTo(0.1024, 4);
		expect(s.day.waitMean).toBeCloseTo(0.07805 * 60, 2);
		expect(s.notes.map((n) => n.code)).toContain('finite-capacity');
	});
	it('applies Allen–Cunneen to non-exponential service and notes the cv (MG1: M/D/1)', () => {
		const e = quickEstimate({
			...oneStation(),
			nodes: oneStation().nodes.map((n) =>
				n.kind === 'source'
					? { ...n, arrivals: { type: 'poisson' as const, ratePerHour: 48 } }
					: n.kind === 'station'
						? { ...n, servers: 1, service: { dist: 'deterministic' as const, value: 1 } }
						: n
			)
		});
		const s = e.stations[0];
		expect(e.notes).toEqual([]);
		expect(s.model).toBe('allen-cunneen');
		expect(s.day.waitMean).toBeCloseTo(2, 6);
		expect(s.notes).toContainEqual({ code: 'non-exponential', cv: 0, corrected: true });
	});
	it('estimates the bank branch per period with the lunch peak, priorities and lognormal service flagged', () => {
		const e = quickEstimate(example('bank-branch-baseline'));
		expect(e.mode).toBe('day');
		expect(e.notes.map((n) => n.code)).toContain('time-varying');
		const teller = e.stations.find((s) => s.id === 'teller')!;
		expect(teller.model).toBe('erlang-a');
		expect(teller.periods).toHaveLength(8);
		expect(teller.peak.arrivalsPerHour).toBeCloseTo(60, 6);
		expect(teller.peak.start).toBe(180);
		const codes = teller.notes.map((n) => n.code);
		expect(codes).toEqual(expect.arrayContaining(['priority', 'non-exponential']));
		// Back office gets the 10 % unresolved.
		const back = e.stations.find((s) => s.id === 'back')!;
		expect(back.day.arrivalsPerHour).toBeCloseTo(4.25, 6);
		expect(teller.day.utilisation!).toBeGreaterThan(0.5);
		expect(teller.day.utilisation!).toBeLessThan(1);
		expect(e.overall.waitMean!).toBeGreaterThan(0);
		expect(e.overall.serviceLevel).toBeNull();
	});
	it('flags an overloaded period without patience and never throws on a broken scenario', () => {
		const e = quickEstimate(oneStation({}, { servers: 4 }));
		expect(e.stations[0].day.stable).toBe(false);
		expect(e.stations[0].day.waitMean).toBeNull();
		expect(e.stations[0].notes.map((n) => n.code)).toContain('overloaded');
		const endless = quickEstimate(oneStation({}, { servers: 2 }, { dist: 'exponential', mean: 1e9 }));
		expect(endless.stations[0].day.waitMean).toBeNull();
		const broken = quickEstimate({ ...oneStation(), nodes: [] });
		expect(broken.stations).toEqual([]);
	});
});
