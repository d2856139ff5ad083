// Appointments source (format v2): a clinic with no variability reproduces its schedule event by
// event (worked out on paper below), the wait clock starts at the later of slot time and
// arrival, the late policies and counts behave as documented, and runs are seeded.
import { describe, expect, it } from 'vitest';
import type { AppointmentsNode, Distribution, Scenario } from '../model/scenario';
import { SCENARIO_VERSION } from '../model/scenario';
import { validateScenario } from '../model/validate';
import { compileScenario } from '../core/compile';
import { Simulation } from '../core/simulation';
import { TRACE_NAMES, TraceLog } from '../core/trace';
import { measureReplication } from '../experiment/measure';
import { G } from '../experiment/kpis';
import { runScenario } from '../experiment/run';

function clinic(
	opts: {
		slot?: number;
		perSlot?: AppointmentsNode['perSlot'];
		service?: number;
		punctuality?: Distribution;
		walkIns?: number[];
		hours?: number;
		extra?: Partial<AppointmentsNode>;
		replications?: number;
	} = {}
): Scenario {
	const nodes: Scenario['nodes'] = [
		{
			id: 'booked',
			kind: 'appointments',
			name: 'Booked',
			slotMinutes: opts.slot ?? 20,
			perSlot: opts.perSlot ?? 2,
			punctuality: opts.punctuality ?? { dist: 'deterministic', value: 0 },
			noShowRate: 0,
			...opts.extra
		},
		{ id: 'doctor', kind: 'station', name: 'Doctor', servers: 1, service: { dist: 'deterministic', value: opts.service ?? 12 } },
		{ id: 'out', kind: 'exit', name: 'Out' }
	];
	const links: Scenario['links'] = [
		{ from: 'booked', to: 'doctor' },
		{ from: 'doctor', to: 'out' }
	];
	if (opts.walkIns) {
		nodes.push({ id: 'door', kind: 'source', name: 'Walk-ins', arrivals: { type: 'trace', times: opts.walkIns } });
		links.push({ from: 'door', to: 'doctor' });
	}
	return {
		format: 'flowbench-scenario',
		version: SCENARIO_VERSION,
		name: 'clinic',
		run: { mode: 'day', hours: opts.hours ?? 1, replications: opts.replications ?? 1, seed: 7 },
		segments: [
			{ id: 'walk', name: 'Walk-in', share: 1 },
			{ id: 'appt', name: 'Appointment', share: 0 }
		],
		nodes,
		links
	};
}

function traced(s: Scenario): { log: string[]; sim: Simulation } {
	const v = validateScenario(s);
	expect(v.ok ? [] : v.problems).toEqual([]);
	const sim = new Simulation(compileScenario(s), s.run.seed);
	const trace = new TraceLog();
	sim.run(0, { trace });
	const ids = s.nodes.map((n) => n.id);
	const log: string[] = [];
	for (let i = 0; i < trace.count; i++) {
		const type = TRACE_NAMES[trace.type[i]];
		if (type === 'exit' || type === 'leave' || type === 'done') continue;
		log.push(`${trace.time[i]} c${trace.customer[i]} ${type}${trace.node[i] >= 0 ? ' ' + ids[trace.node[i]] : ''}`);
	}
	return { log, sim };
}

describe('appointments source', () => {
	it('reproduces the deterministic schedule of a clinic with no variability', () => {
		// Slots every 20 minutes from opening for an hour (0, 20, 40), two places each, one doctor,
		// 12-minute consultations, everyone exactly on time, no no-shows. By hand: the doctor sees
		// c0 0–12, c1 12–24, c2 24–36, c3 36–48, c4 48–60, c5 60–72; waits 0, 12, 4, 16, 8, 20.
		const { log, sim } = traced(clinic());
		expect(log).toEqual([
			'0 c0 arrive booked',
			'0 c0 queue doctor',
			'0 c0 start doctor',
			'0 c1 arrive booked',
			'0 c1 queue doctor',
			'12 c1 start doctor',
			'20 c2 arrive booked',
			'20 c2 queue doctor',
			'20 c3 arrive booked',
			'20 c3 queue doctor',
			'24 c2 start doctor',
			'36 c3 start doctor',
			'40 c4 arrive booked',
			'40 c4 queue doctor',
			'40 c5 arrive booked',
			'40 c5 queue doctor',
			'48 c4 start doctor',
			'60 c5 start doctor'
		]);
		const row = measureReplication(sim);
		expect(row.overall[G.arrivals]).toBe(6);
		expect(row.overall[G.waitMean]).toBeCloseTo(60 / 6, 12);
		expect(sim.endTime).toBe(72);
	});

	it('serves walk-ins beside the booked customers, first come first served', () => {
		// a walk-in at minute 5 queues behind c1 (waiting since 0): c0 0–12, c1 12–24, walk-in 24–36, …
		const { log } = traced(clinic({ walkIns: [5] }));
		const starts = log.filter((l) => l.includes(' start '));
		expect(starts).toEqual([
			'0 c0 start doctor',
			'12 c1 start doctor',
			'24 c2 start doctor',
			'36 c3 start doctor',
			'48 c4 start doctor',
			'60 c5 start doctor',
			'72 c6 start doctor'
		]);
		// serials are arrival order: the walk-in (5) is c2, the 20-minute slot's customers c3 and c4
		expect(log).toContain('5 c2 arrive door');
		expect(log).toContain('24 c2 start doctor');
	});

	it('counts the wait from the slot time for customers who come early', () => {
		// everyone 5 minutes early: c0, c1 at 0 (doors open at 0), c2, c3 at 15, c4, c5 at 35.
		// Same schedule as on time, and the same waits: the wait clock starts at the slot (20, 40).
		const { log, sim } = traced(clinic({ punctuality: { dist: 'deterministic', value: -5 } }));
		expect(log.filter((l) => l.includes(' arrive ')).map((l) => l.split(' ')[0])).toEqual(['0', '0', '15', '15', '35', '35']);
		expect(log.filter((l) => l.includes(' start ')).map((l) => l.split(' ')[0])).toEqual(['0', '12', '24', '36', '48', '60']);
		expect(measureReplication(sim).overall[G.waitMean]).toBeCloseTo(60 / 6, 12);
	});

	it('serves an early customer at once when the doctor is free, with no wait', () => {
		// one place per slot, 10-minute consultations, 5 minutes early: c1 arrives 15, served 15–25 (slot 20): wait 0
		const { log, sim } = traced(clinic({ perSlot: 1, service: 10, punctuality: { dist: 'deterministic', value: -5 } }));
		expect(log).toContain('15 c1 start doctor');
		expect(measureReplication(sim).overall[G.waitMean]).toBe(0);
	});

	it('turns away customers later than the grace time under "turn-away", as sent home', () => {
		const s = clinic({ punctuality: { dist: 'deterministic', value: 15 }, extra: { latePolicy: 'turn-away', lateGraceMinutes: 10 } });
		const r = runScenario(s);
		const a = r.appointments!.booked;
		expect(a.slots.mean).toBe(6);
		expect(a.booked.mean).toBe(6);
		expect(a.late.mean).toBe(1);
		expect(a.turnedAway.mean).toBe(1);
		expect(a.idleSlots.mean).toBe(0); // idle: not booked or no-show; the turned away are counted apart
		expect(a.latenessMean.mean).toBe(15);
		expect(r.overall.sentHome.mean).toBe(1);
		expect(r.overall.servedShare.mean).toBe(0);
	});

	it('moves late customers to the walk-in segment under "walk-in", waiting from their arrival', () => {
		const s = clinic({
			perSlot: 1,
			service: 30,
			punctuality: { dist: 'deterministic', value: 12 },
			extra: { segment: 'appt', latePolicy: 'walk-in', walkInSegment: 'walk' }
		});
		const r = runScenario(s);
		expect(r.segments.walk.arrivals.mean).toBe(3);
		expect(r.segments.appt.arrivals.mean).toBe(0);
		// arrivals 12, 32, 52; doctor 12–42, 42–72, 72–102: waits 0, 10, 20
		expect(r.overall.waitMean.mean).toBeCloseTo(10, 12);
	});

	it('books a share of places and draws no-shows per customer, within intervals that could miss', () => {
		const s = clinic({
			hours: 8,
			slot: 10,
			perSlot: 1,
			service: 5,
			replications: 40,
			extra: { bookedShare: 0.8, noShowRate: 0.25, punctuality: { dist: 'uniform', min: -10, max: 10 } }
		});
		const a = runScenario(s).appointments!.booked;
		expect(a.slots.mean).toBe(48);
		// booked: binomial(48, 0.8) per day, mean 38.4
		expect(a.booked.low!).toBeLessThan(38.4);
		expect(a.booked.high!).toBeGreaterThan(38.4);
		expect(a.noShow.low!).toBeLessThan(0.25);
		expect(a.noShow.high!).toBeGreaterThan(0.25);
		// uniform(−10, 10), but the first slot's early arrivals wait for the doors: a slightly positive mean
		expect(a.latenessMean.mean!).toBeGreaterThan(-1.5);
		expect(a.latenessMean.mean!).toBeLessThan(1.5);
		// idle = 1 − 0.8 · 0.75 = 0.4 of the places
		expect(a.idleSlots.low!).toBeLessThan(0.4);
		expect(a.idleSlots.high!).toBeGreaterThan(0.4);
	});

	it('gives identical results for the same seed, and different ones for another seed', () => {
		const s = clinic({
			hours: 4,
			slot: 15,
			perSlot: 2,
			replications: 5,
			extra: { noShowRate: 0.1, punctuality: { dist: 'triangular', min: -15, mode: -3, max: 20 } }
		});
		s.nodes[1] = { ...(s.nodes[1] as object), service: { dist: 'lognormal', mean: 7, cv: 0.6 } } as Scenario['nodes'][1];
		const a = runScenario(s);
		const b = runScenario(s);
		expect(JSON.stringify(b)).toBe(JSON.stringify(a));
		const c = runScenario({ ...s, run: { ...s.run, seed: 8 } });
		expect(c.overall.waitMean.mean).not.toBe(a.overall.waitMean.mean);
	});

	it('keeps the same booked customers in a redesign (common random numbers): who comes, and when', () => {
		const s = clinic({
			hours: 4,
			slot: 10,
			perSlot: 2,
			extra: { bookedShare: 0.7, noShowRate: 0.2, punctuality: { dist: 'uniform', min: -10, max: 20 } }
		});
		const more = structuredClone(s);
		(more.nodes[1] as { servers: number }).servers = 3;
		const arrivals = (x: Scenario) => {
			const sim = new Simulation(compileScenario(x), 3);
			sim.run(2, { records: true });
			const out = new Map<number, number>();
			for (let i = 0; i < sim.records.count; i++) out.set(sim.records.ordinal[i], sim.records.arrive[i]);
			return out;
		};
		const a = arrivals(s);
		expect(a.size).toBeGreaterThan(20);
		expect(arrivals(more)).toEqual(a);
	});

	it('runs in steady-state mode, counting only slots in the measured window', () => {
		const s = clinic({ slot: 10, perSlot: 1, service: 5 });
		s.run = { mode: 'steady', warmup: 600, length: 6000, replications: 3, seed: 2 };
		const a = runScenario(s).appointments!.booked;
		expect(a.slots.mean).toBe(600);
		expect(a.idleSlots.mean).toBe(0);
	});

	it('is refused with located problems: an unknown segment, a missing walk-in segment, too many places', () => {
		const s = clinic({ extra: { segment: 'nobody', latePolicy: 'walk-in' } });
		const v = validateScenario(s);
		expect(v.ok).toBe(false);
		const problems = v.ok ? [] : v.problems;
		expect(problems.map((p) => [p.path, p.code])).toEqual(
			expect.arrayContaining([
				['nodes[0].segment', 'link.unknownSegment'],
				['nodes[0].walkInSegment', 'field.missing']
			])
		);
		const many = validateScenario(clinic({ slot: 0.001, perSlot: 100 }));
		expect(many.ok ? [] : many.problems.map((p) => [p.path, p.code])).toContainEqual([
			'nodes[0].slotMinutes',
			'appointments.tooManyPlaces'
		]);
		const into = clinic();
		into.links.push({ from: 'doctor', to: 'booked' });
		const v2 = validateScenario(into);
		expect(v2.ok ? [] : v2.problems.map((p) => p.code)).toContain('link.toSource');
	});
});
