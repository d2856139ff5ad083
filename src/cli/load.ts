// Reading a scenario file for the command line: JSON errors with line and column,
// migration from older format versions, then the engine's validator. Never throws for
// a bad file; returns the problems as `path: message` lines.

import { readFileSync } from 'node:fs';
import { migrateScenario, validateScenario, type Problem, type Scenario } from '../lib/sim/index';

export type Loaded = { ok: true; scenario: Scenario; warnings: Problem[] } | { ok: false; problems: Problem[] };

function jsonPosition(text: string, message: string): string {
	const m = /position (\d+)/.exec(message);
	if (!m) return '';
	const pos = Number(m[1]);
	const before = text.slice(0, pos);
	const line = before.split('\n').length;
	const column = pos - before.lastIndexOf('\n');
	return ` at line ${line}, column ${column}`;
}

export function loadScenario(file: string): Loaded {
	let text: string;
	try {
		text = readFileSync(file, 'utf8');
	} catch (e) {
		const code = (e as NodeJS.ErrnoException).code;
		const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder, not a file' : (e as Error).message;
		return { ok: false, problems: [{ path: file, message: `cannot read the scenario: ${why}` }] };
	}
	let json: unknown;
	try {
		json = JSON.parse(text.replace(/^\uFEFF/, ''));
	} catch (e) {
		const msg = (e as Error).message;
		return {
			ok: false,
			problems: [{ path: file, message: `not valid JSON${jsonPosition(text, msg)}: ${msg.replace(/^JSON\.parse: /, '')}` }]
		};
	}
	const migrated = migrateScenario(json);
	const result = validateScenario(migrated.scenario);
	if (!result.ok) return { ok: false, problems: result.problems };
	return { ok: true, scenario: result.scenario, warnings: result.warnings };
}
