// The worked checks of satisfaction-model.md, with deterministic tolerance (spread 0) and
// every served customer resolved: (a) the model's expectation over the Erlang C steady-state
// wait distribution (satisfaction/expectation.ts) reproduces the document's figures, and
// (b) a long steady-state simulation agrees with that expectation within its confidence
// interval (validation.md's pass rule, tests/validation/harness.ts).
import { describe, expect, it } from 'vitest';
import { mmcSatisfaction, runScenario, type Scenario, type WaitExperience } from '../../src/lib/sim/index';
import { expectMatches, minutesFor } from '../validation/harness';

interface Check {
	label: string;
	ratePerHour: number;
	meanService: number;
	servers: number;
	experience: WaitExperience;
	multiplier: number;
	desired: number;
	adequate: number;
	doc: { csat: number; topBox: number; nps: number };
}

const CHECKS: Check[] = [
	{
		label: 'M/M/6 phone queue',
		ratePerHour: 100,
		meanService: 3,
		servers: 6,
		experience: 'phone',
		multiplier: 1,
		desired: 1 / 3,
		adequate: 2,
		doc: { csat: 79.76, topBox: 66.05, nps: 12.43 }
	},
	{
		label: 'M/M/5 bank counter',
		ratePerHour: 40,
		meanService: 6,
		servers: 5,
		experience: 'unoccupied',
		multiplier: 1.36,
		desired: 2,
		adequate: 5,
		doc: { csat: 79.61, topBox: 66.27, nps: 13.29 }
	}
];

function scenario(c: Check, replications: number, customers: number): Scenario {
	return {
		format: 'flowbench-scenario',
		version: 2,
		name: c.label,
		run: { mode: 'steady', warmup: 600, length: minutesFor(customers, c.ratePerHour), replications, seed: 2026 },
		segments: [{ id: 'all', name: 'All', share: 1, tolerance: { desired: c.desired, adequate: c.adequate } }],
		nodes: [
			{ id: 'in', kind: 'source', name: 'Arrivals', arrivals: { type: 'poisson', ratePerHour: c.ratePerHour } },
			{
				id: 'q',
				kind: 'station',
				name: 'Queue',
				servers: c.servers,
				service: { dist: 'exponential', mean: c.meanService },
				waitExperience: c.experience
			},
			{ id: 'out', kind: 'exit', name: 'Out' }
		],
		links: [
			{ from: 'in', to: 'q' },
			{ from: 'q', to: 'out' }
		],
		satisfaction: { toleranceSpread: 0 }
	};
}

function analytic(c: Check) {
	return mmcSatisfaction(
		{ lambdaPerMinute: c.ratePerHour / 60, meanService: c.meanService, servers: c.servers },
		{ multiplier: c.multiplier, tolerance: { desired: c.desired, adequate: c.adequate }, params: { toleranceSpread: 0 } }
	);
}

describe('worked checks: expectation over the Erlang C wait distribution', () => {
	for (const c of CHECKS)
		it(`${c.label}: CSAT ${c.doc.csat} %, top-box ${c.doc.topBox} %, NPS ${c.doc.nps}`, () => {
			const e = analytic(c);
			// the document rounds to 0.01; its figures sit up to 0.05 NPS points above the exact
			// expectation with the stated constants (see docs/satisfaction.md, "Worked checks")
			expect(Math.abs(100 * e.csat - c.doc.csat)).toBeLessThan(0.03);
			expect(Math.abs(100 * e.topBox - c.doc.topBox)).toBeLessThan(0.03);
			expect(Math.abs(e.nps - c.doc.nps)).toBeLessThan(0.06);
			expect(e.nps).toBeCloseTo(100 * (e.promoter - e.detractor), 12);
		});

	it('pinned values of the expectation (exact constants of the model)', () => {
		const [phone, bank] = CHECKS.map(analytic);
		expect(100 * phone.csat).toBeCloseTo(79.7431, 3);
		expect(100 * phone.topBox).toBeCloseTo(66.0424, 3);
		expect(phone.nps).toBeCloseTo(12.3825, 3);
		expect(100 * bank.csat).toBeCloseTo(79.599, 3);
		expect(100 * bank.topBox).toBeCloseTo(66.2539, 3);
		expect(bank.nps).toBeCloseTo(13.2395, 3);
	});

	it('with the default tolerance spread (0.4) the expectation averages over customers', () => {
		const c = CHECKS[1];
		const spread = mmcSatisfaction(
			{ lambdaPerMinute: c.ratePerHour / 60, meanService: c.meanService, servers: c.servers },
			{ multiplier: c.multiplier, tolerance: { desired: c.desired, adequate: c.adequate } }
		);
		const fixed = analytic(c);
		expect(spread.csat).not.toBeCloseTo(fixed.csat, 3);
		expect(spread.csat).toBeGreaterThan(0.7);
		expect(spread.csat).toBeLessThan(0.85);
	});
});

describe('worked checks: a long steady-state simulation agrees within its confidence interval', () => {
	const REPS = 10;
	for (const c of CHECKS)
		it(`${c.label}`, () => {
			const e = analytic(c);
			const res = runScenario(scenario(c, REPS, 40_000));
			const lines = [
				expectMatches('csat', res.overall.csat, e.csat, REPS, 0.002),
				expectMatches('topBox', res.overall.topBox, e.topBox, REPS, 0.002),
				expectMatches('nps', res.overall.nps, e.nps, REPS, 0.005)
			];
			// nobody abandons: the surveyed view equals the experience view
			expect(res.overall.csatSurveyed.mean).toBeCloseTo(res.overall.csat.mean!, 12);
			expect(res.overall.npsSurveyed.mean).toBeCloseTo(res.overall.nps.mean!, 12);
			console.log(`${c.label}\n  ${lines.join('\n  ')}`);
		}, 120_000);
});
