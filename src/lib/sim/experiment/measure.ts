// Turns one finished replication into its row of KPI values: per group of customers
// (everyone, each segment, each period of arrival), per station, and per station and
// period, from what was tallied as customers left (stats/visit-tally.ts) and the stations'
// counts and time integrals — no per-customer rows, so memory is flat in run length. Rows are plain typed arrays so they cross worker boundaries without copying,
// and keep every replication's values for confidence intervals and paired comparisons.
// A value with no data in a replication (no arrivals in a period, say) is NaN.
//
// Each value comes with a weight: the number of customers (or server time) it averages
// over. Averages across replications are weighted by it, so "the mean wait of customers
// arriving at 9–10" is the mean over those customers (a ratio estimator), not a mean of
// daily means that over-weights quiet days. Counts, rates and costs have weight 1.
// Predicted satisfaction (satisfaction/customer.ts) is averaged the same way: CSAT, top-box
// and NPS over all arrivals, the "surveyed" views over served customers only.

import type { Simulation } from '../core/simulation';
import {
	A_ABANDONED,
	A_BALKED,
	A_COLS,
	A_CSAT,
	A_COMPLAINTS,
	A_CSAT_SERVED,
	A_FCR,
	A_N,
	A_NPS,
	A_NPS_SERVED,
	A_RESOLVED,
	A_SENT_HOME,
	A_SERVED,
	A_SYSTEM,
	A_TOP_BOX,
	A_TRANSFERS,
	A_WAIT,
	A_WAITED,
	A_WITHIN
} from '../stats/visit-tally';
import { AP, APPOINTMENT_KPIS, CALLBACK_KPIS, CB, G, GROUP_KPIS, ST, STATION_KPIS, STATION_PERIOD_KPIS, WAIT_BINS } from './kpis';
import { CALLBACK_RETURN } from '../core/model';

export interface ReplicationTables {
	/** [GROUP_KPIS] */
	overall: Float64Array;
	/** [segment][GROUP_KPIS] */
	segments: Float64Array;
	/** [period][GROUP_KPIS] */
	periods: Float64Array;
	/** [resource][STATION_KPIS] */
	stations: Float64Array;
	/** [period][resource][STATION_PERIOD_KPIS] */
	stationPeriods: Float64Array;
	/** [WAIT_BINS]: share of arrivals whose total wait falls in each bin (see kpis.ts). */
	waitHistogram: Float64Array;
	/** [choice alternative][1 + period]: its share of its choice node's picks, overall then per period of arrival (empty without choice nodes). */
	channels: Float64Array;
	/** Format v2: [source][APPOINTMENT_KPIS] (NaN for sources that are not appointments). */
	appointments: Float64Array;
	/** Format v2: [resource][CALLBACK_KPIS] (NaN for resources without a virtual queue). */
	callbacks: Float64Array;
}

export interface ReplicationRow extends ReplicationTables {
	/** The weight of each value, same shapes. */
	weights: ReplicationTables;
	events: number;
}

export type TableName = keyof ReplicationTables;
export const TABLES: TableName[] = [
	'overall',
	'segments',
	'periods',
	'stations',
	'stationPeriods',
	'waitHistogram',
	'channels',
	'appointments',
	'callbacks'
];

/** The buffers under a row's typed arrays (one, for rows made here), e.g. to transfer it to another thread. */
export function rowBuffers(row: ReplicationRow): ArrayBuffer[] {
	const set = new Set<ArrayBuffer>();
	for (const t of TABLES) {
		set.add(row[t].buffer as ArrayBuffer);
		set.add(row.weights[t].buffer as ArrayBuffer);
	}
	return [...set];
}

/**
 * A row's tables are views into one buffer, cut in order: one allocation per replication
 * instead of eighteen (with several hundred short replications a second — days of a
 * branch — allocating and collecting typed arrays was a tenth of the run's time).
 */
class RowBuffer {
	readonly #data: Float64Array;
	#at = 0;
	constructor(length: number) {
		this.#data = new Float64Array(length);
	}
	/** The next n values, zeros. */
	take(n: number): Float64Array {
		const v = this.#data.subarray(this.#at, this.#at + n);
		this.#at += n;
		return v;
	}
}

/** Values in a row of `sim`'s model, weights included (what RowBuffer is sized for). */
function rowLength(sim: Simulation): number {
	const m = sim.model;
	const S = m.segmentCount;
	const P = m.periodCount;
	const R = m.resourceCount;
	const values = K * (1 + S + P) + R * KS + P * R * KSP + WAIT_BINS + m.choices.size * (1 + P) + m.sources.length * KA + R * KC;
	return 2 * values;
}

const K = GROUP_KPIS.length;
const KS = STATION_KPIS.length;
const KSP = STATION_PERIOD_KPIS.length;
const KA = APPOINTMENT_KPIS.length;
const KC = CALLBACK_KPIS.length;

export function measureReplication(sim: Simulation): ReplicationRow {
	const m = sim.model;
	const tally = sim.tally;
	const n = tally.count;
	const S = m.segmentCount;
	const P = m.periodCount;
	const R = m.resourceCount;
	const cells = tally.cells;

	const groups = 1 + S + P;
	const acc = new Float64Array(groups * A_COLS);
	for (let seg = 0; seg < S; seg++)
		for (let p = 0; p < P; p++) {
			const a = (seg * P + p) * A_COLS;
			for (let col = 0; col < A_COLS; col++) {
				const v = cells[a + col];
				acc[col] += v;
				acc[(1 + seg) * A_COLS + col] += v;
				acc[(1 + S + p) * A_COLS + col] += v;
			}
		}

	// 90th percentiles of the total wait: everyone, then each segment and period (a lone
	// segment or period is everyone); exact up to 65,536 customers a group, else within 0.39 %
	const p90 = new Float64Array(groups).fill(NaN);
	p90[0] = tally.all.quantile(0.9);
	for (let seg = 0; seg < S; seg++) p90[1 + seg] = tally.bySegment ? tally.bySegment[seg].quantile(0.9) : p90[0];
	for (let p = 0; p < P; p++) p90[1 + S + p] = tally.byPeriod ? tally.byPeriod[p].quantile(0.9) : p90[0];

	// the distribution of total waits, as shares of all arrivals
	const buf = new RowBuffer(rowLength(sim));
	const waitHistogram = buf.take(WAIT_BINS);
	const waitHistogramW = buf.take(WAIT_BINS).fill(n);
	for (let b = 0; b < WAIT_BINS; b++) waitHistogram[b] = n > 0 ? tally.waitBins[b] / n : NaN;

	const start = sim.snapTime[0];
	const end = sim.snapTime[P + 1];
	const windowHours = m.steady ? (end - start) / 60 : m.closeTime / 60;
	const costBetween = (k0: number, k1: number) => {
		let c = 0;
		for (let r = 0; r < R; r++) c += (sim.snapAvail[k1 * R + r] - sim.snapAvail[k0 * R + r]) * m.resCostPerMinute[r];
		return c;
	};

	const groupRow = (g: number, out: Float64Array, weight: Float64Array, o: number, hours: number, cost: number) => {
		const a = g * A_COLS;
		const count = acc[a + A_N];
		// customer averages weigh by the customers they average over; counts, rates and costs by 1
		weight.fill(count, o, o + K);
		weight[o + G.arrivals] = 1;
		weight[o + G.throughput] = 1;
		weight[o + G.cost] = 1;
		out[o + G.arrivals] = count;
		out[o + G.cost] = cost;
		out[o + G.throughput] = hours > 0 ? acc[a + A_SERVED] / hours : NaN;
		const per = (col: number) => (count > 0 ? acc[a + col] / count : NaN);
		out[o + G.waitMean] = per(A_WAIT);
		out[o + G.probWait] = per(A_WAITED);
		out[o + G.serviceLevel] = per(A_WITHIN);
		out[o + G.abandonment] = per(A_ABANDONED);
		out[o + G.balking] = per(A_BALKED);
		out[o + G.resolution] = per(A_FCR);
		out[o + G.resolvedShare] = per(A_RESOLVED);
		out[o + G.servedShare] = per(A_SERVED);
		out[o + G.sentHome] = per(A_SENT_HOME);
		out[o + G.transfers] = per(A_TRANSFERS);
		out[o + G.timeInSystem] = per(A_SYSTEM);
		out[o + G.waitP90] = p90[g];
		out[o + G.csat] = per(A_CSAT);
		out[o + G.topBox] = per(A_TOP_BOX);
		out[o + G.nps] = count > 0 ? (100 * acc[a + A_NPS]) / count : NaN;
		out[o + G.complaints] = per(A_COMPLAINTS);
		// the survey-visible view averages over served customers, and weighs by them
		const served = acc[a + A_SERVED];
		out[o + G.csatSurveyed] = served > 0 ? acc[a + A_CSAT_SERVED] / served : NaN;
		out[o + G.npsSurveyed] = served > 0 ? (100 * acc[a + A_NPS_SERVED]) / served : NaN;
		weight[o + G.csatSurveyed] = served;
		weight[o + G.npsSurveyed] = served;
	};

	const overall = buf.take(K);
	const overallW = buf.take(K);
	groupRow(0, overall, overallW, 0, windowHours, costBetween(0, P + 1));
	const segments = buf.take(S * K);
	const segmentsW = buf.take(S * K);
	for (let seg = 0; seg < S; seg++) groupRow(1 + seg, segments, segmentsW, seg * K, windowHours, NaN);
	const periods = buf.take(P * K);
	const periodsW = buf.take(P * K);
	for (let p = 0; p < P; p++) {
		const hours = m.steady ? windowHours : (Math.min(m.closeTime, (p + 1) * m.periodMinutes) - p * m.periodMinutes) / 60;
		groupRow(1 + S + p, periods, periodsW, p * K, hours, costBetween(p, p + 1));
	}

	const res = sim.resources;
	const stations = buf.take(R * KS);
	const stationsW = buf.take(R * KS).fill(1);
	const windowMinutes = end - start;
	for (let r = 0; r < R; r++) {
		const o = r * KS;
		const joined = res.joined[r];
		const arrivals = res.arrivals[r];
		const completed = res.completed[r];
		const busy = sim.snapBusy[(P + 1) * R + r] - sim.snapBusy[r];
		const avail = sim.snapAvail[(P + 1) * R + r] - sim.snapAvail[r];
		const queue = sim.snapQueue[(P + 1) * R + r] - sim.snapQueue[r];
		stations[o + ST.arrivals] = arrivals;
		stations[o + ST.waitMean] = joined > 0 ? res.waitSum[r] / joined : NaN;
		stations[o + ST.waitP90] = res.waits[r].quantile(0.9);
		stations[o + ST.probWait] = joined > 0 ? res.waitedCount[r] / joined : NaN;
		stations[o + ST.serviceLevel] = joined > 0 ? res.withinTarget[r] / joined : NaN;
		stations[o + ST.abandonment] = arrivals > 0 ? res.abandoned[r] / arrivals : NaN;
		stations[o + ST.balking] = arrivals > 0 ? res.balked[r] / arrivals : NaN;
		stations[o + ST.resolution] = completed > 0 ? res.resolved[r] / completed : NaN;
		stations[o + ST.timeInSystem] = completed > 0 ? res.sojournSum[r] / completed : NaN;
		stations[o + ST.throughput] = windowHours > 0 ? completed / windowHours : NaN;
		stations[o + ST.cost] = avail * m.resCostPerMinute[r];
		stations[o + ST.utilisation] = avail > 0 ? busy / avail : NaN;
		stations[o + ST.queueLengthMean] = windowMinutes > 0 ? queue / windowMinutes : NaN;
		stations[o + ST.servers] = windowMinutes > 0 ? avail / windowMinutes : NaN;
		for (const k of [ST.waitMean, ST.waitP90, ST.probWait, ST.serviceLevel]) stationsW[o + k] = joined;
		stationsW[o + ST.abandonment] = arrivals;
		stationsW[o + ST.balking] = arrivals;
		stationsW[o + ST.resolution] = completed;
		stationsW[o + ST.timeInSystem] = completed;
		stationsW[o + ST.utilisation] = avail;
	}

	const stationPeriods = buf.take(P * R * KSP);
	const stationPeriodsW = buf.take(P * R * KSP).fill(1);
	for (let p = 0; p < P; p++) {
		const minutes = sim.snapTime[p + 1] - sim.snapTime[p];
		for (let r = 0; r < R; r++) {
			const o = (p * R + r) * KSP;
			const busy = sim.snapBusy[(p + 1) * R + r] - sim.snapBusy[p * R + r];
			const avail = sim.snapAvail[(p + 1) * R + r] - sim.snapAvail[p * R + r];
			const queue = sim.snapQueue[(p + 1) * R + r] - sim.snapQueue[p * R + r];
			stationPeriods[o] = avail > 0 ? busy / avail : NaN;
			stationPeriodsW[o] = avail;
			stationPeriods[o + 1] = minutes > 0 ? queue / minutes : NaN;
		}
	}
	const channels = channelShares(sim, buf);
	const { appointments, appointmentsW } = measureAppointments(sim, buf);
	const { callbacks, callbacksW } = measureCallbacks(sim, buf);
	return {
		overall,
		segments,
		periods,
		stations,
		stationPeriods,
		waitHistogram,
		channels: channels.shares,
		appointments,
		callbacks,
		weights: {
			appointments: appointmentsW,
			callbacks: callbacksW,
			overall: overallW,
			segments: segmentsW,
			periods: periodsW,
			stations: stationsW,
			stationPeriods: stationPeriodsW,
			waitHistogram: waitHistogramW,
			channels: channels.weights
		},
		events: sim.events
	};
}

/** Each choice alternative's share of its node's picks (weight: the node's picks), overall and per period of arrival. */
function channelShares(sim: Simulation, buf: RowBuffer): { shares: Float64Array; weights: Float64Array } {
	const m = sim.model;
	const ch = m.choices;
	const P = m.periodCount;
	const W = 1 + P;
	const shares = buf.take(ch.size * W);
	const weights = buf.take(ch.size * W);
	const picks = sim.channelPicks;
	for (const node of ch.nodes) {
		const first = ch.first[node];
		const end = first + ch.count[node];
		for (let p = -1; p < P; p++) {
			let total = 0;
			for (let i = first; i < end; i++) total += p < 0 ? sumPeriods(picks, i, P) : picks[i * P + p];
			for (let i = first; i < end; i++) {
				const k = p < 0 ? sumPeriods(picks, i, P) : picks[i * P + p];
				shares[i * W + 1 + p] = total > 0 ? k / total : NaN;
				weights[i * W + 1 + p] = total;
			}
		}
	}
	return { shares, weights };
}

function sumPeriods(picks: Float64Array, i: number, P: number): number {
	let s = 0;
	for (let p = 0; p < P; p++) s += picks[i * P + p];
	return s;
}

/** Appointments sources: counts per replication (weight 1) and shares of places, booked or arrived customers. */
function measureAppointments(sim: Simulation, buf: RowBuffer): { appointments: Float64Array; appointmentsW: Float64Array } {
	const n = sim.model.sources.length;
	const out = buf.take(n * KA).fill(NaN);
	const w = buf.take(n * KA).fill(1);
	for (let i = 0; i < n; i++) {
		const b = sim.sources[i].booked;
		if (!b) continue;
		const o = i * KA;
		const ratio = (x: number, d: number) => (d > 0 ? x / d : NaN);
		out[o + AP.slots] = b.slots;
		out[o + AP.booked] = b.booked;
		out[o + AP.noShow] = ratio(b.noShow, b.booked);
		out[o + AP.late] = ratio(b.late, b.arrived);
		out[o + AP.turnedAway] = ratio(b.turnedAway, b.booked);
		out[o + AP.latenessMean] = ratio(b.latenessSum, b.arrived);
		// places with nobody booked or a no-show (turned-away customers are counted in turnedAway)
		out[o + AP.idleSlots] = ratio(b.slots - (b.booked - b.noShow), b.slots);
		w[o + AP.noShow] = b.booked;
		w[o + AP.late] = b.arrived;
		w[o + AP.turnedAway] = b.booked;
		w[o + AP.latenessMean] = b.arrived;
		w[o + AP.idleSlots] = b.slots;
	}
	return { appointments: out, appointmentsW: w };
}

/** Virtual queues: shares of joiners, of offered and of accepting customers, and minutes away. */
function measureCallbacks(sim: Simulation, buf: RowBuffer): { callbacks: Float64Array; callbacksW: Float64Array } {
	const m = sim.model;
	const R = m.resourceCount;
	const out = buf.take(R * KC).fill(NaN);
	const w = buf.take(R * KC).fill(1);
	const t = sim.callbacks;
	for (let r = 0; r < R; r++) {
		if (m.resCallback[r] === 0) continue;
		const o = r * KC;
		const joined = sim.resources.joined[r];
		const offered = t.offered[r];
		const accepted = t.accepted[r];
		out[o + CB.offered] = joined > 0 ? offered / joined : NaN;
		out[o + CB.accepted] = offered > 0 ? accepted / offered : NaN;
		out[o + CB.awayMean] = accepted > 0 ? t.awaySum[r] / accepted : NaN;
		out[o + CB.lateReturn] = m.resCallback[r] === CALLBACK_RETURN && accepted > 0 ? t.lateReturn[r] / accepted : NaN;
		w[o + CB.offered] = joined;
		w[o + CB.accepted] = offered;
		w[o + CB.awayMean] = accepted;
		w[o + CB.lateReturn] = accepted;
	}
	return { callbacks: out, callbacksW: w };
}
