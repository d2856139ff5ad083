// The replay is only worth showing if it is the run: rebuilt from the trace, it must add up
// to the same KPIs the engine measured for that very replication.
import { describe, expect, it } from 'vitest';
import { compileScenario, measureReplication, Simulation, STATION_KPIS, TraceLog, GROUP_KPIS, type Scenario } from '$lib/sim';
import { LESSONS, BASE } from './lessons';
import { C_SERVICE, C_WAITING, customerSegments, OUT_ABANDON, OUT_BALK, Replay } from './replay';
import { engineRuns } from './session';

const KS = STATION_KPIS.length;
const ST = (k: (typeof STATION_KPIS)[number]) => STATION_KPIS.indexOf(k);
const G = (k: (typeof GROUP_KPIS)[number]) => GROUP_KPIS.indexOf(k);

function traced(s: Scenario, rep = 0, checkpointEvery = 97) {
	const model = compileScenario(s);
	const sim = new Simulation(model, s.run.seed);
	const trace = new TraceLog();
	sim.run(rep, { trace });
	const row = measureReplication(sim);
	const segments = customerSegments(trace, model, sim.records);
	const replay = new Replay(trace, model, { segments, endTime: sim.endTime, checkpointEvery });
	return { model, sim, trace, row, replay };
}

/** A two-station flow with priorities, patience, a finite line (balking), rework and a staffing change. */
function busyBranch(): Scenario {
	return {
		format: 'flowbench-scenario',
		version: 2,
		name: 'replay test',
		run: { mode: 'day', open: '09:00', hours: 4, drain: true, replications: 1, seed: 11 },
		segments: [
			{ id: 'regular', name: 'Regular', share: 0.8, priority: 0, patience: { dist: 'exponential', mean: 12 } },
			{ id: 'vip', name: 'VIP', share: 0.2, priority: 1, patience: { dist: 'exponential', mean: 6 } }
		],
		nodes: [
			{ id: 'door', kind: 'source', name: 'Door', arrivals: { type: 'poisson', periodMinutes: 60, ratePerHour: [40, 90, 55, 30] } },
			{ id: 'walk', kind: 'delay', name: 'Walk', duration: { dist: 'uniform', min: 0.2, max: 1 } },
			{
				id: 'teller',
				kind: 'station',
				name: 'Tellers',
				servers: { periodMinutes: 60, count: [2, 3, 3, 2] },
				service: { dist: 'lognormal', mean: 3, cv: 0.8 },
				discipline: 'priority',
				queueCapacity: 4,
				resolutionRate: 0.85
			},
			{ id: 'back', kind: 'station', name: 'Back office', servers: 1, service: { dist: 'exponential', mean: 5 } },
			{ id: 'out', kind: 'exit', name: 'Out' }
		],
		links: [
			{ from: 'door', to: 'walk' },
			{ from: 'walk', to: 'teller' },
			{ from: 'teller', to: 'out' },
			{ from: 'teller', to: 'back', on: 'unresolved' },
			{ from: 'back', to: 'out' }
		]
	};
}

describe('trace replay', () => {
	const cases: [string, Scenario][] = [
		['a busy branch (priority, patience, balking, rework, shifts)', busyBranch()],
		// a lesson whose flow the engine cannot run yet (a format-v2 choice node) is replayed once it can
		...LESSONS.map((l) => [`lesson ${l.id}`, l.build(l.defaults)] as [string, Scenario]).filter(([, s]) => engineRuns(s))
	];

	for (const [name, scenario] of cases) {
		it(`replays ${name} to the engine's own KPIs`, () => {
			const { model, sim, row, replay } = traced(scenario);
			const rec = sim.records;
			expect(replay.totals.arrived).toBe(rec.count);
			// per-customer total waits: reconstructed from QUEUE/START/ABANDON equal the engine's records
			const serialOf = new Map<string, number>();
			let created = 0;
			for (let i = 0; i < replay.trace.count; i++)
				if (replay.trace.type[i] === 0) serialOf.set(`${replay.trace.node[i]}:${created++}`, replay.trace.customer[i]);
			const sourceNode = model.sources[0].node;
			for (let i = 0; i < rec.count; i++) {
				const serial = serialOf.get(`${sourceNode}:${rec.ordinal[i]}`)!;
				expect(replay.totalWait[serial]).toBeCloseTo(rec.wait[i], 9);
				expect(replay.segment[serial]).toBe(rec.segment[i]);
			}
			// abandonment and balking counts
			const arrivals = row.overall[G('arrivals')];
			expect(replay.totals.abandoned).toBeCloseTo(row.overall[G('abandonment')] * arrivals, 6);
			expect(replay.totals.balked).toBeCloseTo(row.overall[G('balking')] * arrivals, 6);
			// per station: time-average queue length, utilisation and mean wait
			for (let r = 0; r < model.resourceCount; r++) {
				const v = model.resNode[r];
				expect(replay.queueLengthMean(v), `queue ${model.nodeIds[v]}`).toBeCloseTo(row.stations[r * KS + ST('queueLengthMean')], 9);
				expect(replay.utilisation(v), `utilisation ${model.nodeIds[v]}`).toBeCloseTo(row.stations[r * KS + ST('utilisation')], 9);
				const w = replay.waits;
				let sum = 0;
				let n = 0;
				for (let i = 0; i < w.count; i++)
					if (w.node[i] === v) {
						sum += w.wait[i];
						n++;
					}
				if (n > 0) expect(sum / n, `wait ${model.nodeIds[v]}`).toBeCloseTo(row.stations[r * KS + ST('waitMean')], 9);
			}
		});
	}

	it('has abandonments and balks to replay in the busy branch (the test above is not vacuous)', () => {
		const { replay } = traced(busyBranch());
		expect(replay.totals.abandoned).toBeGreaterThan(0);
		expect(replay.totals.balked).toBeGreaterThan(0);
		let gaveUp = 0;
		for (let c = 0; c < replay.customers; c++) if (replay.finalOutcome[c] === OUT_ABANDON || replay.finalOutcome[c] === OUT_BALK) gaveUp++;
		expect(gaveUp).toBe(replay.totals.abandoned + replay.totals.balked);
	});

	it('gives the same state at a time however it got there (forward, back, from checkpoints)', () => {
		const { model, replay } = traced(busyBranch());
		// the reference walks forward only: one checkpoint (opening), never a jump
		const ref = traced(busyBranch(), 0, 1e9).replay;
		const fingerprint = (replay: Replay) => {
			const parts: number[] = [replay.index, replay.arrived];
			for (let v = 0; v < model.nodeCount; v++) {
				parts.push(replay.queueLen[v], replay.busy[v]);
				for (let i = 0; i < replay.queueLen[v]; i++) parts.push(replay.queues[v][i]);
				for (const c of replay.slots[v]) parts.push(c);
			}
			for (let c = 0; c < replay.arrived; c++)
				parts.push(replay.state[c], replay.node[c], replay.outcome[c], replay.slot[c], replay.prevNode[c]);
			return parts.join(',');
		};
		const times = [0, 5, 61.3, 120, 90.5, 30, 200, 239.9, 10, replay.endTime];
		// the reference: times in order, forward only
		const fresh = new Map<number, string>();
		for (const t of [...times].sort((a, b) => a - b)) {
			ref.seek(t);
			fresh.set(t, fingerprint(ref));
		}
		// now jump around (back and forth, through checkpoints) and compare
		for (const t of [...times].reverse().concat(times)) {
			replay.seek(t);
			expect(fingerprint(replay), `at ${t}`).toBe(fresh.get(t));
		}
	});

	it('is consistent at every moment: lines and servers match the counts, nobody is in two places', () => {
		const { model, replay } = traced(busyBranch());
		for (let t = 0; t <= replay.endTime; t += 3.7) {
			replay.seek(t);
			for (let v = 0; v < model.nodeCount; v++) {
				let waiting = 0;
				let serving = 0;
				for (let c = 0; c < replay.arrived; c++) {
					if (replay.node[c] !== v) continue;
					if (replay.state[c] === C_WAITING) waiting++;
					if (replay.state[c] === C_SERVICE) serving++;
				}
				expect(waiting).toBe(replay.queueLen[v]);
				expect(serving).toBe(replay.busy[v]);
				expect(replay.busy[v]).toBeLessThanOrEqual(Math.max(replay.onShift(v, t), replay.slotCount[v]));
				// priority line: VIPs (level 0) all before regulars
				if (model.nodeIds[v] === 'teller') {
					let seenRegular = false;
					for (let i = 0; i < replay.queueLen[v]; i++) {
						const isVip = replay.segment[replay.queues[v][i]] === 1;
						if (!isVip) seenRegular = true;
						else expect(seenRegular).toBe(false);
					}
				}
			}
		}
	});

	it('steps event by event', () => {
		const { replay } = traced(LESSONS[0].build({ ...BASE, rate: 30 }));
		replay.seek(0);
		let last = -1;
		for (let k = 0; k < 50; k++) {
			const next = replay.nextEventTime();
			expect(next).toBeGreaterThanOrEqual(last);
			replay.seek(next);
			expect(replay.time).toBe(next);
			last = next;
		}
		expect(replay.previousEventTime()).toBeLessThan(last);
	});
});
