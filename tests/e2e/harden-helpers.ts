// Test helpers (not a test file). encodeLegacy: text to GB18030 or Big5 bytes (TextEncoder writes UTF-8 only). Builds the
// reverse of TextDecoder's two-byte table; ASCII passes through. For CJK text in tests.
const tables = new Map<string, Map<string, number[]>>();

function table(label: 'gb18030' | 'big5'): Map<string, number[]> {
	let t = tables.get(label);
	if (t) return t;
	t = new Map();
	const decoder = new TextDecoder(label);
	for (let lead = 0x81; lead <= 0xfe; lead++)
		for (let trail = 0x40; trail <= 0xfe; trail++) {
			if (trail === 0x7f) continue;
			const ch = decoder.decode(new Uint8Array([lead, trail]));
			if (ch.length === 1 && ch !== '\ufffd' && !t.has(ch)) t.set(ch, [lead, trail]);
		}
	tables.set(label, t);
	return t;
}

export function encodeLegacy(text: string, label: 'gb18030' | 'big5'): Uint8Array {
	const t = table(label);
	const out: number[] = [];
	for (const ch of text) {
		const code = ch.codePointAt(0)!;
		if (code < 0x80) out.push(code);
		else {
			const bytes = t.get(ch);
			if (!bytes) throw new Error(`${ch} has no two-byte ${label} code`);
			out.push(...bytes);
		}
	}
	return new Uint8Array(out);
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';

/**
 * A crafted share link that unpacks into `char` repeated at least `chars` times: one literal,
 * then each code names the entry being made (the previous one plus one more character), so a few
 * thousand codes give millions of characters. Written bit by bit in lz-string's format.
 */
export function bomb(chars: number, char = 'a'): string {
	let out = '';
	let val = 0;
	let count = 0;
	const write = (value: number, bits: number) => {
		for (let k = 0; k < bits; k++) {
			val = (val << 1) | ((value >> k) & 1);
			if (++count === 6) {
				out += ALPHABET[val];
				val = 0;
				count = 0;
			}
		}
	};
	write(0, 2);
	write(char.charCodeAt(0), 8);
	let dictSize = 4;
	let numBits = 3;
	let enlargeIn = 4;
	let total = 1;
	for (let len = 2; total < chars; len++) {
		write(dictSize, numBits);
		total += len;
		dictSize++;
		if (--enlargeIn === 0) enlargeIn = 2 ** numBits++;
	}
	write(2, numBits);
	if (count > 0) out += ALPHABET[val << (6 - count)];
	return out;
}

/** Seeded random link characters (a small linear congruential generator). */
export function randomLink(length: number, seed: number): string {
	let x = seed >>> 0;
	let out = '';
	for (let i = 0; i < length; i++) {
		x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
		out += ALPHABET[x >>> 26];
	}
	return out;
}
