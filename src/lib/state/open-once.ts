// Opening a template or a share link makes a new library entry. If the page is reloaded
// while that happens (the tab was restored, the user pressed reload on "Opening…"), the same
// address must not make a second copy: the tab remembers, for a few seconds, which entry an
// address made, and goes there instead.

export const REUSE_WITHIN_MS = 10_000;
const KEY = 'flowbench.opened';

interface Memo {
	href: string;
	id: string;
	at: number;
}

export interface MemoStorage {
	getItem(key: string): string | null;
	setItem(key: string, value: string): void;
}

function storage(): MemoStorage | null {
	try {
		return globalThis.sessionStorage ?? null;
	} catch {
		return null;
	}
}

/** The entry made for this address moments ago in this tab, if it still exists; else makes one. */
export async function openOnce(
	href: string,
	create: () => Promise<string>,
	exists: (id: string) => Promise<boolean>,
	options: { store?: MemoStorage | null; now?: () => number } = {}
): Promise<string> {
	const store = options.store === undefined ? storage() : options.store;
	const now = options.now ?? Date.now;
	try {
		const memo = JSON.parse(store?.getItem(KEY) ?? 'null') as Memo | null;
		if (memo && memo.href === href && now() - memo.at < REUSE_WITHIN_MS && (await exists(memo.id))) return memo.id;
	} catch {
		// a damaged memo is ignored
	}
	const id = await create();
	try {
		store?.setItem(KEY, JSON.stringify({ href, id, at: now() } satisfies Memo));
	} catch {
		// not remembered: a reload at this very moment may make a second copy
	}
	return id;
}
