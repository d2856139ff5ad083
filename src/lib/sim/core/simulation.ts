// One replication of a scenario: the event loop, reset, closing time and a customer leaving.
// What happens at each kind of node — sources, routers, stations, self-service, delays,
// exits — is in src/lib/sim/nodes/ (registry: nodes/kinds.ts), as plain functions over this
// object's struct-of-arrays state.
//
// Events are small integers handled in one `switch`; customers, queues and the agenda are
// typed arrays; every random draw of a customer derives from its identity key, so the
// loop allocates nothing per event. See docs/design.md for event ordering and streams.

import { Agenda } from './agenda';
import { Customers, F_CLOSED_OUT as F_CLOSED_OUT_, F_MEASURED as F_MEASURED_ } from './customers';
import { staffAt, type CompiledModel } from './model';
import { VisitRecords } from './recorder';
import { VisitTally } from '../stats/visit-tally';
import { RunawayError, CancelledError } from './errors';
import { NO_TRACE, TRACE as TRACE_, type TraceSink } from './trace';
import { Queues } from '../nodes/queues';
import { Resources } from '../nodes/resources';
import { SourceState, arrive as arrive_, nextArrival } from '../nodes/arrivals';
import { nodeEvent as nodeEvent_ } from '../nodes/kinds';
import { addWait as addWait_, leaveQueue as leaveQueue_, staffChange as staffChange_ } from '../nodes/station';
import { CallbackTally } from '../nodes/callback';
import { combine, mix32 } from '../random/hash';
import { seedKey, streamFor, type Stream } from '../random/stream';

// Imported bindings are copied into module constants once: under loaders that do not bundle
// (vitest, tsx) every use of an imported binding is a getter call, which made the loop about
// twice as slow there; in a bundle (the app's workers, the CLI bundle) it changes nothing.
const F_CLOSED_OUT = F_CLOSED_OUT_;
const F_MEASURED = F_MEASURED_;
const TRACE = { ...TRACE_ } as const;
const arrive = arrive_;
const nodeEvent = nodeEvent_;
const addWait = addWait_;
const leaveQueue = leaveQueue_;
const staffChange = staffChange_;

/** Key of each source's arrival-gap stream (beside the counter-based purposes of customers' own draws). */
const ARRIVAL_STREAM = 0x61727276;

// The core's own events (node events, codes 1–3 and any new ones, are in nodes/events.ts).
// Arrivals never enter the agenda: each source's next arrival waits beside it.
const EV_STAFF = 100;
const EV_PERIOD = 101;
const EV_CLOSE = 102;
const EV_WARMUP = 103;
const EV_END = 104;

/** Customers inside at once beyond which a run is declared unstable. */
export const MAX_IN_SYSTEM = 2_000_000;
/** Events between progress callbacks. */
const TICK_EVENTS = 1 << 16;

export interface ReplicationHooks {
	/** Called every 65,536 events with the simulated time reached and the horizon (minutes); return true to stop. */
	onTick?: (time: number, horizon: number) => boolean | void;
	trace?: TraceSink;
	/**
	 * Keep one row per measured customer in `records` (memory grows with the run): for the
	 * "same customers, two worlds" comparison. On whenever a trace is given (teaching replays).
	 */
	records?: boolean;
}

export class Simulation {
	readonly model: CompiledModel;
	readonly seed: number;
	readonly agenda = new Agenda();
	readonly customers: Customers;
	readonly resources: Resources;
	readonly queues: Queues;
	/** KPI sums, wait distribution and satisfaction of the measured customers, tallied as they leave. */
	readonly tally: VisitTally;
	/** One row per measured customer, only when the run asked for them (ReplicationHooks.records). */
	readonly records = new VisitRecords(16);
	/** Whether this replication keeps `records`. */
	keepRecords = false;
	/**
	 * Snapshots of the resources' time integrals, at k·R + r for resource r: k = 0 at opening
	 * (steady: end of warm-up), k = 1..P−1 at period boundaries, k = P at closing (steady: end of
	 * the window), k = P+1 at the end of the run (after draining). Busy, available and queue areas.
	 */
	snapBusy: Float64Array;
	snapAvail: Float64Array;
	snapQueue: Float64Array;
	/** Time of each snapshot, minutes. */
	snapTime: Float64Array;
	/** Picks of each choice alternative by measured customers, at alternative·P + period of arrival (nodes/choice.ts). */
	channelPicks: Float64Array;

	events = 0;
	/** Simulated time of the event being handled, minutes (a field, not a parameter: cheaper for V8). */
	now = 0.5;
	/** Time the replication ended (day: last departure or closing; steady: end of window). */
	endTime = 0;

	// State the node functions (nodes/*.ts) read and write; not for use outside the engine.
	/** Per source: arrival-process state, and its arrival-gap stream. */
	sources: SourceState[];
	streams: Stream[] = [];
	/** Per source: the replication's key for its customers (identity = combine(this, ordinal)). */
	sourceKeys: Int32Array;
	/** mix32 of each source key: a customer's key is combineMixed(this, ordinal), one hash round fewer per arrival. */
	sourceKeysMixed: Int32Array;
	/** Each source's next arrival (Infinity: none), kept outside the heap, with its sequence number. */
	arrivalTime: Float64Array;
	arrivalSeq: Float64Array;
	/** Virtual-queue counts per station (nodes/callback.ts). */
	readonly callbacks: CallbackTally;
	/** Last queue ticket handed out (lazy cancellation of abandonment events). */
	ticket = 0;
	/** Arrivals so far (customers' serial numbers in the trace). */
	arrivals = 0;
	/** Doors closed (day mode, draining). */
	closed = false;
	trace: TraceSink = NO_TRACE;
	tracing = false;
	#stopped = false;

	constructor(model: CompiledModel, seed: number) {
		this.model = model;
		this.seed = seed >>> 0;
		this.customers = new Customers(model.nodeCount);
		this.resources = new Resources(model.resourceCount, model.levelCount);
		this.queues = new Queues(model.resourceCount, model.levelCount);
		this.tally = new VisitTally(model);
		this.sources = model.sources.map((src) => new SourceState(src));
		this.callbacks = new CallbackTally(model.resourceCount);
		this.sourceKeys = new Int32Array(model.sources.length);
		this.sourceKeysMixed = new Int32Array(model.sources.length);
		this.arrivalTime = new Float64Array(model.sources.length);
		this.arrivalSeq = new Float64Array(model.sources.length);
		const snaps = (model.periodCount + 2) * model.resourceCount;
		this.snapBusy = new Float64Array(snaps);
		this.snapAvail = new Float64Array(snaps);
		this.snapQueue = new Float64Array(snaps);
		this.snapTime = new Float64Array(model.periodCount + 2);
		this.channelPicks = new Float64Array(model.choices.size * model.periodCount);
	}

	/** Runs replication `rep` (0-based) to the end; results are left in `tally`, `resources`, the snapshots (and `records` when asked for). */
	run(rep: number, hooks: ReplicationHooks = {}): void {
		const m = this.model;
		this.#reset(rep, hooks);
		const agenda = this.agenda;
		const onTick = hooks.onTick;
		const horizon = m.closeTime;
		const maxEvents = m.maxEvents;
		let events = 0;
		let nextTick = TICK_EVENTS;
		const sourceCount = m.sources.length;
		const arrivalTime = this.arrivalTime;
		const arrivalSeq = this.arrivalSeq;
		while (!this.#stopped) {
			// each source's next arrival waits outside the heap; take it when it comes first
			let s = -1;
			let at = Infinity;
			let aq = 0;
			for (let i = 0; i < sourceCount; i++) {
				const x = arrivalTime[i];
				if (x < at || (x === at && x !== Infinity && arrivalSeq[i] < aq)) {
					at = x;
					aq = arrivalSeq[i];
					s = i;
				}
			}
			if (s >= 0 && agenda.isBefore(at, aq)) {
				this.now = at;
				if (++events > maxEvents) throw RunawayError.tooManyEvents(m, maxEvents, rep, at);
				arrive(this, s);
			} else {
				if (!agenda.pop()) break;
				const t = agenda.time;
				this.now = t;
				if (++events > maxEvents) throw RunawayError.tooManyEvents(m, maxEvents, rep, t);
				const kind = agenda.kind;
				if (kind < EV_STAFF) nodeEvent(this, kind, agenda.a, agenda.b);
				else this.#coreEvent(kind, agenda.a, agenda.b, t);
			}
			if (events >= nextTick) {
				nextTick += TICK_EVENTS;
				if (onTick && onTick(this.now, horizon) === true) throw new CancelledError();
				if (this.customers.count > MAX_IN_SYSTEM) throw RunawayError.unstable(m, this.resources, this.now);
			}
		}
		if (!m.steady) {
			this.endTime = Math.max(m.closeTime, this.closed ? this.endTime : 0, this.now);
			// nothing left to happen, yet someone is inside (waiting where staff never return): send them home
			if (this.customers.count > 0) {
				this.now = this.endTime;
				this.#sendHome(false);
			}
		}
		this.events = events;
		// the clock stops at the end of the run (day mode: after the last departure or closing)
		this.now = this.endTime;
		this.#snapshot(m.periodCount + 1);
	}

	#coreEvent(kind: number, a: number, b: number, t: number): void {
		switch (kind) {
			case EV_STAFF:
				staffChange(this, a, b);
				break;
			case EV_PERIOD:
				this.#snapshot(a);
				break;
			case EV_CLOSE:
				this.#close();
				break;
			case EV_WARMUP:
				this.#snapshot(0);
				break;
			case EV_END:
				this.endTime = t;
				this.#snapshot(this.model.periodCount);
				this.#stopped = true;
				break;
		}
	}

	/** Schedules resource r's staffing change to its count for `period`. */
	scheduleStaffChange(r: number, period: number): void {
		this.agenda.push(period * this.model.resStaffPeriod[r], EV_STAFF, r, period);
	}

	#reset(rep: number, hooks: ReplicationHooks): void {
		const m = this.model;
		this.agenda.clear();
		this.customers.reset();
		this.resources.reset();
		this.queues.reset();
		this.tally.reset();
		this.channelPicks.fill(0);
		this.callbacks.reset();
		this.records.reset();
		this.snapBusy.fill(0);
		this.snapAvail.fill(0);
		this.snapQueue.fill(0);
		this.snapTime.fill(0);
		this.events = 0;
		this.endTime = 0;
		this.now = 0;
		this.ticket = 0;
		this.arrivals = 0;
		this.#stopped = false;
		this.closed = false;
		this.trace = hooks.trace ?? NO_TRACE;
		this.tracing = hooks.trace !== undefined;
		this.keepRecords = hooks.records === true || this.tracing;
		const repKey = combine(seedKey(this.seed), rep);
		for (let i = 0; i < m.sources.length; i++) {
			this.sourceKeys[i] = combine(repKey, m.nodeKey[m.sources[i].node]);
			this.sourceKeysMixed[i] = mix32(this.sourceKeys[i]);
		}
		this.streams = m.sources.map((s) => streamFor(this.seed, rep, m.nodeKey[s.node], ARRIVAL_STREAM));
		for (let i = 0; i < m.sources.length; i++) {
			this.sources[i].reset();
			const booked = m.sources[i].appointments;
			if (booked) this.sources[i].booked!.prepare(this, booked, this.sourceKeys[i], m.nodeKey[m.sources[i].node]);
			nextArrival(this, i); // after time 0 (now)
			const first = this.arrivalTime[i];
			// booked customers late for the last slots still come after closing (day mode with drain)
			this.arrivalTime[i] = first < m.closeTime || booked?.admitAfterClose ? first : Infinity;
			this.arrivalSeq[i] = this.agenda.reserve();
		}
		const R = m.resourceCount;
		for (let r = 0; r < R; r++) {
			this.resources.capacity[r] = staffAt(m, r, 0);
			if (m.resStaff[r].length > 1) this.scheduleStaffChange(r, 1);
		}
		if (m.steady) {
			if (m.warmup > 0) this.agenda.push(m.warmup, EV_WARMUP, 0, 0);
			this.agenda.push(m.closeTime, EV_END, 0, 0);
		} else {
			for (let k = 1; k < m.periodCount; k++) this.agenda.push(k * m.periodMinutes, EV_PERIOD, k, 0);
			this.agenda.push(m.closeTime, EV_CLOSE, 0, 0);
		}
	}

	/** Snapshot k of the resources' time integrals, now. */
	#snapshot(k: number): void {
		const res = this.resources;
		const R = res.count;
		this.snapTime[k] = this.now;
		for (let r = 0; r < R; r++) {
			res.touch(r, this);
			this.snapBusy[k * R + r] = res.busyArea[r];
			this.snapAvail[k * R + r] = res.availArea[r];
			this.snapQueue[k * R + r] = res.queueArea[r];
		}
	}

	/**
	 * Closing time of a day: doors close. Without drain, everyone still inside is sent home.
	 * With drain, those waiting at a station with no servers on shift are sent home too
	 * (nobody is left to serve them), and so is anyone sent there later.
	 */
	#close(): void {
		const t = this.now;
		const m = this.model;
		this.closed = true;
		this.endTime = t;
		if (m.periodCount > 0) this.#snapshot(m.periodCount);
		if (!m.drain) {
			this.#sendHome(false);
			this.#stopped = true;
			return;
		}
		this.#sendHome(true);
	}

	/**
	 * Sends customers home unserved at the current time (counted as closed out, their wait
	 * so far counted): only those waiting where no server is on shift, or everyone inside.
	 */
	#sendHome(onlyUnstaffed: boolean): void {
		const cu = this.customers;
		const res = this.resources;
		for (let c = 0; c < cu.capacity; c++) {
			if (cu.active[c] === 0) continue;
			const r = cu.waitingAt[c];
			if (onlyUnstaffed && (r < 0 || res.capacity[r] > 0)) continue;
			if (r >= 0) {
				leaveQueue(this, c, r);
				addWait(this, c, r, 0);
			}
			cu.flags[c] |= F_CLOSED_OUT;
			this.leave(c);
		}
	}

	/** Customer c leaves the service: its visit is tallied (when measured) and its slot freed. */
	leave(c: number): void {
		const t = this.now;
		const cu = this.customers;
		const m = this.model;
		const flags = cu.flags[c];
		if ((flags & F_MEASURED) !== 0) {
			const arrive = cu.arrive[c];
			let p = m.steady ? 0 : Math.floor(arrive / m.periodMinutes);
			if (p >= m.periodCount) p = m.periodCount - 1;
			this.tally.add(this, c, p);
			if (this.keepRecords) this.#record(c, p, t);
		}
		if (this.tracing) this.trace.event(t, TRACE.LEAVE, cu.serial[c], -1);
		cu.release(c);
	}

	/** Writes customer c's row (arrived in period p, leaving at t) into `records`. */
	#record(c: number, p: number, t: number): void {
		const cu = this.customers;
		const flags = cu.flags[c];
		const arrive = cu.arrive[c];
		const rec = this.records;
		const i = rec.add();
		rec.source[i] = cu.source[c];
		rec.ordinal[i] = cu.ordinal[c];
		rec.key[i] = cu.key[c];
		rec.segment[i] = cu.segment[c];
		rec.period[i] = p;
		rec.flags[i] = flags;
		rec.transfers[i] = cu.transfers[c];
		rec.extraContacts[i] = cu.extraContacts[c];
		rec.overtakes[i] = cu.overtakes[c];
		rec.arrive[i] = arrive;
		rec.wait[i] = cu.wait[c];
		rec.system[i] = t - arrive;
		rec.perceived[i] = cu.perceived[c];
	}
}

export { F_ABANDONED, F_BALKED, F_CLOSED_OUT, F_FIRST_CONTACT_RESOLVED, F_RESOLVED, F_SELF_SERVICE_FAILED, F_SERVED } from './customers';
