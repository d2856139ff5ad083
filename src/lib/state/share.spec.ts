import { describe, expect, it } from 'vitest';
import { TEMPLATES } from '$lib/templates';
import { decodeShare, encodeShare, exportFileName, exportScenario, problemLines, readScenarioText, shareUrl } from './share';

const scenario = TEMPLATES[1].redesign;

describe('export and import', () => {
	it('round-trips every template exactly', () => {
		for (const t of TEMPLATES)
			for (const s of [t.baseline, t.redesign]) {
				const back = readScenarioText(exportScenario(s));
				expect(back.ok).toBe(true);
				if (back.ok) expect(back.scenario).toEqual(s);
			}
	});

	it('lists every problem of a bad file with its path', () => {
		const bad = structuredClone(scenario) as unknown as { nodes: { servers?: unknown }[] };
		bad.nodes[2].servers = -1;
		const r = readScenarioText(JSON.stringify(bad));
		expect(r.ok).toBe(false);
		if (!r.ok) expect(problemLines(r.problems).join('\n')).toMatch(/^nodes\[2\]\.servers/m);
		const notJson = readScenarioText('{ nope');
		expect(notJson.ok).toBe(false);
		if (!notJson.ok) expect(notJson.problems[0].message).toMatch(/not a JSON file/);
		const notScenario = readScenarioText('[1, 2]');
		expect(notScenario.ok).toBe(false);
	});

	it('names files after the scenario', () => {
		expect(exportFileName({ name: 'Bank branch — baseline' })).toBe('bank-branch-baseline.flowbench.json');
		expect(exportFileName({ name: '银行网点' })).toBe('银行网点.flowbench.json');
		expect(exportFileName({ name: '—' })).toBe('scenario.flowbench.json');
	});
});

describe('share links', () => {
	it('carry the whole scenario in the hash and decode to the same scenario', () => {
		const url = shareUrl('https://example.org', scenario);
		expect(url.startsWith('https://example.org/open#s=')).toBe(true);
		const hash = new URL(url).hash;
		const r = decodeShare(hash);
		expect(r.ok).toBe(true);
		if (r.ok) expect(r.scenario).toEqual(scenario);
		expect(decodeShare(encodeShare(scenario)).ok).toBe(true);
	});

	it('survive a "+" turned into a space', () => {
		const hash = encodeShare(scenario);
		expect(decodeShare(hash.replace(/\+/g, ' ')).ok).toBe(true);
	});

	it('say what is wrong with an empty, damaged or invalid link', () => {
		const empty = decodeShare('#');
		expect(!empty.ok && empty.problems[0].message).toMatch(/no scenario/);
		const damaged = decodeShare('#s=@@@');
		expect(damaged.ok).toBe(false);
		const invalid = decodeShare('#' + encodeShare({ ...scenario, nodes: [] }));
		expect(invalid.ok).toBe(false);
	});
});
