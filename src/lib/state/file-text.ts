// A scenario file's bytes as text. Files come from editors and spreadsheets on any system, so
// the encoding is found rather than assumed: a byte-order mark (UTF-8, UTF-16), UTF-16 without
// one (zero bytes in every other place), valid UTF-8, else the Chinese encodings GB18030 and
// Big5 as told by jschardet and checked by decoding strictly. Anything else is refused with a
// message naming what the file looks like, so it never opens with garbled names.

import { english, type Say } from './share';

export const MAX_FILE_BYTES = 20 * 1024 * 1024;

export type Decoded = { ok: true; text: string; encoding: string } | { ok: false; message: string };

function strict(label: string, bytes: Uint8Array): string | null {
	try {
		return new TextDecoder(label, { fatal: true }).decode(bytes);
	} catch {
		return null;
	}
}

/** UTF-16 without a byte-order mark: mostly zero bytes in odd (LE) or even (BE) places. */
function utf16Guess(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
	const n = Math.min(bytes.length, 4096) & ~1;
	if (n < 4) return null;
	let evenZero = 0;
	let oddZero = 0;
	for (let i = 0; i < n; i += 2) {
		if (bytes[i] === 0) evenZero++;
		if (bytes[i + 1] === 0) oddZero++;
	}
	const half = n / 2;
	if (oddZero > 0.4 * half && evenZero < 0.05 * half) return 'utf-16le';
	if (evenZero > 0.4 * half && oddZero < 0.05 * half) return 'utf-16be';
	return null;
}

/** jschardet's candidates for the bytes (its names), most likely first. */
async function sniff(bytes: Uint8Array): Promise<string[]> {
	try {
		const { default: chardet } = await import('jschardet');
		return chardet
			.detectAll(bytes.subarray(0, 256 * 1024), { minimumThreshold: 0 })
			.map((r) => r.encoding)
			.filter((e): e is string => !!e);
	} catch {
		return [];
	}
}

/** Text whose non-ASCII characters are nearly all Chinese characters and CJK punctuation. */
function looksChinese(text: string): boolean {
	let other = 0;
	let cjk = 0;
	for (const ch of text) {
		const c = ch.codePointAt(0)!;
		if (c < 0x80) continue;
		if (
			(c >= 0x4e00 && c <= 0x9fff) ||
			(c >= 0x3400 && c <= 0x4dbf) ||
			(c >= 0x3000 && c <= 0x303f) ||
			(c >= 0xff00 && c <= 0xffef) ||
			(c >= 0x2000 && c <= 0x206f)
		)
			cjk++;
		else other++;
	}
	return cjk > 0 && other <= 0.1 * (cjk + other);
}

const GB = /^(gb2312|gbk|gb18030|gb_?2312.*|cp936|hz-gb-2312|euc-cn)$/i;
const BIG5 = /^(big5|big5-hkscs|cp950|x-euc-tw|euc-tw)$/i;

/** Decodes a scenario file's bytes, or says why not (in the words of `say`). */
export async function decodeFileBytes(bytes: Uint8Array, say: Say = english): Promise<Decoded> {
	if (bytes.length > MAX_FILE_BYTES)
		return { ok: false, message: say('harden.fileTooLarge', { size: (bytes.length / 1048576).toFixed(1), max: MAX_FILE_BYTES / 1048576 }) };
	const [a, b, c, d] = bytes;
	if (a === 0xff && b === 0xfe && c === 0 && d === 0) return { ok: false, message: say('harden.encodingRefused', { encoding: 'UTF-32' }) };
	if (a === 0 && b === 0 && c === 0xfe && d === 0xff) return { ok: false, message: say('harden.encodingRefused', { encoding: 'UTF-32' }) };
	const bom: [number[], string, string][] = [
		[[0xef, 0xbb, 0xbf], 'utf-8', 'UTF-8'],
		[[0xff, 0xfe], 'utf-16le', 'UTF-16'],
		[[0xfe, 0xff], 'utf-16be', 'UTF-16']
	];
	for (const [mark, label, name] of bom)
		if (mark.every((m, i) => bytes[i] === m)) {
			const text = strict(label, bytes.subarray(mark.length));
			return text === null
				? { ok: false, message: say('harden.encodingRefused', { encoding: `${name} (damaged)` }) }
				: { ok: true, text, encoding: name };
		}
	const sixteen = utf16Guess(bytes);
	if (sixteen) {
		const text = strict(sixteen, bytes);
		if (text !== null) return { ok: true, text, encoding: 'UTF-16' };
	}
	const utf8 = strict('utf-8', bytes);
	if (utf8 !== null) return { ok: true, text: utf8, encoding: 'UTF-8' };
	// mostly-ASCII files with a few Chinese names give jschardet little to go on: take the
	// likeliest Chinese candidate it names, and keep it only if it decodes strictly into Chinese
	const candidates = await sniff(bytes);
	for (const guess of candidates) {
		const label = GB.test(guess) ? 'gb18030' : BIG5.test(guess) ? 'big5' : null;
		if (!label) continue;
		const text = strict(label, bytes);
		if (text !== null && looksChinese(text)) return { ok: true, text, encoding: label === 'gb18030' ? 'GB18030' : 'Big5' };
	}
	const guess = candidates[0];
	return { ok: false, message: guess ? say('harden.encodingRefused', { encoding: guess }) : say('harden.encodingUnknown') };
}
