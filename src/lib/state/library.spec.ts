import { describe, expect, it } from 'vitest';
import { blankScenario } from '$lib/templates';
import { isQuotaError, Library, memoryStore, uniqueName, type EntryChange, type EntryStore, type LibraryEntry } from './library';
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

	it("counts revisions, and a checked save over another tab's revision writes nothing", async () => {
		const changes: EntryChange[] = [];
		let clock = 1000;
		const lib = new Library(
			memoryStore(),
			() => ++clock,
			(c) => changes.push(c)
		);
		const a = await lib.createEntry(blankScenario('A'));
		// two tabs load revision 0
		const tab1 = await lib.saveScenarioChecked(a.id, { ...a.scenario, name: 'one' }, 0);
		expect(tab1.status === 'saved' && tab1.entry.rev).toBe(1);
		const tab2 = await lib.saveScenarioChecked(a.id, { ...a.scenario, name: 'two' }, 0);
		expect(tab2.status).toBe('conflict');
		if (tab2.status === 'conflict') expect(tab2.theirs.name).toBe('one');
		expect((await lib.loadEntry(a.id))?.name).toBe('one');
		// tab 2 took their version (revision 1) and saves on top of it
		const again = await lib.saveScenarioChecked(a.id, { ...a.scenario, name: 'two' }, 1);
		expect(again.status === 'saved' && again.entry.rev).toBe(2);
		// renames count too; run results do not
		await lib.renameEntry(a.id, 'renamed');
		await lib.saveRunState(a.id, { runStartedAt: 5 });
		expect((await lib.loadEntry(a.id))?.rev).toBe(3);
		await lib.deleteEntry(a.id);
		expect(await lib.saveScenarioChecked(a.id, a.scenario, 3)).toEqual({ status: 'missing' });
		expect(changes).toEqual([
			{ id: a.id, rev: 1 },
			{ id: a.id, rev: 2 },
			{ id: a.id, rev: 3 },
			{ id: a.id, rev: 3, deleted: true }
		]);
	});

	it('keeps the saved version when a write fails for quota, and tells quota errors apart', async () => {
		const inner = memoryStore();
		let full = false;
		const store: EntryStore = {
			...inner,
			set: async (id, entry: LibraryEntry) => {
				if (full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
				return inner.set(id, entry);
			}
		};
		const lib = new Library(store);
		const a = await lib.createEntry(blankScenario('A'));
		full = true;
		const failed = await lib.saveScenarioChecked(a.id, { ...a.scenario, name: 'B' }, 0).catch((e: unknown) => e);
		expect(isQuotaError(failed)).toBe(true);
		expect((await lib.loadEntry(a.id))?.name).toBe('A');
		full = false;
		// the queue goes on after a failure
		const ok = await lib.saveScenarioChecked(a.id, { ...a.scenario, name: 'B' }, 0);
		expect(ok.status).toBe('saved');
		expect(isQuotaError(new Error('other'))).toBe(false);
		expect(isQuotaError({ name: 'AbortError', cause: { name: 'QuotaExceededError' } })).toBe(true);
	});
});
