// The example scenarios (static/examples/) run through the engine and give exactly the stored results: the same
// seed, scenario and engine version always give the same numbers, and no change to any
// number goes unnoticed. Regenerate with `npm run golden` after an intended change.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { GOLDEN_CASES, goldenResults } from './golden-cases';

describe('example scenarios against stored results', () => {
	for (const c of GOLDEN_CASES) {
		it(basename(c.file), () => {
			const scenario = JSON.parse(readFileSync(c.file, 'utf8'));
			const stored = JSON.parse(readFileSync(c.golden, 'utf8'));
			const now = JSON.parse(JSON.stringify(goldenResults(scenario, c)));
			expect(now).toEqual(stored);
		});
	}
});
