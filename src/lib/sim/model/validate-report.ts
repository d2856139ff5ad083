// The validator's findings: a problem names the exact place in the scenario file (a path such
// as `nodes[2].servers.count[3]`) and says, in plain words, what is wrong and how to fix it.
// Errors stop a run; warnings point at things that are legal but probably not what was meant.

export interface Problem {
	/** Where in the file, e.g. `links[4].probability`; `$` is the whole file. */
	path: string;
	/** What is wrong and how to fix it. */
	message: string;
}

/** Beyond this many problems of one severity the rest are counted, not listed (a broken import can produce millions). */
export const MAX_LISTED_PROBLEMS = 1000;

/** Collects errors and warnings in the order found; never throws. */
export class Report {
	readonly errors: Problem[] = [];
	readonly warnings: Problem[] = [];
	#droppedErrors = 0;
	#droppedWarnings = 0;

	error(path: string, message: string): void {
		if (this.errors.length < MAX_LISTED_PROBLEMS) this.errors.push({ path: path || '$', message });
		else this.#droppedErrors++;
	}

	warn(path: string, message: string): void {
		if (this.warnings.length < MAX_LISTED_PROBLEMS) this.warnings.push({ path: path || '$', message });
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
			errors.push({ path: '$', message: `…and ${this.#droppedErrors} more problems not listed; fix the ones above first` });
		if (this.#droppedWarnings > 0)
			warnings.push({ path: '$', message: `…and ${this.#droppedWarnings} more warnings not listed` });
		return { errors, warnings };
	}
}
