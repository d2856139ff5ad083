// Writes the stored results the results-dashboard harness (/dev/results) and its unit tests read
// (static/dev/results-<example>.json): each example scenario of static/examples/ run with its own
// settings (replications, seed, length). Run `npm run dev-results` after an intended engine change
// (together with `npm run golden`) and review the diff before committing.
import { readFileSync, writeFileSync } from 'node:fs';
import { runScenario, type Scenario } from '../src/lib/sim/index';

export const DEV_RESULT_EXAMPLES = ['bank-branch-baseline', 'bank-branch-kiosks', 'call-centre-steady'];

const out = process.argv[2] ?? 'static/dev';
for (const name of DEV_RESULT_EXAMPLES) {
	const scenario = JSON.parse(readFileSync(`static/examples/${name}.json`, 'utf8')) as Scenario;
	const file = `${out}/results-${name}.json`;
	writeFileSync(file, JSON.stringify(runScenario(scenario), null, 2) + '\n');
	console.log(`wrote ${file}`);
}
