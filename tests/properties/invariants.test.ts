// Property tests: for randomly generated flows (sources, routers, stations with finite or
// infinite queues, patience, rework, self-service with failures, delays, day or steady
// mode), the engine keeps the invariants any correct simulation must keep.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	compileScenario,
	measureReplication,
	runReplicationRange,
	prepareRun,
	runScenario,
	Simulation,
	TraceLog,
	TRACE,
	UnstableError,
	type Distribution,
	type FlowNode,
	type Link,
	type Scenario
} from '../../src/lib/sim/index';

const dist = fc.oneof(
	fc.double({ min: 0.5, max: 8, noNaN: true }).map((mean): Distribution => ({ dist: 'exponential', mean })),
	fc.double({ min: 0.5, max: 8, noNaN: true }).map((value): Distribution => ({ dist: 'deterministic', value })),
	fc
		.record({ mean: fc.double({ min: 0.5, max: 8, noNaN: true }), cv: fc.double({ min: 0, max: 2, noNaN: true }) })
		.map(({ mean, cv }): Distribution => ({ dist: 'lognormal', mean, cv })),
	fc
		.record({ mean: fc.double({ min: 0.5, max: 8, noNaN: true }), k: fc.integer({ min: 1, max: 4 }) })
		.map(({ mean, k }): Distribution => ({ dist: 'erlang', mean, k })),
	fc
		.record({ a: fc.double({ min: 0, max: 3, noNaN: true }), b: fc.double({ min: 0.1, max: 5, noNaN: true }) })
		.map(({ a, b }): Distribution => ({ dist: 'uniform', min: a, max: a + b }))
);

const stationArb = fc.record({
	servers: fc.oneof(fc.integer({ min: 1, max: 4 }), fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 2, maxLength: 4 })),
	service: dist,
	capacity: fc.option(fc.integer({ min: 0, max: 5 }), { nil: null }),
	resolution: fc.constantFrom(1, 0.8, 0.5),
	priority: fc.boolean(),
	self: fc.boolean()
});

const scenarioArb = fc
	.record({
		rate: fc.double({ min: 5, max: 90, noNaN: true }),
		profile: fc.boolean(),
		stations: fc.array(stationArb, { minLength: 1, maxLength: 3 }),
		patience: fc.option(dist, { nil: null }),
		twoSegments: fc.boolean(),
		split: fc.boolean(),
		delay: fc.option(dist, { nil: null }),
		mode: fc.constantFrom('day', 'day-nodrain', 'steady'),
		seed: fc.integer({ min: 0, max: 1000 })
	})
	.map((g): Scenario => {
		const nodes: FlowNode[] = [
			{
				id: 'src',
				kind: 'source',
				name: 'Source',
				arrivals: g.profile
					? { type: 'poisson', periodMinutes: 30, ratePerHour: [g.rate, g.rate * 1.5, g.rate * 0.5] }
					: { type: 'poisson', ratePerHour: g.rate }
			},
			{ id: 'out', kind: 'exit', name: 'Out' }
		];
		const links: Link[] = [];
		const ids = g.stations.map((_, i) => `s${i}`);
		g.stations.forEach((st, i) => {
			const staffing =
				typeof st.servers === 'number' ? st.servers : { periodMinutes: 30, count: [Math.max(1, st.servers[0]), ...st.servers.slice(1)] };
			if (st.self)
				nodes.push({
					id: ids[i],
					kind: 'self-service',
					name: `Kiosk ${i}`,
					units: staffing,
					service: st.service,
					successRate: st.resolution,
					queueCapacity: st.capacity
				});
			else
				nodes.push({
					id: ids[i],
					kind: 'station',
					name: `Station ${i}`,
					servers: staffing,
					service: st.service,
					queueCapacity: st.capacity,
					resolutionRate: st.resolution,
					discipline: st.priority ? 'priority' : 'fifo'
				});
			const next = i + 1 < ids.length ? ids[i + 1] : 'out';
			links.push({ from: ids[i], to: next });
			// rework: unresolved or failed customers go to the first station (a loop that resolves eventually)
			if (st.resolution < 1) links.push({ from: ids[i], to: ids[0], on: st.self ? 'failed' : 'unresolved' });
		});
		let first = ids[0];
		if (g.delay) {
			nodes.push({ id: 'walk', kind: 'delay', name: 'Walk', duration: g.delay });
			links.push({ from: 'walk', to: first });
			first = 'walk';
		}
		if (g.split) {
			nodes.push({ id: 'split', kind: 'router', name: 'Split' });
			links.push({ from: 'split', to: first, probability: 0.7 }, { from: 'split', to: 'out', probability: 0.3 });
			first = 'split';
		}
		links.push({ from: 'src', to: first });
		return {
			format: 'flowbench-scenario',
			version: 2,
			name: 'generated',
			run:
				g.mode === 'steady'
					? { mode: 'steady', warmup: 30, length: 240, replications: 2, seed: g.seed }
					: { mode: 'day', hours: 2, drain: g.mode === 'day', replications: 2, seed: g.seed },
			segments: g.twoSegments
				? [
						{ id: 'a', name: 'A', share: 0.7, priority: 0, patience: g.patience },
						{ id: 'b', name: 'B', share: 0.3, priority: 1, patience: null }
					]
				: [{ id: 'a', name: 'A', share: 1, patience: g.patience }],
			nodes,
			links,
			targets: { waitMinutes: 5 }
		};
	});

/** Runs a scenario; a steady-state model the engine refuses as unstable is not a counterexample. */
function runOrSkip(s: Scenario) {
	try {
		return runScenario(s);
	} catch (e) {
		if (e instanceof UnstableError) {
			fc.pre(false);
		}
		throw e;
	}
}

function simulate(s: Scenario) {
	const sim = new Simulation(compileScenario(s), s.run.seed);
	const trace = new TraceLog();
	sim.run(0, { trace });
	return { sim, trace, row: measureReplication(sim) };
}

describe('engine invariants on generated flows', () => {
	it('customers are conserved: everyone who arrives leaves exactly once (or is still inside at the end of a steady run)', () => {
		fc.assert(
			fc.property(scenarioArb, (s) => {
				const { sim, trace } = simulate(s);
				let arrived = 0;
				let left = 0;
				for (let i = 0; i < trace.count; i++) {
					if (trace.type[i] === TRACE.ARRIVE) arrived++;
					if (trace.type[i] === TRACE.LEAVE) left++;
				}
				const inside = sim.customers.count;
				expect(arrived).toBe(left + inside);
				if (s.run.mode === 'day') expect(inside).toBe(0);
				if (s.run.mode === 'day') expect(sim.records.count).toBe(arrived);
			}),
			{ numRuns: 60 }
		);
	});

	it('time never runs backwards in the event trace', () => {
		fc.assert(
			fc.property(scenarioArb, (s) => {
				const { trace } = simulate(s);
				for (let i = 1; i < trace.count; i++) expect(trace.time[i]).toBeGreaterThanOrEqual(trace.time[i - 1]);
			}),
			{ numRuns: 60 }
		);
	});

	it('shares lie in [0, 1], utilisation in [0, 1], times and queues are non-negative', () => {
		fc.assert(
			fc.property(scenarioArb, (s) => {
				const r = runOrSkip(s);
				const share = ['probWait', 'serviceLevel', 'abandonment', 'balking', 'resolution', 'resolvedShare'];
				const nonNegative = ['waitMean', 'waitP90', 'timeInSystem', 'throughput', 'cost', 'arrivals', 'transfers'];
				for (const set of [r.overall, ...Object.values(r.segments), ...r.periods]) {
					for (const k of share)
						if (set[k].mean !== null) (expect(set[k].mean).toBeGreaterThanOrEqual(0), expect(set[k].mean).toBeLessThanOrEqual(1 + 1e-12));
					for (const k of nonNegative) if (set[k].mean !== null) expect(set[k].mean).toBeGreaterThanOrEqual(0);
				}
				for (const st of Object.values(r.stations)) {
					if (st.utilisation.mean !== null) {
						expect(st.utilisation.mean).toBeGreaterThanOrEqual(0);
						expect(st.utilisation.mean).toBeLessThanOrEqual(1 + 1e-12);
					}
					expect(st.queueLengthMean.mean ?? 0).toBeGreaterThanOrEqual(0);
				}
				for (const p of r.stationPeriods)
					for (const st of Object.values(p)) if (st.utilisation.mean !== null) expect(st.utilisation.mean).toBeLessThanOrEqual(1 + 1e-12);
			}),
			{ numRuns: 40 }
		);
	});

	it("Little's law holds on every sample path: time-integral of the queue = sum of the waits", () => {
		fc.assert(
			fc.property(
				scenarioArb.filter((s) => s.run.mode === 'day' && s.run.drain === true),
				(s) => {
					const { sim } = simulate(s);
					const res = sim.resources;
					const R = res.count;
					const P = sim.model.periodCount;
					for (let r = 0; r < R; r++) {
						const area = sim.snapQueue[(P + 1) * R + r];
						expect(area).toBeCloseTo(res.waitSum[r], 6);
					}
				}
			),
			{ numRuns: 60 }
		);
	});

	it('same seed, same scenario ⇒ identical results, however replications are split across workers', () => {
		fc.assert(
			fc.property(scenarioArb, (s) => {
				const a = JSON.stringify(runOrSkip(s));
				const b = JSON.stringify(runOrSkip(structuredClone(s)));
				expect(a).toBe(b);
				const run = prepareRun(s, { replications: 3 });
				const whole = runReplicationRange(run, 0, 3);
				const split = [...runReplicationRange(run, 0, 1), ...runReplicationRange(run, 1, 3)];
				expect(split.map((r) => Array.from(r.overall))).toEqual(whole.map((r) => Array.from(r.overall)));
			}),
			{ numRuns: 25 }
		);
	});

	it('different seeds give different days', () => {
		fc.assert(
			fc.property(scenarioArb, (scenario) => {
				const days = (seed: number) => {
					const sim = new Simulation(compileScenario(scenario), seed);
					sim.run(0, { records: true });
					return Array.from(sim.records.arrive.subarray(0, sim.records.count));
				};
				expect(days(1)).not.toEqual(days(2));
			}),
			{ numRuns: 10 }
		);
	});
});

describe('common random numbers', () => {
	it('adding a server changes nobody’s arrival time, segment or service quantile', () => {
		const base: Scenario = {
			format: 'flowbench-scenario',
			version: 2,
			name: 'crn',
			run: { mode: 'day', hours: 4, drain: true, replications: 1, seed: 3 },
			segments: [
				{ id: 'a', name: 'A', share: 0.6, patience: { dist: 'exponential', mean: 10 } },
				{ id: 'b', name: 'B', share: 0.4, patience: null }
			],
			nodes: [
				{ id: 'door', kind: 'source', name: 'Door', arrivals: { type: 'poisson', ratePerHour: 50 } },
				{ id: 'desk', kind: 'station', name: 'Desk', servers: 3, service: { dist: 'lognormal', mean: 4, cv: 0.7 } },
				{ id: 'out', kind: 'exit', name: 'Out' }
			],
			links: [
				{ from: 'door', to: 'desk' },
				{ from: 'desk', to: 'out' }
			]
		};
		const more = structuredClone(base);
		(more.nodes[1] as { servers: number }).servers = 4;
		const a = simulate(base).sim.records;
		const b = simulate(more).sim.records;
		const byOrdinal = (rec: typeof a) => {
			const m = new Map<number, { arrive: number; segment: number }>();
			for (let i = 0; i < rec.count; i++) m.set(rec.ordinal[i], { arrive: rec.arrive[i], segment: rec.segment[i] });
			return m;
		};
		const ma = byOrdinal(a);
		const mb = byOrdinal(b);
		expect(ma.size).toBe(mb.size);
		for (const [k, v] of ma) expect(mb.get(k)).toEqual(v);
		// with one more server nobody abandons more often on average, and the mean wait falls
		const wait = (rec: typeof a) => Array.from(rec.wait.subarray(0, rec.count)).reduce((x, y) => x + y, 0) / rec.count;
		expect(wait(b)).toBeLessThan(wait(a));
	});
});
