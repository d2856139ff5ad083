// What a replication's customer KPIs need, accumulated as each measured customer leaves —
// nothing per customer is stored, so memory does not grow with run length. Sums per
// (segment, period of arrival) cell (groups — everyone, a segment, a period — are sums of
// cells), the total-wait distribution in WAIT_BINS bins, the predicted satisfaction of each
// customer (its latent score, then CSAT, top-box and promoter − detractor from the
// tabulated probit: satisfaction/table.ts), and a quantile sketch of total waits per group
// for the 90th percentile (exact up to 65,536 customers per group, else within 0.39 %:
// stats/quantile-sketch.ts). experiment/measure.ts turns this into the replication's row.

import type { CompiledModel } from '../core/model';
import { F_ABANDONED, F_BALKED, F_CLOSED_OUT, F_FIRST_CONTACT_RESOLVED, F_RESOLVED, F_SERVED } from '../core/customers';
import type { Simulation } from '../core/simulation';
import { WAIT_BINS } from '../experiment/kpis';
import { normalCdf } from '../random/normal';
import type { CompiledSatisfaction } from '../satisfaction/customer';
import { drawBits, PURPOSE, unitOf } from '../random/draw';
import { normalQuantile } from '../random/normal';
import { TOLERANCE_STEPS, toleranceTable } from '../satisfaction/tolerance-table';
import { netPromoter, scoreTable, type ScoreTable } from '../satisfaction/table';
import { QuantileSketch } from './quantile-sketch';

// accumulator columns per cell
export const A_N = 0;
export const A_WAIT = 1;
export const A_WAITED = 2;
export const A_WITHIN = 3;
export const A_ABANDONED = 4;
export const A_BALKED = 5;
export const A_FCR = 6;
export const A_RESOLVED = 7;
export const A_TRANSFERS = 8;
export const A_SYSTEM = 9;
export const A_SERVED = 10;
export const A_SENT_HOME = 11;
export const A_CSAT = 12;
export const A_TOP_BOX = 13;
export const A_NPS = 14; // Σ P(promoter) − P(detractor)
export const A_CSAT_SERVED = 15;
export const A_NPS_SERVED = 16;
export const A_COMPLAINTS = 17; // Σ P(answer 1) × veryDissatisfied
export const A_COLS = 18;

// Module constants (see nodes/kinds.ts on copying imported bindings).
const SERVED = F_SERVED;
const RESOLVED = F_RESOLVED;
const ABANDONED = F_ABANDONED;
const BALKED = F_BALKED;
const CLOSED_OUT = F_CLOSED_OUT;
const FCR = F_FIRST_CONTACT_RESOLVED;
const GONE = F_ABANDONED | F_BALKED | F_CLOSED_OUT;
const BINS = WAIT_BINS;
const Phi = normalCdf;
const bits = drawBits;
const unit = unitOf;
const TOLERANCE = PURPOSE.TOLERANCE;
const probit = normalQuantile;
const STEPS = TOLERANCE_STEPS;
/** Outcomes the latent score counts as abandoned (satisfaction/customer.ts latentFromParts). */
const LEFT = F_ABANDONED | F_BALKED;

export class VisitTally {
	readonly segments: number;
	readonly periods: number;
	/** Sums per (segment, period) cell: [(segment·P + period)·A_COLS + column]. */
	readonly cells: Float64Array;
	/** Total-wait bins, counts (bin 0: no wait; width target/4; the last: everything longer). */
	readonly waitBins: Float64Array;
	/** Total waits of everyone, of each segment and of each period (null where a group is everyone). */
	readonly all = new QuantileSketch();
	readonly bySegment: QuantileSketch[] | null;
	readonly byPeriod: QuantileSketch[] | null;

	#target: number;
	#binWidth: number;
	#sat: CompiledSatisfaction;
	#table: ScoreTable;
	#cutCsat: number;
	#cutTop: number;
	#cutVery: number;
	#complain: number;
	// the satisfaction parameters as plain numbers, for the inline latent score in add()
	#segDesired: Float64Array;
	#segAdequate: Float64Array;
	#spread: number;
	#halfSpread2: number;
	#tolLo: number;
	#tolHi: number;
	#tolFactor: Float64Array;
	#tolSlope: Float64Array;
	#baseline: number;
	#zonePenalty: number;
	#beyondPenalty: number;
	#maxWaitPenalty: number;
	#unresolved: number;
	#abandoned: number;
	#extraContact: number;
	#transfer: number;
	#overtake: number;
	#maxOvertakes: number;

	constructor(m: CompiledModel) {
		this.segments = m.segmentCount;
		this.periods = m.periodCount;
		this.cells = new Float64Array(m.segmentCount * m.periodCount * A_COLS);
		this.waitBins = new Float64Array(BINS);
		this.bySegment = m.segmentCount > 1 ? Array.from({ length: m.segmentCount }, () => new QuantileSketch()) : null;
		this.byPeriod = m.periodCount > 1 ? Array.from({ length: m.periodCount }, () => new QuantileSketch()) : null;
		this.#target = m.targetWait;
		this.#binWidth = m.targetWait / 4;
		this.#sat = m.satisfaction;
		this.#table = scoreTable(m.satisfaction.params);
		this.#cutCsat = m.satisfaction.params.cutpoints[2];
		this.#cutTop = m.satisfaction.params.cutpoints[3];
		this.#cutVery = m.satisfaction.params.cutpoints[0];
		this.#complain = m.satisfaction.params.complaints.veryDissatisfied;
		const p = m.satisfaction.params;
		this.#segDesired = m.satisfaction.segDesired;
		this.#segAdequate = m.satisfaction.segAdequate;
		this.#spread = p.toleranceSpread;
		const tt = toleranceTable(p.toleranceSpread);
		this.#halfSpread2 = tt.halfVariance;
		this.#tolLo = tt.lo;
		this.#tolHi = tt.hi;
		this.#tolFactor = tt.factor;
		this.#tolSlope = tt.slope;
		this.#baseline = p.baseline;
		this.#zonePenalty = p.zonePenalty;
		this.#beyondPenalty = p.beyondPenalty;
		this.#maxWaitPenalty = p.maxWaitPenalty;
		this.#unresolved = p.unresolved;
		this.#abandoned = p.abandoned;
		this.#extraContact = p.extraContact;
		this.#transfer = p.transfer;
		this.#overtake = p.overtake;
		this.#maxOvertakes = p.maxOvertakes;
	}

	/** Customers tallied since the last reset. */
	get count(): number {
		return this.all.count;
	}

	reset(): void {
		this.cells.fill(0);
		this.waitBins.fill(0);
		this.all.reset();
		if (this.bySegment) for (const q of this.bySegment) q.reset();
		if (this.byPeriod) for (const q of this.byPeriod) q.reset();
	}

	/**
	 * Customer slot c of `sim` leaves now, having arrived in `period`. (Times are read from
	 * the simulation rather than passed: doubles passed to a call V8 does not inline are boxed.)
	 */
	add(sim: Simulation, c: number, period: number): void {
		const cu = sim.customers;
		const system = sim.now - cu.arrive[c];
		const f = cu.flags[c];
		const w = cu.wait[c];
		const seg = cu.segment[c];
		const transfers = cu.transfers[c];
		const served = (f & SERVED) !== 0 && (f & GONE) === 0;
		const cells = this.cells;
		const a = (seg * this.periods + period) * A_COLS;
		cells[a + A_N]++;
		cells[a + A_WAIT] += w;
		if (w > 0) cells[a + A_WAITED]++;
		if (served) {
			cells[a + A_SERVED]++;
			if (w <= this.#target) cells[a + A_WITHIN]++;
			if ((f & RESOLVED) !== 0) cells[a + A_RESOLVED]++;
		}
		if (f & ABANDONED) cells[a + A_ABANDONED]++;
		if (f & CLOSED_OUT) cells[a + A_SENT_HOME]++;
		if (f & BALKED) cells[a + A_BALKED]++;
		if (f & FCR) cells[a + A_FCR]++;
		cells[a + A_TRANSFERS] += transfers;
		cells[a + A_SYSTEM] += system;

		// predicted satisfaction: latent score, then its probabilities (tabulated in μ, exact outside)
		// The same arithmetic, in the same order, as satisfaction/customer.ts customerLatent
		// (toleranceFactor, waitPenalty, latentFromParts; a unit test holds them equal), written out here: as calls, V8 did
		// not inline them and boxed every double passed or returned (docs/performance.md).
		const perceived = cu.perceived[c];
		let pen = 0;
		if (perceived > 0) {
			const spread = this.#spread;
			let tol = 1;
			if (spread !== 0) {
				// satisfaction/tolerance-table.ts toleranceAt, written out
				const u = unit(bits(cu.drawKey[c], TOLERANCE, 0, 0));
				if (u >= this.#tolLo && u <= this.#tolHi) {
					const x = (u - this.#tolLo) * STEPS;
					const k = x | 0;
					const r = x - k;
					const r2 = r * r;
					const r3 = r2 * r;
					const tf = this.#tolFactor;
					const ts = this.#tolSlope;
					tol = (2 * r3 - 3 * r2 + 1) * tf[k] + (r3 - 2 * r2 + r) * ts[k] + (3 * r2 - 2 * r3) * tf[k + 1] + (r3 - r2) * ts[k + 1];
				} else tol = Math.exp(spread * probit(u) - this.#halfSpread2);
			}
			const desired = this.#segDesired[seg] * tol;
			const adequate = this.#segAdequate[seg] * tol;
			let zone: number;
			if (perceived <= desired) zone = 0;
			else if (perceived >= adequate) zone = 1;
			else zone = (perceived - desired) / (adequate - desired);
			const beyond = perceived > adequate ? (perceived - adequate) / adequate : 0;
			pen = this.#zonePenalty * zone + this.#beyondPenalty * beyond;
			if (!(pen < this.#maxWaitPenalty)) pen = this.#maxWaitPenalty;
		}
		const left = (f & LEFT) !== 0;
		let mu = this.#baseline - pen;
		if (left || (f & CLOSED_OUT) !== 0 || (f & RESOLVED) === 0) mu -= this.#unresolved;
		if (left) mu -= this.#abandoned;
		mu -= this.#extraContact * cu.extraContacts[c] + this.#transfer * transfers;
		const overtakes = cu.overtakes[c];
		mu -= this.#overtake * (overtakes < this.#maxOvertakes ? overtakes : this.#maxOvertakes);
		const tab = this.#table;
		let csat: number;
		let top: number;
		let net: number;
		let very: number;
		if (mu >= tab.lo && mu <= tab.hi) {
			const x = (mu - tab.lo) * tab.scale;
			const k = x | 0;
			const fr = x - k;
			const tc = tab.csat;
			const tt = tab.topBox;
			const tn = tab.net;
			csat = tc[k] + fr * (tc[k + 1] - tc[k]);
			top = tt[k] + fr * (tt[k + 1] - tt[k]);
			net = tn[k] + fr * (tn[k + 1] - tn[k]);
			const tv = tab.veryDissatisfied;
			very = tv[k] + fr * (tv[k + 1] - tv[k]);
		} else {
			csat = Phi(mu - this.#cutCsat);
			top = Phi(mu - this.#cutTop);
			net = netPromoter(this.#sat.params, mu);
			very = Phi(this.#cutVery - mu);
		}
		cells[a + A_CSAT] += csat;
		cells[a + A_TOP_BOX] += top;
		cells[a + A_NPS] += net;
		cells[a + A_COMPLAINTS] += very * this.#complain;
		if (served) {
			cells[a + A_CSAT_SERVED] += csat;
			cells[a + A_NPS_SERVED] += net;
		}

		const width = this.#binWidth;
		const bin = w <= 0 ? 0 : width > 0 ? Math.min(BINS - 1, Math.ceil(w / width)) : BINS - 1;
		this.waitBins[bin]++;
		this.all.add(w);
		if (this.bySegment !== null) this.bySegment[seg].add(w);
		if (this.byPeriod !== null) this.byPeriod[period].add(w);
	}
}
