// The customers inside the service right now, as struct-of-arrays indexed by a slot number.
// A slot is taken on arrival and given back when the customer leaves, so a day with
// thousands of visits needs only as many slots as are ever inside at once. Each customer
// carries its identity (source, ordinal, key) from which all of its own random draws are
// derived, so two scenarios that differ in staffing or routing see the same customers.

export const F_SERVED = 1; // had at least one service contact
export const F_RESOLVED = 2; // the issue is resolved (by the last contact)
export const F_ABANDONED = 4;
export const F_BALKED = 8;
export const F_FIRST_CONTACT_RESOLVED = 16;
export const F_PENDING_HANDOFF = 32; // sent on by an "unresolved" or "failed" link
export const F_SELF_SERVICE_FAILED = 64;
export const F_MEASURED = 128; // arrived inside the measurement window
export const F_CLOSED_OUT = 256; // still inside when the run ended without draining

export class Customers {
	capacity: number;
	/** Nodes in the flow: each customer counts its visits per node. */
	readonly nodeCount: number;
	count = 0;

	segment!: Int32Array;
	key!: Int32Array;
	/** random/draw.ts drawKey(key): the first hash round of every draw of the customer, computed once on arrival. */
	drawKey!: Int32Array;
	source!: Int32Array;
	ordinal!: Int32Array;
	/** Arrival number within the replication (names customers in the event trace). */
	serial!: Int32Array;
	flags!: Int32Array;
	arrive!: Float64Array;
	/** Time the customer joined the queue it is waiting in (or started its delay). */
	queueEnter!: Float64Array;
	/** Total time spent waiting in queues so far, minutes. */
	wait!: Float64Array;
	/** Perceived wait so far (satisfaction model), minutes. */
	perceived!: Float64Array;
	/** Increments on each queue join; queue entries and abandonment events carry it (lazy cancellation). */
	ticket!: Int32Array;
	/** Resource the customer waits at, or −1. */
	waitingAt!: Int32Array;
	/** Time the current service started, minutes. */
	serviceStart!: Float64Array;
	transfers!: Int32Array;
	extraContacts!: Int32Array;
	overtakes!: Int32Array;
	/** Higher-priority starts "owed" at join time (overtake bookkeeping). */
	higherAtJoin!: Float64Array;
	/** Wait counts from no earlier than this (an appointment customer's slot time; else 0). */
	waitFrom!: Float64Array;
	/** Virtual queue at the station it waits at (nodes/callback.ts): CB_* state, plus CB_LATE once its turn passed while away. */
	callbackState!: Uint8Array;
	/** Time it left the line for the virtual queue (−1: present), and minutes away so far in this wait. */
	awaySince!: Float64Array;
	awayTotal!: Float64Array;
	/** Visits per (slot, node). */
	visits!: Uint16Array;
	/** 1 while the slot holds a customer. */
	active!: Uint8Array;

	#free: Int32Array;
	#freeTop = 0;

	constructor(nodeCount: number, capacity = 256) {
		this.nodeCount = nodeCount;
		this.capacity = capacity;
		this.#allocate(capacity);
		this.#free = new Int32Array(capacity);
		this.#refill(0, capacity);
	}

	reset(): void {
		this.count = 0;
		this.#freeTop = 0;
		this.active.fill(0);
		this.#refill(0, this.capacity);
	}

	/** Takes a free slot for a new customer and clears its per-visit state. */
	take(): number {
		if (this.#freeTop === 0) this.#grow();
		const c = this.#free[--this.#freeTop];
		this.count++;
		this.flags[c] = 0;
		this.wait[c] = 0;
		this.perceived[c] = 0;
		this.ticket[c] = 0;
		this.waitingAt[c] = -1;
		this.transfers[c] = 0;
		this.extraContacts[c] = 0;
		this.overtakes[c] = 0;
		this.waitFrom[c] = 0;
		this.callbackState[c] = 0;
		this.awaySince[c] = -1;
		this.awayTotal[c] = 0;
		const visits = this.visits;
		for (let i = c * this.nodeCount, end = i + this.nodeCount; i < end; i++) visits[i] = 0;
		this.active[c] = 1;
		return c;
	}

	release(c: number): void {
		this.active[c] = 0;
		this.#free[this.#freeTop++] = c;
		this.count--;
	}

	#refill(from: number, to: number): void {
		// lowest slots first, so traces read naturally
		for (let c = to - 1; c >= from; c--) this.#free[this.#freeTop++] = c;
	}

	#allocate(n: number): void {
		const old = this.segment ? this : null;
		const i32 = (a: Int32Array | undefined) => {
			const b = new Int32Array(n);
			if (a) b.set(a);
			return b;
		};
		const f64 = (a: Float64Array | undefined) => {
			const b = new Float64Array(n);
			if (a) b.set(a);
			return b;
		};
		this.segment = i32(old?.segment);
		this.key = i32(old?.key);
		this.drawKey = i32(old?.drawKey);
		this.source = i32(old?.source);
		this.ordinal = i32(old?.ordinal);
		this.serial = i32(old?.serial);
		this.flags = i32(old?.flags);
		this.arrive = f64(old?.arrive);
		this.queueEnter = f64(old?.queueEnter);
		this.wait = f64(old?.wait);
		this.perceived = f64(old?.perceived);
		this.ticket = i32(old?.ticket);
		this.waitingAt = i32(old?.waitingAt);
		this.serviceStart = f64(old?.serviceStart);
		this.transfers = i32(old?.transfers);
		this.extraContacts = i32(old?.extraContacts);
		this.overtakes = i32(old?.overtakes);
		this.higherAtJoin = f64(old?.higherAtJoin);
		this.waitFrom = f64(old?.waitFrom);
		this.awaySince = f64(old?.awaySince);
		this.awayTotal = f64(old?.awayTotal);
		const cb = new Uint8Array(n);
		if (old?.callbackState) cb.set(old.callbackState);
		this.callbackState = cb;
		const v = new Uint16Array(n * this.nodeCount);
		if (old?.visits) v.set(old.visits);
		this.visits = v;
		const act = new Uint8Array(n);
		if (old?.active) act.set(old.active);
		this.active = act;
	}

	#grow(): void {
		const before = this.capacity;
		const after = before * 2;
		this.#allocate(after);
		this.capacity = after;
		const free = new Int32Array(after);
		free.set(this.#free.subarray(0, this.#freeTop));
		this.#free = free;
		this.#refill(before, after);
	}
}
