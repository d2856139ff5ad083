// Staffed stations and self-service points during one replication: servers on shift,
// servers busy, customers waiting, and the statistics each one keeps — counts of
// arrivals, balks, abandonments, services, the wait of everyone who joined its queue,
// and time integrals (busy servers, available servers, queue length) for utilisation,
// cost and mean queue length. Integrals are advanced lazily by `touch` when the state
// changes, and snapshotted at reporting-period boundaries.

import { QuantileSketch } from '../stats/quantile-sketch';

/** Where `touch` reads the current time (the Simulation): an object, not a number, see `touch`. */
export interface Clock {
	readonly now: number;
}

export class Resources {
	readonly count: number;
	readonly levels: number;

	/** Servers on shift now. */
	capacity: Int32Array;
	busy: Int32Array;
	/** Live customers waiting (stale queue entries excluded). */
	waiting: Int32Array;
	/** Per (resource, level): waiting now, and services started so far (overtake bookkeeping). */
	levelWaiting: Int32Array;
	levelStarts: Float64Array;

	// time integrals since time 0, minutes × (servers or customers)
	lastTouch: Float64Array;
	busyArea: Float64Array;
	/** Server time available: max(on shift, busy) — a server finishing a customer past a shift end is paid. */
	availArea: Float64Array;
	queueArea: Float64Array;

	// counts for measured customers
	arrivals: Float64Array;
	balked: Float64Array;
	abandoned: Float64Array;
	joined: Float64Array;
	started: Float64Array;
	completed: Float64Array;
	resolved: Float64Array;
	waitSum: Float64Array;
	waitedCount: Float64Array;
	/** Served customers whose wait here was within the target. */
	withinTarget: Float64Array;
	/** Sum of (wait + service) over completed services, minutes. */
	sojournSum: Float64Array;
	/** Waits of the measured customers who joined the queue (served or abandoned), for percentiles. */
	waits: QuantileSketch[];

	constructor(count: number, levels: number) {
		this.count = count;
		this.levels = levels;
		const f = () => new Float64Array(count);
		this.capacity = new Int32Array(count);
		this.busy = new Int32Array(count);
		this.waiting = new Int32Array(count);
		this.levelWaiting = new Int32Array(count * levels);
		this.levelStarts = new Float64Array(count * levels);
		this.lastTouch = f();
		this.busyArea = f();
		this.availArea = f();
		this.queueArea = f();
		this.arrivals = f();
		this.balked = f();
		this.abandoned = f();
		this.joined = f();
		this.started = f();
		this.completed = f();
		this.resolved = f();
		this.waitSum = f();
		this.waitedCount = f();
		this.withinTarget = f();
		this.sojournSum = f();
		this.waits = Array.from({ length: count }, () => new QuantileSketch());
	}

	reset(): void {
		for (const a of [
			this.capacity,
			this.busy,
			this.waiting,
			this.levelWaiting,
			this.levelStarts,
			this.lastTouch,
			this.busyArea,
			this.availArea,
			this.queueArea,
			this.arrivals,
			this.balked,
			this.abandoned,
			this.joined,
			this.started,
			this.completed,
			this.resolved,
			this.waitSum,
			this.waitedCount,
			this.withinTarget,
			this.sojournSum
		])
			a.fill(0);
		for (const w of this.waits) w.reset();
	}

	/**
	 * Advances resource r's time integrals to the clock's time (minutes). Call before changing
	 * its state. Takes the clock rather than the time: V8 does not always inline this into the
	 * larger node functions, and a double passed to a call that is not inlined is boxed — a
	 * heap allocation on each such touch (about two per customer in M/M/5).
	 */
	touch(r: number, clock: Clock): void {
		const t = clock.now;
		const dt = t - this.lastTouch[r];
		if (dt > 0) {
			const busy = this.busy[r];
			const cap = this.capacity[r];
			this.busyArea[r] += busy * dt;
			this.availArea[r] += (busy > cap ? busy : cap) * dt;
			this.queueArea[r] += this.waiting[r] * dt;
			this.lastTouch[r] = t;
		}
	}

	/** Services started at levels above `level` (served before it) at resource r. */
	startsAbove(r: number, level: number): number {
		let s = 0;
		const base = r * this.levels;
		for (let l = 0; l < level; l++) s += this.levelStarts[base + l];
		return s;
	}

	/** Starts owed to higher levels: those above `level` already started plus those waiting now. */
	owedAbove(r: number, level: number): number {
		let s = 0;
		const base = r * this.levels;
		for (let l = 0; l < level; l++) s += this.levelStarts[base + l] + this.levelWaiting[base + l];
		return s;
	}
}
