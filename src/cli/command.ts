// What every CLI command is: the flags and files it takes (checked by args.ts), one line of
// usage, and what it does. main.ts keeps them in one table.

import type { Problem } from '../lib/sim/index';
import type { CliArgs, CommandShape } from './args';
import { write } from './output';

export interface Command extends CommandShape {
	/** Usage lines (without the leading "flowbench "). */
	usage: string;
	/** What it does, for `flowbench help`. */
	help: string;
	/** Runs the command; resolves to the exit code. Engine run errors (runaway, unstable, cancelled) are thrown and become exit 3. */
	run(args: CliArgs): Promise<number>;
}

export async function printProblems(problems: Problem[], prefix = ''): Promise<void> {
	await write(process.stderr, problems.map((p) => `${prefix}${p.path}: ${p.message}\n`).join(''));
}

/** Progress on stderr for long runs only: after a second, at most every half second, and at the end. */
export function progressReporter(quiet: boolean): (done: number, total: number) => void {
	const started = Date.now();
	let lastShown = 0;
	return (done, total) => {
		const now = Date.now();
		if (quiet || now - started < 1000 || (now - lastShown < 500 && done < total)) return;
		lastShown = now;
		const left = Math.round((((now - started) / done) * (total - done)) / 1000);
		process.stderr.write(`replication ${done}/${total} (${Math.round((100 * done) / total)}%), about ${left} s left\n`);
	};
}
