// Comparisons the user has opened, remembered on this device (localStorage) so the library can
// list them and reopen them. A comparison is two library entries; the numbers are recomputed
// (deterministically) when one is reopened, so only the pair and when it was opened are kept.

const KEY = 'flowbench.comparisons';
const MAX = 50;

export interface SavedComparison {
	baselineId: string;
	redesignId: string;
	openedAt: number;
}

function storage(): Storage | null {
	try {
		return typeof localStorage === 'undefined' ? null : localStorage;
	} catch {
		return null;
	}
}

export function listComparisons(): SavedComparison[] {
	try {
		const raw = JSON.parse(storage()?.getItem(KEY) ?? '[]');
		return Array.isArray(raw) ? raw.filter((c) => c && typeof c.baselineId === 'string' && typeof c.redesignId === 'string') : [];
	} catch {
		return [];
	}
}

/** Records (or moves to the top) a comparison that was opened. */
export function rememberComparison(baselineId: string, redesignId: string, now = Date.now()): void {
	const rest = listComparisons().filter((c) => !(c.baselineId === baselineId && c.redesignId === redesignId));
	try {
		storage()?.setItem(KEY, JSON.stringify([{ baselineId, redesignId, openedAt: now }, ...rest].slice(0, MAX)));
	} catch {
		// storage full or refused: the comparison simply is not listed
	}
}

export function forgetComparison(baselineId: string, redesignId: string): void {
	try {
		storage()?.setItem(KEY, JSON.stringify(listComparisons().filter((c) => !(c.baselineId === baselineId && c.redesignId === redesignId))));
	} catch {
		// nothing to do
	}
}
