import { describe, expect, it } from 'vitest';
import { encodeLegacy } from '../../../tests/e2e/harden-helpers';
import { decodeFileBytes } from './file-text';
import { readScenarioText } from './share';
import { TEMPLATES } from '$lib/templates';

const chinese = { ...structuredClone(TEMPLATES[0].baseline), name: '银行网点（基线）' };
chinese.nodes[1].name = '柜台服务';
const text = JSON.stringify(chinese, null, 2);

function utf16(s: string, le: boolean, bom: boolean): Uint8Array {
	const out = new Uint8Array(s.length * 2 + (bom ? 2 : 0));
	const view = new DataView(out.buffer);
	if (bom) view.setUint16(0, 0xfeff, le);
	for (let i = 0; i < s.length; i++) view.setUint16((bom ? 2 : 0) + i * 2, s.charCodeAt(i), le);
	return out;
}

describe('file encodings', () => {
	it('reads UTF-8 with and without a byte-order mark, and UTF-16 (LE, BE, with or without a mark)', async () => {
		const utf8 = new TextEncoder().encode(text);
		const cases: [Uint8Array, string][] = [
			[utf8, 'UTF-8'],
			[new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]), 'UTF-8'],
			[utf16(text, true, true), 'UTF-16'],
			[utf16(text, false, true), 'UTF-16'],
			[utf16(text, true, false), 'UTF-16'],
			[utf16(text, false, false), 'UTF-16']
		];
		for (const [bytes, encoding] of cases) {
			const r = await decodeFileBytes(bytes);
			expect(r).toEqual({ ok: true, text, encoding });
			const read = readScenarioText(r.ok ? r.text : '');
			expect(read.ok && read.scenario.nodes[1].name).toBe('柜台服务');
		}
	});

	it('reads GB18030 and Big5 files with their Chinese names intact', async () => {
		const gb = await decodeFileBytes(encodeLegacy(text, 'gb18030'));
		expect(gb).toEqual({ ok: true, text, encoding: 'GB18030' });
		const hant = text.replace('银行网点（基线）', '銀行分行（基線）').replace('柜台服务', '櫃檯服務');
		const big5 = await decodeFileBytes(encodeLegacy(hant, 'big5'));
		expect(big5).toEqual({ ok: true, text: hant, encoding: 'Big5' });
	});

	it('refuses other encodings, naming what the file looks like', async () => {
		const latin1 = new Uint8Array([
			...new TextEncoder().encode('{"name": "Caf'),
			0xe9,
			0x20,
			0xe0,
			0x20,
			0x6c,
			0x61,
			...new TextEncoder().encode('"}')
		]);
		const r = await decodeFileBytes(latin1);
		expect(r.ok).toBe(false);
		if (!r.ok)
			expect(r.message).toMatch(/^the file is not UTF-8 \(it looks like [\w-]+\); Flowbench reads UTF-8, UTF-16, GB18030 and Big5/);
		const utf32 = await decodeFileBytes(new Uint8Array([0xff, 0xfe, 0, 0, 0x7b, 0, 0, 0]));
		expect(!utf32.ok && utf32.message).toMatch(/looks like UTF-32/);
		const big = await decodeFileBytes(new Uint8Array(21 * 1024 * 1024));
		expect(!big.ok && big.message).toMatch(/^the file is 21\.0 MB; a scenario file is at most 20 MB$/);
	});
});
