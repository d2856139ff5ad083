// The library of saved scenarios, kept in this browser's IndexedDB (through idb-keyval) and
// nowhere else. Each entry holds one scenario, its name and dates, whether it is a baseline
// or a redesign (and of which baseline), and the results of its last run, so reopening it
// shows them. The storage is behind a small interface so the logic is testable with a map.

import { createStore, del, entries, get, set, type UseStore } from 'idb-keyval';
import type { Results, Scenario } from '$lib/sim';

export interface LibraryEntry {
	id: string;
	name: string;
	scenario: Scenario;
	createdAt: number;
	updatedAt: number;
	role?: 'baseline' | 'redesign';
	baselineId?: string;
	lastResults?: Results;
	/** simKey() of the scenario the last results were run on, to tell when they are out of date. */
	lastResultsFor?: string;
	/** Set while a run is in progress; a reload finding it set tells the user the run was interrupted. */
	runStartedAt?: number;
	/**
	 * Revision of the scenario and name: +1 on every save of them (absent = 0). A tab saves its
	 * edits only over the revision it loaded, so two tabs never silently overwrite each other.
	 */
	rev?: number;
}

/** What a checked save did: saved, refused because another tab saved first (their entry), or the entry is gone. */
export type SaveOutcome = { status: 'saved'; entry: LibraryEntry } | { status: 'conflict'; theirs: LibraryEntry } | { status: 'missing' };

/** A change to an entry, told to the other tabs of this browser. */
export interface EntryChange {
	id: string;
	rev: number;
	deleted?: boolean;
}

/** True for a write refused because the browser's storage for this site is full. */
export function isQuotaError(e: unknown): boolean {
	for (let x = e, depth = 0; x && typeof x === 'object' && depth < 4; x = (x as { cause?: unknown }).cause, depth++) {
		const { name, code } = x as { name?: unknown; code?: unknown };
		if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014) return true;
	}
	return false;
}

export interface CreateOptions {
	name?: string;
	/** Add " (2)", " (3)", … when the name is already in the library. */
	uniqueName?: boolean;
	role?: LibraryEntry['role'];
	baselineId?: string;
}

/** What a library needs from storage (IndexedDB in the browser, a Map in tests). */
export interface EntryStore {
	get(id: string): Promise<LibraryEntry | undefined>;
	set(id: string, entry: LibraryEntry): Promise<void>;
	del(id: string): Promise<void>;
	all(): Promise<LibraryEntry[]>;
}

export function idbStore(dbName = 'flowbench', storeName = 'library'): EntryStore {
	let store: UseStore | null = null;
	const s = () => (store ??= createStore(dbName, storeName));
	return {
		get: (id) => get<LibraryEntry>(id, s()),
		set: (id, entry) => set(id, entry, s()),
		del: (id) => del(id, s()),
		all: async () => (await entries<string, LibraryEntry>(s())).map(([, v]) => v)
	};
}

export function memoryStore(): EntryStore & { map: Map<string, LibraryEntry> } {
	const map = new Map<string, LibraryEntry>();
	return {
		map,
		get: async (id) => (map.has(id) ? structuredClone(map.get(id)) : undefined),
		set: async (id, entry) => void map.set(id, structuredClone(entry)),
		del: async (id) => void map.delete(id),
		all: async () => [...map.values()].map((e) => structuredClone(e))
	};
}

export function newId(): string {
	const c = globalThis.crypto;
	if (c?.randomUUID) return c.randomUUID().slice(0, 8) + c.randomUUID().slice(0, 4);
	return Math.random().toString(36).slice(2, 14);
}

/** A name not yet used in the library: "Name", else "Name (2)", "Name (3)", … */
export function uniqueName(name: string, taken: Iterable<string>): string {
	const used = new Set(taken);
	if (!used.has(name)) return name;
	const base = name.replace(/ \(\d+\)$/, '');
	for (let k = 2; ; k++) if (!used.has(`${base} (${k})`)) return `${base} (${k})`;
}

/** A variant's name without its " — baseline" / " — redesign" ending (in any of the app's languages) or " (2)" counter. */
export function baseName(name: string): string {
	return name
		.replace(/ \(\d+\)$/, '')
		.replace(/\s+[—–-]\s+(baseline|redesign|现状|改进|改进方案|基准方案|現狀|現況|改善|改善方案|基準方案)$/i, '')
		.trim();
}

export class Library {
	#store: EntryStore;
	#now: () => number;
	#notify: (change: EntryChange) => void;
	/** Writes run one after another, so two read-modify-writes of one entry never interleave. */
	#queue: Promise<unknown> = Promise.resolve();

	constructor(store: EntryStore, now: () => number = Date.now, notify: (change: EntryChange) => void = () => {}) {
		this.#store = store;
		this.#now = now;
		this.#notify = notify;
	}

	#serial<T>(task: () => Promise<T>): Promise<T> {
		const next = this.#queue.then(task, task);
		this.#queue = next.catch(() => undefined);
		return next;
	}

	/** Every entry, most recently changed first. */
	async listEntries(): Promise<LibraryEntry[]> {
		return (await this.#store.all()).sort((a, b) => b.updatedAt - a.updatedAt);
	}

	loadEntry(id: string): Promise<LibraryEntry | undefined> {
		return this.#store.get(id);
	}

	/** Writes an entry as a new revision of what is stored (the write either happens whole or not at all). */
	async #stamp(entry: LibraryEntry, stored?: LibraryEntry): Promise<LibraryEntry> {
		const base = stored ?? (await this.#store.get(entry.id));
		const next = { ...entry, updatedAt: this.#now(), rev: Math.max(base?.rev ?? 0, entry.rev ?? 0) + 1 };
		await this.#store.set(entry.id, next);
		this.#notify({ id: next.id, rev: next.rev });
		return next;
	}

	async #create(scenario: Scenario, options: CreateOptions): Promise<LibraryEntry> {
		const now = this.#now();
		// an imported or shared redesign names its baseline: link it to the saved scenario of that name
		if (!options.role && scenario.redesignOf) {
			const base = (await this.#store.all()).filter((e) => e.name === scenario.redesignOf).sort((a, b) => b.updatedAt - a.updatedAt)[0];
			if (base) options = { ...options, role: 'redesign', baselineId: base.id };
		}
		const wanted = options.name ?? scenario.name;
		const name = options.uniqueName
			? uniqueName(
					wanted,
					(await this.#store.all()).map((e) => e.name)
				)
			: wanted;
		const entry: LibraryEntry = {
			id: newId(),
			name,
			scenario: name === scenario.name ? scenario : { ...scenario, name },
			createdAt: now,
			updatedAt: now,
			...(options.role ? { role: options.role } : {}),
			...(options.baselineId ? { baselineId: options.baselineId } : {})
		};
		await this.#store.set(entry.id, entry);
		return entry;
	}

	/** Saves (creates or overwrites) an entry, stamping updatedAt; returns what was stored. */
	saveEntry(entry: LibraryEntry): Promise<LibraryEntry> {
		return this.#serial(() => this.#stamp(entry));
	}

	/**
	 * A new entry for a scenario, stored exactly as given (an imported file or a share link
	 * keeps its name, so export → import gives back the same file); a given name replaces the
	 * scenario's, made unique in the library when asked.
	 */
	createEntry(scenario: Scenario, options: CreateOptions = {}): Promise<LibraryEntry> {
		return this.#serial(() => this.#create(scenario, options));
	}

	/** Deletes an entry and returns it, so restoreEntry can bring it back (undo). */
	deleteEntry(id: string): Promise<LibraryEntry | undefined> {
		return this.#serial(async () => {
			const entry = await this.#store.get(id);
			if (entry) {
				await this.#store.del(id);
				this.#notify({ id, rev: entry.rev ?? 0, deleted: true });
			}
			return entry;
		});
	}

	/** Puts a deleted entry back exactly as it was. */
	restoreEntry(entry: LibraryEntry): Promise<void> {
		return this.#serial(() => this.#store.set(entry.id, entry));
	}

	/** Renames an entry and its scenario (the name is the scenario's name). */
	renameEntry(id: string, name: string): Promise<LibraryEntry | undefined> {
		return this.#serial(async () => {
			const entry = await this.#store.get(id);
			const clean = name.trim();
			if (!entry || !clean) return entry;
			return this.#stamp({ ...entry, name: clean, scenario: { ...entry.scenario, name: clean } }, entry);
		});
	}

	/**
	 * A copy of an entry under a new name; as a redesign it points back at its baseline, is named
	 * "<baseline> — redesign" (a " — baseline"/" — redesign" ending is not repeated) and gets the
	 * given description (else "Redesign of <baseline>."). Results are not copied.
	 */
	duplicateEntry(
		id: string,
		options: { asRedesign?: boolean; name?: string; description?: string } = {}
	): Promise<LibraryEntry | undefined> {
		return this.#serial(async () => {
			const entry = await this.#store.get(id);
			if (!entry) return undefined;
			const scenario = structuredClone(entry.scenario);
			if (options.asRedesign) {
				scenario.description = options.description ?? `Redesign of ${entry.name}.`;
				scenario.redesignOf = entry.name;
				return this.#create(scenario, {
					name: options.name ?? `${baseName(entry.name)} — redesign`,
					uniqueName: true,
					role: 'redesign',
					baselineId: entry.id
				});
			}
			return this.#create(scenario, { name: options.name ?? entry.name, uniqueName: true, role: entry.role, baselineId: entry.baselineId });
		});
	}

	/** Writes the scenario of an entry (autosave); the entry's name follows the scenario's. */
	saveScenario(id: string, scenario: Scenario): Promise<LibraryEntry | undefined> {
		return this.#serial(async () => {
			const entry = await this.#store.get(id);
			if (!entry) return undefined;
			return this.#stamp({ ...entry, scenario, name: scenario.name || entry.name }, entry);
		});
	}

	/**
	 * Writes the scenario only if the stored entry is still at revision `baseRev` (the one this
	 * tab loaded or last saved); otherwise nothing is written and the stored entry is returned,
	 * so the caller can offer to reload it or keep its own edits as a copy.
	 */
	saveScenarioChecked(id: string, scenario: Scenario, baseRev: number): Promise<SaveOutcome> {
		return this.#serial(async (): Promise<SaveOutcome> => {
			const entry = await this.#store.get(id);
			if (!entry) return { status: 'missing' };
			if ((entry.rev ?? 0) !== baseRev) return { status: 'conflict', theirs: entry };
			return { status: 'saved', entry: await this.#stamp({ ...entry, scenario, name: scenario.name || entry.name }, entry) };
		});
	}

	/** Updates run bookkeeping (last results, run in progress) without touching the scenario or its date. */
	saveRunState(id: string, patch: { lastResults?: Results | null; lastResultsFor?: string; runStartedAt?: number | null }): Promise<void> {
		return this.#serial(async () => {
			const entry = await this.#store.get(id);
			if (!entry) return;
			const next: LibraryEntry = { ...entry };
			if (patch.lastResults === null) {
				delete next.lastResults;
				delete next.lastResultsFor;
			} else if (patch.lastResults !== undefined) {
				next.lastResults = patch.lastResults;
				if (patch.lastResultsFor !== undefined) next.lastResultsFor = patch.lastResultsFor;
			}
			if (patch.runStartedAt === null) delete next.runStartedAt;
			else if (patch.runStartedAt !== undefined) next.runStartedAt = patch.runStartedAt;
			await this.#store.set(id, next);
		});
	}
}

let shared: Library | null = null;
const CHANNEL = 'flowbench-library';
let channel: BroadcastChannel | null | undefined;

function tabsChannel(): BroadcastChannel | null {
	if (channel === undefined) channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : null;
	return channel;
}

/** The browser's library (IndexedDB); created on first use, so nothing touches storage on import. */
export function library(): Library {
	return (shared ??= new Library(idbStore(), Date.now, (change) => tabsChannel()?.postMessage(change)));
}

/** Calls `listener` when another tab of this browser saves or deletes an entry; returns the unsubscribe. */
export function onOtherTabChange(listener: (change: EntryChange) => void): () => void {
	// one channel object per tab sends and listens: it does not receive its own messages
	const ch = tabsChannel();
	if (!ch) return () => {};
	const handler = (e: MessageEvent<EntryChange>) => {
		if (e.data && typeof e.data.id === 'string' && typeof e.data.rev === 'number') listener(e.data);
	};
	ch.addEventListener('message', handler);
	return () => ch.removeEventListener('message', handler);
}
