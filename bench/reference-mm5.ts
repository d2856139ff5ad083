// The reference limit for the engine's speed: a hand-written M/M/5 simulation (written for
// this project, no engine code), as lean as a general event loop can be in JavaScript — a
// binary heap of (time, event) on typed arrays, a ring-buffer queue, xoshiro128** draws,
// inverse-transform exponentials, and only the mean wait and the share who waited tallied.
// It has none of the engine's features (routing, common random numbers, satisfaction,
// percentiles, periods, several stations, trace, cancel), so the engine's full replication
// divided by this is the share of the limit it reaches (bench/run.ts prints it).

export interface ReferenceResult {
	customers: number;
	events: number;
	waitMean: number;
	probWait: number;
}

/** M/M/c with arrival rate λ and service rate μ per minute, until `customers` have arrived. */
export function referenceMMc(customers: number, lambda = 4.5, mu = 1, servers = 5, seed = 1): ReferenceResult {
	// Everything is local variables in one function, nothing captured by closures, so V8 keeps
	// the state in registers; helpers are tiny pure functions it inlines.
	const rng = new Int32Array([0x9e3779b9 ^ seed, 0x243f6a88, 0xb7e15162 | 0, 0x6a09e667]);
	// event heap: time and payload (−1 = arrival, else 1: a service ends)
	let cap = 64;
	let hTime = new Float64Array(cap);
	let hWho = new Int32Array(cap);
	let size = 0;
	// FIFO queue of waiting customers' arrival times (ring buffer)
	let qCap = 1024;
	let queue = new Float64Array(qCap);
	let qHead = 0;
	let qLen = 0;

	let busy = 0;
	let arrived = 0;
	let events = 0;
	let waitSum = 0;
	let waited = 0;
	let nextTime = -Math.log(uniform(rng)) / lambda;
	let nextWho = -1;
	for (;;) {
		// schedule the pending event (nextTime, nextWho): sift up
		if (nextWho !== 0) {
			if (size === cap) {
				cap *= 2;
				const t = new Float64Array(cap);
				t.set(hTime);
				hTime = t;
				const w = new Int32Array(cap);
				w.set(hWho);
				hWho = w;
			}
			let i = size++;
			while (i > 0) {
				const p = (i - 1) >> 1;
				if (hTime[p] <= nextTime) break;
				hTime[i] = hTime[p];
				hWho[i] = hWho[p];
				i = p;
			}
			hTime[i] = nextTime;
			hWho[i] = nextWho;
		}
		if (size === 0) break;
		// take the earliest event: sift down
		const now = hTime[0];
		const who = hWho[0];
		const last = --size;
		const lt = hTime[last];
		const lw = hWho[last];
		let i = 0;
		for (;;) {
			let c = 2 * i + 1;
			if (c >= last) break;
			if (c + 1 < last && hTime[c + 1] < hTime[c]) c++;
			if (lt <= hTime[c]) break;
			hTime[i] = hTime[c];
			hWho[i] = hWho[c];
			i = c;
		}
		hTime[i] = lt;
		hWho[i] = lw;
		events++;
		nextWho = 0; // nothing to schedule unless set below
		if (who < 0) {
			arrived++;
			if (busy < servers) {
				busy++;
				// the service end goes into the heap now; the next arrival below
				const end = now - Math.log(uniform(rng)) / mu;
				let j = size++;
				if (size > cap) {
					cap *= 2;
					const t = new Float64Array(cap);
					t.set(hTime);
					hTime = t;
					const w = new Int32Array(cap);
					w.set(hWho);
					hWho = w;
				}
				while (j > 0) {
					const p = (j - 1) >> 1;
					if (hTime[p] <= end) break;
					hTime[j] = hTime[p];
					hWho[j] = hWho[p];
					j = p;
				}
				hTime[j] = end;
				hWho[j] = 1;
			} else {
				if (qLen === qCap) {
					const bigger = new Float64Array(qCap * 2);
					for (let k = 0; k < qLen; k++) bigger[k] = queue[(qHead + k) & (qCap - 1)];
					queue = bigger;
					qHead = 0;
					qCap *= 2;
				}
				queue[(qHead + qLen) & (qCap - 1)] = now;
				qLen++;
			}
			if (arrived < customers) {
				nextTime = now - Math.log(uniform(rng)) / lambda;
				nextWho = -1;
			}
		} else if (qLen > 0) {
			const arrival = queue[qHead];
			qHead = (qHead + 1) & (qCap - 1);
			qLen--;
			waitSum += now - arrival;
			waited++;
			nextTime = now - Math.log(uniform(rng)) / mu;
			nextWho = 1;
		} else {
			busy--;
		}
	}
	return { customers: arrived, events, waitMean: waitSum / arrived, probWait: waited / arrived };
}

/** xoshiro128** (Blackman & Vigna) on a 4-word state: a uniform number in (0, 1). */
export function uniform(s: Int32Array): number {
	const s1 = s[1];
	const r = Math.imul(rotl(Math.imul(s1, 5), 7), 9) >>> 0;
	const t = s1 << 9;
	s[2] ^= s[0];
	s[3] ^= s1;
	s[1] = s1 ^ s[2];
	s[0] ^= s[3];
	s[2] ^= t;
	s[3] = rotl(s[3], 11);
	return (r + 0.5) / 4294967296;
}

function rotl(x: number, k: number): number {
	return (x << k) | (x >>> (32 - k));
}
