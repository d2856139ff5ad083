// Problems in plain words and in every language: each code the validator can emit has a text
// in English, 简体中文 and 繁體中文 with the same placeholders, and real problems (from the
// examples broken in many ways) render in Chinese without falling back to English, naming the
// step instead of a path.

import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { PROBLEM_CODES, validateScenario, type Problem } from '$lib/sim';
import { RunawayError, CancelledError, UnstableError } from '$lib/sim';
import { catalogue, placeholders } from './catalogue';
import { pathParts, problemText, translatable } from './problem-text';

type Json = any;
const EXAMPLES: Json[] = ['bank-branch-baseline', 'bank-branch-kiosks', 'call-centre-steady'].map((name) =>
	JSON.parse(readFileSync(new URL(`../../../static/examples/${name}.json`, import.meta.url), 'utf8'))
);

describe('problem codes in the catalogue', () => {
	test('every code has a text in all three languages with the same placeholders', () => {
		for (const code of PROBLEM_CODES) {
			const en = catalogue.en[`problems.${code}`];
			expect(en, code).toBeTypeOf('string');
			for (const locale of ['zh-Hans', 'zh-Hant'] as const) {
				expect(catalogue[locale][`problems.${code}`], `${locale} ${code}`).toBeTypeOf('string');
				expect(placeholders(catalogue[locale][`problems.${code}`]), `${locale} ${code}`).toEqual(placeholders(en));
			}
		}
	});

	test('the catalogue has no text for a code that does not exist', () => {
		const codes = new Set<string>(PROBLEM_CODES);
		const stale = Object.keys(catalogue.en)
			.filter((k) => k.startsWith('problems.') && !/^problems\.(place|field)\./.test(k))
			.map((k) => k.slice('problems.'.length))
			.filter((c) => !codes.has(c));
		expect(stale).toEqual([]);
	});
});

describe('plain words', () => {
	const s = structuredClone(EXAMPLES[1]);
	s.nodes[3].servers = 0.5;
	const r = validateScenario(s);
	const problem = (!r.ok && r.problems.find((p) => p.path === 'nodes[3].servers')) as Problem;

	test('a problem names the step and the field, never the path', () => {
		expect(problem.code).toBe('value.notWhole');
		const en = problemText(problem, 'en', s);
		expect(en.full).toBe('Tellers: servers must be a whole number (now 0.5)');
		expect(problemText(problem, 'zh-Hans', s).full).toBe('Tellers：服务人员数必须是整数（现为 0.5）');
		expect(problemText(problem, 'zh-Hant', s).full).toBe('Tellers：服務人員數必須是整數（現為 0.5）');
	});

	test('servers below the minimum: "Tellers: servers must be at least 1"-style wording', () => {
		const b = structuredClone(EXAMPLES[1]);
		b.nodes[3].servers = -1;
		const p = (() => {
			const v = validateScenario(b);
			return !v.ok ? v.problems.find((x) => x.path === 'nodes[3].servers')! : undefined;
		})()!;
		expect(problemText(p, 'en', b).full).toBe('Tellers: servers must be at least 0 (now -1)');
	});

	test("large numbers read with the locale's thousands separators, ids and file text as written", () => {
		const b = structuredClone(EXAMPLES[1]);
		b.run.replications = 120000;
		b.nodes[3].servers = 25000;
		const v = validateScenario(b);
		const at = (path: string) => (!v.ok ? v.problems.find((x) => x.path === path)! : undefined)!;
		expect(problemText(at('run.replications'), 'en', b).full).toBe('Run settings: replications must be at most 100,000 (now 120,000)');
		expect(problemText(at('run.replications'), 'zh-Hans', b).full).toBe('运行设置：重复次数不能大于 100,000（现为 120,000）');
		expect(problemText(at('nodes[3].servers'), 'en', b).full).toBe('Tellers: servers is too large (now 25,000): allowed from 0 to 10,000');
		// a value typed as text in the file keeps its quotes and digits
		b.nodes[3].servers = '12000';
		const w = validateScenario(b);
		const q = !w.ok ? w.problems.find((x) => x.path === 'nodes[3].servers')! : undefined;
		expect(problemText(q!, 'en', b).full).toContain('"12000"');
	});

	test('links are named by their ends, the whole file as "File", segments by name', () => {
		const b = structuredClone(EXAMPLES[1]);
		b.links[1].probability = 2;
		b.segments[1].share = 0.5;
		const v = validateScenario(b);
		const list = v.ok ? [] : v.problems;
		const texts = list.map((p) => problemText(p, 'en', b).full);
		expect(texts).toContain('Link Kiosk or teller → Kiosks: share must be at most 1 (now 2)');
		expect(texts.some((t) => t.startsWith('Customer segments: The shares add up to 1.35'))).toBe(true);
		expect(
			problemText(validateScenario(3).ok ? ({} as Problem) : (validateScenario(3) as { problems: Problem[] }).problems[0], 'en').full
		).toMatch(/^File is not a Flowbench scenario/);
		for (const t of texts) expect(t).not.toMatch(/nodes\[|links\[|segments\[|\$/);
	});

	test('a second way on from a station suggests a Split', () => {
		const b = structuredClone(EXAMPLES[0]);
		const teller = b.nodes.find((n: Json) => n.kind === 'station');
		b.links.push({ from: teller.id, to: b.nodes.find((n: Json) => n.kind === 'exit').id });
		b.links.push({ from: teller.id, to: teller.id });
		const v = validateScenario(b);
		const p = !v.ok ? v.problems.find((x) => x.code === 'routing.useSplit') : undefined;
		expect(p, JSON.stringify(v)).toBeDefined();
		expect(problemText(p!, 'en', b).full).toMatch(/link Tellers to a Split/);
		expect(problemText(p!, 'zh-Hans', b).full).toMatch(/分流/);
	});

	test('paths are split into keys and indices', () => {
		expect(pathParts('nodes[4].servers.count[2]')).toEqual(['nodes', 4, 'servers', 'count', 2]);
		expect(pathParts('$')).toEqual([]);
		expect(pathParts('$["a b"].c')).toEqual(['a b', 'c']);
	});

	test('engine errors render in Chinese too', () => {
		const cancelled = new CancelledError().problem;
		expect(problemText(cancelled, 'zh-Hans').text).toBe('运行已取消');
		const e = new RunawayError('too-many-events', 'stopped', null, 'run.maxEvents', { max: 1000, replication: 2, time: '1h00' });
		expect(problemText(e.problem, 'zh-Hant').full).toMatch(/^執行設定：執行在第 2 天（1h00）處理 1,000 個事件後停止/);
		const u = new UnstableError({
			stable: false,
			message: '"Agents" is unstable: …',
			stations: { agents: { arrivalsPerHour: 120, rho: 1.2, serversNeeded: 13, sheds: false } }
		});
		expect(u.problem.params).toMatchObject({ node: 'Agents', id: 'agents', needed: 13, utilisation: 120 });
		expect(problemText(u.problem, 'zh-Hans').full).toMatch(/Agents不稳定：每小时到达 120 人，利用率 120%——请至少安排 13 人/);
	});
});

describe('Chinese rendering of real problems never falls back to English (fuzz-derived)', () => {
	const mutation = fc.tuple(
		fc.nat({ max: EXAMPLES.length - 1 }),
		fc.array(
			fc.tuple(
				fc.nat(),
				fc.oneof(
					fc.constantFrom<unknown>(-1, 0, 0.5, 1e300, 2.5, '', 'x', null, [], {}, true, 'exit', 'router', 'unresolved', 'failed'),
					fc.jsonValue({ maxDepth: 1 })
				)
			),
			{ minLength: 1, maxLength: 4 }
		)
	);

	function places(root: Json): [Json, string | number][] {
		const out: [Json, string | number][] = [];
		const stack = [root];
		while (stack.length) {
			const v = stack.pop();
			if (Array.isArray(v)) v.forEach((x, i) => (out.push([v, i]), stack.push(x)));
			else if (v && typeof v === 'object') for (const k of Object.keys(v)) (out.push([v, k]), stack.push(v[k]));
		}
		return out;
	}

	test('600 broken files: every problem has a code with a Chinese text, and the Chinese differs from the English', () => {
		const seen = new Set<string>();
		let count = 0;
		for (const [base, sets] of fc.sample(mutation, { seed: 8, numRuns: 600 })) {
			const s = structuredClone(EXAMPLES[base]);
			for (const [pick, v] of sets) {
				const all = places(s);
				const [c, k] = all[pick % all.length];
				c[k] = structuredClone(v);
			}
			const r = validateScenario(s);
			for (const p of [...(r.ok ? [] : r.problems), ...r.warnings]) {
				count++;
				expect(translatable(p), `${p.path}: ${p.message}`).toBe(true);
				seen.add(p.code!);
				for (const locale of ['zh-Hans', 'zh-Hant'] as const) {
					const zh = problemText(p, locale, s);
					expect(zh.full).not.toContain(p.message);
					expect(zh.full, `${locale} ${p.code}`).toMatch(/[\u4e00-\u9fff]/);
					expect(zh.full).not.toMatch(/\{\w+\}|undefined|NaN/);
					expect(zh.full).not.toMatch(/nodes\[\d|links\[\d|segments\[\d/);
				}
			}
		}
		expect(count).toBeGreaterThan(600);
		expect(seen.size).toBeGreaterThan(20);
	});
});
