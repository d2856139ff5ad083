// The standard normal distribution: Φ (the share of a bell curve below z) and its inverse.
// Not a service-time model on its own (times cannot be negative); it is the engine of the
// lognormal sampler and of Wilson–Hilferty starting points, and the t quantile's limit.

const SQRT_32 = 5.656854249492380195206754896838;
const ONE_OVER_SQRT_2PI = 0.398942280401432677939946059934;

// W. J. Cody, "Rational Chebyshev approximations for the error function", Math. Comp. 23
// (1969) 631–637, as arranged for Φ in ANORM (Cody, ACM TOMS Algorithm 715, 1993) and R's
// pnorm_both. Relative error ≈ 1e-16 in both tails.
const A0 = 2.2352520354606839287;
const A1 = 161.02823106855587881;
const A2 = 1067.6894854603709582;
const A3 = 18154.981253343561249;
const A4 = 0.065682337918207449113;
const B0 = 47.20258190468824187;
const B1 = 976.09855173777669322;
const B2 = 10260.932208618978205;
const B3 = 45507.789335026729956;
const C0 = 0.39894151208813466764;
const C1 = 8.8831497943883759412;
const C2 = 93.506656132177855979;
const C3 = 597.27027639480026226;
const C4 = 2494.5375852903726711;
const C5 = 6848.1904505362823326;
const C6 = 11602.651437647350124;
const C7 = 9842.7148383839780218;
const C8 = 1.0765576773720192317e-8;
const D0 = 22.266688044328115691;
const D1 = 235.38790178262499861;
const D2 = 1519.377599407554805;
const D3 = 6485.558298266760755;
const D4 = 18615.571640885098091;
const D5 = 34900.952721145977266;
const D6 = 38912.003286093271411;
const D7 = 19685.429676859990727;
const P0 = 0.21589853405795699;
const P1 = 0.1274011611602473639;
const P2 = 0.022235277870649807;
const P3 = 0.001421619193227893466;
const P4 = 2.9112874951168792e-5;
const P5 = 0.02307344176494017303;
const Q0 = 1.28426009614491121;
const Q1 = 0.468238212480865118;
const Q2 = 0.0659881378689285515;
const Q3 = 0.00378239633202758244;
const Q4 = 7.29751555083966205e-5;

/** Standard normal density φ(z) = e^{−z²/2}/√(2π). */
export function normalPdf(z: number): number {
	return ONE_OVER_SQRT_2PI * Math.exp(-0.5 * z * z);
}

/**
 * Φ(−y) for y ≥ 0.67 (beyond the quartiles), computed without cancellation: Cody's middle and
 * tail ranges, with e^{−y²/2} split as in R so the tail keeps full relative accuracy.
 */
function farTail(y: number): number {
	let r: number;
	if (y <= SQRT_32) {
		const num = (((((((C8 * y + C0) * y + C1) * y + C2) * y + C3) * y + C4) * y + C5) * y + C6) * y + C7;
		const den = (((((((y + D0) * y + D1) * y + D2) * y + D3) * y + D4) * y + D5) * y + D6) * y + D7;
		r = num / den;
	} else if (y < 37.5193) {
		const zsq = 1 / (y * y);
		const num = ((((P5 * zsq + P0) * zsq + P1) * zsq + P2) * zsq + P3) * zsq + P4;
		const den = ((((zsq + Q0) * zsq + Q1) * zsq + Q2) * zsq + Q3) * zsq + Q4;
		r = (ONE_OVER_SQRT_2PI - (zsq * num) / den) / y;
	} else {
		return 0;
	}
	// e^{-y²/2} = e^{-ysq²/2}·e^{-del/2} with ysq = y truncated to 1/16, so ysq² is exact.
	const ysq = Math.trunc(y * 16) / 16;
	const del = (y - ysq) * (y + ysq);
	return Math.exp(-ysq * ysq * 0.5) * Math.exp(-del * 0.5) * r;
}

/** Standard normal CDF Φ(z) (dimensionless), relative error ≈ 1e-15 (Cody 1969 / ANORM). */
export function normalCdf(z: number): number {
	const y = Math.abs(z);
	if (y <= 0.67448975) {
		const zsq = z * z;
		const num = (((A4 * zsq + A0) * zsq + A1) * zsq + A2) * zsq + A3;
		const den = (((zsq + B0) * zsq + B1) * zsq + B2) * zsq + B3;
		return 0.5 + (z * num) / den;
	}
	if (z !== z) return NaN;
	const t = farTail(y);
	return z > 0 ? 1 - t : t;
}

/** Upper tail 1 − Φ(z) = Φ(−z), accurate where Φ(z) is close to 1. */
export function normalSurvival(z: number): number {
	return normalCdf(-z);
}

/**
 * Inverse standard normal CDF Φ⁻¹(p): Wichura, "Algorithm AS 241: The percentage points of
 * the normal distribution", Applied Statistics 37 (1988) 477–484, routine PPND16 (relative
 * error ≈ 1e-16). p in (0, 1); returns −∞ at 0, +∞ at 1, NaN outside [0, 1].
 */
export function normalQuantile(p: number): number {
	if (!(p > 0 && p < 1)) {
		if (p === 0) return -Infinity;
		if (p === 1) return Infinity;
		return NaN;
	}
	const q = p - 0.5;
	if (Math.abs(q) <= 0.425) {
		const r = 0.180625 - q * q;
		return (
			(q *
				(((((((2509.0809287301226727 * r + 33430.575583588128105) * r + 67265.770927008700853) * r + 45921.953931549871457) * r +
					13731.693765509461125) *
					r +
					1971.5909503065514427) *
					r +
					133.14166789178437745) *
					r +
					3.387132872796366608)) /
			(((((((5226.495278852854561 * r + 28729.085735721942674) * r + 39307.89580009271061) * r + 21213.794301586595867) * r +
				5394.1960214247511077) *
				r +
				687.1870074920579083) *
				r +
				42.313330701600911252) *
				r +
				1)
		);
	}
	let r = Math.sqrt(-Math.log(q < 0 ? p : 1 - p));
	let x: number;
	if (r <= 5) {
		r -= 1.6;
		x =
			(((((((7.7454501427834140764e-4 * r + 0.0227238449892691845833) * r + 0.24178072517745061177) * r + 1.27045825245236838258) * r +
				3.64784832476320460504) *
				r +
				5.7694972214606914055) *
				r +
				4.6303378461565452959) *
				r +
				1.42343711074968357734) /
			(((((((1.05075007164441684324e-9 * r + 5.475938084995344946e-4) * r + 0.0151986665636164571966) * r + 0.14810397642748007459) * r +
				0.68976733498510000455) *
				r +
				1.6763848301838038494) *
				r +
				2.05319162663775882187) *
				r +
				1);
	} else {
		r -= 5;
		x =
			(((((((2.01033439929228813265e-7 * r + 2.71155556874348757815e-5) * r + 0.0012426609473880784386) * r + 0.026532189526576123093) * r +
				0.29656057182850489123) *
				r +
				1.7848265399172913358) *
				r +
				5.4637849111641143699) *
				r +
				6.6579046435011037772) /
			(((((((2.04426310338993978564e-15 * r + 1.4215117583164458887e-7) * r + 1.8463183175100546818e-5) * r + 7.868691311456132591e-4) * r +
				0.0148753612908506148525) *
				r +
				0.13692988092273580531) *
				r +
				0.59983220655588793769) *
				r +
				1);
	}
	return q < 0 ? -x : x;
}
