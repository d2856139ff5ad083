// The compiled model: a scenario turned into flat arrays and ready-made samplers, so the
// simulation loop reads numbers by index instead of walking JSON objects per event.
// Codes for node kinds and visit outcomes live here too.

import type { Sampler } from '../random/distribution';
import type { CompiledSatisfaction } from '../satisfaction/customer';
import type { CompiledChoices } from './compile-choice';

export const KIND_SOURCE = 0;
export const KIND_STATION = 1;
export const KIND_SELF_SERVICE = 2;
export const KIND_ROUTER = 3;
export const KIND_DELAY = 4;
export const KIND_EXIT = 5;
/** Format v2: a source of booked arrivals (compiled as a source of type ARRIVALS_APPOINTMENTS). */
export const KIND_APPOINTMENTS = 7;

export const OUTCOME_DONE = 0;
export const OUTCOME_UNRESOLVED = 1;
export const OUTCOME_FAILED = 2;
export const OUTCOME_COUNT = 3;

export const ARRIVALS_POISSON = 0;
export const ARRIVALS_RENEWAL = 1;
export const ARRIVALS_TRACE = 2;
export const ARRIVALS_APPOINTMENTS = 3;

/** Appointments: what happens to a customer later than the grace time. */
export const LATE_SERVE = 0;
export const LATE_WALK_IN = 1;
export const LATE_TURN_AWAY = 2;

/** Station callback offer (virtual queue): none, called back when the turn comes, or called to return. */
export const CALLBACK_NONE = 0;
export const CALLBACK_CALL = 1;
export const CALLBACK_RETURN = 2;

export const ROUTER_PROBABILITY = 0;
export const ROUTER_SHORTEST_QUEUE = 1;
/** A choice node (format v2) is a router whose pick is the customers' multinomial logit (nodes/choice.ts). */
export const ROUTER_CHOICE = 2;

export interface CompiledSource {
	node: number;
	type: number;
	/** Poisson: arrivals per minute in each period (the last one holds after the profile ends). */
	ratePerMinute: Float64Array;
	/** Poisson: period length in minutes (Infinity for a constant rate). */
	periodMinutes: number;
	interarrival: Sampler | null;
	/** Trace: arrival times in minutes after opening, ascending. */
	times: Float64Array;
	/** Appointments (type ARRIVALS_APPOINTMENTS) only, else null. */
	appointments: CompiledAppointments | null;
}

/** An appointments node's parameters (format v2; nodes/appointments.ts). */
export interface CompiledAppointments {
	slotMinutes: number;
	/** Places per slot, per staffing-like period (the last count holds), and that period's length. */
	perSlot: Int32Array;
	perSlotPeriod: number;
	/** Slot places from opening to the end of arrivals (closing, or the end of a steady run). */
	places: number;
	bookedShare: number;
	noShowRate: number;
	punctuality: Sampler;
	latePolicy: number;
	lateGrace: number;
	/** Segment index of booked customers, −1: drawn by shares. */
	segment: number;
	/** "walk-in" policy: segment index late customers move to (−1: keep their own). */
	walkInSegment: number;
	/** Admit arrivals after closing (day mode with drain): booked customers who come late for the last slots. */
	admitAfterClose: boolean;
}

export interface CompiledModel {
	/** 0 = day (terminating), 1 = steady state. */
	steady: boolean;
	/** Day mode: closing time (no arrivals from then on). Steady mode: end of the measurement. Minutes. */
	closeTime: number;
	/** Steady: customers arriving before this are not measured. Day: 0. */
	warmup: number;
	drain: boolean;
	maxEvents: number;
	targetWait: number;

	nodeCount: number;
	nodeIds: string[];
	nodeNames: string[];
	nodeKind: Int32Array;
	/** Hash of the node id: keys the customers' own draws at that node (common random numbers). */
	nodeKey: Int32Array;
	/** Resource index of a station or self-service node, else −1. */
	nodeResource: Int32Array;
	nodeDelay: (Sampler | null)[];
	routerPolicy: Int32Array;

	resourceCount: number;
	resNode: Int32Array;
	resIsStation: Uint8Array;
	resService: Sampler[];
	/** Staffing: servers per period (the last count holds), and period length in minutes. */
	resStaff: Int32Array[];
	resStaffPeriod: Float64Array;
	/** Max waiting before arrivals balk (Infinity: unlimited). */
	resQueueCapacity: Float64Array;
	/** Station: resolution rate. Self-service: success rate. */
	resSuccess: Float64Array;
	resCostPerMinute: Float64Array;
	resPriority: Uint8Array;
	/** Perceived-wait multiplier m_env · m_info of the satisfaction model. */
	resWaitMultiplier: Float64Array;
	/** Mean service time, minutes (expected wait on joining). */
	resServiceMean: Float64Array;
	/**
	 * The mean where the service time is exponential, else NaN: nodes/station.ts draws those
	 * inline (the same expression as ExponentialSampler.quantile, bit for bit) rather than
	 * through the samplers' shared, polymorphic call.
	 */
	resExponentialMean: Float64Array;
	/** Format v2 virtual queue (nodes/callback.ts): CALLBACK_* mode, offer threshold (minutes), accept rate, call-ahead, return time. */
	resCallback: Int32Array;
	resCallbackAbove: Float64Array;
	resCallbackAccept: Float64Array;
	resCallAhead: Int32Array;
	resReturnTime: (Sampler | null)[];
	/** Perceived-wait multiplier for time away from the line (satisfaction model, waitExperience.away). */
	awayMultiplier: number;

	segmentCount: number;
	segmentIds: string[];
	segCumShare: Float64Array;
	/** Priority level: 0 = served first. */
	segLevel: Int32Array;
	levelCount: number;
	segPatience: (Sampler | null)[];
	segPriority: Int32Array;

	sources: CompiledSource[];

	/** Routing table: for (node, outcome, segment) at index (node·3 + outcome)·S + segment. */
	routeStart: Int32Array;
	routeLen: Int32Array;
	routeTarget: Int32Array;
	routeCum: Float64Array;

	/** Length of the reporting periods (by arrival time), minutes, and their number. */
	periodMinutes: number;
	periodCount: number;

	/** Perceived-wait multiplier m_stage for waits after service has started (satisfaction model). */
	stageMultiplier: number;
	/** The satisfaction model: parameters and each segment's tolerance. */
	satisfaction: CompiledSatisfaction;
	/** Choice nodes' alternatives and logit parameters (none: size 0). */
	choices: CompiledChoices;
}

/** Staffing at time t (minutes): the count of the period t falls in, the last count after the schedule ends. */
export function staffAt(m: CompiledModel, r: number, t: number): number {
	const counts = m.resStaff[r];
	if (counts.length === 1) return counts[0];
	let p = Math.floor(t / m.resStaffPeriod[r]);
	if (p >= counts.length) p = counts.length - 1;
	if (p < 0) p = 0;
	return counts[p];
}
