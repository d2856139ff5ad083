// Staffed stations (and the queue and server machinery self-service points share): a
// customer joins the line — or balks when it is full, or is sent home when nobody is on shift
// after closing — waits first-in first-out within its priority level, abandons when its
// patience runs out, is served for its own service-time draw, and is resolved or not. Each
// step counts the station's statistics inline (docs/design.md, Engine: why inline).

import {
	F_ABANDONED as F_ABANDONED_,
	F_BALKED as F_BALKED_,
	F_CLOSED_OUT as F_CLOSED_OUT_,
	F_FIRST_CONTACT_RESOLVED as F_FIRST_CONTACT_RESOLVED_,
	F_MEASURED as F_MEASURED_,
	F_PENDING_HANDOFF as F_PENDING_HANDOFF_,
	F_RESOLVED as F_RESOLVED_,
	F_SERVED as F_SERVED_
} from '../core/customers';
import {
	CALLBACK_NONE as CALLBACK_NONE_,
	CALLBACK_RETURN as CALLBACK_RETURN_,
	OUTCOME_DONE as OUTCOME_DONE_,
	OUTCOME_UNRESOLVED as OUTCOME_UNRESOLVED_
} from '../core/model';
import { TRACE as TRACE_ } from '../core/trace';
import type { Simulation } from '../core/simulation';
import { drawBits as drawBits_, unitOf as unitOf_, PURPOSE as PURPOSE_ } from '../random/draw';
import { EV_ABANDON as EV_ABANDON_, EV_SERVICE_END as EV_SERVICE_END_ } from './events';
import { route as route_ } from './routing';
import {
	CB_LATE as CB_LATE_,
	callForward as callForward_,
	endAway as endAway_,
	isAbsent as isAbsent_,
	offerCallback as offerCallback_
} from './callback';
import { selfServiceOutcome as selfServiceOutcome_ } from './self-service';

// Imported bindings are copied into module constants once: under loaders that do not bundle
// (vitest, tsx) every use of an imported binding is a getter call, which made the loop about
// twice as slow there; in a bundle (the app's workers, the CLI bundle) it changes nothing.
const F_ABANDONED = F_ABANDONED_;
const F_BALKED = F_BALKED_;
const F_CLOSED_OUT = F_CLOSED_OUT_;
const F_FIRST_CONTACT_RESOLVED = F_FIRST_CONTACT_RESOLVED_;
const F_MEASURED = F_MEASURED_;
const F_PENDING_HANDOFF = F_PENDING_HANDOFF_;
const F_RESOLVED = F_RESOLVED_;
const F_SERVED = F_SERVED_;
const CALLBACK_NONE = CALLBACK_NONE_;
const CALLBACK_RETURN = CALLBACK_RETURN_;
const CB_LATE = CB_LATE_;
const callForward = callForward_;
const endAway = endAway_;
const isAbsent = isAbsent_;
const offerCallback = offerCallback_;
const OUTCOME_DONE = OUTCOME_DONE_;
const OUTCOME_UNRESOLVED = OUTCOME_UNRESOLVED_;
const TRACE = { ...TRACE_ } as const;
const drawBits = drawBits_;
const unitOf = unitOf_;
const PURPOSE = { ...PURPOSE_ } as const;
const EV_ABANDON = EV_ABANDON_;
const EV_SERVICE_END = EV_SERVICE_END_;
const route = route_;
const selfServiceOutcome = selfServiceOutcome_;

export function joinStation(sim: Simulation, c: number, node: number, visit: number): void {
	joinResource(sim, c, sim.model.nodeResource[node], visit);
}

/** Customer c arrives at resource r (station or self-service) on its `visit`-th visit there. */
export function joinResource(sim: Simulation, c: number, r: number, visit: number): void {
	const t = sim.now;
	const m = sim.model;
	const cu = sim.customers;
	const res = sim.resources;
	const node = m.resNode[r];
	const measured = (cu.flags[c] & F_MEASURED) !== 0;
	if (measured) res.arrivals[r]++;
	if (cu.flags[c] & F_PENDING_HANDOFF) {
		cu.flags[c] &= ~F_PENDING_HANDOFF;
		if (visit > 0) cu.extraContacts[c]++;
		else if (m.resIsStation[r]) cu.transfers[c]++;
	}
	cu.queueEnter[c] = t;
	const level = m.resPriority[r] ? m.segLevel[cu.segment[c]] : 0;
	cu.higherAtJoin[c] = level > 0 ? res.owedAbove(r, level) : 0;
	if (res.busy[r] < res.capacity[r] && res.waiting[r] === 0) {
		if (measured) res.joined[r]++;
		if (sim.tracing) sim.trace.event(t, TRACE.QUEUE, cu.serial[c], node);
		startService(sim, c, r, visit);
		return;
	}
	if (sim.closed && res.capacity[r] === 0) {
		// draining after closing, and nobody on shift here any more
		cu.flags[c] |= F_CLOSED_OUT;
		sim.leave(c);
		return;
	}
	if (res.waiting[r] >= m.resQueueCapacity[r]) {
		if (measured) res.balked[r]++;
		cu.flags[c] |= F_BALKED;
		if (sim.tracing) sim.trace.event(t, TRACE.BALK, cu.serial[c], node);
		sim.leave(c);
		return;
	}
	if (measured) res.joined[r]++;
	res.touch(r, sim);
	// a virtual queue: those who accept keep their place but leave the line (nodes/callback.ts)
	const away = m.resCallback[r] !== CALLBACK_NONE && offerCallback(sim, c, r, level, visit);
	const ticket = ++sim.ticket;
	cu.ticket[c] = ticket;
	cu.waitingAt[c] = r;
	res.waiting[r]++;
	res.levelWaiting[r * res.levels + level]++;
	sim.queues.push(r, level, c, ticket);
	if (sim.tracing) sim.trace.event(t, TRACE.QUEUE, cu.serial[c], node);
	const patience = m.segPatience[cu.segment[c]];
	if (patience !== null && !away) {
		const u = unitOf(drawBits(cu.drawKey[c], PURPOSE.PATIENCE, m.nodeKey[node], visit));
		sim.agenda.push(t + patience.quantile(u), EV_ABANDON, c, ticket);
	}
	// "return" mode: a server may be free while everyone ahead is away, or the newcomer is near enough the front to be called
	if (m.resCallback[r] === CALLBACK_RETURN) {
		if (res.busy[r] < res.capacity[r]) startWaiting(sim, r);
		else if (away) callForward(sim, r);
	}
}

/** Starts serving customer c at resource r (it has been taken off the queue, if it waited). */
export function startService(sim: Simulation, c: number, r: number, visit: number): void {
	const t = sim.now;
	const m = sim.model;
	const cu = sim.customers;
	const res = sim.resources;
	if (cu.queueEnter[c] !== t || cu.callbackState[c] !== 0) addWait(sim, c, r, 1);
	else if ((cu.flags[c] & F_MEASURED) !== 0) {
		// joined now, so the wait is 0 (waitFrom cannot shorten it further): addWait's arithmetic
		// would add +0 to every sum; only the counts and the sketch change
		if (0 <= m.targetWait) res.withinTarget[r]++;
		res.waits[r].add(0);
	}
	res.touch(r, sim);
	res.busy[r]++;
	if (m.resPriority[r]) {
		const level = m.segLevel[cu.segment[c]];
		if (level > 0) {
			const overtakes = res.startsAbove(r, level) - cu.higherAtJoin[c];
			if (overtakes > 0) cu.overtakes[c] += overtakes;
		}
		res.levelStarts[r * res.levels + level]++;
	}
	cu.serviceStart[c] = t;
	const node = m.resNode[r];
	const u = unitOf(drawBits(cu.drawKey[c], PURPOSE.SERVICE, m.nodeKey[node], visit));
	if (sim.tracing) sim.trace.event(t, TRACE.START, cu.serial[c], node);
	const mean = m.resExponentialMean[r];
	const duration = mean === mean ? mean * -Math.log1p(-u) : m.resService[r].quantile(u);
	sim.agenda.push(t + duration, EV_SERVICE_END, c, r);
}

/**
 * Books the queueing time of customer c at resource r (joined at queueEnter, ends now) to it and
 * to r; `starting` (1: service starts now, 0: abandoned or sent home) counts it against the
 * target wait. An appointment customer's wait counts from no earlier than its slot time
 * (waitFrom); minutes spent away in a virtual queue are perceived with the `away` multiplier.
 * (Returns nothing: V8 does not inline this function, and a returned double would be boxed.)
 */
export function addWait(sim: Simulation, c: number, r: number, starting: number): void {
	const m = sim.model;
	const cu = sim.customers;
	const enter = cu.queueEnter[c];
	const from = cu.waitFrom[c];
	const w = sim.now - (from > enter ? (from < sim.now ? from : sim.now) : enter);
	const res = sim.resources;
	cu.wait[c] += w;
	const stage = (cu.flags[c] & F_SERVED) !== 0 ? m.stageMultiplier : 1;
	if (cu.callbackState[c] !== 0) {
		const away = endAway(sim, c, r, w);
		cu.perceived[c] += (m.resWaitMultiplier[r] * (w - away) + m.awayMultiplier * away) * stage;
	} else cu.perceived[c] += m.resWaitMultiplier[r] * stage * w;
	if ((cu.flags[c] & F_MEASURED) !== 0) {
		res.waitSum[r] += w;
		if (w > 0) res.waitedCount[r]++;
		res.waits[r].add(w);
		if (starting !== 0 && w <= m.targetWait) res.withinTarget[r]++;
	}
}

/**
 * Whether the service of customer c at station r (its `visit`-th there) resolved the issue:
 * the customer's own RESOLVE draw against the resolution rate. Returns the outcome whose
 * links the customer follows next.
 */
function stationOutcome(sim: Simulation, c: number, r: number, node: number, visit: number): number {
	const m = sim.model;
	const rate = m.resSuccess[r];
	const success =
		rate >= 1 ? true : rate <= 0 ? false : unitOf(drawBits(sim.customers.drawKey[c], PURPOSE.RESOLVE, m.nodeKey[node], visit)) < rate;
	return success ? OUTCOME_DONE : OUTCOME_UNRESOLVED;
}

export function serviceEnd(sim: Simulation, c: number, r: number): void {
	const t = sim.now;
	const m = sim.model;
	const cu = sim.customers;
	const res = sim.resources;
	const node = m.resNode[r];
	res.touch(r, sim);
	res.busy[r]--;
	const visit = cu.visits[c * m.nodeCount + node] - 1;
	const outcome = m.resIsStation[r] === 1 ? stationOutcome(sim, c, r, node, visit) : selfServiceOutcome(sim, c, r, node, visit);
	const success = outcome === OUTCOME_DONE;
	let flags = cu.flags[c];
	if ((flags & F_SERVED) === 0 && success) flags |= F_FIRST_CONTACT_RESOLVED;
	flags |= F_SERVED;
	if (success) flags |= F_RESOLVED;
	else flags &= ~F_RESOLVED;
	cu.flags[c] = flags;
	if ((flags & F_MEASURED) !== 0) {
		res.completed[r]++;
		if (success) res.resolved[r]++;
		res.sojournSum[r] += t - cu.queueEnter[c];
	}
	if (sim.tracing) sim.trace.event(t, success ? TRACE.DONE : TRACE.NOT_RESOLVED, cu.serial[c], node);
	startWaiting(sim, r);
	route(sim, c, node, outcome);
}

/** Starts waiting customers at r while servers are free. */
export function startWaiting(sim: Simulation, r: number): void {
	const res = sim.resources;
	const cu = sim.customers;
	const m = sim.model;
	const skipAway = m.resCallback[r] === CALLBACK_RETURN;
	while (res.busy[r] < res.capacity[r] && res.waiting[r] > 0) {
		const c = skipAway
			? sim.queues.shiftPresent(r, cu.ticket, cu.waitingAt, cu.callbackState, isAbsent, CB_LATE)
			: sim.queues.shift(r, cu.ticket, cu.waitingAt);
		if (c < 0) break;
		// leaveQueue, written out (V8 did not inline the call here)
		res.touch(r, sim);
		res.waiting[r]--;
		res.levelWaiting[r * res.levels + (m.resPriority[r] ? m.segLevel[cu.segment[c]] : 0)]--;
		cu.waitingAt[c] = -1;
		startService(sim, c, r, cu.visits[c * m.nodeCount + m.resNode[r]] - 1);
	}
	if (skipAway) callForward(sim, r);
}

/**
 * Customer c stops waiting at resource r (to abandon or go home; startWaiting does the same
 * inline for those who start service); its queue entry goes stale.
 */
export function leaveQueue(sim: Simulation, c: number, r: number): void {
	const res = sim.resources;
	const cu = sim.customers;
	const m = sim.model;
	res.touch(r, sim);
	res.waiting[r]--;
	res.levelWaiting[r * res.levels + (m.resPriority[r] ? m.segLevel[cu.segment[c]] : 0)]--;
	cu.waitingAt[c] = -1;
}

/** Patience of customer c ran out (if it still waits in the line it was scheduled for, by ticket). */
export function abandon(sim: Simulation, c: number, ticket: number): void {
	const cu = sim.customers;
	if (cu.ticket[c] !== ticket || cu.active[c] === 0) return;
	const r = cu.waitingAt[c];
	if (r < 0) return;
	leaveQueue(sim, c, r);
	addWait(sim, c, r, 0);
	if ((cu.flags[c] & F_MEASURED) !== 0) sim.resources.abandoned[r]++;
	cu.flags[c] |= F_ABANDONED;
	if (sim.tracing) sim.trace.event(sim.now, TRACE.ABANDON, cu.serial[c], sim.model.resNode[r]);
	sim.leave(c);
	if (sim.model.resCallback[r] === CALLBACK_RETURN) callForward(sim, r);
}

/** Staffing of resource r changes to its count for `period` (scheduled by the core). */
export function staffChange(sim: Simulation, r: number, period: number): void {
	const m = sim.model;
	const res = sim.resources;
	res.touch(r, sim);
	const counts = m.resStaff[r];
	res.capacity[r] = counts[period];
	if (period + 1 < counts.length) sim.scheduleStaffChange(r, period + 1);
	startWaiting(sim, r);
}
