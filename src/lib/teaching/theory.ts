// What queueing theory predicts for a lesson's service, drawn beside the simulated answer.
// Only where the flow allows it: one station fed by Poisson arrivals (Erlang C for M/M/c,
// Pollaczek–Khinchine for M/G/1, Erlang A with exponential patience, Cobham for priority
// classes), and two pooling set-ups. Other service-time spreads with several servers use the
// Allen–Cunneen (Kingman) approximation, and are labelled approximate. Formulas: see
// shared/design/validation.md and src/lib/sim/analytic. Times in minutes, shares 0–1.

import { allenCunneen, erlangA, mg1, mmc, priorityMmc } from '$lib/sim/analytic/index';
import type { Lesson, LessonParams, Metric } from './lessons';

/** Which formula: message keys teach.model.<model> and teach.formula.<model>. */
export type TheoryModel = 'erlangC' | 'pk' | 'erlangA' | 'allenCunneen' | 'cobham' | 'separatePk';

export interface TheoryLine {
	model: TheoryModel;
	/** What is predicted (message key teach.metric.<metric>). */
	metric: Metric | 'vipWait' | 'separateWait' | 'pooledWait';
	/** Minutes for waits, share 0–1 for abandonment; Infinity when the queue grows without limit. */
	value: number;
	approximate: boolean;
	/** The simulated counterpart in the long-run results: lookup key (see simulatedValue). */
	simulated: SimKey | null;
}

export type SimKey = 'waitMean' | 'abandonment' | 'regularWait' | 'vipWait' | 'counterWait';

export interface Theory {
	/** Utilisation ρ = λ·E[S]/c of the main station (offered load per server; with kiosks, the counter's share of λ). */
	rho: number;
	lines: TheoryLine[];
}

const near = (a: number, b: number) => Math.abs(a - b) < 1e-9;

/** The mean wait of one Poisson-fed station with c servers (no patience): exact where theory is, approximate otherwise. */
export function stationWait(
	lambda: number,
	service: number,
	c: number,
	cv: number
): { value: number; model: TheoryModel; approximate: boolean } {
	const mu = 1 / service;
	const cs2 = cv * cv;
	if (c === 1) return { value: mg1({ lambda, meanService: service, cs2 }).wq, model: 'pk', approximate: false };
	if (near(cv, 1)) return { value: mmc({ lambda, mu, c }).wq, model: 'erlangC', approximate: false };
	return { value: allenCunneen({ lambda, mu, c, ca2: 1, cs2 }).wq, model: 'allenCunneen', approximate: true };
}

export function theoryFor(lesson: Lesson, p: LessonParams): Theory {
	const lambda = p.rate / 60;
	const c = Math.max(1, Math.round(p.servers));
	// the counter's share of arrivals: everyone, or (self-service) those who skip the kiosks plus their failures
	const counterShare = p.adoption > 0 ? 1 - p.adoption + p.adoption * p.failure : 1;
	const rho = (lambda * counterShare * p.service) / c;
	const lines: TheoryLine[] = [];
	switch (lesson.theory) {
		case 'single': {
			if (p.patience > 0) {
				const a = erlangA({ lambda, mu: 1 / p.service, c, theta: 1 / p.patience });
				const approx = !near(p.cv, 1);
				lines.push({ model: 'erlangA', metric: 'waitMean', value: a.wq, approximate: approx, simulated: 'waitMean' });
				lines.push({ model: 'erlangA', metric: 'abandonment', value: a.probAbandon, approximate: approx, simulated: 'abandonment' });
			} else {
				const w = stationWait(lambda, p.service, c, p.cv);
				lines.push({ model: w.model, metric: 'waitMean', value: w.value, approximate: w.approximate, simulated: 'waitMean' });
			}
			break;
		}
		case 'pooling': {
			const separate = stationWait(lambda / c, p.service, 1, p.cv);
			const pooled = stationWait(lambda, p.service, c, p.cv);
			lines.push({
				model: 'separatePk',
				metric: 'separateWait',
				value: separate.value,
				approximate: false,
				simulated: p.pooled ? null : 'waitMean'
			});
			lines.push({
				model: pooled.model,
				metric: 'pooledWait',
				value: pooled.value,
				approximate: pooled.approximate,
				simulated: p.pooled ? 'waitMean' : null
			});
			break;
		}
		case 'priority': {
			const approx = !near(p.cv, 1);
			if (p.priority) {
				const r = priorityMmc({ lambda: [lambda * p.vip, lambda * (1 - p.vip)], mu: 1 / p.service, c });
				const scale = approx ? (1 + p.cv * p.cv) / 2 : 1;
				lines.push({ model: 'cobham', metric: 'vipWait', value: r.classes[0].wq * scale, approximate: approx, simulated: 'vipWait' });
				lines.push({
					model: 'cobham',
					metric: 'regularWait',
					value: r.classes[1].wq * scale,
					approximate: approx,
					simulated: 'regularWait'
				});
			} else {
				const w = stationWait(lambda, p.service, c, p.cv);
				lines.push({ model: w.model, metric: 'waitMean', value: w.value, approximate: w.approximate, simulated: 'waitMean' });
			}
			break;
		}
		case 'none':
			break;
	}
	return { rho, lines };
}

/** Points (ρ, Wq) of the mean wait against utilisation for c servers of mean service `service` (Erlang C, or Allen–Cunneen for cv ≠ 1). */
export function hockeyStick(c: number, service: number, cv: number, points = 60, maxRho = 0.97): { rho: number; wq: number }[] {
	const out: { rho: number; wq: number }[] = [];
	for (let i = 1; i <= points; i++) {
		const rho = (maxRho * i) / points;
		const lambda = (rho * c) / service;
		out.push({ rho, wq: stationWait(lambda, service, c, cv).value });
	}
	return out;
}
