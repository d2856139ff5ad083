// "Same customers, two worlds": within one replication, the n-th customer of a source is the
// same person in the baseline and in the redesign (same arrival time, segment, patience,
// service quantiles, tolerance — customers carry their own draws). Matching the two runs'
// visit records by (source id, ordinal) shows what the redesign does to each customer: how
// much longer or shorter they waited, how their predicted CSAT moved, and how many are better
// off, worse off or unchanged.

import type { Simulation } from '../core/simulation';
import { csatProbability, scoreRecords } from '../satisfaction/customer';

/** The per-replication customer statistics, in the order of a row's `customers` array. */
export const CUSTOMER_STATS = [
	'matched', // customers recorded in both runs (count)
	'baselineOnly', // recorded in the baseline only (e.g. still inside at the end of a steady-state window)
	'redesignOnly', // recorded in the redesign only (e.g. a source that exists only there)
	'waitChange', // mean change in total queueing time per matched customer, minutes (redesign − baseline)
	'perceivedChange', // mean change in perceived wait, minutes
	'timeInSystemChange', // mean change in time from arrival to leaving, minutes
	'csatChange', // mean change in predicted CSAT_i (probability 0–1)
	'betterOff', // share of matched customers who waited less (by more than the threshold)
	'worseOff', // share who waited more (by more than the threshold)
	'unchanged' // share whose wait changed by at most the threshold
] as const;

export type CustomerStat = (typeof CUSTOMER_STATS)[number];
export const CS = Object.fromEntries(CUSTOMER_STATS.map((k, i) => [k, i])) as Record<CustomerStat, number>;

/** A wait change within ± this many minutes counts as unchanged. */
export const UNCHANGED_MINUTES = 0.01;

let muA: Float64Array = new Float64Array(1024);
let muB: Float64Array = new Float64Array(1024);

/**
 * Matches the recorded customers of two finished replications (same replication index, same
 * seed) and returns their statistics as a row in CUSTOMER_STATS order. `sourceMap[s]` is the
 * redesign's index of the baseline's source s (matched by node id), or −1.
 */
export function pairCustomers(base: Simulation, redesign: Simulation, sourceMap: Int32Array): Float64Array {
	const a = base.records;
	const b = redesign.records;
	muA = scoreRecords(base.model.satisfaction, a, muA);
	muB = scoreRecords(redesign.model.satisfaction, b, muB);
	const pa = base.model.satisfaction.params;
	const pb = redesign.model.satisfaction.params;

	// index the redesign's records by (source, ordinal): one slice of a flat table per source
	const sources = redesign.model.sources.length;
	const size = new Int32Array(sources);
	for (let j = 0; j < b.count; j++) {
		const s = b.source[j];
		if (b.ordinal[j] + 1 > size[s]) size[s] = b.ordinal[j] + 1;
	}
	const offset = new Int32Array(sources + 1);
	for (let s = 0; s < sources; s++) offset[s + 1] = offset[s] + size[s];
	const index = new Int32Array(offset[sources]).fill(-1);
	for (let j = 0; j < b.count; j++) index[offset[b.source[j]] + b.ordinal[j]] = j;

	let matched = 0;
	let wait = 0;
	let perceived = 0;
	let system = 0;
	let csat = 0;
	let better = 0;
	let worse = 0;
	for (let i = 0; i < a.count; i++) {
		const s = sourceMap[a.source[i]];
		if (s < 0) continue;
		const ord = a.ordinal[i];
		if (ord >= size[s]) continue;
		const j = index[offset[s] + ord];
		if (j < 0) continue;
		matched++;
		const dw = b.wait[j] - a.wait[i];
		wait += dw;
		perceived += b.perceived[j] - a.perceived[i];
		system += b.system[j] - a.system[i];
		csat += csatProbability(pb, muB[j]) - csatProbability(pa, muA[i]);
		if (dw < -UNCHANGED_MINUTES) better++;
		else if (dw > UNCHANGED_MINUTES) worse++;
	}
	const out = new Float64Array(CUSTOMER_STATS.length);
	const per = (x: number) => (matched > 0 ? x / matched : NaN);
	out[CS.matched] = matched;
	out[CS.baselineOnly] = a.count - matched;
	out[CS.redesignOnly] = b.count - matched;
	out[CS.waitChange] = per(wait);
	out[CS.perceivedChange] = per(perceived);
	out[CS.timeInSystemChange] = per(system);
	out[CS.csatChange] = per(csat);
	out[CS.betterOff] = per(better);
	out[CS.worseOff] = per(worse);
	out[CS.unchanged] = per(matched - better - worse);
	return out;
}
