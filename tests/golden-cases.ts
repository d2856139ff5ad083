// The example scenarios whose results are stored and compared exactly (tests/golden.test.ts).
import { fileURLToPath } from 'node:url';
import { runScenario, type Results, type Scenario } from '../src/lib/sim/index';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export interface GoldenCase {
	file: string;
	golden: string;
	replications: number;
	/** Steady-state runs are shortened so the test stays quick. */
	length?: number;
}

export const GOLDEN_CASES: GoldenCase[] = [
	{
		file: here('../static/examples/bank-branch-baseline.json'),
		golden: here('./fixtures/golden/bank-branch-baseline.results.json'),
		replications: 20
	},
	{
		file: here('../static/examples/bank-branch-kiosks.json'),
		golden: here('./fixtures/golden/bank-branch-kiosks.results.json'),
		replications: 20
	},
	{
		file: here('../static/examples/call-centre-steady.json'),
		golden: here('./fixtures/golden/call-centre-steady.results.json'),
		replications: 3,
		length: 20_000
	}
];

export function goldenResults(scenario: Scenario, c: GoldenCase): Results {
	const s = structuredClone(scenario);
	if (c.length !== undefined) s.run.length = c.length;
	return runScenario(s, { replications: c.replications });
}
