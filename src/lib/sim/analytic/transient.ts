// The exact time-varying answer for a service day: M(t)/M/c(t) that opens EMPTY, with the
// arrival rate and the servers constant within each period. Unlike SIPP (sipp.ts) it keeps
// the backlog that a peak leaves behind, so it is the oracle the simulation's day mode is
// validated against.
//
// Method: the number in system N(t) is a birth–death chain; its distribution p(t) solves the
// Kolmogorov forward equations dp/dt = p·Q(t). Within a period Q is constant and p is
// advanced by uniformisation (Jensen's method): with Λ ≥ every exit rate and P = I + Q/Λ,
//   p(t+h) = Σ_k Pois(k; Λh)·p(t)Pᵏ,   ∫₀ʰ p(t+s) ds = (1/Λ)·Σ_k P(Pois(Λh) > k)·p(t)Pᵏ.
// Every term is a non-negative combination of probability vectors, so it is unconditionally
// stable; the Poisson series is summed until its tail is below 1e-18. There is no fixed state
// cut-off: each chain step widens the support by one state at each end, and only edge states
// holding less than tolerance/(states ever created) are dropped, so the total dropped probability - a
// bound on the error of p(t) in total variation - is reported and never exceeds `tolerance`
// (default 1e-12).
//
// Wait of an arrival: with FIFO and exponential service, an arrival that finds n in system
// (PASTA: arrivals see p(t)) when c servers are all busy needs n − c + 1 departures at rate
// cμ, so E[wait | n] = max(0, n − c + 1)/(cμ). ASSUMPTION: c stays constant for the rest of
// that customer's wait. This is exact when c is constant over the day (the validation case);
// when servers change at a boundary, waits that straddle it use the servers at arrival.
//
// Accuracy (constant c): limited only by floating point and the two cut-offs above. On the
// validation day the per-period waits agree with an independent RK4 solution to about 1e-12
// relative (the spec asserts 1e-9): far inside any simulation confidence interval, so it can
// serve as an exact oracle. Cost grows with Λ·(day length) × (states held); the
// validation day takes ~10 ms once warm.
//
// Units: as in DayProfile - rates per time unit, times in that unit.
// Sources: Jensen (1953), "Markoff chains as an aid in the study of Markoff processes",
// Skand. Aktuarietidskr. 36:87–91; Grassmann (1977), "Transient solutions in Markovian
// queueing systems", Computers & Operations Research 4(1):47–53.

import { assertInteger, assertPositive } from './checks';
import { type DayProfile, serversPerPeriod } from './day-profile';

export interface TransientOptions {
	/** Points per period in the returned time series (integer ≥ 1, default 30). Does not affect accuracy. */
	samplesPerPeriod?: number;
	/** Total probability that may be dropped from the negligible edges of the distribution (default 1e-12). */
	tolerance?: number;
}

export interface TransientPeriod {
	/** Arrival rate of the period, per time unit. */
	lambda: number;
	/** Servers in the period. */
	c: number;
	/** Expected arrivals in the period, λ·periodLength. */
	arrivals: number;
	/**
	 * Mean queue wait of customers ARRIVING in this period, time units (exact; see file comment).
	 * With λ = 0 it is the wait a hypothetical arrival would face (the λ → 0 limit).
	 */
	wq: number;
	/** Probability that an arrival in this period finds every server busy. */
	probWait: number;
	/** Time-average expected number waiting over the period. */
	meanQueue: number;
	/** Time-average expected number in system over the period. */
	meanInSystem: number;
	/** Time-average expected share of servers busy. */
	utilisation: number;
}

export interface TransientResult {
	periods: TransientPeriod[];
	/** Arrival-weighted mean queue wait over the whole day, time units (0 if nobody arrives). */
	wq: number;
	/** Arrival-weighted probability of waiting over the day. */
	probWait: number;
	/** Expected number in system at closing time (end of the last period). */
	inSystemAtClose: number;
	/** Expected queue over the day, sampled at t = 0, step, 2·step, … (time units). */
	series: { t: Float64Array; queue: Float64Array; inSystem: Float64Array };
	/** Largest number of states held at once (diagnostic). */
	states: number;
	/** Probability dropped from the negligible edges of the distribution (≤ tolerance). */
	lostMass: number;
}

const MAX_STATES = 5_000_000;
/** Uniformisation sub-steps are kept at Λh ≤ this, so e^{−Λh} stays far from underflow. */
const MAX_RATE_STEP = 50;
const POISSON_TAIL = 1e-18;

/** Poisson(x) probabilities w_k and tails P(Pois > k), up to where the tail is negligible. */
function poissonTerms(x: number): { w: Float64Array; tail: Float64Array } {
	const w: number[] = [Math.exp(-x)];
	for (let k = 1; k < x || w[k - 1] > POISSON_TAIL; k++) w.push((w[k - 1] * x) / k);
	const tail = new Float64Array(w.length);
	for (let k = w.length - 2; k >= 0; k--) tail[k] = tail[k + 1] + w[k + 1];
	return { w: Float64Array.from(w), tail };
}

interface PeriodPlan {
	lambda: number;
	c: number;
	rate: number;
	subSteps: number;
	w: Float64Array;
	tail: Float64Array;
}

/**
 * Exact expected waits and queue over a day of piecewise-constant demand and staffing,
 * starting empty (M(t)/M/c(t), FIFO, no abandonment). Times in the profile's time unit.
 */
export function transientDay(p: DayProfile, options: TransientOptions = {}): TransientResult {
	const servers = serversPerPeriod(p);
	const samples = options.samplesPerPeriod ?? 30;
	const tolerance = options.tolerance ?? 1e-12;
	assertInteger('samplesPerPeriod', samples, 1);
	assertPositive('tolerance', tolerance);
	const { mu, periodLength } = p;
	const sampleStep = periodLength / samples;

	const plans: PeriodPlan[] = p.lambda.map((lambda, i) => {
		const c = servers[i];
		const rate = lambda + c * mu;
		const subSteps = Math.max(1, Math.ceil((rate * sampleStep) / MAX_RATE_STEP));
		return { lambda, c, rate, subSteps, ...poissonTerms((rate * sampleStep) / subSteps) };
	});
	// Each chain step adds at most two states, so fewer than this many are ever created; dropping
	// only states below tolerance/created keeps the total dropped mass below tolerance.
	let created = 1;
	for (const x of plans) created += 2 * samples * x.subSteps * x.w.length;
	const dropBelow = tolerance / created;

	let cap = 64;
	let v = new Float64Array(cap);
	let acc = new Float64Array(cap);
	let cur = new Float64Array(cap);
	let nxt = new Float64Array(cap);
	let out = new Float64Array(cap);
	v[0] = 1;
	let lo = 0; // lowest and highest states with mass
	let hi = 0;
	let widest = 1;
	let lost = 0;

	const points = p.lambda.length * samples + 1;
	const series = { t: new Float64Array(points), queue: new Float64Array(points), inSystem: new Float64Array(points) };
	const periods: TransientPeriod[] = [];
	let point = 1;

	for (let i = 0; i < plans.length; i++) {
		const { lambda, c, rate, subSteps, w, tail } = plans[i];
		const up = lambda / rate;
		const muR = mu / rate;
		const terms = w.length;
		acc.fill(0);
		let accHi = 0;

		for (let s = 0; s < samples; s++) {
			for (let sub = 0; sub < subSteps; sub++) {
				if (hi + terms + 2 > cap) {
					const size = Math.max(hi + terms + 2, 2 * cap);
					if (size > MAX_STATES) {
						throw new RangeError(`transient solution needs more than ${MAX_STATES} states: the queue grows too long`);
					}
					const v2 = new Float64Array(size);
					v2.set(v);
					v = v2;
					const acc2 = new Float64Array(size);
					acc2.set(acc);
					acc = acc2;
					cur = new Float64Array(size);
					nxt = new Float64Array(size);
					out = new Float64Array(size);
					cap = size;
				}
				cur.set(v.subarray(lo, hi + 1), lo);
				out.fill(0);
				// Support [l, h] of cur: each chain step widens it by one state at each end.
				let l = lo;
				let h = hi;
				for (let k = 0; k < terms; k++) {
					const wk = w[k];
					const tk = tail[k] / rate;
					for (let m = l; m <= h; m++) {
						out[m] += wk * cur[m];
						acc[m] += tk * cur[m];
					}
					if (k === terms - 1) break;
					// One step of the uniformised chain, nxt = cur·P with P = I + Q/Λ.
					const from = l > 0 ? l - 1 : 0;
					for (let m = from; m <= h + 1; m++) {
						let x = m >= l && m <= h ? cur[m] * (1 - up - (m < c ? m : c) * muR) : 0;
						if (m - 1 >= l) x += cur[m - 1] * up;
						if (m + 1 <= h) x += cur[m + 1] * ((m + 1 < c ? m + 1 : c) * muR);
						nxt[m] = x;
					}
					l = from;
					h++;
					const t = cur;
					cur = nxt;
					nxt = t;
				}
				if (h > accHi) accHi = h;
				if (h - l + 1 > widest) widest = h - l + 1;
				const t = v;
				v = out;
				out = t;
				lo = l;
				hi = h;
				while (hi > lo && v[hi] <= dropBelow) {
					lost += v[hi];
					v[hi] = 0;
					hi--;
				}
				while (lo < hi && v[lo] <= dropBelow) {
					lost += v[lo];
					v[lo] = 0;
					lo++;
				}
			}
			let q = 0;
			let ns = 0;
			for (let m = lo; m <= hi; m++) {
				ns += m * v[m];
				if (m > c) q += (m - c) * v[m];
			}
			series.t[point] = i * periodLength + (s + 1) * sampleStep;
			series.queue[point] = q;
			series.inSystem[point] = ns;
			point++;
		}
		periods.push(periodMeans(acc, accHi, lambda, c, mu, periodLength));
	}

	let arrivals = 0;
	let waitSum = 0;
	let probWaitSum = 0;
	for (const x of periods) {
		arrivals += x.arrivals;
		waitSum += x.arrivals * x.wq;
		probWaitSum += x.arrivals * x.probWait;
	}
	return {
		periods,
		wq: arrivals > 0 ? waitSum / arrivals : 0,
		probWait: arrivals > 0 ? probWaitSum / arrivals : 0,
		inSystemAtClose: series.inSystem[points - 1],
		series,
		states: widest,
		lostMass: lost
	};
}

/** Period averages from acc[n] = ∫ P(N(t) = n) dt over the period. */
function periodMeans(acc: Float64Array, top: number, lambda: number, c: number, mu: number, length: number): TransientPeriod {
	let wait = 0;
	let busy = 0;
	let queue = 0;
	let system = 0;
	let allBusy = 0;
	for (let m = 0; m <= top; m++) {
		const a = acc[m];
		system += m * a;
		busy += (m < c ? m : c) * a;
		if (m >= c) {
			allBusy += a;
			wait += ((m - c + 1) / (c * mu)) * a;
			queue += (m - c) * a;
		}
	}
	return {
		lambda,
		c,
		arrivals: lambda * length,
		wq: wait / length,
		probWait: allBusy / length,
		meanQueue: queue / length,
		meanInSystem: system / length,
		utilisation: busy / length / c
	};
}
