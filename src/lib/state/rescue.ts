// The last edits of a page that is closing. Saving to IndexedDB takes a few asynchronous
// steps that a closing page may not finish, so on pagehide any unsaved scenario is also
// written to localStorage, which is synchronous. When the scenario is opened again, a
// rescued copy newer than the saved one is used (and saved properly).

import type { Scenario } from '$lib/sim';

const PREFIX = 'flowbench.unsaved:';

export interface SyncStorage {
	getItem(key: string): string | null;
	setItem(key: string, value: string): void;
	removeItem(key: string): void;
}

function local(): SyncStorage | null {
	try {
		return globalThis.localStorage ?? null;
	} catch {
		return null;
	}
}

/** Keeps an unsaved scenario for the entry id (at time `at`, ms), made over revision `rev` of the saved entry. */
export function stashUnsaved(id: string, scenario: Scenario, at = Date.now(), store = local(), rev?: number): void {
	try {
		store?.setItem(PREFIX + id, JSON.stringify({ at, scenario, ...(rev === undefined ? {} : { rev }) }));
	} catch {
		// storage full or blocked: the IndexedDB save may still finish
	}
}

/** Forgets the rescued copy (after a save that includes it). */
export function clearUnsaved(id: string, store = local()): void {
	try {
		store?.removeItem(PREFIX + id);
	} catch {
		// nothing to clear
	}
}

/** The rescued scenario for the entry if it is newer than the saved one (savedAt, ms); the copy is removed either way. */
export function takeUnsaved(id: string, savedAt: number, store = local()): Scenario | null {
	try {
		const raw = store?.getItem(PREFIX + id);
		if (!raw) return null;
		store?.removeItem(PREFIX + id);
		const { at, scenario } = JSON.parse(raw) as { at: number; scenario: Scenario };
		return typeof at === 'number' && at > savedAt && scenario && typeof scenario === 'object' ? scenario : null;
	} catch {
		return null;
	}
}

/**
 * Like takeUnsaved, for an entry saved at revision `rev`: a rescued copy made over an older
 * revision (another tab saved in between) comes back marked stale, so it is offered as a copy
 * rather than written over the other tab's version.
 */
export function takeUnsavedChecked(
	id: string,
	savedAt: number,
	rev: number,
	store = local()
): { scenario: Scenario; stale: boolean } | null {
	try {
		const raw = store?.getItem(PREFIX + id);
		if (!raw) return null;
		store?.removeItem(PREFIX + id);
		const copy = JSON.parse(raw) as { at: number; scenario: Scenario; rev?: number };
		if (!copy.scenario || typeof copy.scenario !== 'object' || typeof copy.at !== 'number') return null;
		if (copy.rev !== undefined && copy.rev !== rev) return { scenario: copy.scenario, stale: true };
		return copy.at > savedAt ? { scenario: copy.scenario, stale: false } : null;
	} catch {
		return null;
	}
}
