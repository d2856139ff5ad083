// Counter-based draws: a customer's randomness is a pure function of who they are (their
// key), what the number is for (purpose), where they are (node key) and which visit it is.
// Nothing is stored and nothing depends on event order, so the baseline and the redesigned
// flow see the same customers: the same patience, the same service quantile at the teller,
// the same routing coin — common random numbers, which make before/after comparisons sharp.

/**
 * What a draw is for. The numbers are part of the reproducibility contract: changing one
 * changes every result computed with it, so only ever append new purposes.
 */
export const PURPOSE = {
	/** Which customer segment an arrival belongs to. */
	SEGMENT: 1,
	/** Patience (time willing to wait) in a queue. */
	PATIENCE: 2,
	/** Service-time quantile at a station or self-service point. */
	SERVICE: 3,
	/** Which outgoing link a router or split sends the customer down. */
	ROUTE: 4,
	/** Whether a station resolves the customer's issue. */
	RESOLVE: 5,
	/** Whether a self-service attempt succeeds. */
	SUCCESS: 6,
	/** Personal wait tolerance (satisfaction model). */
	TOLERANCE: 7,
	/** Duration of a delay node (walking, form filling). */
	DELAY: 8,
	/** Noise in the satisfaction score. */
	SATISFACTION: 9,
	/** Which alternative a customer picks at a choice node (channel choice, nodes/choice.ts). */
	CHOICE: 10,
	// Format v2, appointments and callbacks (issue 13); numbered from 21 so that purposes other
	// format-v2 nodes append from 11 cannot collide with them.
	/** Whether an appointment place is booked (appointments source, per place). */
	BOOKED: 21,
	/** Whether a booked customer does not come. */
	NO_SHOW: 22,
	/** A booked customer's lateness (minutes, negative = early). */
	LATENESS: 23,
	/** Whether a customer accepts a station's callback offer. */
	CALLBACK: 24,
	/** Time to walk back to the line once called ("return" mode). */
	RETURN: 25
} as const;

export type Purpose = (typeof PURPOSE)[keyof typeof PURPOSE];

const SALT = 0x6a09e667;
const TWO_POW_MINUS_32 = 1 / 4294967296;

/**
 * One round of the chain: triple32 (hash.ts mix32) of h + input, kept entirely in int32
 * arithmetic. A private copy rather than mix32 itself so that cold callers of mix32 passing
 * doubles cannot change how the optimiser compiles this hot path (measured: 5× slower).
 */
function round(h: number, input: number): number {
	let x = (h + input) | 0;
	x ^= x >>> 17;
	x = Math.imul(x, 0xed5ad4bb);
	x ^= x >>> 11;
	x = Math.imul(x, 0xac4c1b51);
	x ^= x >>> 15;
	x = Math.imul(x, 0x31848bab);
	return x ^ (x >>> 14);
}

/**
 * The raw 32-bit hash behind drawUniform: four chained triple32 rounds,
 * h ← mix32(h + input), starting from mix32(customerKey + salt). Each round is a bijection in
 * both h and the new input, so two draws that differ in exactly one argument never collide;
 * draws differing in several arguments collide with probability 2^-32, as for any 32-bit hash.
 * Inputs: integers, low 32 bits used. Returns an unsigned 32-bit integer.
 */
export function drawUint32(customerKey: number, purpose: number, nodeKey: number, visit: number): number {
	return round(round(round(round(customerKey, SALT), purpose), nodeKey), visit) >>> 0;
}

/**
 * A uniform number in the open interval (0, 1), dimensionless: (h + ½)/2^32 with
 * h = drawUint32(…). Stateless and allocation-free. Resolution 2^-32: the smallest value is
 * 1.16e-10, so e.g. an exponential quantile is capped at about 22.9 means.
 * Customer keys should be unique within a replication — e.g. combine(replicationKey, arrivalIndex),
 * which is a bijection in the arrival index — and equal for "the same customer" in two scenarios.
 */
export function drawUniform(customerKey: number, purpose: number, nodeKey: number, visit: number): number {
	return drawFromKey(drawKey(customerKey), purpose, nodeKey, visit);
}

/**
 * The first round of every draw of a customer, which depends on its key alone: the engine
 * computes it once when the customer arrives (customers.ts `drawKey`) and draws with
 * drawFromKey, so drawFromKey(drawKey(k), p, n, v) === drawUniform(k, p, n, v) bit for bit
 * at three rounds per draw instead of four. Returns a signed 32-bit integer.
 */
export function drawKey(customerKey: number): number {
	let x = (customerKey + SALT) | 0;
	x ^= x >>> 17;
	x = Math.imul(x, 0xed5ad4bb);
	x ^= x >>> 11;
	x = Math.imul(x, 0xac4c1b51);
	x ^= x >>> 15;
	x = Math.imul(x, 0x31848bab);
	return x ^ (x >>> 14);
}

/** drawUniform's remaining three rounds from a customer's drawKey (see drawKey). */
export function drawFromKey(drawKey: number, purpose: number, nodeKey: number, visit: number): number {
	return unitOf(drawBits(drawKey, purpose, nodeKey, visit));
}

/**
 * A draw's number in (0, 1) from its 32 bits (drawBits): (h + ½)/2^32. Small enough that V8
 * always inlines it, so `unitOf(drawBits(…))` in the engine's node functions never passes a
 * double across a call: drawBits returns a 32-bit integer, which crosses unboxed even when V8
 * does not inline it, where a returned double is a heap allocation.
 */
export function unitOf(bits: number): number {
	return ((bits >>> 0) + 0.5) * TWO_POW_MINUS_32;
}

/** The three rounds behind drawFromKey: the draw's 32 bits, as a signed 32-bit integer. */
export function drawBits(drawKey: number, purpose: number, nodeKey: number, visit: number): number {
	// the rounds written out: as calls, V8 often inlined the draw into its callers but then
	// ran out of inlining budget for the rounds (docs/performance.md)
	let x = (drawKey + purpose) | 0;
	x ^= x >>> 17;
	x = Math.imul(x, 0xed5ad4bb);
	x ^= x >>> 11;
	x = Math.imul(x, 0xac4c1b51);
	x ^= x >>> 15;
	x = Math.imul(x, 0x31848bab);
	x ^= x >>> 14;
	x = (x + nodeKey) | 0;
	x ^= x >>> 17;
	x = Math.imul(x, 0xed5ad4bb);
	x ^= x >>> 11;
	x = Math.imul(x, 0xac4c1b51);
	x ^= x >>> 15;
	x = Math.imul(x, 0x31848bab);
	x ^= x >>> 14;
	x = (x + visit) | 0;
	x ^= x >>> 17;
	x = Math.imul(x, 0xed5ad4bb);
	x ^= x >>> 11;
	x = Math.imul(x, 0xac4c1b51);
	x ^= x >>> 15;
	x = Math.imul(x, 0x31848bab);
	return x ^ (x >>> 14);
}
