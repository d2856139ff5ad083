// Writes the stored results of the example scenarios (static/examples/) (tests/fixtures/golden/), which
// tests/golden.test.ts compares with exactly: any change to any number is caught. After an
// intended change to the engine, run `npm run golden` and review the diff before committing.
import { readFileSync, writeFileSync } from 'node:fs';
import { GOLDEN_CASES, goldenResults } from '../tests/golden-cases';

for (const c of GOLDEN_CASES) {
	const scenario = JSON.parse(readFileSync(c.file, 'utf8'));
	writeFileSync(c.golden, JSON.stringify(goldenResults(scenario, c), null, 1) + '\n');
	console.log(`wrote ${c.golden}`);
}
