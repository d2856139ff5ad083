// The record of every measured visit of one replication: one row per customer, written
// when the customer leaves — only when a run asks for it (ReplicationHooks.records: the
// "same customers, two worlds" comparison, and teaching replays, which are traced). KPIs do
// not need it: they are tallied as customers leave (stats/visit-tally.ts), so memory stays
// flat in run length. Rows are columns of typed arrays that double when full.

export class VisitRecords {
	count = 0;
	capacity: number;
	source!: Int32Array;
	ordinal!: Int32Array;
	segment!: Int32Array;
	period!: Int32Array;
	flags!: Int32Array;
	transfers!: Int32Array;
	extraContacts!: Int32Array;
	overtakes!: Int32Array;
	/** Arrival time, minutes since opening. */
	arrive!: Float64Array;
	/** Total time in queues, minutes. */
	wait!: Float64Array;
	/** Arrival to departure, minutes. */
	system!: Float64Array;
	/** Perceived wait of the satisfaction model, minutes. */
	perceived!: Float64Array;
	/** The customer's identity key, from which its own random draws derive. */
	key!: Int32Array;

	constructor(capacity = 1024) {
		this.capacity = capacity;
		this.#allocate(capacity, false);
	}

	reset(): void {
		this.count = 0;
	}

	/** Index of a new row; the caller fills its columns. */
	add(): number {
		if (this.count === this.capacity) {
			this.capacity *= 2;
			this.#allocate(this.capacity, true);
		}
		return this.count++;
	}

	#allocate(n: number, keep: boolean): void {
		const i32 = (a: Int32Array) => {
			const b = new Int32Array(n);
			if (keep) b.set(a);
			return b;
		};
		const f64 = (a: Float64Array) => {
			const b = new Float64Array(n);
			if (keep) b.set(a);
			return b;
		};
		this.source = i32(this.source);
		this.ordinal = i32(this.ordinal);
		this.segment = i32(this.segment);
		this.period = i32(this.period);
		this.flags = i32(this.flags);
		this.transfers = i32(this.transfers);
		this.extraContacts = i32(this.extraContacts);
		this.overtakes = i32(this.overtakes);
		this.key = i32(this.key);
		this.arrive = f64(this.arrive);
		this.wait = f64(this.wait);
		this.system = f64(this.system);
		this.perceived = f64(this.perceived);
	}
}
