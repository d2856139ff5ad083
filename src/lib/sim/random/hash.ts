// Integer hashing: the glue that turns a master seed, a replication number, a node id and a
// purpose into well-spread 32-bit keys. Keys feed the sequential streams (stream.ts) and the
// counter-based per-customer draws (draw.ts), so the same node id in two scenarios gets the
// same key and therefore the same randomness (common random numbers).

/**
 * A strong 32-bit finaliser: Chris Wellons' "triple32" (hash-prospector, bias ≈ 0.0209,
 * https://nullprogram.com/blog/2018/07/31/). A bijection on the 32-bit integers (so distinct
 * inputs never collide), flipping one input bit flips each output bit with probability ≈ ½.
 * Input: any number (its low 32 bits are used; converted once with | 0 so the optimiser sees
 * only int32 arithmetic whatever callers pass). Returns an unsigned 32-bit integer.
 */
export function mix32(x: number): number {
	return mix32Signed(x) >>> 0;
}

/**
 * mix32 as a signed 32-bit integer (same bits): the part that is not always inlined returns an
 * int32, which V8 passes as a small integer instead of boxing a uint32 above 2^31 into a heap number.
 */
function mix32Signed(x: number): number {
	x |= 0;
	x ^= x >>> 17;
	x = Math.imul(x, 0xed5ad4bb);
	x ^= x >>> 11;
	x = Math.imul(x, 0xac4c1b51);
	x ^= x >>> 15;
	x = Math.imul(x, 0x31848bab);
	return x ^ (x >>> 14);
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/**
 * Hashes a string (a node or segment id) to an unsigned 32-bit key: FNV-1a (Fowler–Noll–Vo)
 * over the string's UTF-8 bytes, then mix32 to spread FNV's weak low bits. UTF-8 is encoded
 * on the fly (no TextEncoder, no allocation), so the key is the same in every JS engine and
 * could be reproduced in any language. Lone surrogates are encoded as U+FFFD.
 */
export function hashString(s: string): number {
	let h = FNV_OFFSET;
	const n = s.length;
	for (let i = 0; i < n; i++) {
		let c = s.charCodeAt(i);
		if (c >= 0xd800 && c <= 0xdfff) {
			const next = i + 1 < n ? s.charCodeAt(i + 1) : 0;
			if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
				c = 0x10000 + ((c - 0xd800) << 10) + (next - 0xdc00);
				i++;
			} else {
				c = 0xfffd;
			}
		}
		if (c < 0x80) {
			h = Math.imul(h ^ c, FNV_PRIME);
		} else if (c < 0x800) {
			h = Math.imul(h ^ (0xc0 | (c >>> 6)), FNV_PRIME);
			h = Math.imul(h ^ (0x80 | (c & 0x3f)), FNV_PRIME);
		} else if (c < 0x10000) {
			h = Math.imul(h ^ (0xe0 | (c >>> 12)), FNV_PRIME);
			h = Math.imul(h ^ (0x80 | ((c >>> 6) & 0x3f)), FNV_PRIME);
			h = Math.imul(h ^ (0x80 | (c & 0x3f)), FNV_PRIME);
		} else {
			h = Math.imul(h ^ (0xf0 | (c >>> 18)), FNV_PRIME);
			h = Math.imul(h ^ (0x80 | ((c >>> 12) & 0x3f)), FNV_PRIME);
			h = Math.imul(h ^ (0x80 | ((c >>> 6) & 0x3f)), FNV_PRIME);
			h = Math.imul(h ^ (0x80 | (c & 0x3f)), FNV_PRIME);
		}
	}
	return mix32(h);
}

/** 2^32 / golden ratio: keeps combine(0, 0) away from mix32's fixed point at 0. */
const GOLDEN = 0x9e3779b9;

/**
 * Mixes key b into key a: mix32(mix32(a) + b + φ·2^32). Order-sensitive (combine(a, b) differs
 * from combine(b, a)), and for either argument held fixed it is a bijection in the other, so
 * e.g. combine(k, 0), combine(k, 1), … never collide. Inputs: integers (low 32 bits used).
 * Returns an unsigned 32-bit integer.
 */
export function combine(a: number, b: number): number {
	return mix32((mix32(a) + b + GOLDEN) | 0);
}

/**
 * combine(a, b) from mix32(a), which callers combining one key with many others compute once,
 * as a signed 32-bit integer: combineMixed(mix32(a), b) === combine(a, b) | 0 for all integers
 * a, b (the engine's customer keys: one source key, one ordinal per arrival).
 */
export function combineMixed(mixedA: number, b: number): number {
	return mix32Signed((mixedA + b + GOLDEN) | 0);
}
