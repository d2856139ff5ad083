import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAutosave } from './autosave';

describe('autosave', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	it('saves once, 500 ms after the last of a burst of changes', async () => {
		const save = vi.fn(async () => {});
		const a = createAutosave(save);
		a.schedule();
		await vi.advanceTimersByTimeAsync(300);
		a.schedule();
		await vi.advanceTimersByTimeAsync(300);
		expect(save).not.toHaveBeenCalled();
		await vi.advanceTimersByTimeAsync(250);
		expect(save).toHaveBeenCalledTimes(1);
		expect(a.pending).toBe(false);
	});

	it('flushes at once, and only when something changed', async () => {
		const save = vi.fn(async () => {});
		const a = createAutosave(save);
		await a.flush();
		expect(save).not.toHaveBeenCalled();
		a.schedule();
		await a.flush();
		expect(save).toHaveBeenCalledTimes(1);
		await vi.advanceTimersByTimeAsync(1000);
		expect(save).toHaveBeenCalledTimes(1);
	});

	it('keeps a failed save pending and reports it', async () => {
		const errors: unknown[] = [];
		const a = createAutosave(
			async () => {
				throw new Error('quota');
			},
			500,
			(e) => errors.push(e)
		);
		a.schedule();
		await a.flush();
		expect(errors).toHaveLength(1);
		expect(a.pending).toBe(true);
	});
});
