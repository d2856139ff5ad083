// The event trace of one replication: what happened to which customer, where and when.
// Hand-checkable tests read it, and teaching mode animates it. Tracing is off unless a
// sink is given, so the hot loop only pays one boolean test per step.

export const TRACE = {
	ARRIVE: 0,
	QUEUE: 1,
	BALK: 2,
	START: 3,
	DONE: 4,
	NOT_RESOLVED: 5,
	ABANDON: 6,
	DELAY: 7,
	EXIT: 8,
	LEAVE: 9,
	/** Format v2 virtual queue: accepted the offer and left the line, keeping its place. */
	AWAY: 10,
	/** "return" mode: called to come back. */
	CALLED: 11,
	/** "return" mode: back in the line. */
	BACK: 12
} as const;

export type TraceType = (typeof TRACE)[keyof typeof TRACE];

export const TRACE_NAMES = [
	'arrive',
	'queue',
	'balk',
	'start',
	'done',
	'not-resolved',
	'abandon',
	'delay',
	'exit',
	'leave',
	'away',
	'called',
	'back'
] as const;

export interface TraceSink {
	/** time in minutes; customer number (arrival order within the replication); node index (−1 when leaving). */
	event(time: number, type: TraceType, customer: number, node: number): void;
}

export const NO_TRACE: TraceSink = { event() {} };

/** A sink that keeps every event in growable typed arrays. */
export class TraceLog implements TraceSink {
	count = 0;
	time = new Float64Array(1024);
	type = new Int8Array(1024);
	customer = new Int32Array(1024);
	node = new Int32Array(1024);

	event(time: number, type: TraceType, customer: number, node: number): void {
		if (this.count === this.time.length) this.#grow();
		const i = this.count++;
		this.time[i] = time;
		this.type[i] = type;
		this.customer[i] = customer;
		this.node[i] = node;
	}

	#grow(): void {
		const n = this.time.length * 2;
		const t = new Float64Array(n);
		t.set(this.time);
		this.time = t;
		const ty = new Int8Array(n);
		ty.set(this.type);
		this.type = ty;
		const c = new Int32Array(n);
		c.set(this.customer);
		this.customer = c;
		const nd = new Int32Array(n);
		nd.set(this.node);
		this.node = nd;
	}
}
