// Patience from a queue log: the time a customer is willing to wait is seen only for those who
// abandoned (their wait is their patience); for everyone served it is censored — longer than
// the wait they had. Under an exponential patience the maximum-likelihood mean of such
// right-censored data is (total time waited by everyone) ÷ (number who abandoned)
// (e.g. Lawless, Statistical Models and Methods for Lifetime Data, §3.1; the estimator call
// centres use for "patience" from ACD logs). Pure math.

export interface PatienceEstimate {
	/** Mean patience, minutes; null when nobody abandoned (no evidence of a limit). */
	mean: number | null;
	abandoned: number;
	/** Customers whose wait is known (abandoned plus served). */
	observed: number;
	/** Total minutes waited (the exposure). */
	exposure: number;
	/** Approximate 95 % interval of the mean (χ² with 2d degrees of freedom, by Wilson–Hilferty). */
	low: number | null;
	high: number | null;
}

function chi2Quantile(p: number, df: number): number {
	// Wilson–Hilferty; z for p = 0.025 / 0.975
	const z = p < 0.5 ? -1.959964 : 1.959964;
	const s = 2 / (9 * df);
	return df * (1 - s + z * Math.sqrt(s)) ** 3;
}

/** waits: minutes waited by each customer; abandoned: whether that customer gave up. */
export function exponentialPatience(waits: readonly number[], abandoned: readonly boolean[]): PatienceEstimate {
	let exposure = 0;
	let d = 0;
	let n = 0;
	for (let i = 0; i < waits.length; i++) {
		const w = waits[i];
		if (!Number.isFinite(w) || w < 0) continue;
		n++;
		exposure += w;
		if (abandoned[i]) d++;
	}
	if (d === 0 || exposure <= 0) return { mean: null, abandoned: d, observed: n, exposure, low: null, high: null };
	return {
		mean: exposure / d,
		abandoned: d,
		observed: n,
		exposure,
		low: (2 * exposure) / chi2Quantile(0.975, 2 * d),
		high: (2 * exposure) / chi2Quantile(0.025, 2 * d)
	};
}
