// Format version 1 → 2: every example file (static/examples/, version 1 as the design wrote them)
// and every template, written as version 1, validates after migration with one note, changes in
// nothing but its version number, and runs to exactly the results of the same scenario as version 2.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runScenario, SCENARIO_VERSION, validateScenario, type Scenario } from '../src/lib/sim/index';
import { TEMPLATES } from '../src/lib/templates/index';

const EXAMPLES = join(__dirname, '../static/examples');

const cases: { name: string; v1: Record<string, unknown> }[] = [
	...readdirSync(EXAMPLES)
		.filter((f) => f.endsWith('.json'))
		.sort()
		.map((f) => ({ name: `static/examples/${f}`, v1: JSON.parse(readFileSync(join(EXAMPLES, f), 'utf8')) })),
	...TEMPLATES.flatMap((t) =>
		(['baseline', 'redesign'] as const).map((variant) => ({
			name: `template ${t.id}-${variant}`,
			v1: { ...structuredClone(t[variant]), version: 1 } as Record<string, unknown>
		}))
	)
];

/** A short run: the comparison is exact, so a few replications of a shortened day are enough. */
function quick(s: Scenario): Scenario {
	const out = structuredClone(s);
	if (out.run.mode === 'steady') out.run.length = Math.min(out.run.length ?? 2000, 2000);
	return out;
}

describe('version-1 files load unchanged', () => {
	test('the examples are still version 1, and the current version is 2', () => {
		expect(SCENARIO_VERSION).toBe(2);
		for (const c of cases.filter((x) => x.name.startsWith('static'))) expect(c.v1.version, c.name).toBe(1);
		// examples and templates (the bank pair among them), plus the contract's new kinds
		expect(cases.length).toBeGreaterThanOrEqual(3 + 2 * TEMPLATES.length);
	});

	test.each(cases)('$name: validates, only the version changes, same results as version 2', ({ v1 }) => {
		const input = structuredClone(v1);
		const r = validateScenario(input);
		expect(r.ok, JSON.stringify(!r.ok && r.problems)).toBe(true);
		if (!r.ok) return;
		expect(input).toEqual(v1); // the input is not modified
		expect(r.warnings.filter((w) => w.code === 'file.updated')).toHaveLength(1);
		const { version, ...rest } = r.scenario;
		expect(version).toBe(2);
		const { version: _old, ...restV1 } = v1;
		expect(_old).toBe(1);
		expect(rest).toEqual(restV1);

		const asV2 = { ...structuredClone(v1), version: 2 } as unknown as Scenario;
		const fromV1 = runScenario(quick(r.scenario), { replications: 2 });
		const direct = runScenario(quick(asV2), { replications: 2 });
		expect(JSON.parse(JSON.stringify(fromV1))).toEqual(JSON.parse(JSON.stringify(direct)));
	});
});
