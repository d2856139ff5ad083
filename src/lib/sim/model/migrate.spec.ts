// Migration: version 2 passes through unchanged, version 1 only gets its version number raised
// (every file of static/examples/ and every template, as version 1: tests/migration.test.ts);
// the machinery upgrades one version at a time, never edits its input, and leaves unknown
// versions for the validator to report.

import { describe, expect, test } from 'vitest';
import { applyMigrations, migrateScenario, type MigrationStep } from './migrate';
import { validateScenario } from './validate';

const v1 = { format: 'flowbench-scenario', version: 1, name: 'x' };
const v2 = { format: 'flowbench-scenario', version: 2, name: 'x' };

describe('migrateScenario', () => {
	test('a current file is returned as it is, with no notes', () => {
		const m = migrateScenario(v2);
		expect(m.scenario).toBe(v2);
		expect(m).toEqual({ scenario: v2, from: 2, notes: [] });
	});

	test('version 1 → 2 changes only the version, says so, and leaves the input alone', () => {
		const input = { ...v1, nodes: [{ id: 'a' }] };
		const m = migrateScenario(input);
		expect(m.from).toBe(1);
		expect(m.scenario).toEqual({ ...input, version: 2 });
		expect(m.notes).toHaveLength(1);
		expect(m.notes[0]).toMatch(/^Updated from format version 1 to 2: nothing else changed/);
		expect(input.version).toBe(1);
		const r = validateScenario({ ...v1 });
		expect(r.warnings.filter((w) => w.code === 'file.updated').map((w) => w.params)).toEqual([{ from: 1, to: 2 }]);
	});

	test.each([null, 3, 'x', [], {}, { version: '1' }, { version: 1.5 }])('%j has no readable version: from 0, untouched', (input) => {
		const m = migrateScenario(input);
		expect(m.scenario).toBe(input);
		expect(m.from).toBe(0);
		expect(m.notes).toEqual([]);
	});

	test('a newer version passes through; the validator refuses it', () => {
		const newer = { ...v1, version: 5 };
		expect(migrateScenario(newer)).toEqual({ scenario: newer, from: 5, notes: [] });
		const r = validateScenario(newer);
		expect(r.ok).toBe(false);
		expect(!r.ok && r.problems[0].message).toMatch(/newer Flowbench.*update Flowbench/);
	});
});

describe('the migration machinery (as a version 2 and 3 would use it)', () => {
	const steps = new Map<number, MigrationStep>([
		[1, (s) => ({ scenario: { ...s, renamed: s.name, name: undefined }, note: '"name" is now "renamed".' })],
		[2, (s) => ({ scenario: { ...s, extra: true }, note: 'added "extra".' })]
	]);

	test('upgrades one version at a time, with a note per step', () => {
		const input = { ...v1 };
		const m = applyMigrations(input, steps, 3);
		expect(m.from).toBe(1);
		expect(m.scenario).toEqual({ format: 'flowbench-scenario', version: 3, renamed: 'x', name: undefined, extra: true });
		expect(m.notes).toEqual([
			'Updated from format version 1 to 2: "name" is now "renamed".',
			'Updated from format version 2 to 3: added "extra".'
		]);
		expect(input).toEqual(v1);
	});

	test('starts from the version the file has', () => {
		const m = applyMigrations({ ...v1, version: 2 }, steps, 3);
		expect(m.notes).toHaveLength(1);
		expect((m.scenario as { version: number }).version).toBe(3);
	});

	test('stops where no step exists (a version that never existed)', () => {
		const m = applyMigrations({ ...v1, version: -4 }, steps, 3);
		expect(m).toEqual({ scenario: { ...v1, version: -4 }, from: -4, notes: [] });
	});
});
