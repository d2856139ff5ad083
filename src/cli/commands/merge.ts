// flowbench merge <part files…> --out result.json: combines shards into the single-machine result.
import { readFileSync } from 'node:fs';
import type { Command } from '../command';
import { checkOut, emit } from '../output';
import { mergeParts, MergeError, type Part } from '../shards';
import { decodeText, jsonErrorOffset, lineColumn } from '../load';

export const mergeCommand: Command = {
	usage: 'merge <part-0.json> <part-1.json> … [--out result.json]',
	help:
		'combines the part files of `run|compare|sweep --shard i/N` (any order) into the result the\n' +
		'same command writes without --shard, byte for byte; exits 1 if a shard is missing, doubled or of another job.',
	flags: ['--out', '--quiet'],
	files: { min: 1, max: 1_000_000, what: 'the part files of every shard' },
	async run(args) {
		checkOut(args.out);
		const parts: { file: string; part: Part }[] = [];
		for (const file of args.files) {
			let text: string;
			try {
				const decoded = decodeText(readFileSync(file));
				if (!decoded.ok) throw new Error(decoded.message);
				text = decoded.text;
			} catch (e) {
				const code = (e as NodeJS.ErrnoException).code;
				process.stderr.write(`${file}: cannot read the part file: ${code === 'ENOENT' ? 'no such file' : (e as Error).message}\n`);
				return 1;
			}
			try {
				parts.push({ file, part: JSON.parse(text) as Part });
			} catch {
				process.stderr.write(
					`${file}: not valid JSON at ${lineColumn(text, Math.max(0, jsonErrorOffset(text)))} (a part file cut short?)\n`
				);
				return 1;
			}
		}
		let text: string;
		try {
			text = mergeParts(parts);
		} catch (e) {
			if (!(e instanceof MergeError)) throw e;
			process.stderr.write(`error: ${e.message}\n`);
			return 1;
		}
		await emit(args.out, text);
		return 0;
	}
};
