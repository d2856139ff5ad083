// The agenda: the list of future events of one simulated day, ordered by time and then by
// the order in which they were scheduled (ties are first-in, first-out, never random), so
// one seed and one scenario always give one event trace.
//
// A binary min-heap on parallel typed arrays: scheduling and taking the next event are
// O(log n) and allocate nothing (the arrays double when full, which is amortised and rare).
// An event is (time, kind, a, b): `kind` a small integer the simulation switches on, `a`
// and `b` integer payloads (customer slot, resource index, ticket).

export class Agenda {
	#time: Float64Array;
	#seq: Float64Array;
	#kind: Int32Array;
	#a: Int32Array;
	#b: Int32Array;
	#size = 0;
	#nextSeq = 0;

	/** The event taken by the last `pop()`. */
	time = 0;
	kind = 0;
	a = 0;
	b = 0;

	constructor(capacity = 1024) {
		this.#time = new Float64Array(capacity);
		this.#seq = new Float64Array(capacity);
		this.#kind = new Int32Array(capacity);
		this.#a = new Int32Array(capacity);
		this.#b = new Int32Array(capacity);
	}

	get size(): number {
		return this.#size;
	}

	clear(): void {
		this.#size = 0;
		this.#nextSeq = 0;
	}

	/** Schedules an event at `time` (minutes). */
	push(time: number, kind: number, a: number, b: number): void {
		if (this.#size === this.#time.length) this.#grow();
		const T = this.#time;
		const S = this.#seq;
		const K = this.#kind;
		const A = this.#a;
		const B = this.#b;
		const seq = this.#nextSeq++;
		let i = this.#size++;
		// sift up: move parents down until the new event's place is found
		while (i > 0) {
			const p = (i - 1) >> 1;
			const pt = T[p];
			if (pt < time || (pt === time && S[p] < seq)) break;
			T[i] = pt;
			S[i] = S[p];
			K[i] = K[p];
			A[i] = A[p];
			B[i] = B[p];
			i = p;
		}
		T[i] = time;
		S[i] = seq;
		K[i] = kind;
		A[i] = a;
		B[i] = b;
	}

	/** Takes the earliest event into `time`, `kind`, `a`, `b`; returns false when the agenda is empty. */
	pop(): boolean {
		const n = this.#size;
		if (n === 0) return false;
		const T = this.#time;
		const S = this.#seq;
		const K = this.#kind;
		const A = this.#a;
		const B = this.#b;
		this.time = T[0];
		this.kind = K[0];
		this.a = A[0];
		this.b = B[0];
		const last = n - 1;
		this.#size = last;
		if (last === 0) return true;
		const t = T[last];
		const s = S[last];
		const k = K[last];
		const a = A[last];
		const b = B[last];
		let i = 0;
		const half = last >> 1;
		// sift down the former last event from the root
		while (i < half) {
			let c = 2 * i + 1;
			const r = c + 1;
			if (r < last && (T[r] < T[c] || (T[r] === T[c] && S[r] < S[c]))) c = r;
			const ct = T[c];
			if (t < ct || (t === ct && s < S[c])) break;
			T[i] = ct;
			S[i] = S[c];
			K[i] = K[c];
			A[i] = A[c];
			B[i] = B[c];
			i = c;
		}
		T[i] = t;
		S[i] = s;
		K[i] = k;
		A[i] = a;
		B[i] = b;
		return true;
	}

	/**
	 * Takes the next sequence number without scheduling anything: for events kept outside
	 * the heap (each source's next arrival), so they order exactly as if they were inside.
	 */
	reserve(): number {
		return this.#nextSeq++;
	}

	/** True when an event at (time, seq) comes before every event in the heap. */
	isBefore(time: number, seq: number): boolean {
		if (this.#size === 0) return true;
		const t0 = this.#time[0];
		return time < t0 || (time === t0 && seq < this.#seq[0]);
	}

	/** Time of the earliest event, or Infinity when empty. */
	peekTime(): number {
		return this.#size === 0 ? Infinity : this.#time[0];
	}

	#grow(): void {
		const n = this.#time.length * 2;
		const t = new Float64Array(n);
		t.set(this.#time);
		this.#time = t;
		const s = new Float64Array(n);
		s.set(this.#seq);
		this.#seq = s;
		const k = new Int32Array(n);
		k.set(this.#kind);
		this.#kind = k;
		const a = new Int32Array(n);
		a.set(this.#a);
		this.#a = a;
		const b = new Int32Array(n);
		b.set(this.#b);
		this.#b = b;
	}
}
