// Saving while someone edits: a change schedules a save a little later (500 ms), further
// changes in the meantime push it back, and flush() saves at once (on pagehide, or before
// leaving the page). One save runs at a time; a change during a save is saved after it.

export const AUTOSAVE_DELAY_MS = 500;

export interface Autosave {
	/** A change happened: save within the delay. */
	schedule(): void;
	/** Save now if anything is waiting; resolves when saved. */
	flush(): Promise<void>;
	/** True while a change is not saved yet. */
	readonly pending: boolean;
	/** Forgets a waiting change without saving it (e.g. the user took another tab's version instead). */
	cancel(): void;
	dispose(): void;
}

export function createAutosave(save: () => Promise<void>, delay = AUTOSAVE_DELAY_MS, onError?: (e: unknown) => void): Autosave {
	let timer: ReturnType<typeof setTimeout> | undefined;
	let dirty = false;
	let running: Promise<void> = Promise.resolve();

	const run = (): Promise<void> => {
		clearTimeout(timer);
		timer = undefined;
		if (!dirty) return running;
		dirty = false;
		running = running.then(save).catch((e: unknown) => {
			dirty = true;
			onError?.(e);
		});
		return running;
	};

	return {
		schedule() {
			dirty = true;
			clearTimeout(timer);
			timer = setTimeout(() => void run(), delay);
		},
		flush: run,
		get pending() {
			return dirty;
		},
		cancel() {
			clearTimeout(timer);
			timer = undefined;
			dirty = false;
		},
		dispose() {
			clearTimeout(timer);
		}
	};
}
