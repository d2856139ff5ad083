// The validator's findings: a problem names the exact place in the scenario file (a path such
// as `nodes[2].servers.count[3]`) and says, in plain words, what is wrong and how to fix it.
// Errors stop a run; warnings point at things that are legal but probably not what was meant.
// Each problem also carries a code and parameters, so interfaces can say it in other languages.

import type { ProblemCode } from './problem-codes';

/** Values a problem's text is filled with: numbers, names, ids and values as the file shows them. */
export type ProblemParams = Record<string, string | number>;

export interface Problem {
	/** Where in the file, e.g. `links[4].probability`; `$` is the whole file. */
	path: string;
	/** What is wrong and how to fix it, in English (the CLI prints it). */
	message: string;
	/**
	 * Which problem this is (PROBLEM_CODES), so an interface can say it in its own language from
	 * its catalogue (src/lib/i18n/messages/problems.ts) with `params`. Every problem of the
	 * validator has one; problems made elsewhere (e.g. a file that is not JSON) may not.
	 */
	code?: ProblemCode;
	params?: ProblemParams;
}

/** Beyond this many problems of one severity the rest are counted, not listed (a broken import can produce millions). */
export const MAX_LISTED_PROBLEMS = 1000;

/** Collects errors and warnings in the order found; never throws. */
export class Report {
	readonly errors: Problem[] = [];
	readonly warnings: Problem[] = [];
	#droppedErrors = 0;
	#droppedWarnings = 0;

	error(path: string, message: string, code: ProblemCode, params: ProblemParams = {}): void {
		if (this.errors.length < MAX_LISTED_PROBLEMS) this.errors.push({ path: path || '$', message, code, params });
		else this.#droppedErrors++;
	}

	warn(path: string, message: string, code: ProblemCode, params: ProblemParams = {}): void {
		if (this.warnings.length < MAX_LISTED_PROBLEMS) this.warnings.push({ path: path || '$', message, code, params });
		else this.#droppedWarnings++;
	}

	get hasErrors(): boolean {
		return this.errors.length > 0;
	}

	/** The lists to hand out, each ending with a count of what was left off. */
	finish(): { errors: Problem[]; warnings: Problem[] } {
		const errors = [...this.errors];
		const warnings = [...this.warnings];
		if (this.#droppedErrors > 0)
			errors.push({
				path: '$',
				message: `…and ${this.#droppedErrors} more problems not listed; fix the ones above first`,
				code: 'file.moreProblems',
				params: { count: this.#droppedErrors }
			});
		if (this.#droppedWarnings > 0)
			warnings.push({
				path: '$',
				message: `…and ${this.#droppedWarnings} more warnings not listed`,
				code: 'file.moreWarnings',
				params: { count: this.#droppedWarnings }
			});
		return { errors, warnings };
	}
}
