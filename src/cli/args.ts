// Command-line arguments of the Flowbench CLI, parsed without dependencies.
import { OPTIMISE_USAGE } from './commands/optimise';
import { SWEEP_USAGE } from './commands/sweep';

export const USAGE = `Usage:
  flowbench run <scenario.json> [--replications N] [--seed S] [--out results.json] [--workers N] [--quiet]
  flowbench compare <baseline.json> <redesign.json> [--replications N] [--seed S] [--out comparison.json] [--workers N] [--quiet]
  flowbench validate <scenario.json>
  flowbench import <log.csv|tsv|xlsx> [--map mapping.json] [--out scenario.json] [--survey survey.csv]   (import --help: all options)
${OPTIMISE_USAGE}
${SWEEP_USAGE}

run       simulates the scenario and writes results JSON (to stdout without --out).
          Progress goes to stderr on long runs.
compare   runs both scenarios on the same simulated customers (same seed; the baseline's
          replications and seed unless given) and writes comparison JSON: both results and
          every KPI's difference (redesign − baseline) with a 95 % confidence interval.
validate  prints each problem as "path: message" and exits 1 if the file is not a valid scenario.

Exit codes: 0 ok, 1 invalid scenario, 2 bad command line, 3 the run could not finish
(unstable system, runaway model), 70 internal error.
`;

export class UsageError extends Error {}

export interface CliArgs {
	command: 'run' | 'compare' | 'validate' | 'help';
	file: string;
	/** compare: the redesign scenario (`file` is the baseline). */
	other?: string;
	replications?: number;
	seed?: number;
	workers?: number;
	out?: string;
	quiet: boolean;
}

function wholeNumber(flag: string, value: string | undefined, min: number, max: number): number {
	if (value === undefined) throw new UsageError(`${flag} needs a value`);
	const n = Number(value);
	if (!Number.isInteger(n) || n < min || n > max) throw new UsageError(`${flag} must be a whole number from ${min} to ${max} (got "${value}")`);
	return n;
}

export function parseArgs(argv: string[]): CliArgs {
	const [command, ...rest] = argv;
	if (command === undefined || command === 'help' || command === '--help' || command === '-h') return { command: 'help', file: '', quiet: false };
	if (command !== 'run' && command !== 'compare' && command !== 'validate') throw new UsageError(`unknown command "${command}"`);
	const args: CliArgs = { command, file: '', quiet: false };
	for (let i = 0; i < rest.length; i++) {
		const a = rest[i];
		switch (a) {
			case '--replications':
				args.replications = wholeNumber(a, rest[++i], 1, 1_000_000);
				break;
			case '--seed':
				args.seed = wholeNumber(a, rest[++i], 0, 2 ** 32 - 1);
				break;
			case '--workers':
				args.workers = wholeNumber(a, rest[++i], 1, 256);
				break;
			case '--out':
				if (rest[i + 1] === undefined) throw new UsageError('--out needs a file name');
				args.out = rest[++i];
				break;
			case '--quiet':
				args.quiet = true;
				break;
			default:
				if (a.startsWith('--')) throw new UsageError(`unknown option "${a}"`);
				if (command === 'compare' && args.file && !args.other) args.other = a;
				else if (command === 'compare' && args.other)
					throw new UsageError(`compare takes two scenario files (got "${args.file}", "${args.other}" and "${a}")`);
				else if (args.file) throw new UsageError(`one scenario file at a time (got "${args.file}" and "${a}")`);
				else args.file = a;
		}
	}
	if (command === 'compare' && !args.other) throw new UsageError('compare needs two scenario files: the baseline, then the redesign');
	if (!args.file) throw new UsageError(`${command} needs a scenario file`);
	if (command === 'validate' && (args.replications || args.seed !== undefined || args.out))
		throw new UsageError('validate takes only a scenario file');
	return args;
}
