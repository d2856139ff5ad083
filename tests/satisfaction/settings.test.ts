// The scenario's `satisfaction` object: every parameter is checked by the validator (typos,
// ranges, the cutpoints' order), withDefaults fills the absent keys of a present object, and
// the compiled model uses the scenario's values.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileScenario, DEFAULT_SATISFACTION, runScenario, validateScenario, withDefaults, type Scenario } from '../../src/lib/sim/index';

const EXAMPLES = join(__dirname, '../../static/examples');
// the examples are format version 1 files; as version 2 (all that changes: tests/migration.test.ts) they validate without the update note
const load = (name: string): Scenario => ({ ...JSON.parse(readFileSync(join(EXAMPLES, `${name}.json`), 'utf8')), version: 2 });

function problems(satisfaction: unknown): string[] {
	const s = load('bank-branch-baseline') as unknown as Record<string, unknown>;
	s.satisfaction = satisfaction;
	const r = validateScenario(s);
	// unknown keys are warnings (the file still runs), everything else errors
	return (r.ok ? r.warnings : r.problems).map((p) => `${p.path}: ${p.message}`);
}

describe('satisfaction settings', () => {
	it('accepts every documented parameter', () => {
		expect(
			problems({
				toleranceSpread: 0,
				baseline: 1,
				zonePenalty: 0.4,
				beyondPenalty: 0.6,
				maxWaitPenalty: 2,
				unresolved: 0.8,
				abandoned: 0.4,
				extraContact: 0.3,
				transfer: 0.3,
				overtake: 0.2,
				maxOvertakes: 3,
				cutpoints: [-1.2, -0.8, -0.5, 0.1],
				promoterCut: 0.7,
				detractorCut: 0,
				npsScale: 1,
				waitExperience: { unoccupied: 1.3, phone: 1, occupied: 0.8 },
				expectedWaitShown: 0.85,
				afterServiceStarted: 0.6,
				complaints: { veryDissatisfied: 0.2 }
			})
		).toEqual([]);
	});

	it('catches typos, bad ranges and unordered cutpoints', () => {
		expect(problems({ tranfser: 0.3 }).join('\n')).toMatch(/satisfaction.*tranfser.*transfer/s);
		expect(problems({ transfer: -1 }).join('\n')).toMatch(/satisfaction\.transfer/);
		expect(problems({ toleranceSpread: 'wide' }).join('\n')).toMatch(/satisfaction\.toleranceSpread/);
		expect(problems({ cutpoints: [0, -1, 1, 2] }).join('\n')).toMatch(/satisfaction\.cutpoints\[1\].*greater/);
		expect(problems({ cutpoints: [0, 1, 2] }).join('\n')).toMatch(/satisfaction\.cutpoints/);
		expect(problems({ cutpoints: [0, 1, 2, 3, 4] }).join('\n')).toMatch(/exactly 4/);
		expect(problems({ waitExperience: { unoccupied: 0 } }).join('\n')).toMatch(/satisfaction\.waitExperience\.unoccupied/);
		expect(problems({ npsScale: 0 }).join('\n')).toMatch(/satisfaction\.npsScale/);
	});

	it('withDefaults fills a present satisfaction object and leaves an absent one absent', () => {
		const s = load('bank-branch-baseline');
		expect(withDefaults(s).satisfaction).toBeUndefined();
		s.satisfaction = { transfer: 0.5, waitExperience: { phone: 1.2 } };
		const filled = withDefaults(s).satisfaction!;
		expect(filled).toEqual({
			...DEFAULT_SATISFACTION,
			transfer: 0.5,
			waitExperience: { ...DEFAULT_SATISFACTION.waitExperience, phone: 1.2 }
		});
	});

	it('the compiled model uses the scenario values', () => {
		const s = load('bank-branch-baseline');
		s.satisfaction = { baseline: 1.2, toleranceSpread: 0 };
		const m = compileScenario(s);
		expect(m.satisfaction.params.baseline).toBe(1.2);
		expect(m.satisfaction.params.toleranceSpread).toBe(0);
		expect(Array.from(m.satisfaction.segDesired)).toEqual([2, 1]);
		expect(Array.from(m.satisfaction.segAdequate)).toEqual([5, 3]);
	});

	it('CSAT, top-box and NPS are reported overall, per segment and per period, with intervals', () => {
		const res = runScenario(load('bank-branch-baseline'), { replications: 8 });
		const groups = [res.overall, res.segments.regular, res.segments.vip, ...res.periods];
		for (const g of groups)
			for (const k of ['csat', 'topBox', 'nps', 'csatSurveyed', 'npsSurveyed']) {
				const v = g[k];
				expect(v.mean, k).not.toBeNull();
				expect(v.low!, k).toBeLessThanOrEqual(v.mean!);
				expect(v.high!, k).toBeGreaterThanOrEqual(v.mean!);
			}
		expect(res.overall.csat.mean!).toBeGreaterThan(0.5);
		expect(res.overall.csat.mean!).toBeLessThan(0.95);
		expect(res.overall.nps.mean!).toBeGreaterThan(-100);
		expect(res.overall.nps.mean!).toBeLessThan(100);
		// the lunch peak (period 3) is rated worse than the first hour
		expect(res.periods[3].csat.mean).toBeLessThan(res.periods[0].csat.mean);
	});
});
