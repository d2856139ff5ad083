// What the page says when a job on the worker pool fails: the engine's own message for a model
// that cannot run (runaway, unstable), a worded reason for workers that failed.

import { t } from '$lib/i18n/i18n.svelte';
import { WorkerFaultError, WorkerTaskError } from '$lib/jobs/errors';

export function jobErrorText(e: unknown): string {
	if (e instanceof WorkerFaultError) return t(`jobs.${e.code}`, { detail: e.detail });
	if (e instanceof WorkerTaskError) return t('jobs.internal', { detail: e.message });
	return e instanceof Error ? e.message : String(e);
}
