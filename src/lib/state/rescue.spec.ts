import { describe, expect, it } from 'vitest';
import { blankScenario } from '$lib/templates';
import { clearUnsaved, stashUnsaved, takeUnsaved, takeUnsavedChecked, type SyncStorage } from './rescue';

function mem(): SyncStorage & { map: Map<string, string> } {
	const map = new Map<string, string>();
	return { map, getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v), removeItem: (k) => void map.delete(k) };
}

describe('rescuing unsaved edits', () => {
	it('gives back a copy newer than the saved entry, once', () => {
		const store = mem();
		const s = blankScenario('Edited');
		stashUnsaved('a', s, 2000, store);
		expect(takeUnsaved('a', 1000, store)).toEqual(s);
		expect(takeUnsaved('a', 1000, store)).toBeNull();
	});

	it('ignores a copy the saved entry already includes, and damaged copies', () => {
		const store = mem();
		stashUnsaved('a', blankScenario('Old'), 1000, store);
		expect(takeUnsaved('a', 1500, store)).toBeNull();
		expect(store.map.size).toBe(0);
		store.setItem('flowbench.unsaved:b', '{nope');
		expect(takeUnsaved('b', 0, store)).toBeNull();
		stashUnsaved('c', blankScenario('C'), 5, store);
		clearUnsaved('c', store);
		expect(takeUnsaved('c', 0, store)).toBeNull();
		expect(takeUnsaved('d', 0, null)).toBeNull();
	});

	it('marks a copy made over an older revision as stale, so it is offered as a copy', () => {
		const store = mem();
		const scenario = blankScenario('mine');
		stashUnsaved('e1', scenario, 2000, store, 4);
		expect(takeUnsavedChecked('e1', 1000, 4, store)).toEqual({ scenario, stale: false });
		expect(takeUnsavedChecked('e1', 1000, 4, store)).toBeNull();
		stashUnsaved('e1', scenario, 2000, store, 4);
		expect(takeUnsavedChecked('e1', 3000, 5, store)).toEqual({ scenario, stale: true });
		// copies from before revisions were recorded follow the time rule
		stashUnsaved('e1', scenario, 2000, store);
		expect(takeUnsavedChecked('e1', 3000, 5, store)).toBeNull();
	});
});
