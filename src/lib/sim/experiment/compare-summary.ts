// The result of a comparison: both scenarios' results, and for every KPI (overall, per
// station present in both, per segment present in both, per period) the paired difference
// redesign − baseline. Because replication r of both worlds saw the same customers, the
// difference is taken per replication, d_r = x_r(redesign) − x_r(baseline), and its mean
// gets a Student-t 95 % interval over replications: the common customers cancel out of d_r,
// which is what makes the interval narrow (common random numbers; Law, "Simulation Modeling
// and Analysis", 5th ed. 2015, §11.2, paired-t). For per-customer averages the per-replication
// values are ratios (e.g. that day's mean wait); the difference is the mean of their daily
// differences, unweighted, so it can differ slightly from the difference of the two pooled
// means shown in the results. The relative change is d̄ / b̄ over the same replications, its
// interval by the delta method for a ratio of means (Cochran 1977, §6.4).

import { meanInterval } from '../stats/interval';
import { ratioInterval } from '../stats/ratio-interval';
import { tQuantile975 } from '../stats/student-t';
import { APPOINTMENT_KPIS, CALLBACK_KPIS, GROUP_KPIS, STATION_KPIS } from './kpis';
import type { ReplicationRow, TableName } from './measure';
import { ENGINE_VERSION, type KpiValue, type Results } from './results';
import { summariseRun } from './run';
import { CS, CUSTOMER_STATS, UNCHANGED_MINUTES, type CustomerStat } from './compare-customers';
import type { ComparisonRow, PreparedComparison } from './compare';

/** A paired difference redesign − baseline; null where there is no data. */
export interface DifferenceValue {
	/** Mean over replications of the per-replication difference, in the KPI's unit. */
	mean: number | null;
	low: number | null;
	high: number | null;
	/** Difference ÷ baseline mean (0.1 = 10 % higher); null when the baseline mean is 0. */
	relative: number | null;
	relativeLow: number | null;
	relativeHigh: number | null;
	/** The 95 % interval of the difference excludes 0 (needs ≥ 2 replications). */
	significant: boolean;
}

export type DifferenceSet = Record<string, DifferenceValue>;

/** The differences of one period of arrival; `start` and `end` are minutes since opening. */
export interface PeriodDifference {
	[key: string]: DifferenceValue | number;
}

/**
 * "Same customers, two worlds": each statistic of CUSTOMER_STATS as its mean over replications
 * with a 95 % interval (counts: plain mean; per-customer means and shares pool the matched
 * customers), and the threshold of "unchanged" in minutes.
 */
export type CustomerComparison = { unchangedMinutes: number } & Record<CustomerStat, KpiValue>;

export interface Comparison {
	format: 'flowbench-comparison';
	version: 1;
	engine: string;
	seed: number;
	replications: number;
	baseline: Results;
	redesign: Results;
	difference: {
		overall: DifferenceSet;
		stations: Record<string, DifferenceSet>;
		segments: Record<string, DifferenceSet>;
		/** Per period of arrival (when both scenarios use the same periods). */
		periods: PeriodDifference[];
		/** Format v2: per appointments source in both scenarios (by node id); only when there is one. */
		appointments?: Record<string, DifferenceSet>;
		/** Format v2: per station with a virtual queue in both scenarios (by node id); only when there is one. */
		callbacks?: Record<string, DifferenceSet>;
	};
	customers: CustomerComparison;
}

const NONE: DifferenceValue = {
	mean: null,
	low: null,
	high: null,
	relative: null,
	relativeLow: null,
	relativeHigh: null,
	significant: false
};

/** Paired difference of per-replication values b[r] (baseline) and x[r] (redesign); NaN entries are skipped. */
export function pairedDifference(b: ArrayLike<number>, x: ArrayLike<number>): DifferenceValue {
	const d: number[] = [];
	const base: number[] = [];
	for (let r = 0; r < b.length; r++) {
		if (Number.isNaN(b[r]) || Number.isNaN(x[r])) continue;
		d.push(x[r] - b[r]);
		base.push(b[r]);
	}
	const n = d.length;
	if (n === 0) return { ...NONE };
	const ci = meanInterval(d);
	const bMean = meanInterval(base).mean;
	let relative: number | null = null;
	let relativeLow: number | null = null;
	let relativeHigh: number | null = null;
	if (bMean !== 0 && Number.isFinite(bMean)) {
		relative = ci.mean / bMean + 0; // + 0: no −0 when nothing changed
		relativeLow = relativeHigh = relative;
		if (n > 1) {
			let ss = 0;
			for (let r = 0; r < n; r++) {
				const e = d[r] - relative * base[r];
				ss += e * e;
			}
			const half = (tQuantile975(n - 1) * Math.sqrt(ss / (n - 1))) / (Math.sqrt(n) * Math.abs(bMean));
			relativeLow = relative - half + 0;
			relativeHigh = relative + half + 0;
		}
	}
	return {
		mean: ci.mean,
		low: ci.low,
		high: ci.high,
		relative,
		relativeLow,
		relativeHigh,
		significant: n > 1 && (ci.low > 0 || ci.high < 0)
	};
}

function column(rows: ReplicationRow[], table: TableName, index: number): Float64Array {
	return Float64Array.from(rows, (row) => row[table][index]);
}

function differenceSet(
	names: readonly string[],
	base: ReplicationRow[],
	redesign: ReplicationRow[],
	table: TableName,
	baseOffset: number,
	redesignOffset: number
): DifferenceSet {
	const out: DifferenceSet = {};
	names.forEach((name, k) => {
		out[name] = pairedDifference(column(base, table, baseOffset + k), column(redesign, table, redesignOffset + k));
	});
	return out;
}

function customerSummary(rows: ComparisonRow[]): CustomerComparison {
	const out = { unchangedMinutes: UNCHANGED_MINUTES } as CustomerComparison;
	const n = rows.length;
	const matched = Float64Array.from(rows, (r) => r.customers[CS.matched]);
	const ones = new Float64Array(n).fill(1);
	for (const stat of CUSTOMER_STATS) {
		const values = Float64Array.from(rows, (r) => r.customers[CS[stat]]);
		// counts: a plain mean over replications; per-customer means and shares pool the matched customers
		const isCount = stat === 'matched' || stat === 'baselineOnly' || stat === 'redesignOnly';
		const ci = ratioInterval(values, isCount ? ones : matched, n);
		out[stat] = Number.isNaN(ci.mean) ? { mean: null, low: null, high: null } : { mean: ci.mean, low: ci.low, high: ci.high };
	}
	return out;
}

/** Summarises comparison rows (in replication order) into the comparison result. */
export function summariseComparison(prep: PreparedComparison, rows: ComparisonRow[]): Comparison {
	const baseRows = rows.map((r) => r.baseline);
	const redRows = rows.map((r) => r.redesign);
	const bm = prep.baseline.model;
	const rm = prep.redesign.model;
	const K = GROUP_KPIS.length;
	const KS = STATION_KPIS.length;

	const stations: Record<string, DifferenceSet> = {};
	const redesignResource = new Map<string, number>();
	for (let r = 0; r < rm.resourceCount; r++) redesignResource.set(rm.nodeIds[rm.resNode[r]], r);
	for (let r = 0; r < bm.resourceCount; r++) {
		const id = bm.nodeIds[bm.resNode[r]];
		const other = redesignResource.get(id);
		if (other !== undefined) stations[id] = differenceSet(STATION_KPIS, baseRows, redRows, 'stations', r * KS, other * KS);
	}

	const segments: Record<string, DifferenceSet> = {};
	bm.segmentIds.forEach((id, s) => {
		const other = rm.segmentIds.indexOf(id);
		if (other >= 0) segments[id] = differenceSet(GROUP_KPIS, baseRows, redRows, 'segments', s * K, other * K);
	});

	const periods: PeriodDifference[] = [];
	if (bm.steady === rm.steady && bm.periodMinutes === rm.periodMinutes) {
		const P = Math.min(bm.periodCount, rm.periodCount);
		for (let p = 0; p < P; p++) {
			const start = bm.steady ? bm.warmup : p * bm.periodMinutes;
			const end = bm.steady ? bm.closeTime : Math.min(bm.closeTime, rm.closeTime, (p + 1) * bm.periodMinutes);
			periods.push({ start, end, ...differenceSet(GROUP_KPIS, baseRows, redRows, 'periods', p * K, p * K) });
		}
	}

	const appointments: Record<string, DifferenceSet> = {};
	const KA = APPOINTMENT_KPIS.length;
	bm.sources.forEach((src, i) => {
		const id = bm.nodeIds[src.node];
		const other = rm.sources.findIndex((o) => rm.nodeIds[o.node] === id);
		if (src.appointments && other >= 0 && rm.sources[other].appointments)
			appointments[id] = differenceSet(APPOINTMENT_KPIS, baseRows, redRows, 'appointments', i * KA, other * KA);
	});
	const callbacks: Record<string, DifferenceSet> = {};
	const KC = CALLBACK_KPIS.length;
	for (let r = 0; r < bm.resourceCount; r++) {
		const id = bm.nodeIds[bm.resNode[r]];
		const other = redesignResource.get(id);
		if (bm.resCallback[r] !== 0 && other !== undefined && rm.resCallback[other] !== 0)
			callbacks[id] = differenceSet(CALLBACK_KPIS, baseRows, redRows, 'callbacks', r * KC, other * KC);
	}

	return {
		format: 'flowbench-comparison',
		version: 1,
		engine: ENGINE_VERSION,
		seed: prep.seed,
		replications: rows.length,
		baseline: summariseRun(prep.baseline, baseRows),
		redesign: summariseRun(prep.redesign, redRows),
		difference: {
			overall: differenceSet(GROUP_KPIS, baseRows, redRows, 'overall', 0, 0),
			stations,
			segments,
			periods,
			// only for scenarios that have them, so comparisons of format-1 scenarios read as before
			...(Object.keys(appointments).length > 0 && { appointments }),
			...(Object.keys(callbacks).length > 0 && { callbacks })
		},
		customers: customerSummary(rows)
	};
}
