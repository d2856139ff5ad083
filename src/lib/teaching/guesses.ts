// The student's predictions, kept in this browser's localStorage (one per lesson), so a guess
// survives a reload and the answer is shown beside what was really predicted.

export interface Guess {
	/** Index of the chosen option (choice questions). */
	choice?: number;
	/** The number guessed (number questions). */
	value?: number;
	/** When the guess was locked in (ms since 1970). */
	at: number;
}

const key = (lessonId: string) => `flowbench.teach.guess.${lessonId}`;

function storage(): Storage | null {
	try {
		return globalThis.localStorage ?? null;
	} catch {
		return null;
	}
}

export function loadGuess(lessonId: string): Guess | null {
	try {
		const raw = storage()?.getItem(key(lessonId));
		if (!raw) return null;
		const g = JSON.parse(raw) as Guess;
		if (typeof g !== 'object' || g === null) return null;
		if (g.choice !== undefined && !Number.isInteger(g.choice)) return null;
		if (g.value !== undefined && !Number.isFinite(g.value)) return null;
		return g.choice === undefined && g.value === undefined ? null : g;
	} catch {
		return null;
	}
}

export function saveGuess(lessonId: string, guess: Omit<Guess, 'at'>): Guess {
	const g: Guess = { ...guess, at: Date.now() };
	try {
		storage()?.setItem(key(lessonId), JSON.stringify(g));
	} catch {
		// not kept (storage blocked), but still shown for this visit
	}
	return g;
}

export function clearGuess(lessonId: string): void {
	try {
		storage()?.removeItem(key(lessonId));
	} catch {
		// nothing to clear
	}
}
