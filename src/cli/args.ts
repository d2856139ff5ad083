// Command-line arguments of the Flowbench CLI, parsed without dependencies. Flags are one
// table (FLAGS: a line per flag); each command says which flags and how many files it takes
// (src/cli/commands/*.ts), so a new command or flag is one line here and one in main.ts.

export class UsageError extends Error {}

export interface Shard {
	/** 0-based: 0 ≤ index < count. */
	index: number;
	count: number;
}

export interface CliArgs {
	command: string;
	/** The positional arguments (scenario files, part files). */
	files: string[];
	/** files[0] (run, validate: the scenario; compare: the baseline). */
	file: string;
	/** compare: the redesign scenario (files[1]). */
	other?: string;
	replications?: number;
	seed?: number;
	workers?: number;
	out?: string;
	/** `--shard i/N`: compute only slice i of N of the tasks (any command that runs tasks may accept it). */
	shard?: Shard;
	quiet: boolean;
}

/** Whole decimal digits only: "1e3", "0x10", " 5", "5.0", "+5" are refused. */
export function wholeNumber(flag: string, value: string | undefined, min: number, max: number): number {
	if (value === undefined) throw new UsageError(`${flag} needs a value`);
	const n = /^\d{1,16}$/.test(value) ? Number(value) : NaN;
	if (!Number.isSafeInteger(n) || n < min || n > max)
		throw new UsageError(
			`${flag} must be a whole number from ${min.toLocaleString('en')} to ${max.toLocaleString('en')}, written in digits (got "${value}")`
		);
	return n;
}

export function parseShard(value: string | undefined): Shard {
	const m = value === undefined ? null : /^(\d{1,7})\/(\d{1,7})$/.exec(value);
	const index = m ? Number(m[1]) : NaN;
	const count = m ? Number(m[2]) : NaN;
	if (!m || count < 1 || index >= count)
		throw new UsageError(`--shard must be i/N with 0 ≤ i < N, e.g. --shard 0/4 for the first of four shards (got "${value ?? ''}")`);
	return { index, count };
}

type FlagParser = (args: CliArgs, value: string | undefined) => void;

/** Every flag: whether it takes a value, and how it is read into CliArgs. */
export const FLAGS: Record<string, { value: boolean; read: FlagParser }> = {
	'--replications': { value: true, read: (a, v) => (a.replications = wholeNumber('--replications', v, 1, 1_000_000)) },
	'--seed': { value: true, read: (a, v) => (a.seed = wholeNumber('--seed', v, 0, 2 ** 32 - 1)) },
	'--workers': { value: true, read: (a, v) => (a.workers = wholeNumber('--workers', v, 1, 256)) },
	'--out': {
		value: true,
		read: (a, v) => {
			if (!v) throw new UsageError('--out needs a file name (leave --out away to write to the standard output)');
			a.out = v;
		}
	},
	'--shard': { value: true, read: (a, v) => (a.shard = parseShard(v)) },
	'--quiet': { value: false, read: (a) => (a.quiet = true) }
};

export interface CommandShape {
	/** Flags the command accepts. */
	flags: string[];
	/** Positional arguments: at least, at most, and what they are called in messages. */
	files: { min: number; max: number; what: string };
}

export function parseArgs(argv: string[], commands: Record<string, CommandShape>): CliArgs {
	const [command, ...rest] = argv;
	if (command === undefined || command === 'help' || command === '--help' || command === '-h')
		return { command: 'help', files: [], file: '', quiet: false };
	const shape = commands[command];
	if (!shape) throw new UsageError(`unknown command "${command}"`);
	const args: CliArgs = { command, files: [], file: '', quiet: false };
	for (let i = 0; i < rest.length; i++) {
		const a = rest[i];
		if (a.startsWith('--')) {
			const flag = FLAGS[a];
			if (!flag) throw new UsageError(`unknown option "${a}"`);
			if (!shape.flags.includes(a)) throw new UsageError(`${command} does not take ${a}`);
			flag.read(args, flag.value ? rest[++i] : undefined);
		} else args.files.push(a);
	}
	const { min, max, what } = shape.files;
	if (args.files.length < min) throw new UsageError(`${command} needs ${what}`);
	if (args.files.length > max) throw new UsageError(`${command} takes ${what} (got ${args.files.map((f) => `"${f}"`).join(', ')})`);
	args.file = args.files[0] ?? '';
	args.other = args.files[1];
	return args;
}
