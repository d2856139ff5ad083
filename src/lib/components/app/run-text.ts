// The words for a run's state, shared by the run panel and its tests.

import { fmt, t } from '$lib/i18n/i18n.svelte';
import type { RunStatus } from '$lib/state/run.svelte';

export function runStatusText(status: RunStatus, progress: { done: number; total: number }, error: string | null): string {
	const p = { done: fmt(progress.done), total: fmt(progress.total) };
	switch (status) {
		case 'idle':
			return t('run.statusIdle');
		case 'running':
			return t('run.statusRunning', p);
		case 'done':
			return t('run.statusDone', { total: fmt(progress.total) });
		case 'cancelled':
			return t('run.statusCancelled', p);
		case 'error':
			return t('run.statusError', { error: error ?? '' });
	}
}

/** "about 12 s left", "about 3 min left"; null when unknown. */
export function timeLeftText(seconds: number | null): string | null {
	if (seconds === null || !Number.isFinite(seconds)) return null;
	if (seconds < 1) return t('run.almostDone');
	if (seconds < 90) return t('run.secondsLeft', { value: fmt(Math.ceil(seconds)) });
	return t('run.minutesLeft', { value: fmt(Math.ceil(seconds / 60)) });
}
