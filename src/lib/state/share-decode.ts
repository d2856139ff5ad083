// A bounded reader for lz-string's "encoded URI component" format (what share links carry).
// lz-string's own decompressor can throw on random input, and it builds any output the input
// asks for: a link of a few kilobytes can unpack into tens of millions of characters (a
// decompression bomb). This reader follows the same format but never throws, stops as soon
// as the output passes a limit, and reports why it stopped.

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';
const VALUE = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) VALUE[ALPHABET.charCodeAt(i)] = i;

export type Unpacked = { ok: true; text: string } | { ok: false; reason: 'damaged' | 'truncated' | 'too-large' };

/** Unpacks `input` (lz-string URI-safe alphabet; spaces read as "+"), giving up past `maxChars` characters of output. */
export function unpackShare(input: string, maxChars: number): Unpacked {
	const length = input.length;
	if (length === 0) return { ok: false, reason: 'truncated' };
	let val = 0;
	let position = 32;
	let index = 0;
	let bad = false;
	const next = (): number => {
		if (index >= length) {
			index++;
			return 0;
		}
		const code = input.charCodeAt(index++);
		const v = code === 32 ? VALUE[43] : code < 128 ? VALUE[code] : -1;
		if (v < 0) {
			bad = true;
			return 0;
		}
		return v;
	};
	val = next();
	index = 1;
	const read = (n: number): number => {
		let bits = 0;
		for (let power = 1, k = 0; k < n; k++, power <<= 1) {
			const b = val & position;
			position >>= 1;
			if (position === 0) {
				position = 32;
				val = next();
			}
			if (b) bits |= power;
		}
		return bits;
	};

	const dictionary: string[] = [];
	let dictSize = 4;
	let numBits = 3;
	let enlargeIn = 4;
	let total: number;
	const out: string[] = [];

	let first: string;
	switch (read(2)) {
		case 0:
			first = String.fromCharCode(read(8));
			break;
		case 1:
			first = String.fromCharCode(read(16));
			break;
		case 2:
			return { ok: false, reason: 'truncated' };
		default:
			return { ok: false, reason: 'damaged' };
	}
	if (bad) return { ok: false, reason: 'damaged' };
	dictionary[3] = first;
	let w = first;
	out.push(first);
	total = 1;

	for (;;) {
		// lz-string reads one character past the last code before it gives up
		if (index > length) return { ok: false, reason: 'truncated' };
		let c = read(numBits);
		if (c === 0 || c === 1) {
			dictionary[dictSize++] = String.fromCharCode(read(c === 0 ? 8 : 16));
			c = dictSize - 1;
			enlargeIn--;
		} else if (c === 2) {
			return bad ? { ok: false, reason: 'damaged' } : { ok: true, text: out.join('') };
		}
		if (enlargeIn === 0) {
			enlargeIn = 2 ** numBits;
			numBits++;
		}
		let entry: string;
		if (c < dictSize && dictionary[c] !== undefined) entry = dictionary[c];
		else if (c === dictSize) entry = w + w.charAt(0);
		else return { ok: false, reason: 'damaged' };
		if (bad) return { ok: false, reason: 'damaged' };
		total += entry.length;
		if (total > maxChars) return { ok: false, reason: 'too-large' };
		out.push(entry);
		dictionary[dictSize++] = w + entry.charAt(0);
		enlargeIn--;
		w = entry;
		if (enlargeIn === 0) {
			enlargeIn = 2 ** numBits;
			numBits++;
		}
		// a code wider than 30 bits cannot come from a link of any size the app accepts
		if (numBits > 30) return { ok: false, reason: 'damaged' };
	}
}
