// Test helper: text to GB18030 or Big5 bytes (TextEncoder writes UTF-8 only). Builds the
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
