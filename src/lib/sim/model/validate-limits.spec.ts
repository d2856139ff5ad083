// The bounds of validate-limits.ts: what one file may ask for is refused with a message that
// names the field and the allowed range, before the engine could exhaust memory on it; every
// template and example stays well inside them (templates.spec.ts, schema.spec.ts).

import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { validateScenario } from './validate';

type Json = any;
const example = (name: string): Json =>
	JSON.parse(readFileSync(new URL(`../../../../static/examples/${name}.json`, import.meta.url), 'utf8'));

function problems(edit: (s: Json) => void, name = 'bank-branch-baseline'): { path: string; message: string }[] {
	const s = example(name);
	edit(s);
	const r = validateScenario(s);
	return r.ok ? [] : r.problems;
}

function refusedAt(path: string, message: RegExp, edit: (s: Json) => void, name?: string): void {
	const list = problems(edit, name);
	expect(
		list.map((p) => p.path),
		JSON.stringify(list)
	).toContain(path);
	expect(list.find((p) => p.path === path)!.message).toMatch(message);
}

describe('limits: a file cannot ask for more than a run can hold', () => {
	test('the examples pass', () => {
		for (const name of ['bank-branch-baseline', 'bank-branch-kiosks', 'call-centre-steady']) expect(problems(() => {}, name)).toEqual([]);
	});

	test('hours: 1e308 and 1e9 are refused with the allowed range', () => {
		refusedAt('run.hours', /too large \(got 1e\+308\).*> 0 and ≤ 168 hours/, (s) => (s.run.hours = 1e308));
		refusedAt('run.hours', /≤ 168 hours/, (s) => (s.run.hours = 1e9));
		expect(problems((s) => (s.run.hours = 168))).toEqual([]);
	});

	test('periods too short for the day: 5e-324, 1e-6 and 0.1 minutes', () => {
		for (const p of [5e-324, 1e-6, 0.1])
			refusedAt(
				'nodes[0].arrivals.periodMinutes',
				/at most 1000 are allowed — use periods of at least 0\.48 minutes/,
				(s) => (s.nodes[0].arrivals.periodMinutes = p)
			);
		expect(problems((s) => (s.nodes[0].arrivals.periodMinutes = 0.5))).toEqual([]);
	});

	test('steady runs: length 1e9, and warm-up plus length over the limit', () => {
		refusedAt('run.length', /≤ 1,000,000 minutes/, (s) => (s.run.length = 1e9), 'call-centre-steady');
		refusedAt(
			'run.length',
			/warm-up and length together may be at most 1,000,000 minutes/,
			(s) => (s.run.length = 999_000),
			'call-centre-steady'
		);
	});

	test('per-period tables and traces are bounded', () => {
		refusedAt(
			'nodes[0].arrivals.ratePerHour',
			/lists 1001 entries; at most 1000/,
			(s) => (s.nodes[0].arrivals.ratePerHour = Array(1001).fill(30))
		);
		refusedAt('nodes[1].servers.count', /at most 1000/, (s) => (s.nodes[1].servers = { periodMinutes: 60, count: Array(1001).fill(2) }));
		refusedAt(
			'nodes[0].arrivals.times',
			/lists 1,000,001 entries/,
			(s) => (s.nodes[0].arrivals = { type: 'trace', times: Array(1_000_001).fill(1) })
		);
	});

	test('absurd magnitudes: cv 1e154, means and costs of 1e300, a satisfaction parameter of 1e300', () => {
		refusedAt(
			'nodes[1].service.cv',
			/too large \(got 1e\+154\).*from 0 to 20/,
			(s) => (s.nodes[1].service = { dist: 'lognormal', mean: 5, cv: 1e154 })
		);
		refusedAt('nodes[1].service.mean', /≤ 1,000,000 minutes/, (s) => (s.nodes[1].service = { dist: 'exponential', mean: 1e300 }));
		refusedAt('nodes[1].costPerServerHour', /from 0 to 1,000,000,000 money per server-hour/, (s) => (s.nodes[1].costPerServerHour = 1e300));
		refusedAt('segments[0].patience.mean', /≤ 1,000,000/, (s) => (s.segments[0].patience = { dist: 'exponential', mean: 1e300 }));
		refusedAt('satisfaction.baseline', /from -100 to 100/, (s) => (s.satisfaction = { baseline: 1e300 }));
		refusedAt('nodes[1].servers', /from 0 to 10,000/, (s) => (s.nodes[1].servers = 1e6));
		refusedAt('segments[0].priority', /-1,000,000 to 1,000,000/, (s) => (s.segments[0].priority = -1e300));
	});

	test('a deeply nested unknown key (5 000 levels) is refused at once, without recursion, at a readable path', () => {
		const started = performance.now();
		const list = problems((s) => {
			let o: Json = {};
			s.extra = o;
			for (let i = 0; i < 5000; i++) o = o.x = {};
			let a: Json = [];
			s.list = a;
			for (let i = 0; i < 100_000; i++) a = a[0] = [];
		});
		expect(performance.now() - started).toBeLessThan(5000);
		expect(list).toHaveLength(1);
		expect(list[0].message).toMatch(/nested more than 32 levels deep/);
		expect(list[0].path).toMatch(/^extra(\.x){31}$/);
	});

	test('the same object met at many places (data built in code) is not walked again and again', () => {
		const s = example('bank-branch-baseline');
		let shared: Json = { leaf: 1 };
		for (let i = 0; i < 25; i++) shared = { a: shared, b: shared };
		s.extra = shared;
		expect(validateScenario(s).ok).toBe(true);
	});
});
