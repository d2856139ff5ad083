// Text files from ticketing systems come in UTF-8 (with or without a byte-order mark),
// GB18030/GBK (mainland Chinese exports) or Big5 (Taiwan, Hong Kong). The encoding is
// detected — a file that is valid UTF-8 is UTF-8; otherwise jschardet's guess among the
// Chinese encodings (or a Western one) — shown to the user, who can override it.
// Decoding uses TextDecoder (browsers and Node 20 decode gb18030 and big5). Pure TS, no DOM.

import jschardet from 'jschardet';

export const ENCODINGS = ['utf-8', 'gb18030', 'big5', 'utf-16le', 'windows-1252'] as const;
export type Encoding = (typeof ENCODINGS)[number];

export interface Detected {
	encoding: Encoding;
	/** 0–1: 1 for a byte-order mark or valid UTF-8 with non-ASCII text. */
	confidence: number;
	bom: boolean;
	/** How it was decided, for the user. */
	reason: 'bom' | 'valid-utf8' | 'ascii' | 'detector' | 'fallback';
}

function isValidUtf8(bytes: Uint8Array): boolean {
	try {
		new TextDecoder('utf-8', { fatal: true }).decode(bytes);
		return true;
	} catch {
		return false;
	}
}

function binaryString(bytes: Uint8Array): string {
	let s = '';
	const CH = 8192;
	for (let i = 0; i < bytes.length; i += CH) s += String.fromCharCode(...bytes.subarray(i, i + CH));
	return s;
}

function fromDetector(name: string): Encoding | null {
	const n = name.toLowerCase();
	if (n === 'gb18030' || n === 'gb2312' || n === 'gbk' || n === 'hz-gb-2312') return 'gb18030';
	if (n === 'big5' || n === 'big5-hkscs') return 'big5';
	if (n === 'utf-8' || n === 'ascii') return 'utf-8';
	if (n === 'utf-16le') return 'utf-16le';
	if (n === 'windows-1252' || n === 'iso-8859-1') return 'windows-1252';
	return null;
}

/** Detects the encoding of a text file from (up to the first 64 KB of) its bytes. */
export function detectEncoding(bytes: Uint8Array): Detected {
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', confidence: 1, bom: true, reason: 'bom' };
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', confidence: 1, bom: true, reason: 'bom' };
	const head = bytes.subarray(0, 65536);
	let ascii = true;
	for (let i = 0; i < head.length; i++)
		if (head[i] > 0x7f) {
			ascii = false;
			break;
		}
	if (ascii) return { encoding: 'utf-8', confidence: 1, bom: false, reason: 'ascii' };
	// a cut in the middle of a multi-byte character at 64 KB is not invalid UTF-8: trim it
	let end = head.length;
	if (head.length < bytes.length) while (end > 0 && end > head.length - 4 && (head[end - 1] & 0xc0) === 0x80) end--;
	if (head.length < bytes.length && end > 0 && head[end - 1] >= 0xc0) end--;
	if (isValidUtf8(head.subarray(0, end))) return { encoding: 'utf-8', confidence: 1, bom: false, reason: 'valid-utf8' };
	const all = jschardet.detectAll(binaryString(head)) as { encoding: string; confidence: number }[];
	for (const guess of all) {
		const enc = fromDetector(guess.encoding);
		if (enc && enc !== 'utf-8') return { encoding: enc, confidence: Math.min(1, guess.confidence), bom: false, reason: 'detector' };
	}
	return { encoding: 'gb18030', confidence: 0, bom: false, reason: 'fallback' };
}

/** Decodes bytes in the given encoding (a byte-order mark is dropped); undecodable bytes become U+FFFD. */
export function decodeText(bytes: Uint8Array, encoding: Encoding): { text: string; replaced: number } {
	const text = new TextDecoder(encoding, { fatal: false, ignoreBOM: false }).decode(bytes).replace(/^\uFEFF/, '');
	let replaced = 0;
	for (let i = text.indexOf('\uFFFD'); i >= 0; i = text.indexOf('\uFFFD', i + 1)) replaced++;
	return { text, replaced };
}
