// The regularised incomplete gamma functions P(a, x) = share of a gamma(shape a, scale 1)
// variable below x, Q = 1 − P, and the inverse of P. They turn a customer's quantile u into a
// gamma or Erlang service time by exact inverse transform, so two scenarios that give the
// same customer the same u give them comparable times (common random numbers).
//
// P and Q: series and continued fraction as in Numerical Recipes (Press et al., 3rd ed.,
// §6.2, gser/gcf with modified Lentz). The prefactor x^a e^{−x}/Γ(a) is computed for a ≥ 10
// as exp(a·(ln(1+t) − t) + ½ln(a/2π) − stirling(a)) with t = x/a − 1 (Temme's form), which
// avoids the cancellation of a·ln x − x − lnΓ(a) for large a.
// Inverse: Halley steps on the log of the relevant tail (ln P against ln x in the lower
// half, ln Q against x in the upper half), from Wilson–Hilferty (a ≥ 1) or the small-x/NR
// starting points (a < 1), safeguarded by a bracket. Allocation-free.

import { lnGamma, stirlingCorrection } from './gamma-function';
import { normalQuantile } from './normal';

const HALF_LN_2PI = 0.91893853320467274178;
const EPS = 1e-16;
const FPMIN = 1e-300;
const MAX_TERMS = 100000;
const MAX_NEWTON = 60;
const TOLERANCE = 1e-13;
/** A Halley step this small (relative) leaves an error of order its cube, far below TOLERANCE. */
const HALLEY_STOP = 1e-7;
/**
 * Beyond this shape (cv < 0.001) the series would need thousands of terms per step, and the
 * Wilson–Hilferty cube-root approximation alone is accurate to ~2e-9 relative (error ∝ a^-1.5).
 */
const WILSON_HILFERTY_ONLY = 1e6;

/**
 * The shape-only part of ln[x^a e^{−x}/Γ(a)], precomputed once per shape:
 * −lnΓ(a) for a < 10, else ½ln(a/2π) − stirling(a) (to pair with the t-form of logPrefix).
 */
export function gammaPrefixConstant(a: number): number {
	return a < 10 ? -lnGamma(a) : 0.5 * Math.log(a) - HALF_LN_2PI - stirlingCorrection(a);
}

/** ln[x^a e^{−x}/Γ(a)] given ln x (so a tiny or underflowing x is still handled). */
function logPrefix(a: number, c: number, x: number, lnX: number): number {
	if (a < 10) return a * lnX - x + c;
	const t = (x - a) / a;
	return a * (Math.log1p(t) - t) + c;
}

/** S(a, x) with P(a, x) = prefix·S: the series Σ xⁿ/(a(a+1)…(a+n)). Converges for all x; used for x < a + 1. */
function seriesSum(a: number, x: number): number {
	let ap = a;
	let term = 1 / a;
	let sum = term;
	for (let n = 0; n < MAX_TERMS; n++) {
		ap += 1;
		term *= x / ap;
		sum += term;
		if (term < sum * EPS) break;
	}
	return sum;
}

/** H(a, x) with Q(a, x) = prefix·H: Legendre's continued fraction (modified Lentz); used for x ≥ a + 1. */
function continuedFraction(a: number, x: number): number {
	let b = x + 1 - a;
	let c = 1 / FPMIN;
	let d = 1 / b;
	let h = d;
	for (let i = 1; i < MAX_TERMS; i++) {
		const an = -i * (i - a);
		b += 2;
		d = an * d + b;
		if (Math.abs(d) < FPMIN) d = FPMIN;
		c = b + an / c;
		if (Math.abs(c) < FPMIN) c = FPMIN;
		d = 1 / d;
		const del = d * c;
		h *= del;
		if (Math.abs(del - 1) < EPS) break;
	}
	return h;
}

/** Regularised lower incomplete gamma P(a, x) for shape a > 0, x ≥ 0 (dimensionless). */
export function gammaP(a: number, x: number): number {
	if (!(x > 0)) return x === 0 ? 0 : NaN;
	if (x === Infinity) return 1;
	const c = gammaPrefixConstant(a);
	const pf = Math.exp(logPrefix(a, c, x, Math.log(x)));
	return x < a + 1 ? pf * seriesSum(a, x) : 1 - pf * continuedFraction(a, x);
}

/** Regularised upper incomplete gamma Q(a, x) = 1 − P(a, x), accurate when small. */
export function gammaQ(a: number, x: number): number {
	if (!(x > 0)) return x === 0 ? 1 : NaN;
	if (x === Infinity) return 0;
	const c = gammaPrefixConstant(a);
	const pf = Math.exp(logPrefix(a, c, x, Math.log(x)));
	return x < a + 1 ? 1 - pf * seriesSum(a, x) : pf * continuedFraction(a, x);
}

/**
 * Inverse of P(a, ·): the x with P(a, x) = u, i.e. the u-quantile of a gamma(shape a, scale 1)
 * variable. a > 0; c = gammaPrefixConstant(a) and lnGammaA = lnGamma(a), precomputed by the
 * caller (a sampler) so the hot path computes neither. Relative error < 1e-12 for
 * u ∈ [1e-10, 1 − 1e-10] and a ∈ [0.05, 1000] (see incomplete-gamma.spec.ts); for
 * a > 10^6 Wilson–Hilferty alone (≈ 2e-9).
 * Returns 0 at u = 0, +∞ at u = 1, NaN outside [0, 1].
 */
export function gammaQuantileUnit(a: number, c: number, lnGammaA: number, u: number): number {
	if (!(u > 0 && u < 1)) {
		if (u === 0) return 0;
		if (u === 1) return Infinity;
		return NaN;
	}
	if (a > WILSON_HILFERTY_ONLY) return wilsonHilferty(a, u);
	return u <= 0.5 ? lowerQuantile(a, c, lnGammaA, u) : upperQuantile(a, c, u);
}

/**
 * Wilson & Hilferty (1931): (X/a)^{1/3} is nearly normal with mean 1 − 1/(9a) and variance
 * 1/(9a), so x ≈ a·(1 − 1/(9a) + z/(3√a))³ with z = Φ⁻¹(u). Clamped at 0 for tiny a, deep tails.
 */
function wilsonHilferty(a: number, u: number): number {
	const s = 1 / (9 * a);
	const w = 1 - s + normalQuantile(u) * Math.sqrt(s);
	return w > 0 ? a * w * w * w : 0;
}

/** Lower half: Halley/Newton on ln P(a, e^y) − ln u in y = ln x (concave in y: Newton steps from the left never overshoot). */
function lowerQuantile(a: number, c: number, lnGammaA: number, u: number): number {
	const lnU = Math.log(u);
	// P(a, x) ≤ x^a/Γ(a+1), so this y is a lower bound for the root.
	let y = (lnU + Math.log(a) + lnGammaA) / a;
	if (a >= 1) {
		const x0 = wilsonHilferty(a, u);
		if (x0 > 0) y = Math.max(y, Math.log(x0));
	}
	let lo = -Infinity;
	let hi = Infinity;
	for (let i = 0; i < MAX_NEWTON; i++) {
		const x = Math.exp(y);
		const lp = logPrefix(a, c, x, y);
		let lnP: number;
		let slopeInverse: number; // 1 / (d ln P / dy) = P / (x·density) = P / prefix
		if (x < a + 1) {
			const s = seriesSum(a, x);
			lnP = lp + Math.log(s);
			slopeInverse = s;
		} else {
			const pf = Math.exp(lp);
			const p = 1 - pf * continuedFraction(a, x);
			lnP = Math.log(p);
			slopeInverse = p / pf;
		}
		const h = lnP - lnU;
		if (h > 0) hi = y;
		else if (h < 0) lo = y;
		else return x;
		// Halley: h'/h = 1/S, h''/h' = (a − x) − 1/S (from ln prefix = a·y − x + c).
		const newton = h * slopeInverse;
		const bend = 1 - 0.5 * newton * (a - x - 1 / slopeInverse);
		const halley = bend > 0.5;
		const step = halley ? newton / bend : newton;
		if (Math.abs(step) <= (halley ? HALLEY_STOP : TOLERANCE)) return Math.exp(y - step);
		let next = y - step;
		if (!(next > lo && next < hi)) {
			if (lo === -Infinity) next = hi - 1;
			else if (hi === Infinity) next = lo + 1;
			else next = 0.5 * (lo + hi);
		}
		y = next;
	}
	return Math.exp(y);
}

/** Upper half: Halley/Newton on ln(1 − u) − ln Q(a, x) in x (Q itself, not 1 − P, so far tails keep their accuracy). */
function upperQuantile(a: number, c: number, u: number): number {
	const q = 1 - u; // exact for u ≥ ½ (Sterbenz)
	const lnQ0 = Math.log(q);
	let x: number;
	if (a >= 1) {
		x = wilsonHilferty(a, u);
	} else {
		// Numerical Recipes (3rd ed., §6.2, invgammp) starting point for a ≤ 1.
		const t = 1 - a * (0.253 + a * 0.12);
		x = u < t ? Math.pow(u / t, 1 / a) : 1 - Math.log(q / (1 - t));
	}
	let lo = 0;
	let hi = Infinity;
	for (let i = 0; i < MAX_NEWTON; i++) {
		const lp = logPrefix(a, c, x, Math.log(x));
		const pf = Math.exp(lp);
		let lnQ: number;
		let slopeInverse: number; // 1 / (d(−ln Q)/dx) = x·Q / prefix
		if (x < a + 1) {
			const qx = 1 - pf * seriesSum(a, x);
			lnQ = Math.log(qx);
			slopeInverse = (x * qx) / pf;
		} else {
			const hcf = continuedFraction(a, x);
			lnQ = lp + Math.log(hcf);
			slopeInverse = x * hcf;
		}
		const h = lnQ0 - lnQ;
		if (h > 0) hi = x;
		else if (h < 0) lo = x;
		else return x;
		// Halley: g' is the hazard rate r = 1/slopeInverse, g''/g' = (a − 1)/x − 1 + r.
		const newton = h * slopeInverse;
		const bend = 1 - 0.5 * newton * ((a - 1) / x - 1 + 1 / slopeInverse);
		const halley = bend > 0.5;
		const step = halley ? newton / bend : newton;
		if (Math.abs(step) <= (halley ? HALLEY_STOP : TOLERANCE) * x) return x - step;
		let next = x - step;
		if (!(next > lo && next < hi)) next = hi === Infinity ? 2 * x + 1 : 0.5 * (lo + hi);
		x = next;
	}
	return x;
}
