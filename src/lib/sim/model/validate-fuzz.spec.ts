// Property tests: whatever it is given — random JSON, random mutations of the examples,
// pathological values and sizes — the validator never throws, never changes its input, and
// every problem it returns has a path and a message. What it accepts survives withDefaults.

import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { withDefaults } from './defaults';
import { validateScenario, type ValidationResult } from './validate';

type Json = any;

const EXAMPLES = ['bank-branch-baseline', 'bank-branch-kiosks', 'call-centre-steady'].map((name): Json =>
	JSON.parse(readFileSync(new URL(`../../../../static/examples/${name}.json`, import.meta.url), 'utf8'))
);

function wellFormed(r: ValidationResult): void {
	const all = r.ok ? r.warnings : [...r.problems, ...r.warnings];
	if (!r.ok) expect(r.problems.length).toBeGreaterThan(0);
	for (const p of all) {
		expect(typeof p.path).toBe('string');
		expect(p.path.length).toBeGreaterThan(0);
		expect(typeof p.message).toBe('string');
		expect(p.message.length).toBeGreaterThan(0);
		expect(p.message).not.toMatch(/internal error|undefined|\[object Object\]/);
	}
}

/** Validates a copy and checks the answer is well formed and the input untouched. */
function validateSafely(input: unknown): ValidationResult {
	const before = JSON.stringify(input);
	const r = validateScenario(input);
	wellFormed(r);
	expect(JSON.stringify(input)).toBe(before);
	if (r.ok) {
		const filled = validateScenario(withDefaults(r.scenario));
		expect(filled.ok ? [] : filled.problems).toEqual([]);
	}
	return r;
}

const special = fc
	.constantFrom<unknown>(
		NaN,
		Infinity,
		-Infinity,
		-1,
		0,
		0.5,
		2.5,
		1e308,
		-0,
		2 ** 32,
		'',
		' ',
		'__proto__',
		null,
		true,
		[],
		{},
		[NaN],
		{ dist: 'exponential', mean: 0 },
		{ periodMinutes: 60, count: [0] }
	)
	.map((v) => structuredClone(v));
const value = fc.oneof(fc.jsonValue({ maxDepth: 3 }), special);
const key = fc.oneof(
	fc.string({ maxLength: 12 }),
	fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', 'probabilty', 'servers', 'cv', 'segments', 'on', 'id', 'kind')
);

type Mutation = { op: 'set' | 'delete' | 'add' | 'push' | 'dup'; pick: number; value: unknown; key: string };
const mutation: fc.Arbitrary<Mutation> = fc.record({
	op: fc.constantFrom('set', 'set', 'set', 'delete', 'add', 'push', 'dup'),
	pick: fc.nat(),
	value,
	key
});

/** Every place in a JSON tree: [container, key] pairs, in a fixed order. */
function places(root: Json): [Json, string | number][] {
	const out: [Json, string | number][] = [];
	const visit = (v: Json) => {
		if (Array.isArray(v)) v.forEach((x, i) => (out.push([v, i]), visit(x)));
		else if (v && typeof v === 'object') for (const k of Object.keys(v)) (out.push([v, k]), visit(v[k]));
	};
	visit(root);
	return out;
}

function containers(root: Json): Json[] {
	return [root, ...places(root).map(([c, k]) => c[k])].filter((v) => v && typeof v === 'object');
}

function apply(root: Json, m: Mutation): void {
	if (m.op === 'set' || m.op === 'delete') {
		const all = places(root);
		if (all.length === 0) return;
		const [c, k] = all[m.pick % all.length];
		if (m.op === 'delete') {
			if (Array.isArray(c)) c.splice(k as number, 1);
			else delete c[k];
		} else Object.defineProperty(c, k, { value: structuredClone(m.value), enumerable: true, writable: true, configurable: true });
		return;
	}
	const all = containers(root);
	const c = all[m.pick % all.length];
	if (Array.isArray(c)) {
		if (m.op === 'dup' && c.length > 0) c.push(structuredClone(c[m.pick % c.length]));
		else c.push(structuredClone(m.value));
	} else Object.defineProperty(c, m.key, { value: structuredClone(m.value), enumerable: true, writable: true, configurable: true });
}

describe('validateScenario never throws', () => {
	test('on any value at all', () => {
		fc.assert(
			fc.property(fc.anything(), (v) => void validateSafely(v)),
			{ numRuns: 300 }
		);
	});

	test('on random JSON objects shaped a little like a scenario', () => {
		const scenarioish = fc.record(
			{
				format: fc.constantFrom('flowbench-scenario', 'other'),
				version: fc.oneof(fc.constant(1), fc.integer({ min: -2, max: 3 })),
				name: fc.string(),
				run: value,
				segments: fc.array(value, { maxLength: 4 }),
				nodes: fc.array(value, { maxLength: 6 }),
				links: fc.array(value, { maxLength: 6 })
			},
			{ requiredKeys: [] }
		);
		fc.assert(
			fc.property(scenarioish, (v) => void validateSafely(v)),
			{ numRuns: 300 }
		);
	});

	test('on random mutations of the examples', () => {
		fc.assert(
			fc.property(fc.nat({ max: EXAMPLES.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 5 }), (i, ms) => {
				const s = structuredClone(EXAMPLES[i]);
				for (const m of ms) apply(s, m);
				validateSafely(s);
			}),
			{ numRuns: 1000 }
		);
	});

	test('on prototype-pollution keys, without polluting anything', () => {
		const text = JSON.stringify(EXAMPLES[1])
			.replace('"name":"Tellers"', '"name":"Tellers","__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}')
			.replace('"segments":[', '"segments":[{"__proto__":{"id":"x","share":1}},');
		const r = validateSafely(JSON.parse(text));
		expect(({} as Json).polluted).toBeUndefined();
		expect(r.ok).toBe(false);
		expect(!r.ok && r.problems.map((p) => p.path)).toContain('segments[0].id');
	});

	test('on data that contains itself (built in code, not read from a file): refused, as it could not be saved or sent to a worker', () => {
		const s = structuredClone(EXAMPLES[2]);
		s.extra = s;
		s.nodes[1].note = s.nodes;
		const r = validateScenario(s);
		expect(r.ok).toBe(false);
		expect(!r.ok && r.problems[0]).toMatchObject({
			path: expect.stringMatching(/^(extra|nodes\[1\]\.note)$/),
			message: expect.stringMatching(/contains itself/)
		});
	});

	test('on objects whose properties throw when read', () => {
		const hostile = Object.defineProperty({ format: 'flowbench-scenario', version: 1 }, 'run', {
			enumerable: true,
			get() {
				throw new Error('boom');
			}
		});
		const r = validateScenario(hostile);
		expect(r.ok).toBe(false);
		expect(!r.ok && r.problems[0]).toEqual({
			path: '$',
			message: expect.stringMatching(/could not check this file.*please report/),
			code: 'file.internal',
			params: { reason: 'boom' }
		});
	});
});

describe('huge inputs', () => {
	test('200 000 broken trace times: the listing is capped', () => {
		const s = structuredClone(EXAMPLES[0]);
		s.nodes[0].arrivals = { type: 'trace', times: Array.from({ length: 200_000 }, (_, i) => (i % 2 ? -i : i)) };
		const r = validateSafely(s);
		expect(r.ok).toBe(false);
		const problems = r.ok ? [] : r.problems;
		expect(problems).toHaveLength(1001);
		expect(problems[1000].message).toMatch(/and 99000 more problems not listed/);
	});

	test('a flow of 5 000 stations in a line validates', () => {
		const s = structuredClone(EXAMPLES[2]);
		const n = 5000;
		const stations = Array.from({ length: n }, (_, i) => ({ ...s.nodes[1], id: `s${i}`, name: `Step ${i}` }));
		s.nodes = [s.nodes[0], ...stations, s.nodes[2]];
		s.links = [
			{ from: 'calls', to: 's0' },
			...stations.slice(1).map((st, i) => ({ from: `s${i}`, to: st.id })),
			{ from: `s${n - 1}`, to: 'end' }
		];
		const r = validateSafely(s);
		expect(r.ok).toBe(true);
	});

	test('a long loop without a way out is found without overflowing the stack', () => {
		const s = structuredClone(EXAMPLES[2]);
		const n = 20_000;
		s.nodes = [s.nodes[0], ...Array.from({ length: n }, (_, i) => ({ id: `r${i}`, kind: 'router', name: `R${i}` })), s.nodes[2]];
		s.links = [{ from: 'calls', to: 'r0' }, ...Array.from({ length: n }, (_, i) => ({ from: `r${i}`, to: `r${(i + 1) % n}` }))];
		const r = validateSafely(s);
		expect(!r.ok && r.problems.map((p) => p.message).join('\n')).toMatch(/customers entering "R0" \(nodes\[1\]\) can never leave/);
	});

	test('100 000 segments are checked once per class, not once each', () => {
		const s = structuredClone(EXAMPLES[2]);
		s.segments = Array.from({ length: 100_000 }, (_, i) => ({ id: `g${i}`, name: `G${i}`, share: 1e-5 }));
		const r = validateSafely(s);
		expect(r.ok).toBe(true);
	});
});
