// The command line at its edges: output complete whatever reads it, --out checked before any
// work, files in other encodings, JSON errors always located, numbers in digits only, and a
// missing file named once.
import { describe, expect, it } from 'vitest';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli, cliSlowReader, EXAMPLES } from './cli-helpers';

const tmp = mkdtempSync(join(tmpdir(), 'flowbench-cli-io-'));
const BANK = join(EXAMPLES, 'bank-branch-baseline.json');
const KIOSKS = join(EXAMPLES, 'bank-branch-kiosks.json');
const bank = () => JSON.parse(readFileSync(BANK, 'utf8'));

/** The bank day with quarter-hour periods: a result well over a pipe's 64 KB buffer. */
function quarterHours(): string {
	const s = bank();
	const src = s.nodes[0].arrivals;
	src.ratePerHour = src.ratePerHour.flatMap((r: number) => [r, r, r, r]);
	src.periodMinutes = 15;
	const file = join(tmp, 'quarter-hours.json');
	writeFileSync(file, JSON.stringify(s));
	return file;
}

describe('output is complete when piped to a slow reader', () => {
	it('run: stdout parses and equals the --out file', async () => {
		const file = quarterHours();
		const out = join(tmp, 'run.json');
		expect(cli(['run', file, '--replications', '3', '--quiet', '--out', out]).code).toBe(0);
		const whole = readFileSync(out, 'utf8');
		expect(whole.length).toBeGreaterThan(100_000);
		const r = await cliSlowReader(['run', file, '--replications', '3', '--quiet'], 1500);
		expect(r.code).toBe(0);
		expect(r.stdout.length).toBe(whole.length);
		expect(r.stdout).toBe(whole);
	});

	it('compare: stdout complete', async () => {
		const r = await cliSlowReader(['compare', BANK, KIOSKS, '--replications', '3', '--quiet'], 1500);
		expect(r.code).toBe(0);
		expect(r.stdout.length).toBeGreaterThan(100_000);
		expect(JSON.parse(r.stdout).format).toBe('flowbench-comparison');
	});

	it('validate: a long list of problems on stderr arrives whole', async () => {
		const s = bank();
		for (let i = 0; i < 3000; i++)
			s.nodes.push({ id: `d${i}`, kind: 'station', name: `Desk ${i}`, servers: 'x'.repeat(80), service: { dist: 'exponential', mean: 1 } });
		const file = join(tmp, 'many-problems.json');
		writeFileSync(file, JSON.stringify(s));
		const r = await cliSlowReader(['validate', file], 1500);
		expect(r.code).toBe(1);
		const lines = r.stderr.split('\n');
		expect(lines.pop()).toBe('');
		expect(r.stderr.length).toBeGreaterThan(100_000);
		// the validator lists the first 1,000 problems, then says how many more there are
		expect(lines.filter((l) => /^nodes\[\d+\]\.servers: must be a whole number/.test(l)).length).toBe(1000);
		expect(lines.at(-1)).toBe('$: …and 2000 more problems not listed; fix the ones above first');
	});
});

describe('--out is checked before running (exit 2)', () => {
	const dir = join(tmp, 'a-folder');
	mkdirSync(dir, { recursive: true });
	const cases: [string, RegExp][] = [
		[dir, /is a folder/],
		[join(tmp, 'no-such-folder', 'r.json'), /the folder .*no-such-folder does not exist/],
		[join(BANK, 'r.json'), /is not a folder/]
	];
	for (const [out, message] of cases)
		it(`refuses --out ${out.replace(tmp, '<tmp>')}`, () => {
			const started = Date.now();
			const r = cli(['run', BANK, '--replications', '100000', '--out', out]);
			expect(r.code).toBe(2);
			expect(r.stderr).toMatch(message);
			expect(r.stderr).not.toMatch(/replication \d+/);
			expect(Date.now() - started).toBeLessThan(60_000);
		});

	it.skipIf(process.getuid?.() === 0)('refuses a read-only --out file (not testable as root, who may write anything)', () => {
		const ro = join(tmp, 'read-only.json');
		writeFileSync(ro, '');
		chmodSync(ro, 0o444);
		const r = cli(['run', BANK, '--out', ro]);
		expect(r.code).toBe(2);
		expect(r.stderr).toMatch(/cannot be written/);
	});

	it('refuses --out "" and merge --out to a folder', () => {
		const r = cli(['run', BANK, '--out', '']);
		expect(r.code).toBe(2);
		expect(r.stderr).toMatch(/--out needs a file name/);
		expect(cli(['merge', 'x.json', '--out', dir]).code).toBe(2);
	});
});

describe('files in other encodings', () => {
	const chinese = () => {
		const s = bank();
		s.name = '银行网点 — 基线';
		s.nodes[1].name = '柜台';
		return JSON.stringify(s, null, 1);
	};
	const encode = (text: string, encoding: 'utf16le' | 'utf16be') => {
		const le = Buffer.from(text, 'utf16le');
		return encoding === 'utf16le' ? le : Buffer.from(le).swap16();
	};
	const files: [string, Buffer][] = [
		['utf8.json', Buffer.from(chinese())],
		['utf8-bom.json', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(chinese())])],
		['utf16le-bom.json', Buffer.concat([Buffer.from([0xff, 0xfe]), encode(chinese(), 'utf16le')])],
		['utf16be-bom.json', Buffer.concat([Buffer.from([0xfe, 0xff]), encode(chinese(), 'utf16be')])],
		['utf16le.json', encode(chinese(), 'utf16le')]
	];
	for (const [name, bytes] of files)
		it(`reads ${name} with its Chinese names intact`, () => {
			const file = join(tmp, name);
			writeFileSync(file, bytes);
			const r = cli(['validate', file]);
			expect(r.code, r.stderr).toBe(0);
			expect(r.stdout).toContain('valid scenario "银行网点 — 基线"');
		});

	it('reads a GB18030 file, saying which encoding it used', () => {
		// 银行网点 — 基线 / 柜台 in GB18030, written byte by byte
		const gb = (text: string) =>
			Buffer.from(text.replace('银行网点', '\u0000').replace('基线', '\u0001').replace('柜台', '\u0002'), 'latin1');
		const s = chinese();
		const parts = gb(s);
		const map: Record<number, number[]> = {
			0: [0xd2, 0xf8, 0xd0, 0xd0, 0xcd, 0xf8, 0xb5, 0xe3],
			1: [0xbb, 0xf9, 0xcf, 0xdf],
			2: [0xb9, 0xf1, 0xcc, 0xa8]
		};
		const bytes: number[] = [];
		for (const b of parts) bytes.push(...(map[b] ?? [b]));
		// the dash (U+2014) in GB18030 is A1 AA
		const file = join(tmp, 'gb18030.json');
		writeFileSync(file, Buffer.from(bytes.flatMap((b) => (b === 0x14 ? [0xa1, 0xaa] : [b]))));
		const r = cli(['validate', file]);
		expect(r.code, r.stderr).toBe(0);
		expect(r.stdout).toContain('valid scenario "银行网点 — 基线"');
		expect(r.stdout).toMatch(/read as GB18030 \(the file is not UTF-8\)/);
	});

	it('refuses bytes that are no text, naming the problem', () => {
		const file = join(tmp, 'binary.json');
		writeFileSync(file, Buffer.from([0x7b, 0xff, 0xfe, 0xfd, 0x00, 0x81, 0x7d, 0xc0, 0x80]));
		const r = cli(['validate', file]);
		expect(r.code).toBe(1);
		expect(r.stderr).toMatch(/not UTF-8|not valid/);
		expect(r.stderr).not.toMatch(/internal error|\bat \S+:\d+:\d+/);
	});
});

describe('JSON syntax errors always give line and column', () => {
	const cases: [string, string][] = [
		['{"a":}', 'line 1, column 6'],
		['{\n  "a": 1', 'line 2, column 9'],
		['[1,]', 'line 1, column 4'],
		['', 'line 1, column 1'],
		['{"a": "x\u0001"}', 'line 1, column 9'],
		['{\n"a": tru}', 'line 2, column 6'],
		['{"a": "unterminated', 'line 1, column 20'],
		['{"a": 1}}', 'line 1, column 9'],
		["{'a': 1}", 'line 1, column 2'],
		['{"a": 01}', 'line 1, column 8']
	];
	for (const [text, where] of cases)
		it(JSON.stringify(text), () => {
			const file = join(tmp, 'syntax.json');
			writeFileSync(file, text);
			const r = cli(['validate', file]);
			expect(r.code).toBe(1);
			expect(r.stderr).toContain(`not valid JSON at ${where}`);
		});
});

describe('numbers on the command line: whole decimal digits only (exit 2)', () => {
	for (const flag of ['--replications', '--seed', '--workers'])
		for (const value of ['1e3', '0x10', ' 5', '5 ', '5.0', '+5', '-1', '', '1_000'])
			it(`${flag} "${value}"`, () => {
				const r = cli(['run', BANK, flag, value]);
				expect(r.code).toBe(2);
				expect(r.stderr).toMatch(new RegExp(`${flag} must be a whole number .* written in digits`));
			});
	it('--shard must be i/N with i < N', () => {
		for (const v of ['4/4', '1', '-1/3', '0/0', '1/2/3']) expect(cli(['run', BANK, '--shard', v]).code).toBe(2);
	});
});

describe('compare names a missing file once', () => {
	it('prints the path once', () => {
		const missing = join(tmp, 'nope.json');
		const r = cli(['compare', BANK, missing]);
		expect(r.code).toBe(1);
		expect(r.stderr.split(missing).length - 1).toBe(1);
		expect(r.stderr).toMatch(/no such file/);
	});
});
