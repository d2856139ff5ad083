// Predicted satisfaction of one customer (satisfaction-model.md, "Per customer"): the
// perceived wait against a personal zone of tolerance gives a wait penalty; the latent score
// μ is the baseline minus that penalty and the penalties for leaving unresolved, abandoning,
// extra contacts, transfers and being overtaken; an ordered probit turns μ into the
// probabilities of each answer on a 1–5 scale and of being a promoter or a detractor.
// Satisfaction is zone-of-tolerance disconfirmation (Oliver 1980; Zeithaml, Berry &
// Parasuraman 1993); waiting is judged by perceived time (Maister 1985).

import type { Scenario } from '../model/scenario';
import { defaultTolerance } from '../model/defaults';
import { F_ABANDONED, F_BALKED, F_CLOSED_OUT, F_RESOLVED } from '../core/customers';
import type { VisitRecords } from '../core/recorder';
import { drawUniform, PURPOSE } from '../random/draw';
import { normalCdf } from '../random/normal';
import { toleranceAt, toleranceTable } from './tolerance-table';
import { resolveSatisfaction, type SatisfactionParams } from './params';

// Module-level copies of imported bindings used per customer: under CommonJS transpilation
// (tsx, the CLI and tests) an imported binding is a getter call on every use.
const GONE = F_ABANDONED | F_BALKED;
const CLOSED_OUT = F_CLOSED_OUT;
const RESOLVED = F_RESOLVED;
const TOLERANCE = PURPOSE.TOLERANCE;
const uniform = drawUniform;
const tableFor = toleranceTable;
const factorAt = toleranceAt;

/** The satisfaction model of one scenario, ready to score customers. */
export interface CompiledSatisfaction {
	params: SatisfactionParams;
	/** Desired wait D of each segment (index as in the scenario), perceived minutes. */
	segDesired: Float64Array;
	/** Adequate wait A of each segment, perceived minutes. */
	segAdequate: Float64Array;
}

/** Resolves the scenario's satisfaction settings and its segments' tolerances (defaults filled). */
export function compileSatisfaction(scenario: Pick<Scenario, 'segments' | 'nodes' | 'satisfaction'>): CompiledSatisfaction {
	const fallback = defaultTolerance(scenario);
	return {
		params: resolveSatisfaction(scenario.satisfaction),
		segDesired: Float64Array.from(scenario.segments, (s) => (s.tolerance ?? fallback).desired),
		segAdequate: Float64Array.from(scenario.segments, (s) => (s.tolerance ?? fallback).adequate)
	};
}

/**
 * The customer's personal tolerance factor exp(s·Z − s²/2) (mean 1 over customers), with
 * Z = Φ⁻¹(u) from the customer's own TOLERANCE draw: the same customer has the same
 * tolerance in every scenario run with the same seed. s = 0 gives 1. Read from a table in u
 * (tolerance-table.ts: relative error ≤ 5.5·10⁻¹⁰ for s ≤ 1, exact beyond).
 */
export function toleranceFactor(key: number, spread: number): number {
	if (spread === 0) return 1;
	return factorAt(tableFor(spread), uniform(key, TOLERANCE, 0, 0));
}

/**
 * Wait penalty (step 3): min(zone·clip((P − D)/(A − D), 0, 1) + beyond·max(0, P − A)/A, cap),
 * perceived wait P, desired D and adequate A in the same unit (minutes). When D = A the
 * zone penalty is a step at A.
 */
export function waitPenalty(p: SatisfactionParams, perceived: number, desired: number, adequate: number): number {
	let zone: number;
	if (perceived <= desired) zone = 0;
	else if (perceived >= adequate) zone = 1;
	else zone = (perceived - desired) / (adequate - desired);
	const beyond = perceived > adequate ? (perceived - adequate) / adequate : 0;
	const pen = p.zonePenalty * zone + p.beyondPenalty * beyond;
	return pen < p.maxWaitPenalty ? pen : p.maxWaitPenalty;
}

/** What happened to a customer, as the latent score needs it. */
export interface VisitOutcome {
	/** Perceived wait, minutes (Σ m_env·m_info·m_stage·W). */
	perceived: number;
	/** Flags of the visit record (core/customers.ts F_*). */
	flags: number;
	transfers: number;
	extraContacts: number;
	overtakes: number;
}

/**
 * Latent score μ (step 4) given the penalty-free part: baseline − wait penalty − unresolved
 * (also abandoned, balked, sent home) − abandoned or balked − extra contacts − transfers −
 * overtakes (at most maxOvertakes).
 */
export function latentScore(p: SatisfactionParams, v: VisitOutcome, desired: number, adequate: number): number {
	return latentFromParts(p, waitPenalty(p, v.perceived, desired, adequate), v.flags, v.transfers, v.extraContacts, v.overtakes);
}

function latentFromParts(p: SatisfactionParams, pen: number, flags: number, transfers: number, extra: number, overtakes: number): number {
	const gone = (flags & GONE) !== 0;
	const unresolved = gone || (flags & CLOSED_OUT) !== 0 || (flags & RESOLVED) === 0;
	let mu = p.baseline - pen;
	if (unresolved) mu -= p.unresolved;
	if (gone) mu -= p.abandoned;
	mu -= p.extraContact * extra + p.transfer * transfers;
	mu -= p.overtake * (overtakes < p.maxOvertakes ? overtakes : p.maxOvertakes);
	return mu;
}

/**
 * Latent score μ of every recorded customer of a replication, into `out` (grown when too
 * short; returned). The tolerance of record i is its segment's, scaled by the customer's own
 * tolerance factor.
 */
export function scoreRecords(sat: CompiledSatisfaction, rec: VisitRecords, out?: Float64Array): Float64Array {
	const n = rec.count;
	const mu = out && out.length >= n ? out : new Float64Array(Math.max(n, 16));
	for (let i = 0; i < n; i++)
		mu[i] = customerLatent(
			sat,
			rec.segment[i],
			rec.key[i],
			rec.perceived[i],
			rec.flags[i],
			rec.transfers[i],
			rec.extraContacts[i],
			rec.overtakes[i]
		);
	return mu;
}

/**
 * Latent score μ of one customer as it leaves (segment, identity key, perceived wait in
 * minutes, outcome flags and counts): its segment's tolerance scaled by its own tolerance factor.
 */
export function customerLatent(
	sat: CompiledSatisfaction,
	seg: number,
	key: number,
	perceived: number,
	flags: number,
	transfers: number,
	extra: number,
	overtakes: number
): number {
	const p = sat.params;
	// no wait, no penalty, whatever the tolerance: skip the draw (most customers of a calm day)
	let pen = 0;
	if (perceived > 0) {
		const f = toleranceFactor(key, p.toleranceSpread);
		pen = waitPenalty(p, perceived, sat.segDesired[seg] * f, sat.segAdequate[seg] * f);
	}
	return latentFromParts(p, pen, flags, transfers, extra, overtakes);
}

/** CSAT_i: probability of answering 4 or 5, Φ(μ − τ₃). */
export function csatProbability(p: SatisfactionParams, mu: number): number {
	return normalCdf(mu - p.cutpoints[2]);
}

/** Top-box: probability of answering 5, Φ(μ − τ₄). */
export function topBoxProbability(p: SatisfactionParams, mu: number): number {
	return normalCdf(mu - p.cutpoints[3]);
}

/** P(promoter) = Φ((μ − promoterCut)/npsScale). */
export function promoterProbability(p: SatisfactionParams, mu: number): number {
	return normalCdf((mu - p.promoterCut) / p.npsScale);
}

/** P(detractor) = Φ((detractorCut − μ)/npsScale). */
export function detractorProbability(p: SatisfactionParams, mu: number): number {
	return normalCdf((p.detractorCut - mu) / p.npsScale);
}

/** P(answer 1 of 5), the very dissatisfied: Φ(τ₁ − μ). */
export function veryDissatisfiedProbability(p: SatisfactionParams, mu: number): number {
	return normalCdf(p.cutpoints[0] - mu);
}

/** Predicted complaint probability: P(answer 1) × the share of very dissatisfied customers who complain. */
export function complaintProbability(p: SatisfactionParams, mu: number): number {
	return veryDissatisfiedProbability(p, mu) * p.complaints.veryDissatisfied;
}

/** Expected answer on the 1–5 scale: 1 + Σ_k Φ(μ − τ_k). */
export function expectedScore(p: SatisfactionParams, mu: number): number {
	let s = 1;
	for (const tau of p.cutpoints) s += normalCdf(mu - tau);
	return s;
}

/** Everything the model predicts for one customer with latent score μ (probabilities 0–1). */
export interface CustomerPrediction {
	mu: number;
	csat: number;
	topBox: number;
	promoter: number;
	detractor: number;
	/** Expected 1–5 answer. */
	score: number;
}

export function predictCustomer(p: SatisfactionParams, mu: number): CustomerPrediction {
	return {
		mu,
		csat: csatProbability(p, mu),
		topBox: topBoxProbability(p, mu),
		promoter: promoterProbability(p, mu),
		detractor: detractorProbability(p, mu),
		score: expectedScore(p, mu)
	};
}
