import { describe, expect, test } from 'vitest';
import type { Scenario } from '$lib/sim';
import { baseName, Library, memoryStore } from '$lib/state/library';
import { blankScenario } from '$lib/templates';
import { costWarning, uncostedStations } from './costs';

const withNodes = (extra: Scenario['nodes']): Scenario => {
	const s = blankScenario('Costs');
	return { ...s, nodes: [...s.nodes, ...extra] };
};

describe('honest costs', () => {
	test('names staffed stations without a cost, only when some station has one', () => {
		const s = withNodes([
			{
				id: 'desk',
				kind: 'station',
				name: 'Desk',
				servers: { periodMinutes: 60, count: [0, 2] },
				service: { dist: 'exponential', mean: 4 }
			}
		]);
		expect(uncostedStations(s)).toEqual(['Desk']);
		expect(costWarning(s)).toEqual(['Desk']);
		const none = { ...s, nodes: s.nodes.map((n) => (n.kind === 'station' ? { ...n, costPerServerHour: 0 } : n)) };
		expect(costWarning(none)).toEqual([]);
		const closed = withNodes([{ id: 'desk', kind: 'station', name: 'Desk', servers: 0, service: { dist: 'exponential', mean: 4 } }]);
		expect(costWarning(closed)).toEqual([]);
	});
});

describe('redesign names and links', () => {
	test('a variant ending is not repeated', () => {
		expect(baseName('Bank branch — baseline')).toBe('Bank branch');
		expect(baseName('Bank branch — redesign (2)')).toBe('Bank branch');
		expect(baseName('银行网点 — 现状')).toBe('银行网点');
		expect(baseName('Service hall — separate counters per matter')).toBe('Service hall — separate counters per matter');
	});

	test('duplicate as redesign names and describes the copy; an imported redesign links to its baseline by name', async () => {
		const lib = new Library(memoryStore());
		const base = await lib.createEntry(blankScenario('Bank branch — baseline'), { role: 'baseline' });
		const copy = (await lib.duplicateEntry(base.id, { asRedesign: true }))!;
		expect(copy.name).toBe('Bank branch — redesign');
		expect(copy.scenario.description).toBe('Redesign of Bank branch — baseline.');
		expect(copy.scenario.redesignOf).toBe('Bank branch — baseline');
		const again = await lib.createEntry(structuredClone(copy.scenario), { uniqueName: true });
		expect(again.role).toBe('redesign');
		expect(again.baselineId).toBe(base.id);
		const orphan = await lib.createEntry({ ...blankScenario('X'), redesignOf: 'Nowhere' });
		expect(orphan.baselineId).toBeUndefined();
	});
});
