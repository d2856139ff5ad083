// A sequential random-number stream: one per stochastic source (a source's arrivals, a
// station's shift noise, …). Each stream is derived from the scenario's master seed plus
// integer keys (replication, hashed node id, purpose), so adding a node or a replication never
// shifts the numbers another source sees, and the same seed always replays the same day.
//
// Generator: xoshiro128** 1.1 (Blackman & Vigna, "Scrambled linear pseudorandom number
// generators", ACM TOMS 47(4), 2021; https://prng.di.unimi.it/xoshiro128starstar.c).
// 128-bit state, period exactly 2^128 − 1 for any non-zero state, passes BigCrush and
// PractRand; only 32-bit shifts, xors and two Math.imul per output, so it is fast in JS.
// Chosen over sfc32 because its period is proven rather than only expected.

import { combine, mix32 } from './hash';

const TWO_POW_26 = 67108864;
const TWO_POW_MINUS_52 = 1 / 4503599627370496;
const TWO_POW_32 = 4294967296;
/** Outputs discarded after seeding, so a stream's first numbers never echo the key words. */
const WARM_UP = 16;

export class Stream {
	private s0: number;
	private s1: number;
	private s2: number;
	private s3: number;

	/** Raw state words (low 32 bits of each are used). An all-zero state is replaced by a fixed non-zero one. */
	constructor(s0: number, s1: number, s2: number, s3: number) {
		this.s0 = s0 | 0;
		this.s1 = s1 | 0;
		this.s2 = s2 | 0;
		this.s3 = s3 | 0;
		if ((this.s0 | this.s1 | this.s2 | this.s3) === 0) this.s0 = 0x9e3779b9 | 0;
	}

	/** Next raw output: an unsigned 32-bit integer, uniform on 0 … 2^32 − 1. */
	nextUint32(): number {
		const s1 = this.s1;
		const result = Math.imul(rotl(Math.imul(s1, 5), 7), 9) >>> 0;
		const t = s1 << 9;
		this.s2 ^= this.s0;
		this.s3 ^= s1;
		this.s1 = s1 ^ this.s2;
		this.s0 ^= this.s3;
		this.s2 ^= t;
		this.s3 = rotl(this.s3, 11);
		return result;
	}

	/**
	 * A uniform number in the open interval (0, 1), dimensionless: (k + ½)/2^52 with k built
	 * from the top 26 bits of two outputs. Never 0 or 1 (so −ln(u) and Φ⁻¹(u) are finite), and
	 * exactly symmetric: u and 1 − u have the same distribution.
	 */
	next(): number {
		const hi = this.nextUint32() >>> 6;
		const lo = this.nextUint32() >>> 6;
		return (hi * TWO_POW_26 + lo + 0.5) * TWO_POW_MINUS_52;
	}
}

function rotl(x: number, k: number): number {
	return (x << k) | (x >>> (32 - k));
}

/**
 * Folds a master seed (any safe integer, negative allowed) into a 32-bit key; both halves of
 * a 53-bit seed count, so seeds 1 and 2^32 + 1 give different streams.
 */
export function seedKey(masterSeed: number): number {
	if (!Number.isSafeInteger(masterSeed)) {
		throw new Error(`random seed must be a whole number between ±2^53, got ${masterSeed}`);
	}
	const hi = Math.floor(masterSeed / TWO_POW_32);
	return combine(masterSeed >>> 0, hi);
}

/**
 * The stream for (masterSeed, key₁, key₂, …): keys are integers such as the replication index,
 * hashString(nodeId) and a purpose constant (low 32 bits used; order matters). The four state
 * words are successive hashes of the combined key, then WARM_UP outputs are discarded.
 * Same inputs ⇒ same sequence, on every platform. Not for the hot loop (it allocates a Stream).
 */
export function streamFor(masterSeed: number, ...keys: number[]): Stream {
	let h = seedKey(masterSeed);
	for (let i = 0; i < keys.length; i++) h = combine(h, keys[i]);
	const stream = new Stream(mix32(combine(h, 1)), mix32(combine(h, 2)), mix32(combine(h, 3)), mix32(combine(h, 4)));
	for (let i = 0; i < WARM_UP; i++) stream.nextUint32();
	return stream;
}
