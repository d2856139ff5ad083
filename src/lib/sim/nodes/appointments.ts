// An appointments source (format v2): booked customers arriving at their slot time plus their
// own lateness. Slots start every `slotMinutes` from opening; each slot has `perSlot` places.
// Place k (numbered from opening, slot by slot) is one possible customer: its identity key is
// combine(source key, k), so whether it is booked, whether the customer comes and how late are
// that customer's own draws — the same in a baseline and a redesign (common random numbers).
//
// At the start of a replication the whole day's bookings are drawn and the arrivals sorted by
// time (ties: place order) into typed arrays sized once for every place, so nothing is
// allocated per event; the source then hands them out in order like a trace.
// An appointment customer's wait counts from the later of its slot time and its arrival
// (Customers.waitFrom, station.ts addWait): coming early does not make a wait.

import { F_CLOSED_OUT as F_CLOSED_OUT_, F_MEASURED as F_MEASURED_ } from '../core/customers';
import {
	LATE_TURN_AWAY as LATE_TURN_AWAY_,
	LATE_WALK_IN as LATE_WALK_IN_,
	OUTCOME_DONE as OUTCOME_DONE_,
	type CompiledAppointments
} from '../core/model';
import { TRACE as TRACE_ } from '../core/trace';
import type { Simulation } from '../core/simulation';
import { drawUniform as drawUniform_, PURPOSE as PURPOSE_ } from '../random/draw';
import { combine as combine_ } from '../random/hash';
import { route as route_ } from './routing';

const F_CLOSED_OUT = F_CLOSED_OUT_;
const F_MEASURED = F_MEASURED_;
const LATE_TURN_AWAY = LATE_TURN_AWAY_;
const LATE_WALK_IN = LATE_WALK_IN_;
const OUTCOME_DONE = OUTCOME_DONE_;
const TRACE = { ...TRACE_ } as const;
const drawUniform = drawUniform_;
const PURPOSE = { ...PURPOSE_ } as const;
const combine = combine_;
const route = route_;

/** One appointments source during a replication: its drawn arrivals, and its counts for the results. */
export class AppointmentState {
	/** Arrivals of the replication in time order: time, slot time and place number (ordinal). */
	time: Float64Array;
	slot: Float64Array;
	place: Int32Array;
	count = 0;
	#order: Int32Array;
	#t: Float64Array;
	#s: Float64Array;
	#p: Int32Array;

	// counts over places whose slot lies in the measured window
	slots = 0;
	booked = 0;
	noShow = 0;
	arrived = 0;
	late = 0;
	turnedAway = 0;
	/** Sum of (arrival − slot time) over arrivals, minutes. */
	latenessSum = 0;

	constructor(places: number) {
		this.time = new Float64Array(places);
		this.slot = new Float64Array(places);
		this.place = new Int32Array(places);
		this.#order = new Int32Array(places);
		this.#t = new Float64Array(places);
		this.#s = new Float64Array(places);
		this.#p = new Int32Array(places);
	}

	/** Draws the replication's bookings of source `s` (key: the replication's key for it) and sorts the arrivals. */
	prepare(sim: Simulation, a: CompiledAppointments, sourceKey: number, nodeKey: number): void {
		const m = sim.model;
		const horizon = m.closeTime;
		this.slots = this.booked = this.noShow = this.arrived = this.late = this.turnedAway = this.latenessSum = 0;
		const t = this.#t;
		const s = this.#s;
		const p = this.#p;
		let n = 0;
		let place = 0;
		for (let k = 0; ; k++) {
			const slot = k * a.slotMinutes;
			if (slot >= horizon) break;
			const per = placesAt(a, slot);
			const measured = slot >= m.warmup;
			for (let j = 0; j < per; j++) {
				const ordinal = place++;
				if (measured) this.slots++;
				const key = combine(sourceKey, ordinal) | 0;
				if (a.bookedShare < 1 && !(drawUniform(key, PURPOSE.BOOKED, nodeKey, 0) < a.bookedShare)) continue;
				if (measured) this.booked++;
				if (a.noShowRate > 0 && drawUniform(key, PURPOSE.NO_SHOW, nodeKey, 0) < a.noShowRate) {
					if (measured) this.noShow++;
					continue;
				}
				let at = slot + a.punctuality.quantile(drawUniform(key, PURPOSE.LATENESS, nodeKey, 0));
				if (at < 0) at = 0; // nobody arrives before the doors open
				if (at >= horizon && !a.admitAfterClose) continue;
				t[n] = at;
				s[n] = slot;
				p[n] = ordinal;
				n++;
			}
		}
		const order = this.#order.subarray(0, n);
		for (let i = 0; i < n; i++) order[i] = i;
		order.sort((x, y) => t[x] - t[y] || p[x] - p[y]);
		for (let i = 0; i < n; i++) {
			const o = order[i];
			this.time[i] = t[o];
			this.slot[i] = s[o];
			this.place[i] = p[o];
		}
		this.count = n;
	}
}

/** Places per slot for the slot starting at `slot` minutes (the last count holds after the profile). */
function placesAt(a: CompiledAppointments, slot: number): number {
	const counts = a.perSlot;
	if (counts.length === 1) return counts[0];
	let i = Math.floor(slot / a.perSlotPeriod);
	if (i >= counts.length) i = counts.length - 1;
	return counts[i];
}

/**
 * The booked customer next in line at source s arrives now: it takes a slot with its place's
 * identity, its lateness decides on the late policy, and it is routed from the appointments node.
 */
export function arriveBooked(sim: Simulation, s: number): void {
	const t = sim.now;
	const m = sim.model;
	const src = m.sources[s];
	const a = src.appointments!;
	const state = sim.sources[s];
	const b = state.booked!;
	const i = state.cursor++;
	sim.arrivalTime[s] = state.cursor < b.count ? b.time[state.cursor] : Infinity;
	sim.arrivalSeq[s] = sim.agenda.reserve();

	const cu = sim.customers;
	const c = cu.take();
	const ordinal = b.place[i];
	const key = combine(sim.sourceKeys[s], ordinal) | 0;
	state.created++;
	cu.key[c] = key;
	cu.source[c] = s;
	cu.ordinal[c] = ordinal;
	cu.serial[c] = sim.arrivals++;
	cu.arrive[c] = t;
	let seg = a.segment;
	if (seg < 0) {
		seg = 0;
		if (m.segmentCount > 1) {
			const u = drawUniform(key, PURPOSE.SEGMENT, 0, 0);
			const cum = m.segCumShare;
			while (u >= cum[seg]) seg++;
		}
	}
	if (t >= m.warmup) cu.flags[c] = F_MEASURED;
	cu.visits[c * m.nodeCount + src.node] = 1;
	if (sim.tracing) sim.trace.event(t, TRACE.ARRIVE, cu.serial[c], src.node);

	const slot = b.slot[i];
	const lateness = t - slot;
	const counted = slot >= m.warmup;
	if (counted) {
		b.arrived++;
		b.latenessSum += lateness;
	}
	if (lateness > a.lateGrace) {
		if (counted) b.late++;
		if (a.latePolicy === LATE_TURN_AWAY) {
			// too late to be seen: leaves unserved, counted as sent home
			if (counted) b.turnedAway++;
			cu.segment[c] = seg;
			cu.flags[c] |= F_CLOSED_OUT;
			sim.leave(c);
			return;
		}
		if (a.latePolicy === LATE_WALK_IN && a.walkInSegment >= 0) seg = a.walkInSegment;
	} else cu.waitFrom[c] = slot; // early or on time: the wait counts from the slot
	cu.segment[c] = seg;
	route(sim, c, src.node, OUTCOME_DONE);
}
