// Calibrating the satisfaction model to survey answers (docs/satisfaction.md, "Calibrating
// with your own survey data"): an ordered probit of the 1–5 answer (and a three-way probit of
// the 0–10 recommend answer) on the model's own latent score
//   μ = baseline − waitPenalty(m·W; D·f(Z), A·f(Z)) − unresolved·[not resolved],
// by maximum likelihood. The individual tolerance factor f(Z) = exp(sZ − s²/2) is integrated
// out with Gauss–Hermite quadrature; D and A are chosen on a grid (best likelihood), the other
// parameters by Nelder–Mead. Answers are grouped by (wait, resolved) first, so the cost does
// not grow with the number of responses (waits are grouped about 4 % apart). Pure math.

import { DEFAULT_SATISFACTION } from '../satisfaction/params';
import { normalCdf } from '../random/normal';

export interface SurveyResponse {
	/** Minutes waited (actual, not perceived). */
	wait: number;
	/** 1–5, or null when not asked. */
	csat: number | null;
	/** 0–10, or null when not asked. */
	recommend: number | null;
	/** Resolved; null when unknown (taken as resolved). */
	resolved: boolean | null;
}

export interface CalibrationOptions {
	/** Perceived minutes per waited minute (m_env · m_info), default 1.36 (unoccupied line). */
	multiplier?: number;
	/** Individual tolerance spread s, default the model's 0.4 (kept, not fitted). */
	toleranceSpread?: number;
	/** Grids of desired and adequate waits (perceived minutes) to search. */
	desiredGrid?: number[];
	adequateGrid?: number[];
}

export interface CalibrationResult {
	responses: number;
	csatResponses: number;
	recommendResponses: number;
	/** The fitted parameters, in the scenario's `satisfaction` form. */
	params: {
		baseline: number;
		zonePenalty: number;
		beyondPenalty: number;
		cutpoints?: number[];
		unresolved?: number;
		promoterCut?: number;
		detractorCut?: number;
		npsScale?: number;
	};
	tolerance: { desired: number; adequate: number };
	logLikelihood: number;
	/** Log-likelihood of the default model on the same answers, for comparison. */
	defaultLogLikelihood: number;
	/** Predicted against observed CSAT (share answering 4 or 5) and NPS by wait band. */
	bands: {
		from: number;
		to: number;
		n: number;
		observedCsat: number | null;
		predictedCsat: number;
		defaultCsat: number;
		observedNps: number | null;
		predictedNps: number;
	}[];
}

// Gauss–Hermite (probabilists'), 7 nodes: E[g(Z)] ≈ Σ w_i g(x_i)
const GH_X = [-3.750439717725742, -2.366759410734541, -1.154405394739968, 0, 1.154405394739968, 2.366759410734541, 3.750439717725742];
const GH_W = [
	0.000548268855972, 0.030757123967586, 0.240123178605013, 0.457142857142857, 0.240123178605013, 0.030757123967586, 0.000548268855972
];

interface Group {
	wait: number;
	unresolved: boolean;
	csat: Float64Array; // counts of answers 1..5 at [0..4]
	nps: Float64Array; // detractor, passive, promoter
}

interface Model {
	baseline: number;
	zone: number;
	beyond: number;
	cap: number;
	unresolved: number;
	tau: number[]; // τ1..τ4
	pc: number;
	dc: number;
	sc: number;
	D: number;
	A: number;
}

function penalty(m: Model, perceived: number, f: number): number {
	const A = m.A * f;
	const D = m.D * f;
	const zone = perceived <= D ? 0 : perceived >= A ? 1 : (perceived - D) / (A - D);
	const beyond = perceived > A ? (perceived - A) / A : 0;
	return Math.min(m.cap, m.zone * zone + m.beyond * beyond);
}

const TINY = 1e-300;

function groupLogLik(m: Model, g: Group, mult: number, fs: number[]): number {
	const probs = new Float64Array(5);
	const nps = new Float64Array(3);
	for (let q = 0; q < GH_X.length; q++) {
		const mu = m.baseline - penalty(m, mult * g.wait, fs[q]) - (g.unresolved ? m.unresolved : 0);
		let prevAbove = 1;
		for (let k = 0; k < 4; k++) {
			const above = normalCdf(mu - m.tau[k]);
			probs[k] += GH_W[q] * (prevAbove - above);
			prevAbove = above;
		}
		probs[4] += GH_W[q] * prevAbove;
		const pro = normalCdf((mu - m.pc) / m.sc);
		const det = normalCdf((m.dc - mu) / m.sc);
		nps[0] += GH_W[q] * det;
		nps[2] += GH_W[q] * pro;
		nps[1] += GH_W[q] * Math.max(0, 1 - pro - det);
	}
	let L = 0;
	for (let k = 0; k < 5; k++) if (g.csat[k]) L += g.csat[k] * Math.log(Math.max(TINY, probs[k]));
	for (let k = 0; k < 3; k++) if (g.nps[k]) L += g.nps[k] * Math.log(Math.max(TINY, nps[k]));
	return L;
}

function nelderMead(f: (x: number[]) => number, x0: number[], step = 0.2, iterations = 400): { x: number[]; value: number } {
	const n = x0.length;
	let simplex = [x0, ...x0.map((_, i) => x0.map((v, j) => (i === j ? v + step : v)))].map((x) => ({ x, v: f(x) }));
	for (let it = 0; it < iterations; it++) {
		simplex.sort((a, b) => a.v - b.v);
		if (Math.abs(simplex[n].v - simplex[0].v) < 1e-9 * (1 + Math.abs(simplex[0].v))) break;
		const c = new Array(n).fill(0);
		for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) c[j] += simplex[i].x[j] / n;
		const worst = simplex[n];
		const at = (t: number) => c.map((cj, j) => cj + t * (worst.x[j] - cj));
		const r = at(-1);
		const fr = f(r);
		if (fr < simplex[0].v) {
			const e = at(-2);
			const fe = f(e);
			simplex[n] = fe < fr ? { x: e, v: fe } : { x: r, v: fr };
		} else if (fr < simplex[n - 1].v) simplex[n] = { x: r, v: fr };
		else {
			const k = fr < worst.v ? at(-0.5) : at(0.5);
			const fk = f(k);
			if (fk < Math.min(fr, worst.v)) simplex[n] = { x: k, v: fk };
			else
				simplex = simplex
					.map((p, i) => (i === 0 ? p : { x: p.x.map((v, j) => simplex[0].x[j] + 0.5 * (v - simplex[0].x[j])), v: NaN }))
					.map((p) => (Number.isNaN(p.v) ? { x: p.x, v: f(p.x) } : p));
		}
	}
	simplex.sort((a, b) => a.v - b.v);
	return { x: simplex[0].x, value: simplex[0].v };
}

function groupsOf(responses: readonly SurveyResponse[]): Group[] {
	const map = new Map<string, Group>();
	for (const r of responses) {
		if (!Number.isFinite(r.wait) || r.wait < 0) continue;
		if (r.csat === null && r.recommend === null) continue;
		// waits on a geometric grid (about 4 % apart): the cost follows the grid, not the responses
		const wait = Math.expm1(Math.round(Math.log1p(r.wait) * 25) / 25);
		const unresolved = r.resolved === false;
		const key = `${wait}|${unresolved}`;
		let g = map.get(key);
		if (!g) map.set(key, (g = { wait, unresolved, csat: new Float64Array(5), nps: new Float64Array(3) }));
		if (r.csat !== null && r.csat >= 1 && r.csat <= 5) g.csat[Math.round(r.csat) - 1]++;
		if (r.recommend !== null && r.recommend >= 0 && r.recommend <= 10) g.nps[r.recommend >= 9 ? 2 : r.recommend >= 7 ? 1 : 0]++;
	}
	return [...map.values()];
}

function defaultModel(D: number, A: number): Model {
	const d = DEFAULT_SATISFACTION;
	return {
		baseline: d.baseline,
		zone: d.zonePenalty,
		beyond: d.beyondPenalty,
		cap: d.maxWaitPenalty,
		unresolved: d.unresolved,
		tau: [...d.cutpoints],
		pc: d.promoterCut,
		dc: d.detractorCut,
		sc: d.npsScale,
		D,
		A
	};
}

/** Mean predicted CSAT (P(answer ≥ 4)) and NPS of a model at a wait, over the tolerance spread. */
function predict(m: Model, wait: number, unresolved: boolean, mult: number, fs: number[]): { csat: number; nps: number } {
	let csat = 0;
	let nps = 0;
	for (let q = 0; q < GH_X.length; q++) {
		const mu = m.baseline - penalty(m, mult * wait, fs[q]) - (unresolved ? m.unresolved : 0);
		csat += GH_W[q] * normalCdf(mu - m.tau[2]);
		nps += GH_W[q] * 100 * (normalCdf((mu - m.pc) / m.sc) - normalCdf((m.dc - mu) / m.sc));
	}
	return { csat, nps };
}

/**
 * Fits the satisfaction model to survey responses. `current` tolerance is where the default
 * model's comparison is made (the segment's desired/adequate wait, default 2 / 5).
 */
export function calibrateSatisfaction(
	responses: readonly SurveyResponse[],
	options: CalibrationOptions = {},
	current: { desired: number; adequate: number } = { desired: 2, adequate: 5 }
): CalibrationResult {
	const mult = options.multiplier ?? DEFAULT_SATISFACTION.waitExperience.unoccupied;
	const s = options.toleranceSpread ?? DEFAULT_SATISFACTION.toleranceSpread;
	const fs = GH_X.map((z) => Math.exp(s * z - (s * s) / 2));
	const groups = groupsOf(responses);
	const nCsat = groups.reduce((a, g) => a + g.csat.reduce((x, y) => x + y, 0), 0);
	const nNps = groups.reduce((a, g) => a + g.nps.reduce((x, y) => x + y, 0), 0);
	const hasCsat = nCsat > 0;
	const hasNps = nNps > 0;
	const hasUnresolved = groups.some((g) => g.unresolved) && groups.some((g) => !g.unresolved);
	const total = (m: Model) => groups.reduce((a, g) => a + groupLogLik(m, g, mult, fs), 0);

	// parameter vector: baseline, log zone, log beyond, [log unresolved], [cut gaps], [pc, dc, log sc]
	const unpack = (x: number[], D: number, A: number): Model => {
		const m = defaultModel(D, A);
		let i = 0;
		if (hasCsat) m.baseline = x[i++];
		else i++;
		m.zone = Math.exp(x[i++]);
		m.beyond = Math.exp(x[i++]);
		if (hasUnresolved) m.unresolved = Math.exp(x[i++]);
		if (hasCsat) {
			const t3 = -Math.exp(x[i++]);
			const t2 = t3 - Math.exp(x[i++]);
			const t1 = t2 - Math.exp(x[i++]);
			m.tau = [t1, t2, t3, 0];
		}
		if (hasNps) {
			m.pc = x[i++];
			m.dc = x[i++];
			m.sc = Math.exp(x[i]);
		}
		return m;
	};
	const d = DEFAULT_SATISFACTION;
	const x0: number[] = [d.baseline, Math.log(d.zonePenalty), Math.log(d.beyondPenalty)];
	if (hasUnresolved) x0.push(Math.log(d.unresolved));
	if (hasCsat) x0.push(Math.log(-d.cutpoints[2]), Math.log(d.cutpoints[2] - d.cutpoints[1]), Math.log(d.cutpoints[1] - d.cutpoints[0]));
	if (hasNps) x0.push(d.promoterCut, d.detractorCut, Math.log(d.npsScale));

	const Ds = options.desiredGrid ?? [0.5, 1, 2, 3, 5, 8, 12];
	const As = options.adequateGrid ?? [2, 3, 5, 8, 10, 15, 20, 30, 45];
	let best: { m: Model; L: number } | null = null;
	// coarse pass with few iterations over the grid, then a full fit at the best few cells
	const coarse: { D: number; A: number; L: number; x: number[] }[] = [];
	for (const D of Ds)
		for (const A of As) {
			if (!(D < A)) continue;
			const r = nelderMead((x) => -total(unpack(x, D, A)), x0, 0.3, 60);
			coarse.push({ D, A, L: -r.value, x: r.x });
		}
	coarse.sort((a, b) => b.L - a.L);
	for (const c of coarse.slice(0, 3)) {
		const r = nelderMead((x) => -total(unpack(x, c.D, c.A)), c.x, 0.1, 1500);
		if (!best || -r.value > best.L) best = { m: unpack(r.x, c.D, c.A), L: -r.value };
	}
	const m = best!.m;
	const dm = defaultModel(current.desired, current.adequate);
	const r4 = (v: number) => Math.round(v * 1e4) / 1e4;
	const params: CalibrationResult['params'] = { baseline: r4(m.baseline), zonePenalty: r4(m.zone), beyondPenalty: r4(m.beyond) };
	if (hasCsat) params.cutpoints = m.tau.map(r4);
	if (hasUnresolved) params.unresolved = r4(m.unresolved);
	if (hasNps) Object.assign(params, { promoterCut: r4(m.pc), detractorCut: r4(m.dc), npsScale: r4(m.sc) });

	// bands: up to five groups of about equal size by wait; equal waits (many zeros) stay together
	const answered = responses
		.filter((r) => Number.isFinite(r.wait) && r.wait >= 0 && (r.csat !== null || r.recommend !== null))
		.sort((a, b) => a.wait - b.wait);
	const bands: CalibrationResult['bands'] = [];
	const B = 5;
	let i0 = 0;
	for (let b = 1; b <= B && i0 < answered.length; b++) {
		let i1 = Math.max(i0 + 1, Math.floor((b * answered.length) / B));
		while (i1 < answered.length && answered[i1].wait === answered[i1 - 1].wait) i1++;
		const part = answered.slice(i0, i1);
		i0 = i1;
		const cs = part.filter((r) => r.csat !== null);
		const np = part.filter((r) => r.recommend !== null);
		let pred = 0;
		let def = 0;
		let predNps = 0;
		for (const r of part) {
			const p = predict(m, r.wait, r.resolved === false, mult, fs);
			pred += p.csat;
			predNps += p.nps;
			def += predict(dm, r.wait, r.resolved === false, mult, fs).csat;
		}
		bands.push({
			from: part[0].wait,
			to: part[part.length - 1].wait,
			n: part.length,
			observedCsat: cs.length ? cs.filter((r) => r.csat! >= 4).length / cs.length : null,
			predictedCsat: pred / part.length,
			defaultCsat: def / part.length,
			observedNps: np.length
				? (100 * (np.filter((r) => r.recommend! >= 9).length - np.filter((r) => r.recommend! <= 6).length)) / np.length
				: null,
			predictedNps: predNps / part.length
		});
	}
	return {
		responses: answered.length,
		csatResponses: nCsat,
		recommendResponses: nNps,
		params,
		tolerance: { desired: m.D, adequate: m.A },
		logLikelihood: best!.L,
		defaultLogLikelihood: total(dm),
		bands
	};
}
