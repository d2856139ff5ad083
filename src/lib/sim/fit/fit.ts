// Fitting the scenario format's time distributions to observed times (minutes): maximum
// likelihood for exponential, gamma, Erlang, lognormal and Weibull; the MLE range for uniform
// and the method of moments for triangular (whose MLE of the mode is awkward). Every fit is
// scored by its log-likelihood, AIC = 2p − 2 ln L, the Kolmogorov–Smirnov statistic D and the
// Anderson–Darling statistic A², and the candidates are ranked by AIC (lowest first).
// "empirical" (the data as they are) is always offered besides, without AIC: it is not a
// fitted model, and its in-sample distance to the data is 0.
//
// Times of 0 (a log rounded to whole minutes) cannot enter the log-based likelihoods: they are
// replaced by half the smallest positive time for the fit, and the count is reported.
// Pure math: no DOM, no randomness.

import type { Distribution } from '../model/scenario';
import { gammaFn, lnGamma } from '../random/gamma-function';
import { gammaP } from '../random/incomplete-gamma';
import { normalCdf } from '../random/normal';
import { makeSampler } from '../random/distribution';

export type FitFamily = 'exponential' | 'gamma' | 'erlang' | 'lognormal' | 'weibull' | 'uniform' | 'triangular';
export const FIT_FAMILIES: readonly FitFamily[] = ['exponential', 'erlang', 'gamma', 'lognormal', 'weibull', 'uniform', 'triangular'];

export interface FitResult {
	family: FitFamily;
	/** The fitted distribution in the scenario's form (mean and cv, k, min/mode/max). */
	distribution: Distribution;
	/** How it was estimated. */
	method: 'mle' | 'moments';
	/** Free parameters (for AIC). */
	parameters: number;
	logLikelihood: number;
	aic: number;
	/** Kolmogorov–Smirnov statistic: largest distance between the fitted and the empirical CDF. */
	ks: number;
	/** Anderson–Darling statistic A² (weights the tails). */
	ad: number;
	cdf: (x: number) => number;
	pdf: (x: number) => number;
}

export interface FitSummary {
	n: number;
	mean: number;
	sd: number;
	cv: number;
	min: number;
	max: number;
	/** Times equal to 0 that were replaced by `zeroReplacement` for the log-based fits. */
	zeros: number;
	zeroReplacement: number;
	/** Ranked by AIC, best first; families that could not be fitted are left out. */
	fits: FitResult[];
	/** The data as they are (values capped at `EMPIRICAL_MAX` evenly spaced quantiles). */
	empirical: Distribution & { dist: 'empirical' };
}

/** Longest list kept in an empirical distribution; beyond it, evenly spaced sample quantiles. */
export const EMPIRICAL_MAX = 500;

const LN_2PI = Math.log(2 * Math.PI);

/** Digamma ψ(x), x > 0: recurrence up to x ≥ 6, then the asymptotic series. */
export function digamma(x: number): number {
	let r = 0;
	while (x < 6) {
		r -= 1 / x;
		x += 1;
	}
	const f = 1 / (x * x);
	return r + Math.log(x) - 0.5 / x - f * (1 / 12 - f * (1 / 120 - f * (1 / 252 - f * (1 / 240 - f / 132))));
}

/** Trigamma ψ′(x), x > 0. */
export function trigamma(x: number): number {
	let r = 0;
	while (x < 6) {
		r += 1 / (x * x);
		x += 1;
	}
	const f = 1 / (x * x);
	return r + 1 / x + f / 2 + (f / x) * (1 / 6 - f * (1 / 30 - f * (1 / 42 - f / 30)));
}

/** Gamma shape MLE: solves ln a − ψ(a) = s (s = ln mean − mean ln x > 0) by Newton from Minka's start. */
export function gammaShapeMle(s: number): number {
	if (!(s > 0)) return Infinity;
	let a = (3 - s + Math.sqrt((s - 3) ** 2 + 24 * s)) / (12 * s);
	for (let i = 0; i < 50; i++) {
		const f = Math.log(a) - digamma(a) - s;
		const d = 1 / a - trigamma(a);
		const next = a - f / d;
		const clamped = next > 0 ? next : a / 2;
		if (Math.abs(clamped - a) < 1e-12 * a) return clamped;
		a = clamped;
	}
	return a;
}

/** Weibull shape MLE: solves Σxᵏ ln x / Σxᵏ − 1/k − mean ln x = 0 (Newton, bisection fallback). */
export function weibullShapeMle(x: number[]): number {
	const n = x.length;
	const lx = x.map(Math.log);
	const meanLn = lx.reduce((a, b) => a + b, 0) / n;
	const maxLn = Math.max(...lx);
	const g = (k: number) => {
		let s0 = 0;
		let s1 = 0;
		for (let i = 0; i < n; i++) {
			const w = Math.exp(k * (lx[i] - maxLn));
			s0 += w;
			s1 += w * lx[i];
		}
		return s1 / s0 - 1 / k - meanLn;
	};
	// g increases in k: bracket the root, then bisect (robust; 60 steps are plenty)
	let lo = 0.01;
	let hi = 1;
	while (g(hi) < 0 && hi < 1e4) hi *= 2;
	while (g(lo) > 0 && lo > 1e-6) lo /= 2;
	for (let i = 0; i < 80; i++) {
		const mid = 0.5 * (lo + hi);
		if (g(mid) < 0) lo = mid;
		else hi = mid;
		if (hi - lo < 1e-10 * hi) break;
	}
	return 0.5 * (lo + hi);
}

function ksStatistic(sorted: number[], cdf: (x: number) => number): number {
	const n = sorted.length;
	let d = 0;
	for (let i = 0; i < n; i++) {
		const f = cdf(sorted[i]);
		d = Math.max(d, f - i / n, (i + 1) / n - f);
	}
	return d;
}

function adStatistic(sorted: number[], cdf: (x: number) => number): number {
	const n = sorted.length;
	const eps = 1e-12;
	let s = 0;
	for (let i = 0; i < n; i++) {
		const a = Math.min(1 - eps, Math.max(eps, cdf(sorted[i])));
		const b = Math.min(1 - eps, Math.max(eps, cdf(sorted[n - 1 - i])));
		s += (2 * i + 1) * (Math.log(a) + Math.log(1 - b));
	}
	return -n - s / n;
}

interface Candidate {
	family: FitFamily;
	distribution: Distribution;
	method: 'mle' | 'moments';
	parameters: number;
	logPdf: (x: number) => number;
	cdf: (x: number) => number;
}

function candidates(x: number[], summary: { mean: number; min: number; max: number }): Candidate[] {
	const n = x.length;
	const mean = summary.mean;
	const lx = x.map(Math.log);
	const meanLn = lx.reduce((a, b) => a + b, 0) / n;
	const out: Candidate[] = [];

	// exponential: mean = x̄
	out.push({
		family: 'exponential',
		distribution: { dist: 'exponential', mean },
		method: 'mle',
		parameters: 1,
		logPdf: (t) => -Math.log(mean) - t / mean,
		cdf: (t) => (t <= 0 ? 0 : 1 - Math.exp(-t / mean))
	});

	// gamma: shape from ln x̄ − mean ln x, scale x̄/a
	const s = Math.log(mean) - meanLn;
	const a = gammaShapeMle(s);
	if (Number.isFinite(a) && a > 0) {
		const theta = mean / a;
		const lg = lnGamma(a);
		out.push({
			family: 'gamma',
			distribution: { dist: 'gamma', mean, cv: 1 / Math.sqrt(a) },
			method: 'mle',
			parameters: 2,
			logPdf: (t) => (a - 1) * Math.log(t) - t / theta - a * Math.log(theta) - lg,
			cdf: (t) => (t <= 0 ? 0 : gammaP(a, t / theta))
		});
		// Erlang: the best whole k next to the gamma shape (scale x̄/k is the MLE for fixed k)
		let best: Candidate | null = null;
		let bestL = -Infinity;
		for (const k of new Set([Math.max(1, Math.floor(a)), Math.max(1, Math.ceil(a))])) {
			const th = mean / k;
			const lgk = lnGamma(k);
			const logPdf = (t: number) => (k - 1) * Math.log(t) - t / th - k * Math.log(th) - lgk;
			let L = 0;
			for (const t of x) L += logPdf(t);
			if (L > bestL) {
				bestL = L;
				best = {
					family: 'erlang',
					distribution: { dist: 'erlang', mean, k },
					method: 'mle',
					parameters: 2,
					logPdf,
					cdf: (t) => (t <= 0 ? 0 : gammaP(k, t / th))
				};
			}
		}
		if (best) out.push(best);
	}

	// lognormal: μ, σ of ln x (MLE, divisor n)
	let v = 0;
	for (const l of lx) v += (l - meanLn) ** 2;
	const sigma = Math.sqrt(v / n);
	if (sigma > 0) {
		const mu = meanLn;
		out.push({
			family: 'lognormal',
			distribution: { dist: 'lognormal', mean: Math.exp(mu + (sigma * sigma) / 2), cv: Math.sqrt(Math.expm1(sigma * sigma)) },
			method: 'mle',
			parameters: 2,
			logPdf: (t) => {
				const z = (Math.log(t) - mu) / sigma;
				return -Math.log(t * sigma) - 0.5 * LN_2PI - 0.5 * z * z;
			},
			cdf: (t) => (t <= 0 ? 0 : normalCdf((Math.log(t) - mu) / sigma))
		});
	}

	// Weibull
	const k = weibullShapeMle(x);
	if (Number.isFinite(k) && k > 0 && k < 1e4) {
		let sk = 0;
		for (const t of x) sk += t ** k;
		const lambda = (sk / n) ** (1 / k);
		const g1 = gammaFn(1 + 1 / k);
		const g2 = gammaFn(1 + 2 / k);
		out.push({
			family: 'weibull',
			distribution: { dist: 'weibull', mean: lambda * g1, cv: Math.sqrt(Math.max(0, g2 / (g1 * g1) - 1)) },
			method: 'mle',
			parameters: 2,
			logPdf: (t) => Math.log(k / lambda) + (k - 1) * Math.log(t / lambda) - (t / lambda) ** k,
			cdf: (t) => (t <= 0 ? 0 : 1 - Math.exp(-((t / lambda) ** k)))
		});
	}

	// uniform: the MLE is the observed range
	const lo = summary.min;
	const hi = summary.max;
	if (hi > lo) {
		out.push({
			family: 'uniform',
			distribution: { dist: 'uniform', min: lo, max: hi },
			method: 'mle',
			parameters: 2,
			logPdf: (t) => (t < lo || t > hi ? -Infinity : -Math.log(hi - lo)),
			cdf: (t) => (t <= lo ? 0 : t >= hi ? 1 : (t - lo) / (hi - lo))
		});
		// triangular by moments: the range widened by one n-th on each side (so no observation
		// sits where the density is 0), the mode from the mean = (min + mode + max)/3
		const pad = (hi - lo) / n;
		const tMin = Math.max(0, lo - pad);
		const tMax = hi + pad;
		const mode = Math.min(tMax, Math.max(tMin, 3 * mean - tMin - tMax));
		const w = tMax - tMin;
		out.push({
			family: 'triangular',
			distribution: { dist: 'triangular', min: tMin, mode, max: tMax },
			method: 'moments',
			parameters: 3,
			logPdf: (t) => {
				if (t < tMin || t > tMax) return -Infinity;
				const d = t < mode ? (2 * (t - tMin)) / (w * (mode - tMin)) : (2 * (tMax - t)) / (w * (tMax - mode));
				return Math.log(d);
			},
			cdf: (t) => {
				if (t <= tMin) return 0;
				if (t >= tMax) return 1;
				if (t <= mode) return (t - tMin) ** 2 / (w * (mode - tMin));
				return 1 - (tMax - t) ** 2 / (w * (tMax - mode));
			}
		});
	}
	return out;
}

/** The data as an empirical distribution: all values, or `max` evenly spaced sample quantiles. */
export function empiricalOf(sorted: number[], max = EMPIRICAL_MAX): Distribution & { dist: 'empirical' } {
	const n = sorted.length;
	if (n <= max) return { dist: 'empirical', values: sorted.map(round4) };
	const values: number[] = [];
	for (let i = 0; i < max; i++) values.push(round4(sorted[Math.min(n - 1, Math.floor(((i + 0.5) * n) / max))]));
	return { dist: 'empirical', values };
}

function round4(x: number): number {
	return Math.round(x * 1e4) / 1e4;
}

/**
 * Fits every family to the times (minutes, ≥ 0; non-finite and negative values are ignored by
 * the caller's import, not here: pass clean data). Needs at least 2 distinct values; with
 * fewer, `fits` is empty and only the empirical choice is offered.
 */
export function fitDistributions(times: readonly number[], families: readonly FitFamily[] = FIT_FAMILIES): FitSummary {
	const data = times.filter((t) => Number.isFinite(t) && t >= 0).sort((a, b) => a - b);
	const n = data.length;
	const mean = n ? data.reduce((a, b) => a + b, 0) / n : 0;
	let v = 0;
	for (const t of data) v += (t - mean) ** 2;
	const sd = n > 1 ? Math.sqrt(v / (n - 1)) : 0;
	const positive = data.find((t) => t > 0) ?? 1;
	const zeroReplacement = positive / 2;
	const zeros = data.filter((t) => t === 0).length;
	const x = data.map((t) => (t > 0 ? t : zeroReplacement));
	const summary: FitSummary = {
		n,
		mean,
		sd,
		cv: mean > 0 ? sd / mean : 0,
		min: n ? data[0] : 0,
		max: n ? data[n - 1] : 0,
		zeros,
		zeroReplacement,
		fits: [],
		empirical: empiricalOf(data)
	};
	if (n < 2 || data[0] === data[n - 1]) return summary;
	const xMean = x.reduce((a, b) => a + b, 0) / n;
	for (const c of candidates(x, { mean: xMean, min: x[0], max: x[n - 1] })) {
		if (!families.includes(c.family)) continue;
		let L = 0;
		for (const t of x) L += c.logPdf(t);
		if (!Number.isFinite(L)) continue;
		summary.fits.push({
			family: c.family,
			distribution: roundDistribution(c.distribution),
			method: c.method,
			parameters: c.parameters,
			logLikelihood: L,
			aic: 2 * c.parameters - 2 * L,
			ks: ksStatistic(x, c.cdf),
			ad: adStatistic(x, c.cdf),
			cdf: c.cdf,
			pdf: (t) => (t <= 0 ? 0 : Math.exp(c.logPdf(t)))
		});
	}
	summary.fits.sort((a, b) => a.aic - b.aic);
	return summary;
}

/** Rounds a distribution's parameters for the scenario file (5 significant digits). */
export function roundDistribution(d: Distribution): Distribution {
	const r = (x: number) => Number(x.toPrecision(5));
	switch (d.dist) {
		case 'exponential':
			return { dist: 'exponential', mean: r(d.mean) };
		case 'lognormal':
		case 'gamma':
		case 'weibull':
			return { dist: d.dist, mean: r(d.mean), cv: r(d.cv) };
		case 'erlang':
			return { dist: 'erlang', mean: r(d.mean), k: d.k };
		case 'uniform':
			return { dist: 'uniform', min: r(d.min), max: r(d.max) };
		case 'triangular':
			return { dist: 'triangular', min: r(d.min), mode: r(d.mode), max: r(d.max) };
		default:
			return d;
	}
}

/** Q–Q points: the sorted data against the distribution's quantiles at (i − ½)/n (at most `max` points). */
export function qqPoints(times: readonly number[], d: Distribution, max = 200): { theoretical: number; observed: number }[] {
	const data = [...times].filter((t) => Number.isFinite(t) && t >= 0).sort((a, b) => a - b);
	const n = data.length;
	if (!n) return [];
	const sampler = makeSampler(d);
	const step = Math.max(1, Math.floor(n / max));
	const out: { theoretical: number; observed: number }[] = [];
	for (let i = 0; i < n; i += step) out.push({ theoretical: sampler.quantile((i + 0.5) / n), observed: data[i] });
	return out;
}
