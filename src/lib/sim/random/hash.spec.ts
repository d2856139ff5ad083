import { describe, expect, it } from 'vitest';
import { combine, combineMixed, hashString, mix32 } from './hash';

describe('mix32 (triple32)', () => {
	it('matches the C reference implementation', () => {
		// From Wellons' triple32 compiled with gcc.
		const inputs = [0, 1, 2, 3, 0xffffffff, 0x80000000, 123456789];
		const expected = [0, 69681622, 4057983209, 3237000519, 310335631, 963800214, 162129505];
		expect(inputs.map(mix32)).toEqual(expected);
	});

	it('returns unsigned 32-bit integers and uses only the low 32 bits', () => {
		for (const x of [-1, -123, 2 ** 40 + 5, 7.9]) {
			const h = mix32(x);
			expect(Number.isInteger(h) && h >= 0 && h < 2 ** 32).toBe(true);
		}
		expect(mix32(-1)).toBe(mix32(0xffffffff));
		expect(mix32(2 ** 32 + 5)).toBe(mix32(5));
	});

	it('avalanches: one flipped input bit flips about half the output bits', () => {
		let flipped = 0;
		let trials = 0;
		for (let i = 0; i < 2000; i++) {
			const x = mix32(i * 7919 + 1);
			for (let b = 0; b < 32; b++) {
				let d = (mix32(x) ^ mix32(x ^ (1 << b))) >>> 0;
				while (d) {
					flipped += d & 1;
					d >>>= 1;
				}
				trials += 32;
			}
		}
		expect(flipped / trials).toBeGreaterThan(0.49);
		expect(flipped / trials).toBeLessThan(0.51);
	});
});

describe('hashString', () => {
	it('is FNV-1a over UTF-8 bytes followed by mix32 (values from an independent Python implementation)', () => {
		expect(hashString('')).toBe(2183754887);
		expect(hashString('a')).toBe(3982189381);
		expect(hashString('teller')).toBe(4232352565);
		expect(hashString('kiosk')).toBe(3471119972);
		expect(hashString('door')).toBe(2361887431);
		expect(hashString('Tellers – 柜台')).toBe(862507893);
		expect(hashString('😀 emoji')).toBe(2305484287);
	});

	it('gives the same key for the same id and different keys for different ids', () => {
		expect(hashString('teller')).toBe(hashString('tell' + 'er'));
		const seen = new Set<number>();
		for (let i = 0; i < 10000; i++) seen.add(hashString(`node-${i}`));
		expect(seen.size).toBe(10000);
	});

	it('encodes lone surrogates as U+FFFD', () => {
		expect(hashString('a\ud800b')).toBe(hashString('a\ufffdb'));
	});
});

describe('combine', () => {
	it('is order-sensitive', () => {
		expect(combine(1, 2)).not.toBe(combine(2, 1));
		expect(combine(hashString('a'), 7)).not.toBe(combine(7, hashString('a')));
	});

	it('is a bijection in each argument (no collisions over a range)', () => {
		const byB = new Set<number>();
		const byA = new Set<number>();
		for (let i = 0; i < 50000; i++) {
			byB.add(combine(12345, i));
			byA.add(combine(i, 12345));
		}
		expect(byB.size).toBe(50000);
		expect(byA.size).toBe(50000);
	});

	it('returns unsigned 32-bit integers and is pinned', () => {
		const h = combine(0, 0);
		expect(h).toBeGreaterThan(0);
		expect(Number.isInteger(h) && h < 2 ** 32).toBe(true);
		expect([combine(0, 0), combine(1, 2), combine(-1, 5)]).toEqual(PINNED_COMBINE);
	});
});

describe('combineMixed', () => {
	it('equals combine (as int32) from the first key mixed once, also through a signed 32-bit store', () => {
		const stored = new Int32Array(1);
		for (const a of [0, 1, -1, 12345, 0x7fffffff, 0xffffffff, hashString('door')]) {
			stored[0] = mix32(a);
			for (let b = 0; b < 2000; b += 7) {
				expect(combineMixed(mix32(a), b)).toBe(combine(a, b) | 0);
				expect(combineMixed(stored[0], b)).toBe(combine(a, b) | 0);
			}
		}
	});
});

// Pinned (and cross-checked against a Python transcription of the formula).
const PINNED_COMBINE = [4249023594, 1663177270, 572623376];
