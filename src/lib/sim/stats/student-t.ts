// Student's t quantiles: the multiplier that turns the spread of a handful of replications
// into a 95 % confidence interval for a KPI (with 10 replications the half-width is
// 2.262·s/√10, not 1.96·s/√10). Exact to ~1e-11: Hill's approximation (Algorithm 396,
// CACM 13, 1970, as in R's qt) refined by Newton steps on the exact t distribution function,
// P(T > t) = ½·I_{ν/(ν+t²)}(ν/2, ½) (Abramowitz & Stegun 26.7.1 / 26.5.27); closed forms
// for 1 and 2 degrees of freedom, Fisher's expansion beyond 10^5.

import { lnGamma, stirlingCorrection } from '../random/gamma-function';
import { normalQuantile } from '../random/normal';

const HALF_LN_2PI = 0.91893853320467274178;
const HALF_PI = Math.PI / 2;

/** ln B(p, q) for p, q > 0 without the cancellation of lnΓ differences (R's lbeta, Stirling remainders). */
export function lnBeta(p: number, q: number): number {
	if (p > q) {
		const t = p;
		p = q;
		q = t;
	}
	if (p >= 10) {
		const corr = stirlingCorrection(p) + stirlingCorrection(q) - stirlingCorrection(p + q);
		return -0.5 * Math.log(q) + HALF_LN_2PI + corr + (p - 0.5) * Math.log(p / (p + q)) + q * Math.log1p(-p / (p + q));
	}
	if (q >= 10) {
		const corr = stirlingCorrection(q) - stirlingCorrection(p + q);
		return lnGamma(p) + corr + p - p * Math.log(p + q) + (q - 0.5) * Math.log1p(-p / (p + q));
	}
	return lnGamma(p) + lnGamma(q) - lnGamma(p + q);
}

/** Continued fraction for I_x(a, b) (Numerical Recipes 3rd ed. §6.4, betacf, modified Lentz). */
function betaFraction(a: number, b: number, x: number): number {
	const tiny = 1e-300;
	const qab = a + b;
	const qap = a + 1;
	const qam = a - 1;
	let c = 1;
	let d = 1 - (qab * x) / qap;
	if (Math.abs(d) < tiny) d = tiny;
	d = 1 / d;
	let h = d;
	for (let m = 1; m < 10000; m++) {
		const m2 = 2 * m;
		let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
		d = 1 + aa * d;
		if (Math.abs(d) < tiny) d = tiny;
		c = 1 + aa / c;
		if (Math.abs(c) < tiny) c = tiny;
		d = 1 / d;
		h *= d * c;
		aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
		d = 1 + aa * d;
		if (Math.abs(d) < tiny) d = tiny;
		c = 1 + aa / c;
		if (Math.abs(c) < tiny) c = tiny;
		d = 1 / d;
		const del = d * c;
		h *= del;
		if (Math.abs(del - 1) < 1e-16) break;
	}
	return h;
}

/**
 * Regularised incomplete beta I_x(a, b) given x, y = 1 − x and their logarithms, each
 * computed directly by the caller so that none suffers cancellation when x is close to 1.
 */
function incompleteBeta(a: number, b: number, x: number, y: number, lnX: number, lnY: number, lnB: number): number {
	if (x <= 0) return 0;
	if (y <= 0) return 1;
	const front = Math.exp(a * lnX + b * lnY - lnB);
	if (x < (a + 1) / (a + b + 2)) return (front * betaFraction(a, b, x)) / a;
	return 1 - (front * betaFraction(b, a, y)) / b;
}

/** Upper tail P(T > t) for t > 0 and df degrees of freedom: ½·I_x(df/2, ½) with x = df/(df + t²). */
function upperTail(t: number, df: number, lnB: number): number {
	const r = (t * t) / df;
	const lnX = -Math.log1p(r);
	const lnY = Math.log(r) + lnX;
	return 0.5 * incompleteBeta(0.5 * df, 0.5, 1 / (1 + r), r / (1 + r), lnX, lnY, lnB);
}

/**
 * Beyond this many degrees of freedom the incomplete-beta fraction loses ~df·1e-16 to
 * cancellation, while Fisher's expansion below is accurate to ~1e-15.
 */
const LARGE_DF = 1e5;

/** Fisher's expansion of the t quantile about the normal one z, four terms (A&S 26.7.5). */
function cornishFisher(z: number, df: number): number {
	const z2 = z * z;
	const g1 = (z * (z2 + 1)) / 4;
	const g2 = (z * ((5 * z2 + 16) * z2 + 3)) / 96;
	const g3 = (z * (((3 * z2 + 19) * z2 + 17) * z2 - 15)) / 384;
	const g4 = (z * ((((79 * z2 + 776) * z2 + 1482) * z2 - 1920) * z2 - 945)) / 92160;
	return z + (g1 + (g2 + (g3 + g4 / df) / df) / df) / df;
}

/** Hill (1970) Algorithm 396 starting value: the t with two-sided tail probability P (0 < P ≤ 1), df > 2. */
function hillStart(twoSided: number, df: number): number {
	const a = 1 / (df - 0.5);
	const b = 48 / (a * a);
	let c = (((20700 * a) / b - 98) * a - 16) * a + 96.36;
	const d = ((94.5 / (b + c) - 3) / b + 1) * Math.sqrt(a * HALF_PI) * df;
	let y = Math.pow(d * twoSided, 2 / df);
	if (y > 0.05 + a) {
		const x = normalQuantile(0.5 * twoSided);
		y = x * x;
		if (df < 5) c += 0.3 * (df - 4.5) * (x + 0.6);
		c = (((0.05 * d * x - 5) * x - 7) * x - 2) * x + b + c;
		y = (((((0.4 * y + 6.3) * y + 36) * y + 94.5) / c - y - 3) / b + 1) * x;
		y = a * y * y;
		y = y > 0.002 ? Math.exp(y) - 1 : (0.5 * y + 1) * y;
	} else {
		y = (((1 / (((df + 6) / (df * y) - 0.089 * d - 0.822) * (df + 2) * 3) + 0.5 / (df + 4)) * y - 1) * (df + 1)) / (df + 2) + 1 / y;
	}
	return Math.sqrt(df * y);
}

/**
 * The p-quantile of Student's t with df > 0 degrees of freedom (df may be fractional or
 * Infinity, which gives the normal quantile). p in (0, 1); ±∞ at 0 and 1, NaN otherwise.
 */
export function tQuantile(p: number, df: number): number {
	if (!(p > 0 && p < 1) || !(df > 0)) {
		if (df > 0 && p === 0) return -Infinity;
		if (df > 0 && p === 1) return Infinity;
		return NaN;
	}
	if (df === Infinity) return normalQuantile(p);
	if (p === 0.5) return 0;
	const upper = p > 0.5;
	const alpha = upper ? 1 - p : p; // one-sided tail, exact for p ≥ ½
	let t: number;
	if (df === 1) {
		t = 1 / Math.tan(Math.PI * alpha); // Cauchy: cot(πα), closed form
	} else if (df === 2) {
		t = (1 - 2 * alpha) / Math.sqrt(2 * alpha * (1 - alpha)); // closed form
	} else if (df > LARGE_DF) {
		t = cornishFisher(-normalQuantile(alpha), df);
	} else {
		const lnB = lnBeta(0.5 * df, 0.5);
		// Far-tail asymptote P(T > t) ≈ df^{df/2 − 1} t^{−df} / B(df/2, ½), and Hill's value.
		const tailStart = Math.sqrt(df) * Math.exp(-(Math.log(df * alpha) + lnB) / df);
		const start = df > 2 ? hillStart(2 * alpha, df) : -normalQuantile(alpha);
		t = Math.max(start, Number.isFinite(tailStart) ? tailStart : 0);
		t = refine(t, alpha, df, lnB);
	}
	return upper ? t : -t;
}

/**
 * Newton steps on ln P(T > t) − ln α against ln t: nearly linear in the tails (slope → −df),
 * so it converges from far starting points too; a bracket guards the steps.
 */
function refine(t: number, alpha: number, df: number, lnB: number): number {
	const lnAlpha = Math.log(alpha);
	const lnDensityConst = -0.5 * Math.log(df) - lnB;
	let v = Math.log(t);
	let lo = -Infinity;
	let hi = Infinity;
	for (let i = 0; i < 100; i++) {
		t = Math.exp(v);
		const tail = upperTail(t, df, lnB);
		const g = Math.log(tail) - lnAlpha;
		if (g > 0) lo = v;
		else if (g < 0) hi = v;
		else return t;
		const density = Math.exp(lnDensityConst - 0.5 * (df + 1) * Math.log1p((t * t) / df));
		let next = v + (g * tail) / (t * density);
		if (!(next > lo && next < hi)) next = lo === -Infinity ? hi - 1 : hi === Infinity ? lo + 1 : 0.5 * (lo + hi);
		if (Math.abs(next - v) <= 1e-14) return Math.exp(next);
		v = next;
	}
	return Math.exp(v);
}

const CACHE_SIZE = 1001;
const cache975 = new Float64Array(CACHE_SIZE).fill(NaN);

/**
 * The two-sided 95 % critical value t₀.₉₇₅ (df = 9 → 2.262157; df = ∞ → 1.959964), the
 * multiplier for a 95 % confidence interval from df + 1 replications. Memoised for whole df ≤ 1000.
 */
export function tQuantile975(df: number): number {
	if (Number.isInteger(df) && df > 0 && df < CACHE_SIZE) {
		let v = cache975[df];
		if (v !== v) {
			v = tQuantile(0.975, df);
			cache975[df] = v;
		}
		return v;
	}
	return tQuantile(0.975, df);
}
