// Errors crossing a worker boundary keep their meaning. Structured cloning (and comlink)
// keep only an error's message, so a worker sends a plain description and the page or the
// CLI turns it back into the engine's own class: a runaway or unstable model, or a cancelled
// run, stays what it is (the CLI exits 3 with the engine's message, the app shows it).
// Anything else is an internal error, its message kept.

import { CancelledError, RunawayError, UnstableError, type ProblemParams, type StabilityReport } from '../sim/index';

export interface SerialisedError {
	name: string;
	message: string;
	code?: string;
	nodeId?: string | null;
	/** Where in the scenario and the values of its translated text (RunawayError). */
	path?: string;
	params?: ProblemParams;
	report?: StabilityReport;
	stack?: string;
}

export function serialiseError(e: unknown): SerialisedError {
	if (e instanceof RunawayError)
		return { name: 'RunawayError', message: e.message, code: e.code, nodeId: e.nodeId, path: e.path, params: e.params };
	if (e instanceof UnstableError) return { name: 'UnstableError', message: e.message, report: e.report };
	if (e instanceof CancelledError) return { name: 'CancelledError', message: e.message };
	if (e instanceof Error) return { name: e.name, message: e.message, stack: e.stack };
	return { name: 'Error', message: String(e) };
}

/** An error inside a worker that is not one of the engine's (a bug): its message kept. */
export class WorkerTaskError extends Error {
	override name = 'WorkerTaskError';
	readonly original: string;
	constructor(original: string, message: string, stack?: string) {
		super(message);
		this.original = original;
		if (stack) this.stack = stack;
	}
}

export function reviveError(s: SerialisedError): Error {
	switch (s.name) {
		case 'RunawayError':
			return new RunawayError((s.code ?? 'too-many-events') as RunawayError['code'], s.message, s.nodeId ?? null, s.path, s.params);
		case 'UnstableError':
			return s.report ? new UnstableError(s.report) : new UnstableError({ stable: false, stations: {}, message: s.message });
		case 'CancelledError':
			return new CancelledError();
		default:
			return new WorkerTaskError(s.name, s.message, s.stack);
	}
}

/**
 * Workers of a job kept failing (crashed, exited, or went silent) and the job was stopped.
 * `code` says which, for the interface to word it in the user's language.
 */
export class WorkerFaultError extends Error {
	override name = 'WorkerFaultError';
	readonly code: 'crashed' | 'silent' | 'cannot-start';
	/** The last fault's own words (e.g. the worker's uncaught error). */
	readonly detail: string;
	constructor(code: WorkerFaultError['code'], message: string, detail = '') {
		super(message);
		this.code = code;
		this.detail = detail;
	}
}

/** A job was cancelled (by the user, or the CLI on Ctrl-C). Named PoolCancelled for the callers that test the name. */
export class JobCancelled extends CancelledError {
	override name = 'PoolCancelled';
}

/** True for the errors a user can act on (the CLI's exit 3): runaway, unstable, cancelled, workers failing. */
export function isRunError(e: unknown): e is Error {
	return e instanceof RunawayError || e instanceof UnstableError || e instanceof CancelledError || e instanceof WorkerFaultError;
}
