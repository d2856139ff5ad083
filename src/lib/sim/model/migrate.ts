// Brings a scenario file written by an older Flowbench up to the current format version, one
// version at a time, so old files, share links and saved libraries keep opening. Adding a version
// means: raise SCENARIO_VERSION and add a step to STEPS that builds the next version's object (never
// editing its input) and says what changed.
// Files of unknown (newer, or nonsensical) versions pass through untouched; the validator
// reports them. The input is never modified.

import { SCENARIO_VERSION } from './scenario';
import { isObj, own } from './validate-text';

export interface Migration {
	/** The scenario in the current version (the input itself when nothing had to change). */
	scenario: unknown;
	/** The version the input had; 0 when it has no readable version. */
	from: number;
	/** One plain-language line per change made, for the user. */
	notes: string[];
}

/** Turns a scenario of one version into the next version and says, in a sentence, what changed. */
export type MigrationStep = (scenario: Record<string, unknown>) => { scenario: Record<string, unknown>; note: string };

/**
 * Version 1 → 2 (issue 13: choice nodes, appointment sources, callbacks, complaint settings). Every
 * version-2 addition is a new node kind or an optional field, so a version-1 file means the same in
 * version 2: nothing but the version number changes, and it runs to the same results.
 */
export const V1_TO_V2: MigrationStep = (scenario) => ({
	scenario: { ...scenario },
	note: 'nothing else changed (version 2 adds choice and appointment nodes, callbacks and complaint settings; it reads version-1 files as they are).'
});

/** STEPS.get(n) turns a version-n scenario into a version-(n + 1) one. */
const STEPS: ReadonlyMap<number, MigrationStep> = new Map([[1, V1_TO_V2]]);

/** Upgrades `input` to the current format version (see the rules above). */
export function migrateScenario(input: unknown): Migration {
	return applyMigrations(input, STEPS, SCENARIO_VERSION);
}

/** The migration machinery, with the steps and target version given (exported for tests). */
export function applyMigrations(input: unknown, steps: ReadonlyMap<number, MigrationStep>, target: number): Migration {
	const version = own(input, 'version');
	if (!isObj(input) || typeof version !== 'number' || !Number.isInteger(version)) return { scenario: input, from: 0, notes: [] };
	let scenario = input;
	let at = version;
	const notes: string[] = [];
	while (at < target) {
		const step = steps.get(at);
		if (!step) break;
		const next = step(scenario);
		scenario = { ...next.scenario, version: at + 1 };
		notes.push(`Updated from format version ${at} to ${at + 1}: ${next.note}`);
		at++;
	}
	return { scenario, from: version, notes };
}
