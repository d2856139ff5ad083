import { describe, expect, it } from 'vitest';
import { blankScenario } from '$lib/templates';
import { Library, memoryStore, uniqueName } from './library';
import type { Results } from '$lib/sim';

function setup() {
	let clock = 1000;
	const store = memoryStore();
	const lib = new Library(store, () => ++clock);
	return { lib, store };
}

describe('library', () => {
	it('creates, lists (newest change first) and loads entries', async () => {
		const { lib } = setup();
		const a = await lib.createEntry(blankScenario('A'));
		const b = await lib.createEntry(blankScenario('B'));
		expect((await lib.listEntries()).map((e) => e.name)).toEqual(['B', 'A']);
		await lib.saveScenario(a.id, { ...a.scenario, description: 'changed' });
		expect((await lib.listEntries()).map((e) => e.name)).toEqual(['A', 'B']);
		expect((await lib.loadEntry(a.id))?.scenario.description).toBe('changed');
		expect(await lib.loadEntry('nope')).toBeUndefined();
		expect(b.createdAt).toBeLessThanOrEqual(b.updatedAt);
	});

	it('stores an opened scenario exactly, and makes names unique when asked', async () => {
		const { lib } = setup();
		const scenario = blankScenario('Bank');
		const first = await lib.createEntry(scenario);
		expect(first.scenario).toEqual(scenario);
		expect((await lib.createEntry(blankScenario('Bank'))).name).toBe('Bank');
		const third = await lib.createEntry(blankScenario('Bank'), { uniqueName: true });
		expect(third.name).toBe('Bank (2)');
		expect(third.scenario.name).toBe('Bank (2)');
		expect(uniqueName('Bank (2)', ['Bank', 'Bank (2)'])).toBe('Bank (3)');
	});

	it('renames the entry and its scenario; ignores blank names', async () => {
		const { lib } = setup();
		const a = await lib.createEntry(blankScenario('A'));
		await lib.renameEntry(a.id, '  Lunch peak  ');
		const got = await lib.loadEntry(a.id);
		expect(got?.name).toBe('Lunch peak');
		expect(got?.scenario.name).toBe('Lunch peak');
		await lib.renameEntry(a.id, '   ');
		expect((await lib.loadEntry(a.id))?.name).toBe('Lunch peak');
	});

	it('deletes and restores an entry exactly (undo)', async () => {
		const { lib } = setup();
		const a = await lib.createEntry(blankScenario('A'));
		await lib.saveRunState(a.id, { lastResults: { replications: 3 } as Results });
		const before = await lib.loadEntry(a.id);
		const removed = await lib.deleteEntry(a.id);
		expect(await lib.listEntries()).toEqual([]);
		await lib.restoreEntry(removed!);
		expect(await lib.loadEntry(a.id)).toEqual(before);
	});

	it('duplicates, as a copy or as a redesign of its baseline, without results', async () => {
		const { lib } = setup();
		const a = await lib.createEntry(blankScenario('Clinic'), { role: 'baseline' });
		await lib.saveRunState(a.id, { lastResults: { replications: 3 } as Results });
		const copy = await lib.duplicateEntry(a.id);
		expect(copy?.scenario.name).toBe('Clinic (2)');
		expect(copy?.name).toBe('Clinic (2)');
		expect(copy?.role).toBe('baseline');
		expect(copy?.lastResults).toBeUndefined();
		const redesign = await lib.duplicateEntry(a.id, { asRedesign: true });
		expect(redesign).toMatchObject({ name: 'Clinic — redesign', role: 'redesign', baselineId: a.id });
		expect(redesign?.scenario.nodes).toEqual(a.scenario.nodes);
		expect(await lib.duplicateEntry('missing')).toBeUndefined();
	});

	it('keeps run state beside the scenario and serialises concurrent writes', async () => {
		const { lib } = setup();
		const a = await lib.createEntry(blankScenario('A'));
		const results = { replications: 7 } as Results;
		await Promise.all([
			lib.saveRunState(a.id, { lastResults: results, runStartedAt: 5 }),
			lib.saveScenario(a.id, { ...a.scenario, description: 'edited' })
		]);
		let got = await lib.loadEntry(a.id);
		expect(got?.lastResults).toEqual(results);
		expect(got?.runStartedAt).toBe(5);
		expect(got?.scenario.description).toBe('edited');
		await lib.saveRunState(a.id, { runStartedAt: null });
		got = await lib.loadEntry(a.id);
		expect(got?.runStartedAt).toBeUndefined();
		expect(got?.lastResults).toEqual(results);
	});
});
