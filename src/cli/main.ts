// The Flowbench command line: validate, run and compare scenario files without a browser, on
// the same engine the app uses, with replications spread over worker threads; shard and merge
// for clusters. Commands are one table; each lives in ./commands/.
//
// Exit codes: 0 done, 1 invalid scenario (or part files that do not merge), 2 bad command
// line, 3 the run could not finish (unstable system, runaway model, cancelled, workers
// failing), 70 internal error. The process ends by itself once stdout has drained (never
// process.exit), so piped output is always complete.

import { isRunError } from '../lib/jobs/errors';
import { parseArgs, UsageError } from './args';
import type { Command } from './command';
import { compareCommand } from './commands/compare';
import { mergeCommand } from './commands/merge';
import { runCommand } from './commands/run';
import { validateCommand } from './commands/validate';
import { write } from './output';
import { commandOptimise, OPTIMISE_USAGE } from './commands/optimise';
import { commandSweep, SWEEP_USAGE } from './commands/sweep';

const COMMANDS: Record<string, Command> = {
	run: runCommand,
	compare: compareCommand,
	validate: validateCommand,
	merge: mergeCommand
};

/** Commands that read their own flags (many of their own; see each file): name → usage and entry. */
const OWN_FLAG_COMMANDS: Record<string, { usage: string; run(argv: string[]): Promise<number> }> = {
	import: {
		usage:
			'  flowbench import <log.csv|tsv|xlsx> [--map mapping.json] [--out scenario.json] [--survey survey.csv]   (import --help: all options)',
		// the spreadsheet reader is large: loaded only for an import
		run: async (argv) => (await import('./commands/import')).commandImport(argv)
	},
	optimise: { usage: OPTIMISE_USAGE, run: commandOptimise },
	sweep: { usage: SWEEP_USAGE, run: commandSweep }
};

export const EXIT = { ok: 0, invalid: 1, usage: 2, cannotFinish: 3, internal: 70 } as const;

function usage(): string {
	const lines = [...Object.values(COMMANDS).map((c) => `  flowbench ${c.usage}`), ...Object.values(OWN_FLAG_COMMANDS).map((c) => c.usage)];
	const helps = Object.entries(COMMANDS).map(([name, c]) => `${name.padEnd(10)}${c.help.replace(/\n/g, '\n' + ' '.repeat(10))}`);
	return (
		`Usage:\n${lines.join('\n')}\n\n${helps.join('\n')}\n\n` +
		'--shard i/N computes only slice i (0 ≤ i < N) of the replications (sweep: of the grid points) and writes a part file;\n' +
		'`flowbench merge` combines all N parts into the same bytes as the unsharded run.\n\n' +
		'Exit codes: 0 done, 1 invalid scenario, 2 bad command line, 3 the run could not finish\n' +
		'(unstable system, runaway model, cancelled, workers failing), 70 internal error.\n'
	);
}

async function main(argv: string[]): Promise<number> {
	const own = OWN_FLAG_COMMANDS[argv[0]];
	if (own) {
		try {
			return await own.run(argv.slice(1));
		} catch (e) {
			if (!isRunError(e)) throw e;
			await write(process.stderr, `error: ${e.message}\n`);
			return EXIT.cannotFinish;
		}
	}
	let args;
	try {
		args = parseArgs(argv, COMMANDS);
	} catch (e) {
		if (!(e instanceof UsageError)) throw e;
		await write(process.stderr, `${e.message}\n\n${usage()}`);
		return EXIT.usage;
	}
	if (args.command === 'help') {
		await write(process.stdout, usage());
		return EXIT.ok;
	}
	try {
		return await COMMANDS[args.command].run(args);
	} catch (e) {
		if (e instanceof UsageError) {
			await write(process.stderr, `${e.message}\n`);
			return EXIT.usage;
		}
		if (isRunError(e)) {
			await write(process.stderr, `error: ${e.message}\n`);
			return EXIT.cannotFinish;
		}
		throw e;
	}
}

main(process.argv.slice(2)).then(
	(code) => {
		process.exitCode = code;
	},
	(e: unknown) => {
		// an engine bug, not a user error: say so plainly, without a wall of stack
		process.stderr.write(`internal error: ${(e as Error)?.message ?? e}\nPlease report this with the scenario file.\n`);
		process.exitCode = EXIT.internal;
	}
);
