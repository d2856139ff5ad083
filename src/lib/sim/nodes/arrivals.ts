// Sources: a new customer's arrival, and arrival generation — Poisson with a rate per
// period, renewal with any inter-arrival distribution, or a replayed trace of times.
//
// Time-varying Poisson arrivals are exact across period boundaries: an exponential gap
// drawn at the current rate that would cross into the next period is discarded and a new
// gap is drawn from the boundary at the new rate. By memorylessness this is the exact
// non-homogeneous Poisson process with a piecewise-constant rate (validation.md: the trap).

import {
	ARRIVALS_APPOINTMENTS as ARRIVALS_APPOINTMENTS_,
	ARRIVALS_POISSON as ARRIVALS_POISSON_,
	ARRIVALS_RENEWAL as ARRIVALS_RENEWAL_,
	OUTCOME_DONE as OUTCOME_DONE_,
	type CompiledSource
} from '../core/model';
import { F_MEASURED as F_MEASURED_ } from '../core/customers';
import { TRACE as TRACE_ } from '../core/trace';
import type { Simulation } from '../core/simulation';
import { drawBits as drawBits_, unitOf as unitOf_, drawKey as drawKey_, PURPOSE as PURPOSE_ } from '../random/draw';
import { combineMixed as combineMixed_ } from '../random/hash';
import { route as route_ } from './routing';
import { AppointmentState, arriveBooked as arriveBooked_ } from './appointments';

// Imported bindings are copied into module constants once: under loaders that do not bundle
// (vitest, tsx) every use of an imported binding is a getter call, which made the loop about
// twice as slow there; in a bundle (the app's workers, the CLI bundle) it changes nothing.
const ARRIVALS_APPOINTMENTS = ARRIVALS_APPOINTMENTS_;
const ARRIVALS_POISSON = ARRIVALS_POISSON_;
const arriveBooked = arriveBooked_;
const ARRIVALS_RENEWAL = ARRIVALS_RENEWAL_;
const OUTCOME_DONE = OUTCOME_DONE_;
const F_MEASURED = F_MEASURED_;
const TRACE = { ...TRACE_ } as const;
const drawBits = drawBits_;
const unitOf = unitOf_;
const drawKey = drawKey_;
const PURPOSE = { ...PURPOSE_ } as const;
const combineMixed = combineMixed_;
const route = route_;

export class SourceState {
	/** Poisson: the period the last arrival fell in. Trace, appointments: index of the next arrival. */
	cursor = 0;
	/** Customers created so far (their ordinal numbers). */
	created = 0;
	/** Appointments: the replication's booked arrivals (nodes/appointments.ts), else null. */
	readonly booked: AppointmentState | null;

	constructor(src?: CompiledSource) {
		this.booked = src?.appointments ? new AppointmentState(src.appointments.places) : null;
	}

	reset(): void {
		this.cursor = 0;
		this.created = 0;
	}
}

/**
 * Source s's next arrival after now, into `sim.arrivalTime[s]` (minutes; Infinity when the
 * source has no more arrivals). Reads and writes the time through `sim` instead of taking and
 * returning it: V8 does not inline this into `arrive`, and doubles passed to or returned from a
 * call that is not inlined are boxed (two heap allocations per customer).
 */
export function nextArrival(sim: Simulation, s: number): void {
	const src = sim.model.sources[s];
	const state = sim.sources[s];
	const out = sim.arrivalTime;
	let t = sim.now;
	if (src.type === ARRIVALS_POISSON) {
		const rates = src.ratePerMinute;
		const last = rates.length - 1;
		const period = src.periodMinutes;
		const stream = sim.streams[s];
		let p = state.cursor;
		for (;;) {
			const rate = rates[p];
			const boundary = p < last ? (p + 1) * period : Infinity;
			if (rate > 0) {
				const next = t - Math.log(stream.next()) / rate;
				if (next < boundary) {
					state.cursor = p;
					out[s] = next;
					return;
				}
			}
			if (p === last) {
				out[s] = Infinity;
				return;
			}
			t = boundary;
			p++;
		}
	}
	if (src.type === ARRIVALS_RENEWAL) out[s] = t + src.interarrival!.quantile(sim.streams[s].next());
	else if (src.type === ARRIVALS_APPOINTMENTS) {
		const b = state.booked!;
		out[s] = state.cursor < b.count ? b.time[state.cursor] : Infinity;
	} else {
		const i = state.cursor;
		if (i >= src.times.length) out[s] = Infinity;
		else {
			state.cursor = i + 1;
			out[s] = src.times[i];
		}
	}
}

/**
 * Source s's next customer arrives now: the source's following arrival is drawn, the
 * customer takes a slot with its identity (key = combine(source key, ordinal), from which
 * all of its own draws derive; the first hash round of each, drawKey, is computed here once),
 * its segment is drawn, and it is routed from the source.
 */
export function arrive(sim: Simulation, s: number): void {
	const t = sim.now;
	const m = sim.model;
	const src = m.sources[s];
	if (src.type === ARRIVALS_APPOINTMENTS) {
		arriveBooked(sim, s);
		return;
	}
	const state = sim.sources[s];
	nextArrival(sim, s);
	if (!(sim.arrivalTime[s] < m.closeTime)) sim.arrivalTime[s] = Infinity;
	sim.arrivalSeq[s] = sim.agenda.reserve();

	const cu = sim.customers;
	const c = cu.take();
	const ordinal = state.created++;
	const key = combineMixed(sim.sourceKeysMixed[s], ordinal);
	cu.key[c] = key;
	const dk = drawKey(key);
	cu.drawKey[c] = dk;
	cu.source[c] = s;
	cu.ordinal[c] = ordinal;
	cu.serial[c] = sim.arrivals++;
	cu.arrive[c] = t;
	let seg = 0;
	if (m.segmentCount > 1) {
		const u = unitOf(drawBits(dk, PURPOSE.SEGMENT, 0, 0));
		const cum = m.segCumShare;
		while (u >= cum[seg]) seg++;
	}
	cu.segment[c] = seg;
	if (t >= m.warmup) cu.flags[c] = F_MEASURED;
	cu.visits[c * m.nodeCount + src.node] = 1;
	if (sim.tracing) sim.trace.event(t, TRACE.ARRIVE, cu.serial[c], src.node);
	route(sim, c, src.node, OUTCOME_DONE);
}
