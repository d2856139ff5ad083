// Replaying one replication's event trace: the state of the service at any moment — who
// waits in which line (in order), who is being served at which server, who is in a delay,
// who has just left (and how: through an exit, abandoning, balking, sent home) — rebuilt
// from the engine's own TraceLog, never from a separate animation model. Teaching mode
// draws this state; the unit tests check that it adds up to the KPIs the engine measured.
//
// Scrubbing is cheap in both directions: moving forward applies events one by one; moving
// back restores the nearest checkpoint (a copy of the state every `checkpointEvery` events)
// and applies forward from there. Nothing is allocated per event.
// Times are minutes since opening (simulation time).

import { TRACE, staffAtModel, type CompiledModelLike, type TraceLike } from './engine-types';

/** Customer state codes. */
export const C_NOT_ARRIVED = 0;
/** At its source (only for an instant: arrivals move on at once). */
export const C_AT_SOURCE = 1;
export const C_WAITING = 2;
export const C_SERVICE = 3;
export const C_DELAY = 4;
/** Finished at a service point and about to be routed on (only for an instant). */
export const C_TRANSIT = 5;
export const C_GONE = 6;

/** How a customer left. */
export const OUT_NONE = 0;
export const OUT_EXIT = 1;
export const OUT_ABANDON = 2;
export const OUT_BALK = 3;
export const OUT_SENT_HOME = 4;
/** Left with no exit node on its route (served, no onward link). */
export const OUT_LEFT = 5;

export interface ReplayOptions {
	/** Segment index of each customer, by serial (default: all 0). */
	segments?: Int32Array;
	/** End of the replication (sim.endTime); default: max(closing, last event). */
	endTime?: number;
	/** Events between checkpoints (default: chosen so that checkpoints stay below ~24 MB). */
	checkpointEvery?: number;
	/** Bins of the precomputed time series (queue length, busy servers), default 240. */
	bins?: number;
}

interface Checkpoint {
	index: number;
	arrived: number;
	state: Int8Array;
	node: Int32Array;
	slot: Int32Array;
	since: Float64Array;
	prevNode: Int32Array;
	prevSlot: Int32Array;
	outcome: Int8Array;
	queueLen: Int32Array;
	queues: Int32Array[];
	slots: Int32Array[];
	busy: Int32Array;
}

/** A finished wait at one station (ended by starting service, abandoning or being sent home). */
export interface WaitEvents {
	count: number;
	/** When the wait ended. */
	end: Float64Array;
	wait: Float64Array;
	node: Int32Array;
	customer: Int32Array;
	/** 1 when the wait ended by abandoning (or being sent home). */
	gaveUp: Uint8Array;
}

export class Replay {
	readonly model: CompiledModelLike;
	readonly trace: TraceLike;
	readonly events: number;
	readonly customers: number;
	readonly endTime: number;
	/** Static per customer: segment, arrival time, total time in queues, final outcome. */
	readonly segment: Int32Array;
	readonly arrive: Float64Array;
	readonly totalWait: Float64Array;
	readonly finalOutcome: Int8Array;
	/** Per node: server (or kiosk) slots drawn = most servers ever on shift; 0 for nodes without servers. */
	readonly slotCount: Int32Array;
	/** Per node: priority level of each segment in its line (0 = first), flattened [node][segment]. */
	readonly #levelOf: Int32Array;
	readonly waits: WaitEvents;
	/** Counts over the whole replication. */
	readonly totals: { arrived: number; abandoned: number; balked: number; sentHome: number; exited: number };
	/** Per node, time integrals over [0, endTime]: people waiting, busy servers, available servers (max(on shift, busy)). */
	readonly queueArea: Float64Array;
	readonly busyArea: Float64Array;
	readonly availArea: Float64Array;
	/** Binned time series per node: [node][bin] time-average waiting and busy servers, cumulative areas at bin ends. */
	readonly bins: number;
	readonly binWidth: number;
	readonly queueBins: Float64Array;
	readonly busyBins: Float64Array;
	readonly cumBusy: Float64Array;
	readonly cumAvail: Float64Array;

	// the live state at `time`
	/** Events applied so far: the state is after events [0, index). */
	index = 0;
	time = 0;
	arrived = 0;
	readonly state: Int8Array;
	readonly node: Int32Array;
	/** Server slot while in service. */
	readonly slot: Int32Array;
	/** When the current state began. */
	readonly since: Float64Array;
	/** Where the customer was before (node, and server slot or −1), for the walk between them. */
	readonly prevNode: Int32Array;
	readonly prevSlot: Int32Array;
	readonly outcome: Int8Array;
	/** Per node: its line, in order (first to be served first), and its length. */
	readonly queues: Int32Array[];
	readonly queueLen: Int32Array;
	/** Per node: customer in each server slot, −1 when idle. */
	readonly slots: Int32Array[];
	readonly busy: Int32Array;

	readonly #every: number;
	readonly #checkpoints: Checkpoint[] = [];

	constructor(trace: TraceLike, model: CompiledModelLike, options: ReplayOptions = {}) {
		this.trace = trace;
		this.model = model;
		const E = trace.count;
		this.events = E;
		let n = 0;
		for (let i = 0; i < E; i++) if (trace.customer[i] + 1 > n) n = trace.customer[i] + 1;
		this.customers = n;
		const lastEvent = E > 0 ? trace.time[E - 1] : 0;
		this.endTime = options.endTime ?? Math.max(model.steady ? 0 : model.closeTime, lastEvent);
		const N = model.nodeCount;
		this.segment = options.segments ?? new Int32Array(n);
		this.slotCount = new Int32Array(N);
		this.#levelOf = new Int32Array(N * Math.max(1, model.segmentCount));
		for (let v = 0; v < N; v++) {
			const r = model.nodeResource[v];
			if (r < 0) continue;
			let most = 0;
			for (const k of model.resStaff[r]) if (k > most) most = k;
			this.slotCount[v] = most;
			if (model.resPriority[r]) for (let s = 0; s < model.segmentCount; s++) this.#levelOf[v * model.segmentCount + s] = model.segLevel[s];
		}
		this.state = new Int8Array(n);
		this.node = new Int32Array(n).fill(-1);
		this.slot = new Int32Array(n).fill(-1);
		this.since = new Float64Array(n);
		this.prevNode = new Int32Array(n).fill(-1);
		this.prevSlot = new Int32Array(n).fill(-1);
		this.outcome = new Int8Array(n);
		this.queues = Array.from(
			{ length: N },
			(_, v) => new Int32Array(this.slotCount[v] > 0 || model.nodeResource[v] >= 0 ? Math.max(1, n) : 0)
		);
		this.queueLen = new Int32Array(N);
		this.slots = Array.from({ length: N }, (_, v) => new Int32Array(this.slotCount[v]).fill(-1));
		this.busy = new Int32Array(N);
		this.arrive = new Float64Array(n);
		this.totalWait = new Float64Array(n);
		this.finalOutcome = new Int8Array(n);
		this.bins = options.bins ?? 240;
		this.binWidth = this.endTime > 0 ? this.endTime / this.bins : 1;
		this.queueBins = new Float64Array(N * this.bins);
		this.busyBins = new Float64Array(N * this.bins);
		this.cumBusy = new Float64Array(N * this.bins);
		this.cumAvail = new Float64Array(N * this.bins);
		this.queueArea = new Float64Array(N);
		this.busyArea = new Float64Array(N);
		this.availArea = new Float64Array(N);
		this.waits = {
			count: 0,
			end: new Float64Array(n * 2 + 1),
			wait: new Float64Array(n * 2 + 1),
			node: new Int32Array(n * 2 + 1),
			customer: new Int32Array(n * 2 + 1),
			gaveUp: new Uint8Array(n * 2 + 1)
		};
		// about 13 bytes per customer per checkpoint (plus lines): keep all checkpoints under ~24 MB
		const perCheckpoint = Math.max(1, n * 37);
		this.#every = options.checkpointEvery ?? Math.max(256, Math.ceil((E * perCheckpoint) / 24e6));
		this.totals = { arrived: 0, abandoned: 0, balked: 0, sentHome: 0, exited: 0 };
		this.#prepass();
		this.#reset();
	}

	/** Events between checkpoints. */
	get checkpointEvery(): number {
		return this.#every;
	}

	/** Servers (or kiosks) on shift at node v at time t (0 for nodes without servers). */
	onShift(v: number, t: number): number {
		const r = this.model.nodeResource[v];
		return r < 0 ? 0 : staffAtModel(this.model, r, t);
	}

	/** Time of event i, or Infinity past the end. */
	eventTime(i: number): number {
		return i < this.events ? this.trace.time[i] : Infinity;
	}

	/** Time of the next event after the current state (Infinity at the end). */
	nextEventTime(): number {
		return this.eventTime(this.index);
	}

	/** Time of the last event at or before the current time (0 when none). */
	previousEventTime(): number {
		let i = this.index - 1;
		const tr = this.trace;
		if (i < 0) return 0;
		const t = tr.time[i];
		// the group of events at the current time counts as "now": step to the group before it
		while (i >= 0 && tr.time[i] === t) i--;
		return i >= 0 ? tr.time[i] : 0;
	}

	/** Moves the state to time t: every event with time ≤ t applied, none after. */
	seek(t: number): void {
		const tr = this.trace;
		// number of events with time ≤ t (binary search)
		let lo = 0;
		let hi = this.events;
		while (lo < hi) {
			const mid = (lo + hi) >>> 1;
			if (tr.time[mid] <= t) lo = mid + 1;
			else hi = mid;
		}
		this.seekIndex(lo);
		this.time = t;
	}

	/** Moves the state to just after events [0, k). */
	seekIndex(k: number): void {
		if (k < 0) k = 0;
		if (k > this.events) k = this.events;
		if (k < this.index || k - this.index > 4 * this.#every) {
			const c = Math.floor(k / this.#every);
			const cp = this.#checkpoints[Math.min(c, this.#checkpoints.length - 1)];
			if (cp && (k < this.index || cp.index > this.index)) this.#restore(cp);
			else if (k < this.index) this.#reset();
		}
		while (this.index < k) this.#apply(this.index++);
		this.time = k > 0 ? this.trace.time[k - 1] : 0;
	}

	/** Mean number waiting at node v over the whole replication (time average over [0, endTime]). */
	queueLengthMean(v: number): number {
		return this.endTime > 0 ? this.queueArea[v] / this.endTime : NaN;
	}

	/** Busy server time / available server time at node v over the whole replication. */
	utilisation(v: number): number {
		return this.availArea[v] > 0 ? this.busyArea[v] / this.availArea[v] : NaN;
	}

	/** Utilisation of node v from opening to time t, at bin resolution (NaN before any server time). */
	utilisationUntil(v: number, t: number): number {
		const b = Math.min(this.bins - 1, Math.max(0, Math.floor(t / this.binWidth)));
		const avail = this.cumAvail[v * this.bins + b];
		return avail > 0 ? this.cumBusy[v * this.bins + b] / avail : NaN;
	}

	/** Number of bins that have ended by time t. */
	binsUntil(t: number): number {
		return Math.min(this.bins, Math.max(0, Math.floor(t / this.binWidth)));
	}

	/** Index (exclusive) of the waits that ended at or before time t. */
	waitsUntil(t: number): number {
		const w = this.waits;
		let lo = 0;
		let hi = w.count;
		while (lo < hi) {
			const mid = (lo + hi) >>> 1;
			if (w.end[mid] <= t) lo = mid + 1;
			else hi = mid;
		}
		return lo;
	}

	#reset(): void {
		this.index = 0;
		this.time = 0;
		this.arrived = 0;
		this.state.fill(C_NOT_ARRIVED);
		this.node.fill(-1);
		this.slot.fill(-1);
		this.since.fill(0);
		this.prevNode.fill(-1);
		this.prevSlot.fill(-1);
		this.outcome.fill(OUT_NONE);
		this.queueLen.fill(0);
		for (const s of this.slots) s.fill(-1);
		this.busy.fill(0);
	}

	#snapshot(): Checkpoint {
		const a = this.arrived;
		return {
			index: this.index,
			arrived: a,
			state: this.state.slice(0, a),
			node: this.node.slice(0, a),
			slot: this.slot.slice(0, a),
			since: this.since.slice(0, a),
			prevNode: this.prevNode.slice(0, a),
			prevSlot: this.prevSlot.slice(0, a),
			outcome: this.outcome.slice(0, a),
			queueLen: this.queueLen.slice(),
			queues: this.queues.map((q, v) => q.slice(0, this.queueLen[v])),
			slots: this.slots.map((s) => s.slice()),
			busy: this.busy.slice()
		};
	}

	#restore(cp: Checkpoint): void {
		this.#reset();
		this.index = cp.index;
		this.arrived = cp.arrived;
		this.state.set(cp.state);
		this.node.set(cp.node);
		this.slot.set(cp.slot);
		this.since.set(cp.since);
		this.prevNode.set(cp.prevNode);
		this.prevSlot.set(cp.prevSlot);
		this.outcome.set(cp.outcome);
		this.queueLen.set(cp.queueLen);
		cp.queues.forEach((q, v) => this.queues[v].set(q));
		cp.slots.forEach((s, v) => this.slots[v].set(s));
		this.busy.set(cp.busy);
		this.time = cp.index > 0 ? this.trace.time[cp.index - 1] : 0;
	}

	/** One forward pass: checkpoints, waits, totals, time integrals and binned series. */
	#prepass(): void {
		this.#reset();
		const N = this.model.nodeCount;
		const tr = this.trace;
		const B = this.bins;
		const bw = this.binWidth;
		let last = 0;
		// integrate each station's counts from `last` to t, split at bin edges and staffing changes
		const advance = (t: number) => {
			while (last < t) {
				const bin = Math.min(B - 1, Math.floor(last / bw));
				let next = Math.min(t, (bin + 1) * bw);
				if (next <= last) next = t;
				for (let v = 0; v < N; v++) {
					const r = this.model.nodeResource[v];
					if (r < 0) continue;
					// staffing is piecewise constant: split at its period edges too
					let a = last;
					while (a < next) {
						const period = this.model.resStaffPeriod[r];
						const edge =
							this.model.resStaff[r].length > 1 && Number.isFinite(period) && period > 0 ? (Math.floor(a / period) + 1) * period : Infinity;
						const b = Math.min(next, edge);
						const dt = b - a;
						const q = this.queueLen[v] * dt;
						const busy = this.busy[v] * dt;
						const avail = Math.max(staffAtModel(this.model, r, a), this.busy[v]) * dt;
						this.queueArea[v] += q;
						this.busyArea[v] += busy;
						this.availArea[v] += avail;
						this.queueBins[v * B + bin] += q;
						this.busyBins[v * B + bin] += busy;
						this.cumBusy[v * B + bin] += busy;
						this.cumAvail[v * B + bin] += avail;
						a = b;
					}
				}
				last = next;
			}
		};
		for (let i = 0; i < this.events; i++) {
			if (i % this.#every === 0) this.#checkpoints.push(this.#snapshot());
			advance(tr.time[i]);
			this.#apply(i, true);
			this.index = i + 1;
		}
		advance(this.endTime);
		for (let v = 0; v < N; v++) {
			for (let b = 0; b < B; b++) {
				const o = v * B + b;
				this.queueBins[o] /= bw;
				this.busyBins[o] /= bw;
				if (b > 0) {
					this.cumBusy[o] += this.cumBusy[o - 1];
					this.cumAvail[o] += this.cumAvail[o - 1];
				}
			}
		}
		for (let c = 0; c < this.customers; c++) this.finalOutcome[c] = this.outcome[c];
	}

	#removeFromQueue(c: number, v: number): void {
		const q = this.queues[v];
		const len = this.queueLen[v];
		let i = 0;
		while (i < len && q[i] !== c) i++;
		if (i === len) return;
		q.copyWithin(i, i + 1, len);
		this.queueLen[v] = len - 1;
	}

	/** Remembers where customer c is now as where it came from (unless it is between places already). */
	#moveOn(c: number): void {
		if (this.state[c] === C_TRANSIT) return;
		this.prevNode[c] = this.node[c];
		this.prevSlot[c] = this.state[c] === C_SERVICE ? this.slot[c] : -1;
	}

	#recordWait(c: number, v: number, t: number, gaveUp: boolean): void {
		const w = this.waits;
		const i = w.count++;
		w.end[i] = t;
		w.wait[i] = t - this.since[c];
		w.node[i] = v;
		w.customer[i] = c;
		w.gaveUp[i] = gaveUp ? 1 : 0;
		this.totalWait[c] += t - this.since[c];
	}

	#apply(i: number, first = false): void {
		const tr = this.trace;
		const t = tr.time[i];
		const c = tr.customer[i];
		const v = tr.node[i];
		switch (tr.type[i]) {
			case TRACE.ARRIVE:
				if (c + 1 > this.arrived) this.arrived = c + 1;
				this.state[c] = C_AT_SOURCE;
				this.node[c] = v;
				this.since[c] = t;
				this.prevNode[c] = v;
				this.prevSlot[c] = -1;
				this.outcome[c] = OUT_NONE;
				if (first) {
					this.arrive[c] = t;
					this.totals.arrived++;
				}
				break;
			case TRACE.QUEUE: {
				this.#moveOn(c);
				this.state[c] = C_WAITING;
				this.node[c] = v;
				this.since[c] = t;
				// its place in the line: behind everyone of its priority level or a higher one
				const S = Math.max(1, this.model.segmentCount);
				const level = this.#levelOf[v * S + this.segment[c]];
				const q = this.queues[v];
				const len = this.queueLen[v];
				let at = len;
				if (level > 0 || this.model.resPriority[this.model.nodeResource[v]]) {
					while (at > 0 && this.#levelOf[v * S + this.segment[q[at - 1]]] > level) at--;
				}
				q.copyWithin(at + 1, at, len);
				q[at] = c;
				this.queueLen[v] = len + 1;
				break;
			}
			case TRACE.START: {
				this.#removeFromQueue(c, v);
				if (first) this.#recordWait(c, v, t, false);
				const s = this.slots[v];
				let k = 0;
				while (k < s.length && s[k] >= 0) k++;
				if (k < s.length) s[k] = c;
				this.slot[c] = k < s.length ? k : -1;
				this.busy[v]++;
				this.state[c] = C_SERVICE;
				this.node[c] = v;
				this.since[c] = t;
				break;
			}
			case TRACE.DONE:
			case TRACE.NOT_RESOLVED: {
				const k = this.slot[c];
				if (k >= 0 && this.slots[v][k] === c) this.slots[v][k] = -1;
				this.busy[v]--;
				this.prevNode[c] = v;
				this.prevSlot[c] = k;
				this.slot[c] = -1;
				this.state[c] = C_TRANSIT;
				this.since[c] = t;
				break;
			}
			case TRACE.BALK:
				this.#moveOn(c);
				this.state[c] = C_GONE;
				this.node[c] = v;
				this.since[c] = t;
				this.outcome[c] = OUT_BALK;
				if (first) this.totals.balked++;
				break;
			case TRACE.ABANDON:
				this.#removeFromQueue(c, v);
				if (first) {
					this.#recordWait(c, v, t, true);
					this.totals.abandoned++;
				}
				this.state[c] = C_GONE;
				this.node[c] = v;
				this.since[c] = t;
				this.outcome[c] = OUT_ABANDON;
				break;
			case TRACE.DELAY:
				this.#moveOn(c);
				this.state[c] = C_DELAY;
				this.node[c] = v;
				this.since[c] = t;
				break;
			case TRACE.EXIT:
				this.#moveOn(c);
				this.state[c] = C_GONE;
				this.node[c] = v;
				this.since[c] = t;
				this.outcome[c] = OUT_EXIT;
				if (first) this.totals.exited++;
				break;
			case TRACE.LEAVE:
				if (this.state[c] === C_GONE) break;
				if (this.state[c] === C_WAITING) {
					// sent home at closing (or stranded where nobody is on shift): the wait so far counts
					const w = this.node[c];
					this.#removeFromQueue(c, w);
					if (first) this.#recordWait(c, w, t, true);
					this.outcome[c] = OUT_SENT_HOME;
					if (first) this.totals.sentHome++;
				} else {
					this.outcome[c] = OUT_LEFT;
				}
				this.#moveOn(c);
				this.state[c] = C_GONE;
				this.since[c] = t;
				break;
		}
	}
}

/**
 * Segment of each customer (by serial), from the engine's visit records: records carry
 * (source, ordinal, segment); the trace's arrivals give each serial its source and ordinal.
 * Customers without a record (not measured) get segment 0.
 */
export function customerSegments(
	trace: TraceLike,
	model: Pick<CompiledModelLike, 'sources' | 'nodeCount'>,
	records: { count: number; source: Int32Array; ordinal: Int32Array; segment: Int32Array }
): Int32Array {
	let n = 0;
	for (let i = 0; i < trace.count; i++) if (trace.customer[i] + 1 > n) n = trace.customer[i] + 1;
	const sourceOfNode = new Int32Array(model.nodeCount).fill(-1);
	model.sources.forEach((s, i) => (sourceOfNode[s.node] = i));
	const bySource = model.sources.map(() => new Map<number, number>());
	for (let i = 0; i < records.count; i++) bySource[records.source[i]]?.set(records.ordinal[i], records.segment[i]);
	const out = new Int32Array(n);
	const created = new Int32Array(model.sources.length);
	for (let i = 0; i < trace.count; i++) {
		if (trace.type[i] !== TRACE.ARRIVE) continue;
		const s = sourceOfNode[trace.node[i]];
		if (s < 0) continue;
		out[trace.customer[i]] = bySource[s].get(created[s]++) ?? 0;
	}
	return out;
}
