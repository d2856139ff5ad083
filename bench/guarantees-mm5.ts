// The reference loop (reference-mm5.ts) with the three guarantees the engine gives on every
// run added, and nothing else: a measure of what those guarantees cost by themselves, so the
// engine's distance from the reference loop can be split into "the price of the guarantees"
// and "everything else" (KPIs, routing, periods, features). Written for this benchmark, like
// the reference loop; it shares only the engine's random-number functions (the same draws).
//  1. Common random numbers: each customer's service time is drawn from its own identity
//     (key = combine(source key, ordinal), random/draw.ts: three hash rounds per draw after one
//     per customer), not from a shared stream, so a redesign sees the same customers. Arrival
//     gaps come from a sequential stream, as in the reference loop (its own xoshiro128**), and
//     both times are inverse transforms written as the reference writes them.
//  2. Deterministic ties: events at equal times are taken first-in, first-out (a sequence number
//     beside each time in the heap), so one seed always gives one event trace.
//  3. Customers are slots: the heap carries the customer's slot, its arrival time and key live
//     in per-slot arrays, slots are reused through a free list (the engine's Customers).
// It tallies what the reference loop tallies (mean wait, share who waited).

import { combineMixed, mix32 } from '../src/lib/sim/random/hash';
import { drawBits, drawKey, PURPOSE, unitOf } from '../src/lib/sim/random/draw';
import { uniform, type ReferenceResult } from './reference-mm5';

const SERVICE = PURPOSE.SERVICE;
const NODE_KEY = 0x5eed;

/** M/M/c with arrival rate λ and service rate μ per minute, until `customers` have arrived. */
export function guaranteedMMc(customers: number, lambda = 4.5, mu = 1, servers = 5, seed = 1): ReferenceResult {
	const rng = new Int32Array([0x9e3779b9 ^ seed, 0x243f6a88, 0xb7e15162 | 0, 0x6a09e667]);
	const sourceMixed = mix32(0x9e3779b9 ^ seed) | 0;
	// event heap: time, sequence (ties first-in first-out) and customer slot (−1 = arrival)
	let cap = 64;
	let hTime = new Float64Array(cap);
	let hSeq = new Float64Array(cap);
	let hWho = new Int32Array(cap);
	let size = 0;
	let seq = 0;
	// customers: per-slot arrival time and draw key, a free list of slots
	let slots = 64;
	let arriveAt = new Float64Array(slots);
	let keyOf = new Int32Array(slots);
	let free = new Int32Array(slots);
	let freeTop = 0;
	for (let c = slots - 1; c >= 0; c--) free[freeTop++] = c;
	// FIFO queue of waiting customers' slots (ring buffer)
	let qCap = 1024;
	let queue = new Int32Array(qCap);
	let qHead = 0;
	let qLen = 0;

	let busy = 0;
	let arrived = 0;
	let events = 0;
	let waitSum = 0;
	let waited = 0;
	let nextTime = -Math.log(uniform(rng)) / lambda;
	let nextWho = -1;
	let nextSeq = seq++;
	for (;;) {
		if (nextWho !== -2) {
			if (size === cap) {
				cap *= 2;
				hTime = doubled(hTime);
				hSeq = doubled(hSeq);
				hWho = doubled(hWho);
			}
			let i = size++;
			while (i > 0) {
				const p = (i - 1) >> 1;
				const pt = hTime[p];
				if (pt < nextTime || (pt === nextTime && hSeq[p] < nextSeq)) break;
				hTime[i] = pt;
				hSeq[i] = hSeq[p];
				hWho[i] = hWho[p];
				i = p;
			}
			hTime[i] = nextTime;
			hSeq[i] = nextSeq;
			hWho[i] = nextWho;
		}
		if (size === 0) break;
		const now = hTime[0];
		const who = hWho[0];
		const last = --size;
		const lt = hTime[last];
		const ls = hSeq[last];
		const lw = hWho[last];
		let i = 0;
		for (;;) {
			let c = 2 * i + 1;
			if (c >= last) break;
			if (c + 1 < last && (hTime[c + 1] < hTime[c] || (hTime[c + 1] === hTime[c] && hSeq[c + 1] < hSeq[c]))) c++;
			const ct = hTime[c];
			if (lt < ct || (lt === ct && ls < hSeq[c])) break;
			hTime[i] = ct;
			hSeq[i] = hSeq[c];
			hWho[i] = hWho[c];
			i = c;
		}
		hTime[i] = lt;
		hSeq[i] = ls;
		hWho[i] = lw;
		events++;
		nextWho = -2; // nothing to schedule unless set below
		if (who < 0) {
			// a new customer takes a slot and its identity
			if (freeTop === 0) {
				const more = slots * 2;
				arriveAt = doubled(arriveAt);
				keyOf = doubled(keyOf);
				free = new Int32Array(more);
				for (let c = more - 1; c >= slots; c--) free[freeTop++] = c;
				slots = more;
			}
			const c = free[--freeTop];
			arriveAt[c] = now;
			keyOf[c] = drawKey(combineMixed(sourceMixed, arrived));
			arrived++;
			if (busy < servers) {
				busy++;
				// the service end goes into the heap now; the next arrival below
				const end = now - Math.log(unitOf(drawBits(keyOf[c], SERVICE, NODE_KEY, 0))) / mu;
				const endSeq = seq++;
				let j = size++;
				if (size > cap) {
					cap *= 2;
					hTime = doubled(hTime);
					hSeq = doubled(hSeq);
					hWho = doubled(hWho);
				}
				while (j > 0) {
					const p = (j - 1) >> 1;
					const pt = hTime[p];
					if (pt < end || (pt === end && hSeq[p] < endSeq)) break;
					hTime[j] = pt;
					hSeq[j] = hSeq[p];
					hWho[j] = hWho[p];
					j = p;
				}
				hTime[j] = end;
				hSeq[j] = endSeq;
				hWho[j] = c;
			} else {
				if (qLen === qCap) {
					const bigger = new Int32Array(qCap * 2);
					for (let k = 0; k < qLen; k++) bigger[k] = queue[(qHead + k) & (qCap - 1)];
					queue = bigger;
					qHead = 0;
					qCap *= 2;
				}
				queue[(qHead + qLen) & (qCap - 1)] = c;
				qLen++;
			}
			if (arrived < customers) {
				nextTime = now - Math.log(uniform(rng)) / lambda;
				nextWho = -1;
				nextSeq = seq++;
			}
		} else {
			// customer `who` leaves; the next in line starts
			free[freeTop++] = who;
			if (qLen > 0) {
				const c = queue[qHead];
				qHead = (qHead + 1) & (qCap - 1);
				qLen--;
				waitSum += now - arriveAt[c];
				waited++;
				nextTime = now - Math.log(unitOf(drawBits(keyOf[c], SERVICE, NODE_KEY, 0))) / mu;
				nextWho = c;
				nextSeq = seq++;
			} else busy--;
		}
	}
	return { customers: arrived, events, waitMean: waitSum / arrived, probWait: waited / arrived };
}

/** A copy of `a` in an array twice as long (rare: the arrays start large enough for M/M/5). */
function doubled<T extends Float64Array | Int32Array>(a: T): T {
	const b = new (a.constructor as new (n: number) => T)(a.length * 2);
	b.set(a);
	return b;
}
