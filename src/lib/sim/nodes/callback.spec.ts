// Virtual queue on a station (format v2 `callback`): a hand-checked trace of each mode, and a
// seeded property test over random days — every customer who joins leaves exactly once, and
// service starts keep first-in first-out order among equal priority ("callback": strictly;
// "return": nobody is served before an earlier joiner who is present in the line).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CallbackOffer, Distribution, Scenario } from '../model/scenario';
import { SCENARIO_VERSION } from '../model/scenario';
import { validateScenario } from '../model/validate';
import { compileScenario } from '../core/compile';
import { Simulation } from '../core/simulation';
import { TRACE, TRACE_NAMES, TraceLog } from '../core/trace';
import { measureReplication } from '../experiment/measure';
import { G } from '../experiment/kpis';
import { runScenario } from '../experiment/run';

function desk(opts: {
	times: number[];
	service: Distribution;
	servers?: number;
	callback: CallbackOffer;
	patience?: number | null;
	hours?: number;
}): Scenario {
	return {
		format: 'flowbench-scenario',
		version: SCENARIO_VERSION,
		name: 'virtual queue',
		run: { mode: 'day', hours: opts.hours ?? 2, replications: 1, seed: 11 },
		segments: [
			{
				id: 'all',
				name: 'All',
				share: 1,
				patience: opts.patience == null ? null : { dist: 'exponential', mean: opts.patience }
			}
		],
		nodes: [
			{ id: 'door', kind: 'source', name: 'Door', arrivals: { type: 'trace', times: opts.times } },
			{
				id: 'desk',
				kind: 'station',
				name: 'Desk',
				servers: opts.servers ?? 1,
				service: opts.service,
				waitExperience: 'phone',
				callback: opts.callback
			},
			{ id: 'out', kind: 'exit', name: 'Out' }
		],
		links: [
			{ from: 'door', to: 'desk' },
			{ from: 'desk', to: 'out' }
		]
	};
}

function run(s: Scenario): { trace: TraceLog; sim: Simulation } {
	const v = validateScenario(s);
	expect(v.ok ? [] : v.problems).toEqual([]);
	const sim = new Simulation(compileScenario(s), s.run.seed);
	const trace = new TraceLog();
	sim.run(0, { trace });
	return { trace, sim };
}

function lines(trace: TraceLog): string[] {
	const out: string[] = [];
	for (let i = 0; i < trace.count; i++) {
		const type = TRACE_NAMES[trace.type[i]];
		if (type === 'exit' || type === 'leave' || type === 'done' || type === 'arrive') continue;
		out.push(`${trace.time[i]} c${trace.customer[i]} ${type}`);
	}
	return out;
}

describe('virtual queue (callback offer)', () => {
	it('"callback": accepting customers keep their place, are served at their turn and perceive the wait as away', () => {
		// arrivals 0, 1, 2, 3; 10-minute service; everyone offered when anyone is waiting ahead
		// (offerAboveMinutes 0: c1 joins with nobody waiting → expected wait 0, not offered),
		// all accept. By hand: c0 0–10, c1 10–20, c2 20–30, c3 30–40; waits 0, 9, 18, 27.
		const { trace, sim } = run(
			desk({ times: [0, 1, 2, 3], service: { dist: 'deterministic', value: 10 }, callback: { mode: 'callback', acceptRate: 1 } })
		);
		expect(lines(trace)).toEqual([
			'0 c0 queue',
			'0 c0 start',
			'1 c1 queue',
			'2 c2 away',
			'2 c2 queue',
			'3 c3 away',
			'3 c3 queue',
			'10 c1 start',
			'20 c2 start',
			'30 c3 start'
		]);
		const row = measureReplication(sim);
		expect(row.overall[G.waitMean]).toBeCloseTo((0 + 9 + 18 + 27) / 4, 12);
		expect(row.callbacks[0 * 4 + 0]).toBeCloseTo(2 / 4, 12); // offered: 2 of the 4 who joined
		expect(row.callbacks[1]).toBe(1); // accepted
		expect(row.callbacks[2]).toBeCloseTo((18 + 27) / 2, 12); // minutes away per accepting customer
	});

	it('perceives minutes away with waitExperience.away (default 0.5) instead of the queue\u2019s multiplier', () => {
		const s = desk({ times: [0, 1, 2], service: { dist: 'deterministic', value: 10 }, callback: { mode: 'callback', acceptRate: 1 } });
		const base = desk({ times: [0, 1, 2], service: { dist: 'deterministic', value: 10 }, callback: { mode: 'callback', acceptRate: 0 } });
		const sim = new Simulation(compileScenario(s), 1);
		sim.run(0, { records: true });
		const plain = new Simulation(compileScenario(base), 1);
		plain.run(0, { records: true });
		const perceived = (x: Simulation) => Array.from(x.records.perceived.subarray(0, 3)).sort((a, b) => a - b);
		// waits 0, 9, 18: c2 (waiting 18) accepted; phone queue multiplier 1, away 0.5
		expect(perceived(plain)).toEqual([0, 9, 18]);
		expect(perceived(sim)).toEqual([0, 9, 9]);
	});

	it('takes the away multiplier from the scenario, and refuses bad offers with located problems', () => {
		const s = desk({ times: [0, 1, 2], service: { dist: 'deterministic', value: 10 }, callback: { mode: 'callback', acceptRate: 1 } });
		s.satisfaction = { waitExperience: { away: 0.25 } };
		const sim = new Simulation(compileScenario(s), 1);
		sim.run(0, { records: true });
		expect(Array.from(sim.records.perceived.subarray(0, 3)).sort((a, b) => a - b)).toEqual([0, 4.5, 9]);

		const bad = structuredClone(s) as unknown as { nodes: Record<string, unknown>[]; satisfaction: Record<string, unknown> };
		bad.nodes[1].callback = { mode: 'later', acceptRate: 1.5, callAhead: 0.5 };
		bad.satisfaction = { waitExperience: { away: 0 } };
		const v = validateScenario(bad);
		expect(v.ok ? [] : v.problems.map((p) => [p.path, p.code])).toEqual(
			expect.arrayContaining([
				['nodes[1].callback.mode', 'value.notOneOf'],
				['nodes[1].callback.acceptRate', 'value.max'],
				['nodes[1].callback.callAhead', 'value.notWhole'],
				['satisfaction.waitExperience.away', 'value.gt']
			])
		);
	});

	it('"return": a customer called too late keeps the head of the line and is served when back', () => {
		// arrivals 0, 1, 2, 3; 10-minute service; callAhead 0, return time 15.
		// c2 and c3 accept (at joining, 1 and 2 are ahead). c1 starts at 10: c2 has nobody present
		// ahead → called at 10, back at 25. At 20 c1 ends: c2 is away, c3 (away, uncalled) is
		// skipped too → nobody present; c3 is called at 20 (no one present ahead), back at 35.
		// c2 back at 25: served 25–35; c3 back at 35: served 35–45. Both were late (turn came at 20).
		const { trace, sim } = run(
			desk({
				times: [0, 1, 2, 3],
				service: { dist: 'deterministic', value: 10 },
				callback: { mode: 'return', acceptRate: 1, callAhead: 0, returnTime: { dist: 'deterministic', value: 15 } }
			})
		);
		expect(lines(trace)).toEqual([
			'0 c0 queue',
			'0 c0 start',
			'1 c1 queue',
			'2 c2 away',
			'2 c2 queue',
			'3 c3 away',
			'3 c3 queue',
			'10 c1 start',
			'10 c2 called',
			'20 c3 called',
			'25 c2 back',
			'25 c2 start',
			'35 c3 back',
			'35 c3 start'
		]);
		const row = measureReplication(sim);
		expect(row.callbacks[3]).toBe(1); // lateReturn: both accepting customers' turn came while away
		expect(row.callbacks[2]).toBeCloseTo((23 + 32) / 2, 12); // away 2→25 and 3→35
	});

	it('keeps every customer exactly once and FIFO among those present (seeded property test)', () => {
		const scenario = fc.record({
			gaps: fc.array(fc.double({ min: 0, max: 6, noNaN: true }), { minLength: 1, maxLength: 60 }),
			servers: fc.integer({ min: 1, max: 3 }),
			mean: fc.double({ min: 1, max: 12, noNaN: true }),
			deterministic: fc.boolean(),
			mode: fc.constantFrom<'callback' | 'return'>('callback', 'return'),
			acceptRate: fc.constantFrom(0, 0.3, 0.7, 1),
			above: fc.constantFrom(0, 2, 10),
			callAhead: fc.integer({ min: 0, max: 4 }),
			back: fc.double({ min: 0, max: 20, noNaN: true }),
			patience: fc.option(fc.double({ min: 1, max: 30, noNaN: true }), { nil: null }),
			drain: fc.boolean()
		});
		fc.assert(
			fc.property(scenario, (p) => {
				let t = 0;
				const times = p.gaps.map((g) => (t += g));
				const s = desk({
					times,
					hours: Math.ceil((t + 1) / 60),
					servers: p.servers,
					service: p.deterministic ? { dist: 'deterministic', value: p.mean } : { dist: 'exponential', mean: p.mean },
					patience: p.patience,
					callback: {
						mode: p.mode,
						acceptRate: p.acceptRate,
						offerAboveMinutes: p.above,
						callAhead: p.callAhead,
						returnTime: { dist: 'uniform', min: 0, max: p.back }
					}
				});
				s.run.drain = p.drain;
				const { trace } = run(s);
				const arrived = new Map<number, number>();
				const left = new Map<number, number>();
				const joinOrder: number[] = [];
				const started = new Set<number>();
				const away = new Set<number>();
				const gone = new Set<number>();
				for (let i = 0; i < trace.count; i++) {
					const c = trace.customer[i];
					switch (trace.type[i]) {
						case TRACE.ARRIVE:
							arrived.set(c, (arrived.get(c) ?? 0) + 1);
							break;
						case TRACE.QUEUE:
							joinOrder.push(c);
							break;
						case TRACE.AWAY:
							away.add(c);
							break;
						case TRACE.BACK:
							expect(away.has(c)).toBe(true);
							away.delete(c);
							break;
						case TRACE.START: {
							// everyone who joined earlier and has not started nor left is away (return mode) —
							// in callback mode nobody is ever skipped
							expect(away.has(c) && p.mode === 'return').toBe(false);
							for (const d of joinOrder) {
								if (d === c) break;
								if (started.has(d) || gone.has(d)) continue;
								expect(p.mode === 'return' && away.has(d), `c${c} started before c${d}`).toBe(true);
							}
							started.add(c);
							away.delete(c);
							break;
						}
						case TRACE.ABANDON:
						case TRACE.LEAVE:
							gone.add(c);
							if (trace.type[i] === TRACE.LEAVE) left.set(c, (left.get(c) ?? 0) + 1);
							break;
					}
				}
				// conservation: every arrival joins, and leaves exactly once
				expect(arrived.size).toBe(times.length);
				expect(joinOrder.length).toBe(times.length);
				for (const c of arrived.keys()) expect(left.get(c), `c${c}`).toBe(1);
				// accepting customers never abandon
				for (let i = 0; i < trace.count; i++) if (trace.type[i] === TRACE.ABANDON) expect(away.has(trace.customer[i])).toBe(false);
			}),
			{ seed: 20261205, numRuns: 300 }
		);
	});

	it('a contact centre with callback: seeded, and fewer abandon than without the offer', () => {
		const s: Scenario = desk({ times: [], service: { dist: 'deterministic', value: 1 }, callback: { mode: 'callback', acceptRate: 0.6 } });
		s.run = { mode: 'day', hours: 8, replications: 20, seed: 5 };
		s.segments[0].patience = { dist: 'exponential', mean: 4 };
		s.nodes[0] = { id: 'door', kind: 'source', name: 'Calls', arrivals: { type: 'poisson', ratePerHour: 55 } };
		s.nodes[1] = { ...(s.nodes[1] as object), servers: 4, service: { dist: 'lognormal', mean: 4.5, cv: 1 } } as Scenario['nodes'][1];
		const a = runScenario(s);
		expect(JSON.stringify(runScenario(s))).toBe(JSON.stringify(a));
		const none = runScenario({ ...s, nodes: s.nodes.map((n) => (n.kind === 'station' ? { ...n, callback: undefined } : n)) });
		expect(a.callbacks!.desk.accepted.low!).toBeLessThan(0.6);
		expect(a.callbacks!.desk.accepted.high!).toBeGreaterThan(0.6);
		expect(a.overall.abandonment.mean!).toBeLessThan(none.overall.abandonment.mean!);
		expect(none.callbacks).toBeUndefined();
	});
});
