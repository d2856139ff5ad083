// What the page says when a job on the worker pool fails: the engine's own problem for a model
// that cannot run (runaway, unstable, cancelled), in the user's language and naming the step;
// a worded reason for workers that failed.

import { i18n, t } from '$lib/i18n/i18n.svelte';
import { problemText } from '$lib/i18n/problem-text';
import { WorkerFaultError, WorkerTaskError } from '$lib/jobs/errors';
import { CancelledError, RunawayError, UnstableError } from '$lib/sim';

export function jobErrorText(e: unknown, scenario?: unknown): string {
	if (e instanceof WorkerFaultError) return t(`jobs.${e.code}`, { detail: e.detail });
	if (e instanceof WorkerTaskError) return t('jobs.internal', { detail: e.message });
	if (e instanceof RunawayError || e instanceof UnstableError || e instanceof CancelledError) {
		const said = problemText(e.problem, i18n.locale, scenario);
		return e.problem.path && e.problem.path !== '$' ? said.full : said.text;
	}
	return e instanceof Error ? e.message : String(e);
}

/**
 * Why a model cannot run at all (prepareRun refused it: unstable, or customers trapped in a
 * loop), in the user's language; the engine's English message stays for the CLI.
 */
export function refusalText(e: unknown): string {
	if (e instanceof RunawayError || e instanceof UnstableError) return problemText(e.problem, i18n.locale).text;
	return e instanceof Error ? e.message : String(e);
}
