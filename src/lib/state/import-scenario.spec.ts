import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { MAX_REPLICATIONS, validateScenario } from '$lib/sim';
import { openScenarioText } from './import-scenario';

type Json = any;
const example = (): Json => JSON.parse(readFileSync(new URL('../../../static/examples/bank-branch-kiosks.json', import.meta.url), 'utf8'));
const open = (edit: (s: Json) => void) => {
	const s = example();
	edit(s);
	return openScenarioText(JSON.stringify(s));
};

describe('opening a file', () => {
	test('a valid file opens with no problems', () => {
		const r = open(() => {});
		expect(r.ok && r.problems).toEqual([]);
	});

	test('wrong VALUES open with the problems flagged (servers −1, shares not adding up, unknown link target, cv 1e154, replications over the limit)', () => {
		const r = open((s) => {
			s.nodes[3].servers = -1;
			s.segments[0].share = 0.5;
			s.links[0].to = 'nowhere';
			s.nodes[2].service.cv = 1e154;
			s.run.replications = MAX_REPLICATIONS + 1;
		});
		expect(r.ok).toBe(true);
		const paths = r.ok ? r.problems.map((p) => p.path) : [];
		expect(paths).toEqual(
			expect.arrayContaining(['nodes[3].servers', 'segments', 'links[0].to', 'nodes[2].service.cv', 'run.replications'])
		);
		expect(r.ok && r.scenario.nodes[3]).toMatchObject({ servers: -1 });
	});

	test('wrong STRUCTURE, another format, a newer version or not JSON is refused', () => {
		for (const edit of [
			(s: Json) => (s.nodes = 5),
			(s: Json) => (s.nodes[3].service = 'quick'),
			(s: Json) => delete s.run,
			(s: Json) => (s.nodes[3].kind = 'teleporter'),
			(s: Json) => (s.format = 'other'),
			(s: Json) => (s.version = 9),
			(s: Json) => (s.nodes[3].servers = 'two'),
			(s: Json) => (s.extra = JSON.parse('['.repeat(40) + ']'.repeat(40)))
		]) {
			const r = open(edit);
			expect(r.ok, String(edit)).toBe(false);
			expect(r.ok ? [] : r.problems.length).toBeGreaterThan(0);
		}
		const r = openScenarioText('{ "format": ');
		expect(r).toMatchObject({ ok: false, problems: [{ path: '$', code: 'file.notJson' }] });
	});

	test('the file accepts the same replication range as the Run box (1 to MAX_REPLICATIONS)', () => {
		const s = example();
		s.run.replications = MAX_REPLICATIONS;
		expect(validateScenario(s).ok).toBe(true);
		s.run.replications = MAX_REPLICATIONS + 1;
		expect(validateScenario(s).ok).toBe(false);
	});
});
