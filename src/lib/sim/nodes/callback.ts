// A station's virtual queue (format v2, `StationNode.callback`): a customer who would have to
// wait is offered to leave the line and keep their place. Those who accept (their own draw)
// stay in the line's ring buffer with their ticket, so first-in first-out order among equal
// priority is untouched; they are only marked away.
// - "callback": the station calls them back when their turn comes; the service starts at once,
//   so for the queue they are like anyone else — only their wait is perceived as time away.
// - "return": they are called when `callAhead` customers are ahead of them (those waiting at
//   higher priority levels count as ahead, those already called do not) and walk back in their
//   own `returnTime` draw. While
//   away they are skipped: the next customer present is served, and the skipped customer keeps
//   the head of the line for when they are back (counted as a late return).
// Customers who accepted do not abandon that wait. Time away is perceived with the satisfaction
// model's `waitExperience.away` multiplier instead of the station's (station.ts addWait).

import { F_MEASURED as F_MEASURED_ } from '../core/customers';
import { CALLBACK_CALL as CALLBACK_CALL_, CALLBACK_NONE as CALLBACK_NONE_, CALLBACK_RETURN as CALLBACK_RETURN_ } from '../core/model';
import type { Simulation } from '../core/simulation';
import { TRACE as TRACE_ } from '../core/trace';
import { drawUniform as drawUniform_, PURPOSE as PURPOSE_ } from '../random/draw';
import { EV_RETURN as EV_RETURN_ } from './events';

const F_MEASURED = F_MEASURED_;
const CALLBACK_CALL = CALLBACK_CALL_;
const CALLBACK_NONE = CALLBACK_NONE_;
const CALLBACK_RETURN = CALLBACK_RETURN_;
const drawUniform = drawUniform_;
const PURPOSE = { ...PURPOSE_ } as const;
const EV_RETURN = EV_RETURN_;
const TRACE = { ...TRACE_ } as const;

/** Customer's virtual-queue state at the station it waits at (Customers.callbackState, low 3 bits). */
export const CB_NONE = 0;
/** "callback" mode: away until the station calls back at the customer's turn. */
export const CB_AWAY = 1;
/** "return" mode: away, not called yet. */
export const CB_WAITING_CALL = 2;
/** "return" mode: called, walking back. */
export const CB_WALKING = 3;
/** "return" mode: back in the line. */
export const CB_BACK = 4;
/** Bit set when the customer's turn came while away ("return" mode). */
export const CB_LATE = 8;

/** Whether a customer in this state is away from the line and must be skipped ("return" mode). */
export function isAbsent(state: number): boolean {
	const s = state & 7;
	return s === CB_WAITING_CALL || s === CB_WALKING;
}

/** Per station (resource), counts of measured customers for the `callbacks` results section. */
export class CallbackTally {
	offered: Float64Array;
	accepted: Float64Array;
	/** Minutes away from the line, summed over accepting customers. */
	awaySum: Float64Array;
	/** "return" mode: accepting customers whose turn came before they were back. */
	lateReturn: Float64Array;
	/** Scratch for the customers to call at once (call-ahead). */
	head = new Int32Array(256);

	constructor(count: number) {
		this.offered = new Float64Array(count);
		this.accepted = new Float64Array(count);
		this.awaySum = new Float64Array(count);
		this.lateReturn = new Float64Array(count);
	}

	reset(): void {
		this.offered.fill(0);
		this.accepted.fill(0);
		this.awaySum.fill(0);
		this.lateReturn.fill(0);
	}
}

/**
 * Customer c has just joined the line at resource r (not yet counted in `waiting`) at priority
 * `level`: offer the virtual queue when the expected wait is above the threshold (and, in "return"
 * mode, more than `callAhead` are ahead). Returns true when the customer accepted (and is away).
 */
export function offerCallback(sim: Simulation, c: number, r: number, level: number, visit: number): boolean {
	const m = sim.model;
	const mode = m.resCallback[r];
	if (mode === CALLBACK_NONE) return false;
	const res = sim.resources;
	const cu = sim.customers;
	let ahead = 0;
	const base = r * res.levels;
	for (let l = 0; l <= level; l++) ahead += res.levelWaiting[base + l];
	const servers = res.capacity[r];
	const expected = servers > 0 ? (ahead * m.resServiceMean[r]) / servers : Infinity;
	if (!(expected > m.resCallbackAbove[r])) return false;
	if (mode === CALLBACK_RETURN && ahead <= m.resCallAhead[r]) return false;
	const measured = (cu.flags[c] & F_MEASURED) !== 0;
	const tally = sim.callbacks;
	if (measured) tally.offered[r]++;
	const rate = m.resCallbackAccept[r];
	const accept = rate >= 1 ? true : rate <= 0 ? false : drawUniform(cu.key[c], PURPOSE.CALLBACK, m.nodeKey[m.resNode[r]], visit) < rate;
	if (!accept) return false;
	if (measured) tally.accepted[r]++;
	cu.callbackState[c] = mode === CALLBACK_CALL ? CB_AWAY : CB_WAITING_CALL;
	cu.awaySince[c] = sim.now;
	cu.awayTotal[c] = 0;
	if (sim.tracing) sim.trace.event(sim.now, TRACE.AWAY, cu.serial[c], m.resNode[r]);
	return true;
}

/**
 * "return" mode: calls every away customer of resource r who now has at most `callAhead`
 * customers ahead of them — in its own line, plus everyone waiting at higher priority levels
 * (run after customers leave r's line, or join it). Customers already called and walking back do
 * not count as ahead: the next customer present is served without waiting for them, so counting
 * them would hold back the calls behind a late returner. Each called customer is back after its
 * own return time.
 */
export function callForward(sim: Simulation, r: number): void {
	const m = sim.model;
	const res = sim.resources;
	const cu = sim.customers;
	const out = sim.callbacks.head;
	const base = r * res.levels;
	const node = m.resNode[r];
	const sampler = m.resReturnTime[r]!;
	let higher = 0;
	for (let l = 0; l < res.levels; l++) {
		const budget = m.resCallAhead[r] - higher;
		if (budget < 0) return;
		for (;;) {
			const found = sim.queues.toCall(r, l, budget, cu.callbackState, CB_WAITING_CALL, CB_WALKING, out, cu.ticket, cu.waitingAt);
			for (let k = 0; k < found; k++) {
				const c = out[k];
				cu.callbackState[c] = (cu.callbackState[c] & CB_LATE) | CB_WALKING;
				const visit = cu.visits[c * m.nodeCount + node] - 1;
				const u = drawUniform(cu.key[c], PURPOSE.RETURN, m.nodeKey[node], visit);
				sim.agenda.push(sim.now + sampler.quantile(u), EV_RETURN, c, cu.ticket[c]);
				if (sim.tracing) sim.trace.event(sim.now, TRACE.CALLED, cu.serial[c], node);
			}
			if (found < out.length) break;
		}
		higher += res.levelWaiting[base + l];
	}
}

/** Books the time customer c has been away up to now (it is back, or its wait ends); returns the station's stats to it. */
function settle(sim: Simulation, c: number, r: number): void {
	const cu = sim.customers;
	const since = cu.awaySince[c];
	if (since < 0) return;
	const away = sim.now - since;
	cu.awayTotal[c] += away;
	cu.awaySince[c] = -1;
	if ((cu.flags[c] & F_MEASURED) !== 0) {
		sim.callbacks.awaySum[r] += away;
		if ((cu.callbackState[c] & CB_LATE) !== 0) sim.callbacks.lateReturn[r]++;
	}
}

/**
 * A called customer is back in line (EV_RETURN, scheduled for queue ticket `ticket`). Returns the
 * resource to start waiting customers at, or −1 when the event is stale (the customer has left).
 */
export function returnToLine(sim: Simulation, c: number, ticket: number): number {
	const cu = sim.customers;
	if (cu.active[c] === 0 || cu.ticket[c] !== ticket) return -1;
	const r = cu.waitingAt[c];
	if (r < 0) return -1;
	settle(sim, c, r);
	cu.callbackState[c] = CB_BACK;
	if (sim.tracing) sim.trace.event(sim.now, TRACE.BACK, cu.serial[c], sim.model.resNode[r]);
	return r;
}

/**
 * The wait of customer c at r ends now after `w` minutes (service starts, or it is sent home):
 * returns the minutes of it spent away from the line, and clears its virtual-queue state.
 */
export function endAway(sim: Simulation, c: number, r: number, w: number): number {
	const cu = sim.customers;
	settle(sim, c, r);
	const away = cu.awayTotal[c];
	cu.callbackState[c] = CB_NONE;
	cu.awayTotal[c] = 0;
	return away < w ? away : w;
}
