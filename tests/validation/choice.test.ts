// Channel choice (format v2): with the waits held fixed, the shares customers pick reproduce the
// multinomial-logit probabilities P_j = exp(U_j) / Σ exp(U_k) within a 99.9 % binomial interval that
// a wrong formula would miss; the same seed gives the same picks (common random numbers); the
// validator locates problems with choice nodes at their paths.
import { describe, expect, test } from 'vitest';
import { runScenario, validateScenario, type Scenario } from '../../src/lib/sim/index';

/** Two channels, no queue at either (delays: W = 0), so U_j = preference_j − β·effort_j exactly. */
function twoChannels(prefApp: number, effortApp: number, beta: number, reps = 4): Scenario {
	return {
		format: 'flowbench-scenario',
		version: 2,
		name: 'logit check',
		run: { mode: 'day', hours: 8, drain: true, replications: reps, seed: 7 },
		segments: [{ id: 'all', name: 'Everyone', share: 1 }],
		nodes: [
			{ id: 'in', kind: 'source', name: 'Arrive', arrivals: { type: 'poisson', ratePerHour: 600 } },
			{
				id: 'pick',
				kind: 'choice',
				name: 'Pick',
				waitSensitivity: beta,
				alternatives: [
					{ to: 'counter', label: 'Counter' },
					{ to: 'app', label: 'App', preference: prefApp, effortMinutes: effortApp }
				]
			},
			{ id: 'counter', kind: 'delay', name: 'Counter', duration: { dist: 'deterministic', value: 1 } },
			{ id: 'app', kind: 'delay', name: 'App', duration: { dist: 'deterministic', value: 1 } },
			{ id: 'out', kind: 'exit', name: 'Leave' }
		],
		links: [
			{ from: 'in', to: 'pick' },
			{ from: 'pick', to: 'counter' },
			{ from: 'pick', to: 'app' },
			{ from: 'counter', to: 'out' },
			{ from: 'app', to: 'out' }
		]
	};
}

describe('channel choice reproduces the logit shares', () => {
	test.each([
		[0, 0, 0.2, 0.5],
		[1, 0, 0.2, 1 / (1 + Math.exp(-1))],
		[0.5, 5, 0.3, 1 / (1 + Math.exp(-(0.5 - 1.5)))]
	])('preference %d, effort %d, β %d: App share %d', (pref, effort, beta, expected) => {
		const s = twoChannels(pref, effort, beta);
		const r = validateScenario(s);
		expect(r.ok, JSON.stringify(!r.ok && r.problems)).toBe(true);
		const res = runScenario(s);
		const ch = res.channels!.pick;
		expect(ch.alternatives.map((a) => a.label)).toEqual(['Counter', 'App']);
		const n = res.overall.arrivals.mean! * res.replications;
		const app = ch.alternatives[1].share.mean!;
		// 99.9 % binomial interval around the logit probability: ±3.29 standard errors
		const se = Math.sqrt((expected * (1 - expected)) / n);
		expect(Math.abs(app - expected)).toBeLessThan(3.29 * se);
		expect(ch.alternatives[0].share.mean! + app).toBeCloseTo(1, 12);
		expect(ch.periods).toHaveLength(8);
	});

	test('the interval could fail: shares of a different formula are rejected', () => {
		const s = twoChannels(1, 0, 0.2);
		const res = runScenario(s);
		const n = res.overall.arrivals.mean! * res.replications;
		const app = res.channels!.pick.alternatives[1].share.mean!;
		const wrong = 1 / (1 + Math.exp(-0.8)); // e.g. utility off by β·1 minute
		expect(Math.abs(app - wrong)).toBeGreaterThan(3.29 * Math.sqrt((wrong * (1 - wrong)) / n));
	});

	test('longer observed waits shift demand: a slow counter loses customers to the app', () => {
		const s = twoChannels(0, 0, 0.5, 3);
		s.nodes[2] = { id: 'counter', kind: 'station', name: 'Counter', servers: 1, service: { dist: 'exponential', mean: 3 } };
		s.nodes[0] = { id: 'in', kind: 'source', name: 'Arrive', arrivals: { type: 'poisson', ratePerHour: 30 } };
		const res = runScenario(s);
		const counter = res.channels!.pick.alternatives[0].share.mean!;
		expect(counter).toBeLessThan(0.5);
		expect(counter).toBeGreaterThan(0.2);
	});
});

describe('choice determinism and common random numbers', () => {
	test('the same seed gives the same picks; another seed different ones', () => {
		const a = runScenario(twoChannels(0.3, 1, 0.2, 3));
		const b = runScenario(twoChannels(0.3, 1, 0.2, 3));
		expect(JSON.stringify(b.channels)).toBe(JSON.stringify(a.channels));
		const s = twoChannels(0.3, 1, 0.2, 3);
		s.run.seed = 8;
		expect(JSON.stringify(runScenario(s).channels)).not.toBe(JSON.stringify(a.channels));
	});

	test('raising one channel’s preference only moves customers towards it (same customers, same draws)', () => {
		const low = runScenario(twoChannels(0, 0, 0.2, 3)).channels!.pick.alternatives[1].share.mean!;
		const high = runScenario(twoChannels(0.2, 0, 0.2, 3)).channels!.pick.alternatives[1].share.mean!;
		expect(high).toBeGreaterThan(low);
	});
});

describe('choice validation', () => {
	const problems = (s: Scenario) => {
		const r = validateScenario(s);
		return r.ok ? [] : r.problems.map((p) => `${p.code} ${p.path}`);
	};
	test('an alternative without a link, a link without an alternative, duplicates, unknown segments', () => {
		const s = twoChannels(0, 0, 0.2);
		const pick = s.nodes[1] as Extract<Scenario['nodes'][number], { kind: 'choice' }>;
		pick.alternatives.push({ to: 'out' }, { to: 'app' }, { to: 'nowhere' });
		pick.alternatives[0].preference = { all: 1, nobody: 2 };
		s.links.push({ from: 'pick', to: 'in2' } as never);
		const out = problems(s);
		expect(out).toContain('choice.noLink nodes[1].alternatives[2].to');
		expect(out).toContain('choice.duplicateAlternative nodes[1].alternatives[3].to');
		expect(out).toContain('link.unknownNode nodes[1].alternatives[4].to');
		expect(out).toContain('link.unknownSegment nodes[1].alternatives[0].preference.nobody');
	});
	test('a link that is no alternative; a negative wait sensitivity', () => {
		const s = twoChannels(0, 0, -1);
		(s.nodes[1] as { alternatives: unknown[] }).alternatives.pop();
		const out = problems(s);
		expect(out).toContain('choice.linkNotAlternative links[2].to');
		expect(out).toContain('value.min nodes[1].waitSensitivity');
	});
	test('announced waits with no channel that shows its wait: a warning at waitInfo, gone once one does', () => {
		const s = twoChannels(0, 0, 0.2);
		(s.nodes[1] as { waitInfo?: string }).waitInfo = 'announced';
		const warned = validateScenario(s);
		expect(warned.ok).toBe(true);
		const codes = warned.ok ? warned.warnings.map((w) => `${w.code} ${w.path}`) : [];
		expect(codes).toContain('choice.noWaitShown nodes[1].waitInfo');
		(s.nodes[2] as { showsExpectedWait?: boolean }).showsExpectedWait = true;
		const quiet = validateScenario(s);
		expect(quiet.ok && quiet.warnings.map((w) => w.code)).not.toContain('choice.noWaitShown');
	});
});
