// The waiting lines of the staffed stations and self-service points: one first-in,
// first-out line per (resource, priority level), as ring buffers of (customer slot,
// ticket). A customer who abandons is not searched for and removed; its entry goes
// stale (the ticket no longer matches) and is skipped when it reaches the front.

export class Queues {
	readonly levels: number;
	#buf: Int32Array[];
	#tickets: Int32Array[];
	#head: Int32Array;
	#len: Int32Array;

	constructor(resourceCount: number, levels: number) {
		this.levels = levels;
		const lines = resourceCount * levels;
		this.#buf = Array.from({ length: lines }, () => new Int32Array(64));
		this.#tickets = Array.from({ length: lines }, () => new Int32Array(64));
		this.#head = new Int32Array(lines);
		this.#len = new Int32Array(lines);
	}

	reset(): void {
		this.#head.fill(0);
		this.#len.fill(0);
	}

	push(r: number, level: number, customer: number, ticket: number): void {
		const q = r * this.levels + level;
		let buf = this.#buf[q];
		const len = this.#len[q];
		if (len === buf.length) buf = this.#grow(q);
		const i = (this.#head[q] + len) & (buf.length - 1);
		buf[i] = customer;
		this.#tickets[q][i] = ticket;
		this.#len[q] = len + 1;
	}

	/**
	 * Takes the first live entry of the highest non-empty level (level 0 first) at resource r.
	 * An entry is live while its ticket is the customer's current ticket and the customer
	 * still waits at r. Returns the customer slot or −1.
	 */
	shift(r: number, ticketOf: Int32Array, waitingAt: Int32Array): number {
		const levels = this.levels;
		for (let l = 0; l < levels; l++) {
			const q = r * levels + l;
			const buf = this.#buf[q];
			const tickets = this.#tickets[q];
			const mask = buf.length - 1;
			let head = this.#head[q];
			let len = this.#len[q];
			while (len > 0) {
				const c = buf[head];
				const t = tickets[head];
				head = (head + 1) & mask;
				len--;
				if (ticketOf[c] === t && waitingAt[c] === r) {
					this.#head[q] = head;
					this.#len[q] = len;
					return c;
				}
			}
			this.#head[q] = head;
			this.#len[q] = 0;
		}
		return -1;
	}

	/**
	 * Like shift, but skips live entries whose customer is away (`absent[c] !== 0`, a "return"-mode
	 * virtual queue): they keep their place at the head and get `late` or-ed into `absent`, since
	 * their turn came (a server is free) while they were away. The customer taken from behind them
	 * leaves a stale entry.
	 */
	shiftPresent(
		r: number,
		ticketOf: Int32Array,
		waitingAt: Int32Array,
		absent: Uint8Array,
		isAbsent: (state: number) => boolean,
		late: number
	): number {
		const levels = this.levels;
		for (let l = 0; l < levels; l++) {
			const q = r * levels + l;
			const buf = this.#buf[q];
			const tickets = this.#tickets[q];
			const mask = buf.length - 1;
			let head = this.#head[q];
			let len = this.#len[q];
			// stale entries at the head are dropped
			while (len > 0) {
				const c = buf[head];
				if (ticketOf[c] === tickets[head] && waitingAt[c] === r) break;
				head = (head + 1) & mask;
				len--;
			}
			this.#head[q] = head;
			this.#len[q] = len;
			for (let k = 0; k < len; k++) {
				const i = (head + k) & mask;
				const c = buf[i];
				if (ticketOf[c] !== tickets[i] || waitingAt[c] !== r) continue;
				if (isAbsent(absent[c])) {
					// a server is free and it is this customer's turn, but it is away
					absent[c] |= late;
					continue;
				}
				if (k === 0) {
					this.#head[q] = (head + 1) & mask;
					this.#len[q] = len - 1;
				}
				return c;
			}
		}
		return -1;
	}

	/**
	 * "Return"-mode virtual queue: writes into `out` (up to its length) the live customers of line
	 * (r, level) in state `uncalled` (low 3 bits of `state`) who have at most `budget` customers
	 * ahead of them in this line, in order from the head; customers in state `walking` (already
	 * called) do not count as ahead. Returns how many were written.
	 */
	toCall(
		r: number,
		level: number,
		budget: number,
		state: Uint8Array,
		uncalled: number,
		walking: number,
		out: Int32Array,
		ticketOf: Int32Array,
		waitingAt: Int32Array
	): number {
		const q = r * this.levels + level;
		const buf = this.#buf[q];
		const tickets = this.#tickets[q];
		const mask = buf.length - 1;
		const head = this.#head[q];
		const len = this.#len[q];
		let found = 0;
		for (let k = 0; k < len && found < out.length; k++) {
			const i = (head + k) & mask;
			const c = buf[i];
			if (ticketOf[c] !== tickets[i] || waitingAt[c] !== r) continue;
			const st = state[c] & 7;
			if (st === walking) continue;
			if (st === uncalled) out[found++] = c;
			if (--budget < 0) break;
		}
		return found;
	}

	#grow(q: number): Int32Array {
		const old = this.#buf[q];
		const oldT = this.#tickets[q];
		const n = old.length;
		const buf = new Int32Array(n * 2);
		const tickets = new Int32Array(n * 2);
		const head = this.#head[q];
		for (let k = 0; k < n; k++) {
			buf[k] = old[(head + k) & (n - 1)];
			tickets[k] = oldT[(head + k) & (n - 1)];
		}
		this.#buf[q] = buf;
		this.#tickets[q] = tickets;
		this.#head[q] = 0;
		return buf;
	}
}
