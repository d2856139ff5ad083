// flowbench validate <scenario.json>: every problem as "path: message", exit 1 if invalid.
import type { Command } from '../command';
import { printProblems } from '../command';
import { loadScenario } from '../load';
import { write } from '../output';

export const validateCommand: Command = {
	usage: 'validate <scenario.json>',
	help: 'prints each problem as "path: message" and exits 1 if the file is not a valid scenario.',
	flags: [],
	files: { min: 1, max: 1, what: 'one scenario file' },
	async run(args) {
		const loaded = loadScenario(args.file);
		if (!loaded.ok) {
			await printProblems(loaded.problems);
			return 1;
		}
		await write(
			process.stdout,
			loaded.warnings.map((w) => `warning: ${w.path}: ${w.message}\n`).join('') + `${args.file}: valid scenario "${loaded.scenario.name}"\n`
		);
		return 0;
	}
};
