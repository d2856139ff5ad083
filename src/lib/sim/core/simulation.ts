// One replication of a scenario: the event loop and what happens at each event.
// A customer arrives at a source, moves through routers and delays, queues at stations
// and self-service points (or balks when the line is full, or abandons when patience runs
// out), is served, is resolved or not, follows the link for that outcome, and leaves.
//
// Events are small integers handled in one `switch`; customers, queues and the agenda are
// typed arrays; every random draw of a customer derives from its identity key, so the
// loop allocates nothing per event. See docs/design.md for event ordering and streams.

import { Agenda } from './agenda';
import {
	Customers,
	F_ABANDONED as F_ABANDONED_,
	F_BALKED as F_BALKED_,
	F_CLOSED_OUT as F_CLOSED_OUT_,
	F_FIRST_CONTACT_RESOLVED as F_FIRST_CONTACT_RESOLVED_,
	F_MEASURED as F_MEASURED_,
	F_PENDING_HANDOFF as F_PENDING_HANDOFF_,
	F_RESOLVED as F_RESOLVED_,
	F_SELF_SERVICE_FAILED as F_SELF_SERVICE_FAILED_,
	F_SERVED as F_SERVED_,
} from './customers';
import {
	KIND_DELAY as KIND_DELAY_,
	KIND_EXIT as KIND_EXIT_,
	KIND_ROUTER as KIND_ROUTER_,
	KIND_SELF_SERVICE as KIND_SELF_SERVICE_,
	KIND_STATION as KIND_STATION_,
	OUTCOME_COUNT as OUTCOME_COUNT_,
	OUTCOME_DONE as OUTCOME_DONE_,
	OUTCOME_FAILED as OUTCOME_FAILED_,
	OUTCOME_UNRESOLVED as OUTCOME_UNRESOLVED_,
	ROUTER_SHORTEST_QUEUE as ROUTER_SHORTEST_QUEUE_,
	staffAt,
	type CompiledModel
} from './model';
import { VisitRecords } from './recorder';
import { RunawayError, CancelledError } from './errors';
import { NO_TRACE, TRACE as TRACE_, type TraceSink } from './trace';
import { Queues } from '../nodes/queues';
import { Resources } from '../nodes/resources';
import { SourceState, nextArrival } from '../nodes/arrivals';
import { drawUniform, PURPOSE as PURPOSE_ } from '../random/draw';
import { combine } from '../random/hash';
import { seedKey, streamFor, type Stream } from '../random/stream';

// Imported bindings are live (read through the module record at every use); the hot loop
// reads these local copies, which the compiler folds into constants.
const F_ABANDONED = F_ABANDONED_;
const F_BALKED = F_BALKED_;
const F_CLOSED_OUT = F_CLOSED_OUT_;
const F_FIRST_CONTACT_RESOLVED = F_FIRST_CONTACT_RESOLVED_;
const F_MEASURED = F_MEASURED_;
const F_PENDING_HANDOFF = F_PENDING_HANDOFF_;
const F_RESOLVED = F_RESOLVED_;
const F_SELF_SERVICE_FAILED = F_SELF_SERVICE_FAILED_;
const F_SERVED = F_SERVED_;
const KIND_DELAY = KIND_DELAY_;
const KIND_EXIT = KIND_EXIT_;
const KIND_ROUTER = KIND_ROUTER_;
const KIND_SELF_SERVICE = KIND_SELF_SERVICE_;
const KIND_STATION = KIND_STATION_;
const OUTCOME_COUNT = OUTCOME_COUNT_;
const OUTCOME_DONE = OUTCOME_DONE_;
const OUTCOME_FAILED = OUTCOME_FAILED_;
const OUTCOME_UNRESOLVED = OUTCOME_UNRESOLVED_;
const ROUTER_SHORTEST_QUEUE = ROUTER_SHORTEST_QUEUE_;
const PURPOSE = { ...PURPOSE_ } as const;
const TRACE = { ...TRACE_ } as const;

/** Key of each source's arrival-gap stream (beside the counter-based purposes of customers' own draws). */
const ARRIVAL_STREAM = 0x61727276;

const EV_ARRIVAL = 0;
const EV_SERVICE_END = 1;
const EV_ABANDON = 2;
const EV_DELAY_END = 3;
const EV_STAFF = 4;
const EV_PERIOD = 5;
const EV_CLOSE = 6;
const EV_WARMUP = 7;
const EV_END = 8;

/** Routers and exits take no time; more hops than this without time passing is a routing loop. */
const MAX_INSTANT_HOPS = 10_000;
/** Customers inside at once beyond which a run is declared unstable. */
export const MAX_IN_SYSTEM = 2_000_000;
/** Events between progress callbacks. */
const TICK_EVENTS = 1 << 16;

export interface ReplicationHooks {
	/** Called every 65,536 events with the simulated time reached and the horizon (minutes); return true to stop. */
	onTick?: (time: number, horizon: number) => boolean | void;
	trace?: TraceSink;
}

export class Simulation {
	readonly model: CompiledModel;
	readonly seed: number;
	readonly agenda = new Agenda();
	readonly customers: Customers;
	readonly resources: Resources;
	readonly queues: Queues;
	readonly records = new VisitRecords();
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

	events = 0;
	/** Simulated time of the event being handled, minutes (a field, not a parameter: cheaper for V8). */
	now = 0.5;
	/** Time the replication ended (day: last departure or closing; steady: end of window). */
	endTime = 0;

	#sources: SourceState[];
	#streams: Stream[] = [];
	/** Per source: the replication's key for its customers (identity = combine(this, ordinal)). */
	#sourceKeys: Int32Array;
	/** Each source's next arrival (Infinity: none), kept outside the heap, with its sequence number. */
	#arrivalTime: Float64Array;
	#arrivalSeq: Float64Array;
	#ticket = 0;
	#arrivals = 0;
	#stopped = false;
	#closed = false;
	#trace: TraceSink = NO_TRACE;
	#tracing = false;

	constructor(model: CompiledModel, seed: number) {
		this.model = model;
		this.seed = seed >>> 0;
		this.customers = new Customers(model.nodeCount);
		this.resources = new Resources(model.resourceCount, model.levelCount);
		this.queues = new Queues(model.resourceCount, model.levelCount);
		this.#sources = model.sources.map(() => new SourceState());
		this.#sourceKeys = new Int32Array(model.sources.length);
		this.#arrivalTime = new Float64Array(model.sources.length);
		this.#arrivalSeq = new Float64Array(model.sources.length);
		const snaps = (model.periodCount + 2) * model.resourceCount;
		this.snapBusy = new Float64Array(snaps);
		this.snapAvail = new Float64Array(snaps);
		this.snapQueue = new Float64Array(snaps);
		this.snapTime = new Float64Array(model.periodCount + 2);
	}

	/** Runs replication `rep` (0-based) to the end; results are left in `records`, `resources` and the snapshots. */
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
		const arrivalTime = this.#arrivalTime;
		const arrivalSeq = this.#arrivalSeq;
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
			let t: number;
			let kind: number;
			if (s >= 0 && agenda.isBefore(at, aq)) {
				t = at;
				kind = EV_ARRIVAL;
			} else {
				if (!agenda.pop()) break;
				t = agenda.time;
				kind = agenda.kind;
			}
			this.now = t;
			if (++events > maxEvents) throw RunawayError.tooManyEvents(m, maxEvents, rep, t);
			switch (kind) {
				case EV_ARRIVAL:
					this.#arrival(s);
					break;
				case EV_SERVICE_END:
					this.#serviceEnd(agenda.a, agenda.b);
					break;
				case EV_ABANDON:
					this.#abandon(agenda.a, agenda.b);
					break;
				case EV_DELAY_END:
					this.#route(agenda.a, agenda.b, OUTCOME_DONE);
					break;
				case EV_STAFF:
					this.#staffChange(agenda.a, agenda.b);
					break;
				case EV_PERIOD:
					this.#snapshot(agenda.a, t);
					break;
				case EV_CLOSE:
					this.#close();
					break;
				case EV_WARMUP:
					this.#snapshot(0, t);
					break;
				case EV_END:
					this.endTime = t;
					this.#snapshot(m.periodCount, t);
					this.#stopped = true;
					break;
			}
			if (events >= nextTick) {
				nextTick += TICK_EVENTS;
				if (onTick && onTick(t, horizon) === true) throw new CancelledError();
				if (this.customers.count > MAX_IN_SYSTEM) throw RunawayError.unstable(m, this.resources, t);
			}
		}
		if (!m.steady) {
			this.endTime = Math.max(m.closeTime, this.#closed ? this.endTime : 0, this.now);
			// nothing left to happen, yet someone is inside (waiting where staff never return): send them home
			if (this.customers.count > 0) {
				this.now = this.endTime;
				this.#sendHome(false);
			}
		}
		this.events = events;
		this.#snapshot(m.periodCount + 1, this.endTime);
	}

	#reset(rep: number, hooks: ReplicationHooks): void {
		const m = this.model;
		this.agenda.clear();
		this.customers.reset();
		this.resources.reset();
		this.queues.reset();
		this.records.reset();
		this.snapBusy.fill(0);
		this.snapAvail.fill(0);
		this.snapQueue.fill(0);
		this.snapTime.fill(0);
		this.events = 0;
		this.endTime = 0;
		this.now = 0;
		this.#ticket = 0;
		this.#arrivals = 0;
		this.#stopped = false;
		this.#closed = false;
		this.#trace = hooks.trace ?? NO_TRACE;
		this.#tracing = hooks.trace !== undefined;
		const repKey = combine(seedKey(this.seed), rep);
		for (let i = 0; i < m.sources.length; i++) this.#sourceKeys[i] = combine(repKey, m.nodeKey[m.sources[i].node]);
		this.#streams = m.sources.map((s) => streamFor(this.seed, rep, m.nodeKey[s.node], ARRIVAL_STREAM));
		for (let i = 0; i < m.sources.length; i++) {
			this.#sources[i].reset();
			const first = nextArrival(m.sources[i], this.#sources[i], this.#streams[i], 0);
			this.#arrivalTime[i] = first < m.closeTime ? first : Infinity;
			this.#arrivalSeq[i] = this.agenda.reserve();
		}
		const R = m.resourceCount;
		for (let r = 0; r < R; r++) {
			this.resources.capacity[r] = staffAt(m, r, 0);
			const counts = m.resStaff[r];
			if (counts.length > 1) this.agenda.push(m.resStaffPeriod[r], EV_STAFF, r, 1);
		}
		if (m.steady) {
			if (m.warmup > 0) this.agenda.push(m.warmup, EV_WARMUP, 0, 0);
			this.agenda.push(m.closeTime, EV_END, 0, 0);
		} else {
			for (let k = 1; k < m.periodCount; k++) this.agenda.push(k * m.periodMinutes, EV_PERIOD, k, 0);
			this.agenda.push(m.closeTime, EV_CLOSE, 0, 0);
		}
	}

	#arrival(s: number): void {
		const t = this.now;
		const m = this.model;
		const src = m.sources[s];
		const state = this.#sources[s];
		const next = nextArrival(src, state, this.#streams[s], t);
		this.#arrivalTime[s] = next < m.closeTime ? next : Infinity;
		this.#arrivalSeq[s] = this.agenda.reserve();

		const cu = this.customers;
		const c = cu.take();
		const ordinal = state.created++;
		const key = combine(this.#sourceKeys[s], ordinal) | 0;
		cu.key[c] = key;
		cu.source[c] = s;
		cu.ordinal[c] = ordinal;
		cu.serial[c] = this.#arrivals++;
		cu.arrive[c] = t;
		let seg = 0;
		if (m.segmentCount > 1) {
			const u = drawUniform(key, PURPOSE.SEGMENT, 0, 0);
			const cum = m.segCumShare;
			while (u >= cum[seg]) seg++;
		}
		cu.segment[c] = seg;
		if (t >= m.warmup) cu.flags[c] = F_MEASURED;
		cu.visits[c * m.nodeCount + src.node] = 1;
		if (this.#tracing) this.#trace.event(t, TRACE.ARRIVE, this.customers.serial[c], src.node);
		this.#route(c, src.node, OUTCOME_DONE);
	}

	/** Sends customer c on from `node` by the links for `outcome`; leaves when there is none. */
	#route(c: number, node: number, outcome: number): void {
		const t = this.now;
		const m = this.model;
		const cu = this.customers;
		const N = m.nodeCount;
		let hops = 0;
		for (;;) {
			const next = this.#choose(c, node, outcome);
			if (next < 0) {
				this.#leave(c);
				return;
			}
			if (outcome !== OUTCOME_DONE) cu.flags[c] |= F_PENDING_HANDOFF;
			const visit = cu.visits[c * N + next]++;
			switch (m.nodeKind[next]) {
				case KIND_STATION:
				case KIND_SELF_SERVICE:
					this.#join(c, m.nodeResource[next], visit);
					return;
				case KIND_DELAY: {
					const u = drawUniform(cu.key[c], PURPOSE.DELAY, m.nodeKey[next], visit);
					const d = m.nodeDelay[next]!.quantile(u);
					cu.queueEnter[c] = t;
					if (this.#tracing) this.#trace.event(t, TRACE.DELAY, this.customers.serial[c], next);
					this.agenda.push(t + d, EV_DELAY_END, c, next);
					return;
				}
				case KIND_EXIT:
					if (this.#tracing) this.#trace.event(t, TRACE.EXIT, this.customers.serial[c], next);
					this.#leave(c);
					return;
				case KIND_ROUTER:
					node = next;
					outcome = OUTCOME_DONE;
					if (++hops > MAX_INSTANT_HOPS) throw RunawayError.loop(m, next);
					continue;
				default:
					throw RunawayError.loop(m, next);
			}
		}
	}

	/** The node customer c goes to from `node` after `outcome`, or −1 for none. */
	#choose(c: number, node: number, outcome: number): number {
		const m = this.model;
		const cu = this.customers;
		const slot = (node * OUTCOME_COUNT + outcome) * m.segmentCount + cu.segment[c];
		const len = m.routeLen[slot];
		if (len === 0) return -1;
		const start = m.routeStart[slot];
		if (len === 1) return m.routeTarget[start];
		if (m.routerPolicy[node] === ROUTER_SHORTEST_QUEUE) return this.#shortestQueue(start, len);
		// one routing draw per visit: a visit ends in one outcome only
		const u = drawUniform(cu.key[c], PURPOSE.ROUTE, m.nodeKey[node], cu.visits[c * m.nodeCount + node] - 1);
		const cum = m.routeCum;
		let i = start;
		while (u >= cum[i]) i++;
		return m.routeTarget[i];
	}

	/** Among linked targets, the resource with the fewest waiting per server on shift (first on ties). */
	#shortestQueue(start: number, len: number): number {
		const m = this.model;
		const res = this.resources;
		let best = m.routeTarget[start];
		let bestScore = Infinity;
		for (let i = start; i < start + len; i++) {
			const target = m.routeTarget[i];
			const r = m.nodeResource[target];
			const score = r < 0 ? 0 : (res.waiting[r] + res.busy[r] + 1) / Math.max(1, res.capacity[r]);
			if (score < bestScore) {
				bestScore = score;
				best = target;
			}
		}
		return best;
	}

	#join(c: number, r: number, visit: number): void {
		const t = this.now;
		const m = this.model;
		const cu = this.customers;
		const res = this.resources;
		const node = m.resNode[r];
		const measured = (cu.flags[c] & F_MEASURED) !== 0;
		if (measured) res.arrivals[r]++;
		if (cu.flags[c] & F_PENDING_HANDOFF) {
			cu.flags[c] &= ~F_PENDING_HANDOFF;
			if (visit > 0) cu.extraContacts[c]++;
			else if (m.resIsStation[r]) cu.transfers[c]++;
		}
		cu.queueEnter[c] = t;
		const level = m.resPriority[r] ? m.segLevel[cu.segment[c]] : 0;
		cu.higherAtJoin[c] = level > 0 ? res.owedAbove(r, level) : 0;
		if (res.busy[r] < res.capacity[r] && res.waiting[r] === 0) {
			if (measured) res.joined[r]++;
			if (this.#tracing) this.#trace.event(t, TRACE.QUEUE, this.customers.serial[c], node);
			this.#start(c, r, visit);
			return;
		}
		if (this.#closed && res.capacity[r] === 0) {
			// draining after closing, and nobody on shift here any more
			cu.flags[c] |= F_CLOSED_OUT;
			this.#leave(c);
			return;
		}
		if (res.waiting[r] >= m.resQueueCapacity[r]) {
			if (measured) res.balked[r]++;
			cu.flags[c] |= F_BALKED;
			if (this.#tracing) this.#trace.event(t, TRACE.BALK, this.customers.serial[c], node);
			this.#leave(c);
			return;
		}
		if (measured) res.joined[r]++;
		res.touch(r, t);
		const ticket = ++this.#ticket;
		cu.ticket[c] = ticket;
		cu.waitingAt[c] = r;
		res.waiting[r]++;
		res.levelWaiting[r * res.levels + level]++;
		this.queues.push(r, level, c, ticket);
		if (this.#tracing) this.#trace.event(t, TRACE.QUEUE, this.customers.serial[c], node);
		const patience = m.segPatience[cu.segment[c]];
		if (patience !== null) {
			const u = drawUniform(cu.key[c], PURPOSE.PATIENCE, m.nodeKey[node], visit);
			this.agenda.push(t + patience.quantile(u), EV_ABANDON, c, ticket);
		}
	}

	/** Starts serving customer c at resource r (it has been taken off the queue, if it waited). */
	#start(c: number, r: number, visit: number): void {
		const t = this.now;
		const m = this.model;
		const cu = this.customers;
		const res = this.resources;
		const w = t - cu.queueEnter[c];
		this.#addWait(c, r);
		if ((cu.flags[c] & F_MEASURED) !== 0) {
			if (w <= m.targetWait) res.withinTarget[r]++;
		}
		res.touch(r, t);
		res.busy[r]++;
		if (m.resPriority[r]) {
			const level = m.segLevel[cu.segment[c]];
			if (level > 0) {
				const overtakes = res.startsAbove(r, level) - cu.higherAtJoin[c];
				if (overtakes > 0) cu.overtakes[c] += overtakes;
			}
			res.levelStarts[r * res.levels + level]++;
		}
		cu.serviceStart[c] = t;
		const node = m.resNode[r];
		const u = drawUniform(cu.key[c], PURPOSE.SERVICE, m.nodeKey[node], visit);
		if (this.#tracing) this.#trace.event(t, TRACE.START, this.customers.serial[c], node);
		this.agenda.push(t + m.resService[r].quantile(u), EV_SERVICE_END, c, r);
	}

	/** Books the queueing time of customer c at resource r (joined at queueEnter, ends now) to it and to r. */
	#addWait(c: number, r: number): void {
		const cu = this.customers;
		const w = this.now - cu.queueEnter[c];
		const res = this.resources;
		cu.wait[c] += w;
		const stage = (cu.flags[c] & F_SERVED) !== 0 ? this.model.stageMultiplier : 1;
		cu.perceived[c] += this.model.resWaitMultiplier[r] * stage * w;
		if ((cu.flags[c] & F_MEASURED) !== 0) {
			res.waitSum[r] += w;
			if (w > 0) res.waitedCount[r]++;
			res.waits[r].push(w);
		}
	}

	#serviceEnd(c: number, r: number): void {
		const t = this.now;
		const m = this.model;
		const cu = this.customers;
		const res = this.resources;
		const node = m.resNode[r];
		const measured = (cu.flags[c] & F_MEASURED) !== 0;
		res.touch(r, t);
		res.busy[r]--;
		const rate = m.resSuccess[r];
		const visit = cu.visits[c * m.nodeCount + node] - 1;
		const station = m.resIsStation[r] === 1;
		const success =
			rate >= 1 ? true : rate <= 0 ? false : drawUniform(cu.key[c], station ? PURPOSE.RESOLVE : PURPOSE.SUCCESS, m.nodeKey[node], visit) < rate;
		let flags = cu.flags[c];
		if ((flags & F_SERVED) === 0 && success) flags |= F_FIRST_CONTACT_RESOLVED;
		flags |= F_SERVED;
		if (success) flags |= F_RESOLVED;
		else {
			flags &= ~F_RESOLVED;
			if (!station) flags |= F_SELF_SERVICE_FAILED;
		}
		cu.flags[c] = flags;
		if (measured) {
			res.completed[r]++;
			if (success) res.resolved[r]++;
			res.sojournSum[r] += t - cu.queueEnter[c];
		}
		if (this.#tracing) this.#trace.event(t, success ? TRACE.DONE : TRACE.NOT_RESOLVED, this.customers.serial[c], node);
		this.#startWaiting(r);
		this.#route(c, node, success ? OUTCOME_DONE : station ? OUTCOME_UNRESOLVED : OUTCOME_FAILED);
	}

	/** Starts waiting customers at r while servers are free. */
	#startWaiting(r: number): void {
		const t = this.now;
		const res = this.resources;
		const cu = this.customers;
		const m = this.model;
		while (res.busy[r] < res.capacity[r] && res.waiting[r] > 0) {
			const c = this.queues.shift(r, cu.ticket, cu.waitingAt);
			if (c < 0) break;
			this.#leaveQueue(c, r, t);
			this.#start(c, r, cu.visits[c * m.nodeCount + m.resNode[r]] - 1);
		}
	}

	/** Customer c stops waiting at resource r (to start service, abandon or go home); its queue entry goes stale. */
	#leaveQueue(c: number, r: number, t: number): void {
		const res = this.resources;
		const cu = this.customers;
		const m = this.model;
		res.touch(r, t);
		res.waiting[r]--;
		res.levelWaiting[r * res.levels + (m.resPriority[r] ? m.segLevel[cu.segment[c]] : 0)]--;
		cu.waitingAt[c] = -1;
	}

	#abandon(c: number, ticket: number): void {
		const t = this.now;
		const cu = this.customers;
		if (cu.ticket[c] !== ticket || cu.active[c] === 0) return;
		const r = cu.waitingAt[c];
		if (r < 0) return;
		const m = this.model;
		this.#leaveQueue(c, r, t);
		this.#addWait(c, r);
		if ((cu.flags[c] & F_MEASURED) !== 0) this.resources.abandoned[r]++;
		cu.flags[c] |= F_ABANDONED;
		if (this.#tracing) this.#trace.event(t, TRACE.ABANDON, this.customers.serial[c], m.resNode[r]);
		this.#leave(c);
	}

	#staffChange(r: number, period: number): void {
		const t = this.now;
		const m = this.model;
		const res = this.resources;
		res.touch(r, t);
		const counts = m.resStaff[r];
		res.capacity[r] = counts[period];
		if (period + 1 < counts.length) this.agenda.push((period + 1) * m.resStaffPeriod[r], EV_STAFF, r, period + 1);
		this.#startWaiting(r);
	}

	#snapshot(k: number, t: number): void {
		const res = this.resources;
		const R = res.count;
		this.snapTime[k] = t;
		for (let r = 0; r < R; r++) {
			res.touch(r, t);
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
		this.#closed = true;
		this.endTime = t;
		if (m.periodCount > 0) this.#snapshot(m.periodCount, t);
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
		const t = this.now;
		const cu = this.customers;
		const res = this.resources;
		const m = this.model;
		for (let c = 0; c < cu.capacity; c++) {
			if (cu.active[c] === 0) continue;
			const r = cu.waitingAt[c];
			if (onlyUnstaffed && (r < 0 || res.capacity[r] > 0)) continue;
			if (r >= 0) {
				this.#leaveQueue(c, r, t);
				this.#addWait(c, r);
			}
			cu.flags[c] |= F_CLOSED_OUT;
			this.#leave(c);
		}
	}

	/** Customer c leaves the service: its visit is recorded (when measured) and its slot freed. */
	#leave(c: number): void {
		const t = this.now;
		const cu = this.customers;
		const m = this.model;
		const flags = cu.flags[c];
		if ((flags & F_MEASURED) !== 0) {
			const rec = this.records;
			const i = rec.add();
			const arrive = cu.arrive[c];
			rec.source[i] = cu.source[c];
			rec.ordinal[i] = cu.ordinal[c];
			rec.key[i] = cu.key[c];
			rec.segment[i] = cu.segment[c];
			let p = m.steady ? 0 : Math.floor(arrive / m.periodMinutes);
			if (p >= m.periodCount) p = m.periodCount - 1;
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
		if (this.#tracing) this.#trace.event(t, TRACE.LEAVE, this.customers.serial[c], -1);
		cu.release(c);
	}
}

export { F_ABANDONED, F_BALKED, F_CLOSED_OUT, F_FIRST_CONTACT_RESOLVED, F_RESOLVED, F_SELF_SERVICE_FAILED, F_SERVED };
