// Writes the stored results the results-dashboard harness (/dev/results) and its unit tests read
// (tests/fixtures/harness/results-<example>.json): each example scenario of static/examples/ run with its own
// settings (replications, seed, length). `npm run golden` runs it after the golden
// results; review the diff before committing.
import { readFileSync, writeFileSync } from 'node:fs';
import { runScenario, type Scenario } from '../src/lib/sim/index';

const EXAMPLES = ['bank-branch-baseline', 'bank-branch-kiosks', 'call-centre-steady'];

const out = process.argv[2] ?? 'tests/fixtures/harness';
for (const name of EXAMPLES) {
	const scenario = JSON.parse(readFileSync(`static/examples/${name}.json`, 'utf8')) as Scenario;
	const file = `${out}/results-${name}.json`;
	writeFileSync(file, JSON.stringify(runScenario(scenario), null, 2) + '\n');
	console.log(`wrote ${file}`);
}
