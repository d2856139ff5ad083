// What queueing theory predicts for a lesson's service, drawn beside the simulated answer.
// Only where the flow allows it: one station fed by Poisson arrivals (Erlang C for M/M/c,
// Pollaczek–Khinchine for M/G/1, Erlang A with exponential patience, Cobham for priority
// classes), and two pooling set-ups. Other service-time spreads with several servers use the
// Allen–Cunneen (Kingman) approximation, and are labelled approximate. Formulas: see
// shared/design/validation.md and src/lib/sim/analytic. Times in minutes, shares 0–1.

import { allenCunneen, erlangA, mg1, mmc, priorityMmc } from '$lib/sim/analytic/index';
import { KIOSK_CV, KIOSK_SERVICE, type Lesson, type LessonParams, type Metric } from './lessons';

/** Which formula: message keys teach.model.<model> and teach.formula.<model> (see theoryText). */
export type TheoryModel = 'erlangC' | 'pk' | 'erlangA' | 'allenCunneen' | 'cobham' | 'separatePk' | 'logit';

/** Message keys of the channel-shift lesson's theory live with the lesson (messages/channels-results.ts). */
const CHANNEL_TEXTS = new Set(['logit', 'kioskShare']);

/** The message key of a formula's name ('model'), its one-line explanation ('formula') or a predicted quantity ('metric'). */
export const theoryText = (kind: 'model' | 'formula' | 'metric', id: string) =>
	CHANNEL_TEXTS.has(id) ? `channels-results.teach.${kind}.${id}` : `teach.${kind}.${id}`;

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

export type SimKey = 'waitMean' | 'abandonment' | 'regularWait' | 'vipWait' | 'counterWait' | 'kioskShare';

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
		case 'logit': {
			const eq = channelEquilibrium(p);
			lines.push({ model: 'logit', metric: 'kioskShare', value: eq.kioskShare, approximate: true, simulated: 'kioskShare' });
			lines.push({ model: 'logit', metric: 'counterWait', value: eq.counterWait, approximate: true, simulated: 'counterWait' });
			return { rho: eq.counterRho, lines };
		}
		case 'none':
			break;
	}
	return { rho, lines };
}

/** Multinomial-logit choice probabilities of utilities U_j: exp(U_j) / Σ exp(U_k) (shifted by the largest for accuracy). */
export function logitShares(utilities: number[]): number[] {
	const top = Math.max(...utilities);
	if (top === -Infinity) return utilities.map(() => 1 / utilities.length);
	const e = utilities.map((u) => Math.exp(u - top));
	const sum = e.reduce((a, b) => a + b, 0);
	return e.map((x) => x / sum);
}

export interface ChannelEquilibrium {
	/** Share of customers choosing the kiosks, 0–1. */
	kioskShare: number;
	/** Mean wait at the counter and at the kiosks, minutes (Infinity: the queue grows without limit). */
	counterWait: number;
	kioskWait: number;
	/** The expected wait a customer sees on arrival (waiting × mean service / servers, on average), minutes; 0 when not published. */
	counterSeen: number;
	kioskSeen: number;
	counterRho: number;
}

/**
 * The shares at which the choice and the queues agree (lesson "channel-shift"): customers pick
 * by U_counter = −β·W_counter, U_kiosk = −β·(W_kiosk + effort), where W is the wait a customer
 * sees — the engine's estimate, customers waiting × mean service / servers, whose long-run
 * mean is Lq·E[S]/c with Lq = λ_j·Wq_j (Erlang C, or Allen–Cunneen for cv ≠ 1) — and each
 * channel's queue is fed by its share of arrivals. The kiosk share s solves
 * s = P_kiosk(W_counter(λ(1 − s)), W_kiosk(λs)); the right side falls as s grows (more kiosk
 * users, longer kiosk wait, shorter counter wait), so there is one solution, found by
 * bisection. Approximate twice over: customers see the current queue, not its mean, and the
 * logit of a random wait is not the logit of its mean.
 */
export function channelEquilibrium(p: LessonParams): ChannelEquilibrium {
	const lambda = p.rate / 60;
	const c = Math.max(1, Math.round(p.servers));
	const k = Math.max(1, Math.round(p.kiosks));
	const at = (s: number) => {
		const lc = lambda * (1 - s);
		const lk = lambda * s;
		const wc = lc > 0 ? (lc * p.service < c ? stationWait(lc, p.service, c, p.cv).value : Infinity) : 0;
		const wk = lk > 0 ? (lk * KIOSK_SERVICE < k ? stationWait(lk, KIOSK_SERVICE, k, KIOSK_CV).value : Infinity) : 0;
		const seenC = p.published ? (lc * wc * p.service) / c : 0;
		const seenK = p.published ? (lk * wk * KIOSK_SERVICE) / k : 0;
		const [, pk] = logitShares([-p.sensitivity * seenC, -p.sensitivity * (seenK + p.effort)]);
		return { pk, wc, wk, seenC, seenK, rho: (lc * p.service) / c };
	};
	let lo = 0;
	let hi = 1;
	for (let i = 0; i < 60; i++) {
		const mid = (lo + hi) / 2;
		if (at(mid).pk > mid) lo = mid;
		else hi = mid;
	}
	const s = (lo + hi) / 2;
	const r = at(s);
	return { kioskShare: s, counterWait: r.wc, kioskWait: r.wk, counterSeen: r.seenC, kioskSeen: r.seenK, counterRho: r.rho };
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
