// Predicted satisfaction in theory: the model's expectations over a steady-state wait
// distribution instead of simulated customers — for theory-versus-simulation overlays and
// for the worked checks of satisfaction-model.md. A wait is zero with probability 1 − C and
// otherwise exponential (the M/M/c wait under Erlang C: Gross, Shortle, Thompson & Harris,
// "Fundamentals of Queueing Theory", 4th ed. 2008, §2.3); the penalty is piecewise linear in
// the wait, so the flat parts are integrated exactly and the sloping parts by Gauss–Legendre
// quadrature; with a tolerance spread the result is also averaged over the customers' Z.

import type { SatisfactionSettings, Tolerance } from '../model/scenario';
import { resolveSatisfaction, type SatisfactionParams } from './params';
import { csatProbability, detractorProbability, expectedScore, promoterProbability, topBoxProbability, waitPenalty } from './customer';

/** A wait that is 0 with probability 1 − probWait, else exponential with `rate` per minute. */
export interface ExponentialWait {
	/** P(wait > 0), 0–1. */
	probWait: number;
	/** Rate of the exponential wait of those who wait, per minute (mean wait of those who wait = 1/rate). */
	rate: number;
}

export interface ExpectationOptions {
	tolerance: Tolerance;
	/** m_env · m_info of the queue (perceived minutes per waited minute); default 1. */
	multiplier?: number;
	/** Share of customers who leave resolved, 0–1; default 1. */
	resolved?: number;
	/** Model parameters (a scenario's `satisfaction` object, or resolved ones); default: the defaults. */
	params?: SatisfactionSettings | SatisfactionParams;
}

/** Expected aggregates over all customers: shares 0–1, NPS −100…100, score 1–5. */
export interface SatisfactionExpectation {
	csat: number;
	topBox: number;
	promoter: number;
	detractor: number;
	nps: number;
	score: number;
}

// 20-point Gauss–Legendre nodes and weights on [−1, 1] (Newton on P₂₀; Golub & Welsch give the same)
const GL_N = 20;
const GL_X = new Float64Array(GL_N);
const GL_W = new Float64Array(GL_N);
for (let i = 0; i < GL_N; i++) {
	let x = Math.cos((Math.PI * (i + 0.75)) / (GL_N + 0.5));
	let dp = 1;
	for (let iter = 0; iter < 100; iter++) {
		let p0 = 1;
		let p1 = x;
		for (let k = 2; k <= GL_N; k++) {
			const p2 = ((2 * k - 1) * x * p1 - (k - 1) * p0) / k;
			p0 = p1;
			p1 = p2;
		}
		dp = (GL_N * (x * p1 - p0)) / (x * x - 1);
		const dx = p1 / dp;
		x -= dx;
		if (Math.abs(dx) < 1e-16) break;
	}
	GL_X[i] = x;
	GL_W[i] = 2 / ((1 - x * x) * dp * dp);
}

/** Accumulates the five per-customer expectations with weight w at latent score μ. */
class Sums {
	csat = 0;
	topBox = 0;
	promoter = 0;
	detractor = 0;
	score = 0;
	constructor(readonly p: SatisfactionParams) {}
	add(mu: number, w: number): void {
		if (w === 0) return;
		const p = this.p;
		this.csat += w * csatProbability(p, mu);
		this.topBox += w * topBoxProbability(p, mu);
		this.promoter += w * promoterProbability(p, mu);
		this.detractor += w * detractorProbability(p, mu);
		this.score += w * expectedScore(p, mu);
	}
}

/**
 * Adds, with weight `mass`, the expectation for customers with penalty-free score mu0 whose
 * perceived wait is 0 with probability 1 − q, else exponential with rate θ per perceived minute.
 */
function addOverWait(sums: Sums, mu0: number, mass: number, q: number, theta: number, d: number, a: number): void {
	const p = sums.p;
	sums.add(mu0, mass * (1 - q));
	if (q === 0) return;
	const cdf = (x: number) => (Number.isFinite(x) ? -Math.expm1(-theta * x) : 1);
	// where the penalty stops changing: at the cap, or at A when nothing is added beyond it
	const zoneMax = p.zonePenalty;
	let flat: number;
	if (p.maxWaitPenalty <= 0) flat = 0;
	else if (zoneMax >= p.maxWaitPenalty) flat = d + ((a - d) * p.maxWaitPenalty) / zoneMax;
	else if (p.beyondPenalty > 0) flat = a + (a * (p.maxWaitPenalty - zoneMax)) / p.beyondPenalty;
	else flat = a;
	const start = Math.min(d, flat);
	// [0, start): no penalty
	sums.add(mu0, mass * q * cdf(start));
	// [start, flat): piecewise linear, by quadrature on panels no wider than half a mean wait
	const breaks = [start, Math.min(Math.max(a, start), flat), flat];
	for (let b = 0; b < 2; b++) {
		const lo = breaks[b];
		const hi = breaks[b + 1];
		if (!(hi > lo)) continue;
		const panels = Math.min(400, Math.max(1, Math.ceil((hi - lo) * theta * 2)));
		const h = (hi - lo) / panels;
		for (let k = 0; k < panels; k++) {
			const mid = lo + (k + 0.5) * h;
			for (let i = 0; i < GL_N; i++) {
				const x = mid + 0.5 * h * GL_X[i];
				const density = theta * Math.exp(-theta * x);
				sums.add(mu0 - waitPenalty(p, x, d, a), mass * q * 0.5 * h * GL_W[i] * density);
			}
		}
	}
	// [flat, ∞): the penalty no longer changes
	sums.add(mu0 - waitPenalty(p, flat, d, a), mass * q * (1 - cdf(flat)));
}

/**
 * Expected satisfaction over a steady-state wait that is zero or exponential (e.g. M/M/c),
 * everyone served (no abandonment). Tolerances in perceived minutes; the tolerance spread of
 * the parameters is averaged over (s = 0: deterministic tolerance).
 */
export function expectedSatisfaction(wait: ExponentialWait, options: ExpectationOptions): SatisfactionExpectation {
	const p = resolveSatisfaction(options.params as SatisfactionSettings | undefined);
	const m = options.multiplier ?? 1;
	const resolved = options.resolved ?? 1;
	const { desired, adequate } = options.tolerance;
	if (!(m > 0)) throw new RangeError(`multiplier must be > 0, got ${m}`);
	if (!(wait.probWait >= 0 && wait.probWait <= 1)) throw new RangeError(`probWait must be in [0, 1], got ${wait.probWait}`);
	if (!(wait.rate > 0) && wait.probWait > 0) throw new RangeError(`rate must be > 0, got ${wait.rate}`);
	const theta = wait.rate / m; // perceived wait P = m·W is exponential with rate θ/m
	const sums = new Sums(p);
	const s = p.toleranceSpread;
	// Z on a grid weighted by φ(z): the trapezoid rule converges geometrically for smooth
	// integrands under a Gaussian weight (step 0.1 agrees with 0.02 to 10 digits)
	const zs: number[] = [];
	const ws: number[] = [];
	if (s === 0) {
		zs.push(0);
		ws.push(1);
	} else {
		let total = 0;
		for (let i = -70; i <= 70; i++) {
			const z = i / 10;
			const w = Math.exp(-0.5 * z * z);
			zs.push(z);
			ws.push(w);
			total += w;
		}
		for (let i = 0; i < ws.length; i++) ws[i] /= total;
	}
	for (let j = 0; j < zs.length; j++) {
		const f = Math.exp(s * zs[j] - (s * s) / 2);
		const d = desired * f;
		const a = adequate * f;
		if (resolved > 0) addOverWait(sums, p.baseline, ws[j] * resolved, wait.probWait, theta, d, a);
		if (resolved < 1) addOverWait(sums, p.baseline - p.unresolved, ws[j] * (1 - resolved), wait.probWait, theta, d, a);
	}
	return {
		csat: sums.csat,
		topBox: sums.topBox,
		promoter: sums.promoter,
		detractor: sums.detractor,
		nps: 100 * (sums.promoter - sums.detractor),
		score: sums.score
	};
}

/** P(wait > 0) of M/M/c (Erlang C), by the stable Erlang B recursion. a = λ/μ Erlangs, c servers. */
function erlangC(a: number, c: number): number {
	if (a >= c) return 1;
	let b = 1;
	for (let k = 1; k <= c; k++) b = (a * b) / (k + a * b);
	return b / (1 - (a / c) * (1 - b));
}

/**
 * Expected satisfaction of an M/M/c queue in steady state: λ arrivals per minute, mean
 * service `meanService` minutes, c servers (FIFO, no abandonment). The wait is 0 with
 * probability 1 − C and exponential with rate cμ − λ otherwise. Throws when λ ≥ cμ.
 */
export function mmcSatisfaction(
	queue: { lambdaPerMinute: number; meanService: number; servers: number },
	options: ExpectationOptions
): SatisfactionExpectation {
	const { lambdaPerMinute: lambda, meanService, servers: c } = queue;
	const mu = 1 / meanService;
	if (!(lambda >= 0) || !(meanService > 0) || !(Number.isInteger(c) && c >= 1))
		throw new RangeError('need λ ≥ 0, mean service > 0 and a whole number of servers ≥ 1');
	if (lambda >= c * mu) throw new RangeError(`unstable: λ = ${lambda}/min ≥ cμ = ${c * mu}/min`);
	return expectedSatisfaction({ probWait: erlangC(lambda / mu, c), rate: c * mu - lambda }, options);
}
