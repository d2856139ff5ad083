// Self-service points (kiosks, an app, a website): a resource like a station — servers
// (terminals) on shift, a queue, patience — whose attempt succeeds or fails. A failed
// attempt follows the "failed" links (typically to a staffed station) and marks the customer
// as failed at self-service; a hand-off from self-service to a station is not a transfer.
// The queue and server machinery is station.ts's; this file holds what differs.

import { F_SELF_SERVICE_FAILED as F_SELF_SERVICE_FAILED_ } from '../core/customers';
import { OUTCOME_DONE as OUTCOME_DONE_, OUTCOME_FAILED as OUTCOME_FAILED_ } from '../core/model';
import type { Simulation } from '../core/simulation';
import { drawBits as drawBits_, unitOf as unitOf_, PURPOSE as PURPOSE_ } from '../random/draw';
import { joinResource as joinResource_ } from './station';

// Imported bindings are copied into module constants once: under loaders that do not bundle
// (vitest, tsx) every use of an imported binding is a getter call, which made the loop about
// twice as slow there; in a bundle (the app's workers, the CLI bundle) it changes nothing.
const F_SELF_SERVICE_FAILED = F_SELF_SERVICE_FAILED_;
const OUTCOME_DONE = OUTCOME_DONE_;
const OUTCOME_FAILED = OUTCOME_FAILED_;
const drawBits = drawBits_;
const unitOf = unitOf_;
const PURPOSE = { ...PURPOSE_ } as const;
const joinResource = joinResource_;

export function joinSelfService(sim: Simulation, c: number, node: number, visit: number): void {
	joinResource(sim, c, sim.model.nodeResource[node], visit);
}

/**
 * Whether the attempt of customer c at self-service resource r (its `visit`-th there)
 * succeeded: the customer's own SUCCESS draw against the success rate. Sets the failure flag;
 * returns the outcome whose links the customer follows next.
 */
export function selfServiceOutcome(sim: Simulation, c: number, r: number, node: number, visit: number): number {
	const m = sim.model;
	const cu = sim.customers;
	const rate = m.resSuccess[r];
	const success = rate >= 1 ? true : rate <= 0 ? false : unitOf(drawBits(cu.drawKey[c], PURPOSE.SUCCESS, m.nodeKey[node], visit)) < rate;
	if (!success) cu.flags[c] |= F_SELF_SERVICE_FAILED;
	return success ? OUTCOME_DONE : OUTCOME_FAILED;
}
