// The registry of node kinds: what happens when a customer is sent to a node of each kind,
// and which node handles each node event. Adding a node kind means one new file in nodes/
// (its behaviour, as plain functions over the Simulation's struct-of-arrays state), a kind
// code in core/model.ts compiled by core/compile.ts, and a case in each switch below
// (plus an event code in nodes/events.ts if it schedules events of its own).
//
// Dispatch is a `switch` on small integers, not a table of handler objects: every call site
// stays monomorphic and V8 inlines the small handlers into the loop (docs/design.md, Engine).

import {
	KIND_DELAY as KIND_DELAY_,
	KIND_EXIT as KIND_EXIT_,
	KIND_SELF_SERVICE as KIND_SELF_SERVICE_,
	KIND_STATION as KIND_STATION_
} from '../core/model';
import { RunawayError } from '../core/errors';
import type { Simulation } from '../core/simulation';
import {
	EV_ABANDON as EV_ABANDON_,
	EV_DELAY_END as EV_DELAY_END_,
	EV_RETURN as EV_RETURN_,
	EV_SERVICE_END as EV_SERVICE_END_
} from './events';
import { abandon as abandon_, joinStation as joinStation_, serviceEnd as serviceEnd_, startWaiting as startWaiting_ } from './station';
import { returnToLine as returnToLine_ } from './callback';
import { joinSelfService as joinSelfService_ } from './self-service';
import { delayEnd as delayEnd_, startDelay as startDelay_ } from './delay';
import { exitFlow as exitFlow_ } from './exit';

// Imported bindings are copied into module constants once: under loaders that do not bundle
// (vitest, tsx) every use of an imported binding is a getter call, which made the loop about
// twice as slow there; in a bundle (the app's workers, the CLI bundle) it changes nothing.
const KIND_DELAY = KIND_DELAY_;
const KIND_EXIT = KIND_EXIT_;
const KIND_SELF_SERVICE = KIND_SELF_SERVICE_;
const KIND_STATION = KIND_STATION_;
const EV_ABANDON = EV_ABANDON_;
const EV_DELAY_END = EV_DELAY_END_;
const EV_SERVICE_END = EV_SERVICE_END_;
const EV_RETURN = EV_RETURN_;
const startWaiting = startWaiting_;
const returnToLine = returnToLine_;
const abandon = abandon_;
const joinStation = joinStation_;
const serviceEnd = serviceEnd_;
const joinSelfService = joinSelfService_;
const delayEnd = delayEnd_;
const startDelay = startDelay_;
const exitFlow = exitFlow_;

/**
 * Customer c arrives at `node` (not a router: routers are passed through by routing.ts) on
 * its `visit`-th visit there (0-based).
 */
export function enterNode(sim: Simulation, c: number, node: number, visit: number): void {
	switch (sim.model.nodeKind[node]) {
		case KIND_STATION:
			joinStation(sim, c, node, visit);
			return;
		case KIND_SELF_SERVICE:
			joinSelfService(sim, c, node, visit);
			return;
		case KIND_DELAY:
			startDelay(sim, c, node, visit);
			return;
		case KIND_EXIT:
			exitFlow(sim, c, node);
			return;
		default:
			throw RunawayError.loop(sim.model, node);
	}
}

/** Handles a node event taken off the agenda (codes in nodes/events.ts). */
export function nodeEvent(sim: Simulation, kind: number, a: number, b: number): void {
	switch (kind) {
		case EV_SERVICE_END:
			serviceEnd(sim, a, b);
			return;
		case EV_ABANDON:
			abandon(sim, a, b);
			return;
		case EV_DELAY_END:
			delayEnd(sim, a, b);
			return;
		case EV_RETURN: {
			// back from a "return"-mode virtual queue (nodes/callback.ts)
			const r = returnToLine(sim, a, b);
			if (r >= 0) startWaiting(sim, r);
			return;
		}
	}
}
