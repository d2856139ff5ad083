// Share links and files from anywhere: the decoder never throws, refuses decompression bombs,
// deep nesting, random and cut-short links with a message, and JSON syntax errors always name a
// line and column. Seeded (fast-check), with the counts printed.
import fc from 'fast-check';
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import { describe, expect, it } from 'vitest';
import { TEMPLATES } from '$lib/templates';
import { findJsonError, lineColumn } from './json-locate';
import { decodeShare, encodeShare, MAX_SCENARIO_CHARS, readScenarioText } from './share';
import { unpackShare } from './share-decode';
import { bomb } from '../../../tests/e2e/harden-helpers';

const SEED = 20261204;
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';
const alphabetString = (min: number, max: number) =>
	fc.array(fc.constantFrom(...ALPHABET), { minLength: min, maxLength: max }).map((a) => a.join(''));
const message = (r: ReturnType<typeof decodeShare>) => (r.ok ? 'ok' : r.problems[0].message.replace(/\d[\d,]*/g, 'N').slice(0, 40));

function tally(counts: Map<string, number>, key: string) {
	counts.set(key, (counts.get(key) ?? 0) + 1);
}

describe('the bounded link reader', () => {
	it('reads what lz-string writes, exactly (templates and random text)', () => {
		for (const t of TEMPLATES)
			for (const s of [t.baseline, t.redesign]) {
				const json = JSON.stringify(s);
				expect(unpackShare(compressToEncodedURIComponent(json), MAX_SCENARIO_CHARS)).toEqual({ ok: true, text: json });
			}
		fc.assert(
			fc.property(fc.string({ unit: 'binary', minLength: 1, maxLength: 300 }), (text) => {
				const packed = compressToEncodedURIComponent(text);
				const r = unpackShare(packed, MAX_SCENARIO_CHARS);
				return r.ok && r.text === text && decompressFromEncodedURIComponent(packed) === text;
			}),
			{ seed: SEED, numRuns: 800 }
		);
	});
});

describe('share-link fuzzing', () => {
	it('random hashes (incl. 67 characters) end in a message, never an exception', () => {
		const counts = new Map<string, number>();
		let lzThrows = 0;
		fc.assert(
			fc.property(fc.oneof(alphabetString(1, 200), alphabetString(67, 67), fc.string({ maxLength: 120 })), (packed) => {
				try {
					decompressFromEncodedURIComponent(packed);
				} catch {
					lzThrows++;
				}
				const r = decodeShare(`#s=${packed}`);
				tally(counts, message(r));
				return !r.ok && r.problems.length > 0 && r.problems[0].message.length > 0;
			}),
			{ seed: SEED, numRuns: 5000 }
		);
		console.log(`share fuzz: 5000 random hashes (lz-string itself threw on ${lzThrows}):`, Object.fromEntries(counts));
		expect([...counts.values()].reduce((a, b) => a + b, 0)).toBe(5000);
	});

	it('every cut-short template link is refused with a message', () => {
		const counts = new Map<string, number>();
		let n = 0;
		for (const t of TEMPLATES) {
			const hash = encodeShare(t.redesign);
			for (let len = 3; len < hash.length; len += Math.max(1, Math.floor(hash.length / 150))) {
				const r = decodeShare(hash.slice(0, len));
				n++;
				tally(counts, message(r));
				// only the padding of the last character may be cut off and still give the whole scenario
				if (r.ok) expect(r.scenario).toEqual(t.redesign);
			}
		}
		console.log(`share fuzz: ${n} truncated links:`, Object.fromEntries(counts));
	});

	it('refuses decompression bombs of 10⁷ characters, and a 96 KB random hash, with a message', () => {
		const bombs = [bomb(10_000_000), bomb(10_000_000, '['), bomb(50_000_000, ' ')];
		for (const packed of bombs) {
			expect(packed.length).toBeLessThan(30_000);
			// what lz-string itself would build from it
			expect(decompressFromEncodedURIComponent(packed).length).toBeGreaterThanOrEqual(10_000_000);
			const r = decodeShare(`#s=${packed}`);
			expect(!r.ok && r.problems[0].message).toMatch(/unpacks into more than 2000000 characters/);
		}
		const big = fc.sample(alphabetString(96 * 1024, 96 * 1024), { seed: SEED, numRuns: 3 });
		for (const packed of big) {
			const r = decodeShare(`#s=${packed}`);
			expect(r.ok).toBe(false);
		}
		console.log(
			`share fuzz: ${bombs.length} bombs (${bombs.map((b) => b.length).join(', ')} characters) and ${big.length} random 96 KB hashes refused`
		);
		const tooLong = decodeShare(`#s=${'A'.repeat(300_000)}`);
		expect(!tooLong.ok && tooLong.problems[0].message).toMatch(/300003 characters long/);
	});

	it('refuses deep nesting before validating it', () => {
		const deepArray = decodeShare('#' + encodeShare(('['.repeat(100_000) + ']'.repeat(100_000)) as unknown as never));
		expect(deepArray.ok).toBe(false);
		const json = JSON.stringify(TEMPLATES[0].baseline).replace(/\}$/, `,"extra":${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}}`);
		const r = decodeShare(`#s=${compressToEncodedURIComponent(json)}`);
		expect(!r.ok && `${r.problems[0].path}: ${r.problems[0].message}`).toMatch(/^\$: is nested more than 64 levels deep at extra\.a\.a/);
	});
});

describe('JSON syntax errors', () => {
	const text = JSON.stringify(TEMPLATES[0].baseline, null, 2);

	it('always give a line and column', () => {
		let broken = 0;
		fc.assert(
			fc.property(
				fc.nat(text.length - 1),
				fc.oneof(fc.constant(''), fc.constantFrom('{', '}', ',', '"', ':', '\n', 'x', '\\', '\u0001')),
				(at, insert) => {
					const mutated = text.slice(0, at) + insert + text.slice(at + (insert === '' ? 1 : 0));
					let valid = true;
					try {
						JSON.parse(mutated);
					} catch {
						valid = false;
					}
					const found = findJsonError(mutated);
					if (valid) return found === null;
					broken++;
					const r = readScenarioText(mutated);
					return found !== null && !r.ok && /^is not a JSON file: line \d+, column \d+: /.test(r.problems[0].message);
				}
			),
			{ seed: SEED, numRuns: 3000 }
		);
		console.log(`json fuzz: 3000 mutations of a scenario file, ${broken} not JSON, every one with a line and column`);
		expect(broken).toBeGreaterThan(1000);
	});

	it('finds no error in valid JSON, and names the place of known ones', () => {
		fc.assert(
			fc.property(fc.json(), (json) => findJsonError(json) === null),
			{ seed: SEED, numRuns: 1000 }
		);
		expect(findJsonError('{\n  "a": 1,\n  "b": }')).toMatchObject({ line: 3, column: 8, fault: 'unexpected', found: '}' });
		expect(findJsonError('{"a": [1, 2')).toMatchObject({ line: 1, column: 12, fault: 'end' });
		expect(findJsonError('{"a": "x\ny"}')).toMatchObject({ line: 1, column: 9, fault: 'control' });
		expect(findJsonError('{} x')).toMatchObject({ column: 4, fault: 'extra' });
		expect(findJsonError('[01]')).toMatchObject({ column: 3, fault: 'unexpected' });
		expect(lineColumn('a\r\nb\rc', 5)).toEqual({ line: 3, column: 1 });
		expect(readScenarioText('{"a":}').ok).toBe(false);
	});
});
