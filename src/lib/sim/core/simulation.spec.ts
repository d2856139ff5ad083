// Hand-checkable traces: fixed arrival times and fixed service times, so every event
// time can be worked out on paper and asserted exactly.
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../model/scenario';
import { compileScenario } from './compile';
import { Simulation } from './simulation';
import { TRACE_NAMES, TraceLog } from './trace';
import { measureReplication } from '../experiment/measure';
import { G, ST } from '../experiment/kpis';

function counter(opts: {
	times: number[];
	service: number;
	servers?: number | { periodMinutes: number; count: number[] };
	patience?: number;
	capacity?: number | null;
	drain?: boolean;
}): Scenario {
	return {
		format: 'flowbench-scenario',
		version: 2,
		name: 'trace',
		run: { mode: 'day', hours: 1, drain: opts.drain ?? true, replications: 1, seed: 1 },
		segments: [
			{
				id: 'all',
				name: 'All',
				share: 1,
				patience: opts.patience === undefined ? null : { dist: 'deterministic', value: opts.patience }
			}
		],
		nodes: [
			{ id: 'door', kind: 'source', name: 'Door', arrivals: { type: 'trace', times: opts.times } },
			{
				id: 'desk',
				kind: 'station',
				name: 'Desk',
				servers: opts.servers ?? 1,
				service: { dist: 'deterministic', value: opts.service },
				queueCapacity: opts.capacity ?? null
			},
			{ id: 'out', kind: 'exit', name: 'Out' }
		],
		links: [
			{ from: 'door', to: 'desk' },
			{ from: 'desk', to: 'out' }
		],
		targets: { waitMinutes: 3 }
	};
}

function traceOf(s: Scenario): { log: string[]; sim: Simulation } {
	const sim = new Simulation(compileScenario(s), 1);
	const trace = new TraceLog();
	sim.run(0, { trace });
	const nodes = s.nodes.map((n) => n.id);
	const log: string[] = [];
	for (let i = 0; i < trace.count; i++) {
		const node = trace.node[i] >= 0 ? ' ' + nodes[trace.node[i]] : '';
		log.push(`${trace.time[i]} c${trace.customer[i]} ${TRACE_NAMES[trace.type[i]]}${node}`);
	}
	return { log, sim };
}

describe('hand-checkable trace', () => {
	it('one server, fixed times: FIFO waits 0, 2, 4, 0', () => {
		const { log, sim } = traceOf(counter({ times: [0, 1, 2, 10], service: 3 }));
		expect(log).toEqual([
			'0 c0 arrive door',
			'0 c0 queue desk',
			'0 c0 start desk',
			'1 c1 arrive door',
			'1 c1 queue desk',
			'2 c2 arrive door',
			'2 c2 queue desk',
			'3 c0 done desk',
			'3 c1 start desk',
			'3 c0 exit out',
			'3 c0 leave',
			'6 c1 done desk',
			'6 c2 start desk',
			'6 c1 exit out',
			'6 c1 leave',
			'9 c2 done desk',
			'9 c2 exit out',
			'9 c2 leave',
			'10 c3 arrive door',
			'10 c3 queue desk',
			'10 c3 start desk',
			'13 c3 done desk',
			'13 c3 exit out',
			'13 c3 leave'
		]);
		const row = measureReplication(sim);
		expect(row.overall[G.arrivals]).toBe(4);
		expect(row.overall[G.waitMean]).toBe(1.5); // (0 + 2 + 4 + 0) / 4
		expect(row.overall[G.probWait]).toBe(0.5);
		expect(row.overall[G.serviceLevel]).toBe(0.75); // waits ≤ 3: three of four
		expect(row.overall[G.timeInSystem]).toBe(4.5); // (3 + 5 + 7 + 3) / 4
		// the day is 60 minutes; the desk is busy 12 of them
		expect(row.stations[ST.utilisation]).toBeCloseTo(12 / 60, 12);
		// queue length 1 on [1,2), 2 on [2,3), 1 on [3,6) → area 1 + 2 + 3 = 6 over 60 minutes
		expect(row.stations[ST.queueLengthMean]).toBeCloseTo(6 / 60, 12);
		expect(row.stations[ST.timeInSystem]).toBe(4.5);
	});

	it('patience: a customer who would wait 4 minutes with 3 minutes of patience abandons at 5', () => {
		const { log, sim } = traceOf(counter({ times: [0, 1, 2], service: 3, patience: 3 }));
		expect(log).toContain('5 c2 abandon desk');
		expect(log).not.toContain('6 c2 start desk');
		const row = measureReplication(sim);
		expect(row.overall[G.abandonment]).toBeCloseTo(1 / 3, 12);
		expect(row.overall[G.waitMean]).toBeCloseTo((0 + 2 + 3) / 3, 12);
		expect(row.stations[ST.abandonment]).toBeCloseTo(1 / 3, 12);
	});

	it('queue capacity 1: the third customer finds one waiting and balks', () => {
		const { log, sim } = traceOf(counter({ times: [0, 1, 2], service: 3, capacity: 1 }));
		expect(log).toContain('2 c2 balk desk');
		const row = measureReplication(sim);
		expect(row.overall[G.balking]).toBeCloseTo(1 / 3, 12);
		expect(row.stations[ST.arrivals]).toBe(3);
		expect(row.stations[ST.waitMean]).toBe(1); // joined: waits 0 and 2
	});

	it('two servers start two customers at once; the third waits for the first to finish', () => {
		const { log } = traceOf(counter({ times: [0, 0, 0], service: 5, servers: 2 }));
		expect(log.filter((l) => l.includes('start'))).toEqual(['0 c0 start desk', '0 c1 start desk', '5 c2 start desk']);
	});
});

describe('shifts and closing', () => {
	it('a server whose shift ends finishes its customer; nobody new starts; the one still waiting at closing is sent home', () => {
		const { log, sim } = traceOf(counter({ times: [0, 1, 2], service: 20, servers: { periodMinutes: 30, count: [1, 0] } }));
		expect(log.filter((l) => / (start|leave)/.test(l))).toEqual([
			'0 c0 start desk',
			'20 c1 start desk', // the next one starts before the finished one moves on (docs/design.md)
			'20 c0 leave',
			'40 c1 leave',
			'60 c2 leave'
		]);
		const row = measureReplication(sim);
		expect(row.overall[G.sentHome]).toBeCloseTo(1 / 3, 12);
		expect(row.overall[G.servedShare]).toBeCloseTo(2 / 3, 12);
		expect(row.overall[G.waitMean]).toBeCloseTo((0 + 19 + 58) / 3, 12);
		// on shift [0, 30), then one server finishing overtime until 40: available 40, busy 40
		expect(row.stations[ST.utilisation]).toBe(1);
		expect(row.stations[ST.servers]).toBeCloseTo(40 / 60, 12);
	});

	it('without drain, everyone inside at closing is sent home with the wait they had', () => {
		const { sim } = traceOf(counter({ times: [0, 50, 55], service: 30, drain: false }));
		const row = measureReplication(sim);
		// c0 served 0–30; c1 in service at 60; c2 waiting since 55
		expect(row.overall[G.sentHome]).toBeCloseTo(2 / 3, 12);
		expect(row.overall[G.waitMean]).toBeCloseTo((0 + 0 + 5) / 3, 12);
		expect(sim.endTime).toBe(60);
	});

	it('adding servers at a shift start serves those waiting at once', () => {
		const { log } = traceOf(counter({ times: [0, 1, 2], service: 50, servers: { periodMinutes: 10, count: [1, 3] } }));
		expect(log.filter((l) => l.includes('start'))).toEqual(['0 c0 start desk', '10 c1 start desk', '10 c2 start desk']);
	});
});

describe('per-customer rows only when asked for', () => {
	function steady(): Scenario {
		return {
			format: 'flowbench-scenario',
			version: 2,
			name: 'M/M/2',
			run: { mode: 'steady', warmup: 100, length: 3000, replications: 1, seed: 9 },
			segments: [{ id: 'all', name: 'All', share: 1, patience: { dist: 'exponential', mean: 4 } }],
			nodes: [
				{ id: 'in', kind: 'source', name: 'In', arrivals: { type: 'poisson', ratePerHour: 100 } },
				{ id: 'q', kind: 'station', name: 'Q', servers: 2, service: { dist: 'exponential', mean: 1 } },
				{ id: 'out', kind: 'exit', name: 'Out' }
			],
			links: [
				{ from: 'in', to: 'q' },
				{ from: 'q', to: 'out' }
			]
		};
	}

	it('keeps no rows by default, and the KPIs are the same with or without them', () => {
		const model = compileScenario(steady());
		const sim = new Simulation(model, 9);
		sim.run(0);
		expect(sim.records.count).toBe(0);
		const plain = measureReplication(sim);
		sim.run(0, { records: true });
		expect(sim.records.count).toBe(plain.overall[G.arrivals]);
		expect(sim.records.count).toBeGreaterThan(4000);
		const withRows = measureReplication(sim);
		expect(withRows).toEqual(plain);
	});

	it('a traced run keeps rows (teaching replays read the segments from them)', () => {
		const sim = new Simulation(compileScenario(steady()), 9);
		sim.run(0, { trace: new TraceLog() });
		expect(sim.records.count).toBeGreaterThan(0);
	});
});
