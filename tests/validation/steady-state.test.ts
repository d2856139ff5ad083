// The engine against queueing theory in steady state: every reference case of
// validation.md, computed from the formulas (analytic module), plus families of
// parameters around them, so the engine is tested on the model, not on listed numbers.
import { describe, it } from 'vitest';
import * as analytic from '../../src/lib/sim/analytic/index';
import { runScenario, type Segment } from '../../src/lib/sim/index';
import { expectMatches, minutesFor, singleQueue } from './harness';

const REPS = 10;

function run(spec: Parameters<typeof singleQueue>[0]) {
	return runScenario(singleQueue(spec));
}

/** Warm-up 5 % of the measured length. */
function window(customers: number, ratePerHour: number) {
	const length = minutesFor(customers, ratePerHour);
	return { warmup: 0.05 * length, length, replications: REPS };
}

describe('M/M/1 and M/M/c (Erlang C)', () => {
	it('MM1-2: λ 0.8, μ 1 — Wq, P(wait), P(Wq > 2)', () => {
		const r = run({ ratePerHour: 48, service: { dist: 'exponential', mean: 1 }, servers: 1, targetWait: 2, ...window(150_000, 48) });
		const exact = analytic.mmc({ lambda: 0.8, mu: 1, c: 1 });
		const st = r.stations.q;
		expectMatches('Wq', st.waitMean, exact.wq, REPS);
		expectMatches('P(wait)', st.probWait, exact.probWait, REPS);
		expectMatches('P(Wq ≤ 2)', st.serviceLevel, analytic.mmcServiceLevel({ lambda: 0.8, mu: 1, c: 1 }, 2), REPS);
		expectMatches('utilisation', st.utilisation, 0.8, REPS);
		expectMatches('overall Wq', r.overall.waitMean, exact.wq, REPS);
	});

	it('MMC-1: M/M/6 call centre, λ 100/h, E[S] 3 min — the example file', () => {
		const r = run({ ratePerHour: 100, service: { dist: 'exponential', mean: 3 }, servers: 6, targetWait: 1 / 3, ...window(100_000, 100) });
		const p = { lambda: 100 / 60, mu: 1 / 3, c: 6 };
		const st = r.stations.q;
		expectMatches('Wq', st.waitMean, analytic.mmc(p).wq, REPS);
		expectMatches('P(wait)', st.probWait, analytic.mmc(p).probWait, REPS);
		expectMatches('SL(20 s)', st.serviceLevel, analytic.mmcServiceLevel(p, 1 / 3), REPS);
		expectMatches('Lq', st.queueLengthMean, analytic.mmc(p).lq, REPS);
	});

	it('MMC-4: M/M/55, 360 calls per 30 min, E[S] 4 min — ASA, P(wait), SL(15 s)', () => {
		const r = run({ ratePerHour: 720, service: { dist: 'exponential', mean: 4 }, servers: 55, targetWait: 0.25, ...window(200_000, 720) });
		const p = { lambda: 12, mu: 0.25, c: 55 };
		const st = r.stations.q;
		expectMatches('ASA', st.waitMean, analytic.mmc(p).wq, REPS);
		expectMatches('P(wait)', st.probWait, analytic.mmc(p).probWait, REPS);
		expectMatches('SL(15 s)', st.serviceLevel, analytic.mmcServiceLevel(p, 0.25), REPS);
	});

	// a family: several server counts and loads, each against Erlang C
	for (const [c, rho] of [
		[2, 0.7],
		[3, 0.85],
		[10, 0.8],
		[20, 0.9]
	] as const) {
		it(`M/M/${c} at ρ ${rho}`, () => {
			const mean = 5;
			const ratePerHour = (rho * c * 60) / mean;
			const r = run({ ratePerHour, service: { dist: 'exponential', mean }, servers: c, ...window(120_000, ratePerHour), seed: 11 + c });
			const p = { lambda: ratePerHour / 60, mu: 1 / mean, c };
			expectMatches('Wq', r.stations.q.waitMean, analytic.mmc(p).wq, REPS);
			expectMatches('P(wait)', r.stations.q.probWait, analytic.mmc(p).probWait, REPS);
			expectMatches('time in system', r.overall.timeInSystem, analytic.mmc(p).w, REPS);
		});
	}
});

describe('M/M/c/K: finite waiting room, balking', () => {
	it('MMCK-2: M/M/3/6 clinic, λ 10/h, μ 4/h', () => {
		const r = run({ ratePerHour: 10, service: { dist: 'exponential', mean: 15 }, servers: 3, queueCapacity: 3, ...window(100_000, 10) });
		const exact = analytic.mmck({ lambda: 10, mu: 4, c: 3, k: 6 });
		const st = r.stations.q;
		expectMatches('P(block)', st.balking, exact.probBlock, REPS);
		expectMatches('throughput/h', st.throughput, exact.throughput, REPS);
		expectMatches('Wq (admitted), min', st.waitMean, exact.wq * 60, REPS);
	});

	for (const [c, k, rho] of [
		[1, 3, 0.9],
		[4, 10, 1.2]
	] as const) {
		it(`M/M/${c}/${k} at offered load ${rho}`, () => {
			const mean = 2;
			const ratePerHour = (rho * c * 60) / mean;
			const r = run({
				ratePerHour,
				service: { dist: 'exponential', mean },
				servers: c,
				queueCapacity: k - c,
				...window(100_000, ratePerHour),
				seed: 5
			});
			const exact = analytic.mmck({ lambda: ratePerHour / 60, mu: 1 / mean, c, k });
			expectMatches('P(block)', r.stations.q.balking, exact.probBlock, REPS);
			expectMatches('Wq', r.stations.q.waitMean, exact.wq, REPS);
		});
	}
});

describe('M/G/1 (Pollaczek–Khinchine)', () => {
	const cases: [string, Parameters<typeof singleQueue>[0]['service'], number][] = [
		['MG1-1: M/D/1', { dist: 'deterministic', value: 1 }, 0],
		['MG1-6: M/LN/1, cs² = 1', { dist: 'lognormal', mean: 1, cv: 1 }, 1],
		['M/Γ/1, cv 0.5', { dist: 'gamma', mean: 1, cv: 0.5 }, 0.25],
		['M/E3/1', { dist: 'erlang', mean: 1, k: 3 }, 1 / 3],
		['M/Weibull/1, cv 1.5', { dist: 'weibull', mean: 1, cv: 1.5 }, 2.25],
		['M/U/1 on [0, 2]', { dist: 'uniform', min: 0, max: 2 }, 1 / 3],
		['M/Tri/1 (0, 0.5, 2.5)', { dist: 'triangular', min: 0, mode: 0.5, max: 2.5 }, (0 + 0.25 + 6.25 - 0 - 0 - 1.25) / 18 / 1]
	];
	for (const [label, service, cs2] of cases) {
		it(`${label} at ρ 0.8`, () => {
			const r = run({ ratePerHour: 48, service, servers: 1, ...window(200_000, 48), seed: 3 });
			const exact = analytic.mg1({ lambda: 0.8, meanService: 1, cs2 });
			expectMatches('Wq', r.stations.q.waitMean, exact.wq, REPS);
		});
	}
});

describe('Erlang A: abandonment', () => {
	it('EA-1: λ 100/h, E[S] 3, c 5, mean patience 2', () => {
		const segments: Segment[] = [{ id: 'all', name: 'All', share: 1, patience: { dist: 'exponential', mean: 2 } }];
		const r = run({ ratePerHour: 100, service: { dist: 'exponential', mean: 3 }, servers: 5, segments, ...window(100_000, 100) });
		const exact = analytic.erlangA({ lambda: 100 / 60, mu: 1 / 3, c: 5, theta: 0.5 });
		expectMatches('P(abandon)', r.stations.q.abandonment, exact.probAbandon, REPS);
		expectMatches('E[Wq] all', r.stations.q.waitMean, exact.wq, REPS);
		expectMatches('P(wait)', r.stations.q.probWait, exact.probWait, REPS);
		expectMatches('overall abandonment', r.overall.abandonment, exact.probAbandon, REPS);
	});

	it('an overloaded centre (ρ 1.3) is stable with patience and matches Erlang A', () => {
		const segments: Segment[] = [{ id: 'all', name: 'All', share: 1, patience: { dist: 'exponential', mean: 5 } }];
		const r = run({ ratePerHour: 130, service: { dist: 'exponential', mean: 6 }, servers: 10, segments, ...window(100_000, 130), seed: 9 });
		const exact = analytic.erlangA({ lambda: 130 / 60, mu: 1 / 6, c: 10, theta: 0.2 });
		expectMatches('P(abandon)', r.stations.q.abandonment, exact.probAbandon, REPS);
		expectMatches('E[Wq] all', r.stations.q.waitMean, exact.wq, REPS);
	});
});

describe('non-preemptive priority (Cobham)', () => {
	function classes(lambdas: number[]): Segment[] {
		const total = lambdas.reduce((a, b) => a + b, 0);
		return lambdas.map((l, i) => ({ id: `c${i}`, name: `Class ${i}`, share: l / total, priority: lambdas.length - i, patience: null }));
	}
	it('PR-1: M/M/1, λ₁ 0.3 (high), λ₂ 0.5, μ 1', () => {
		const r = run({
			ratePerHour: 48,
			service: { dist: 'exponential', mean: 1 },
			servers: 1,
			discipline: 'priority',
			segments: classes([0.3, 0.5]),
			...window(300_000, 48)
		});
		const exact = analytic.priorityMmc({ lambda: [0.3, 0.5], mu: 1, c: 1 });
		expectMatches('Wq high', r.segments.c0.waitMean, exact.classes[0].wq, REPS);
		expectMatches('Wq low', r.segments.c1.waitMean, exact.classes[1].wq, REPS);
	});

	it('three classes on M/M/3 at ρ 0.85', () => {
		const lambdas = [0.2, 0.3, 0.35]; // per minute, μ = 1/3 each, c = 3
		const total = lambdas.reduce((a, b) => a + b, 0);
		const r = run({
			ratePerHour: total * 60,
			service: { dist: 'exponential', mean: 3 },
			servers: 3,
			discipline: 'priority',
			segments: classes(lambdas),
			...window(200_000, total * 60),
			seed: 21
		});
		const exact = analytic.priorityMmc({ lambda: lambdas, mu: 1 / 3, c: 3 });
		exact.classes.forEach((cl, i) => expectMatches(`Wq class ${i}`, r.segments[`c${i}`].waitMean, cl.wq, REPS));
	});
});
