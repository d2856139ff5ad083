// Delay: time that passes without a queue or a server (walking to the back office, filling
// in a form). The duration is the customer's own draw for this node and visit, so the same
// customer takes as long in every scenario; afterwards the customer follows the node's links.

import { OUTCOME_DONE as OUTCOME_DONE_ } from '../core/model';
import { TRACE as TRACE_ } from '../core/trace';
import type { Simulation } from '../core/simulation';
import { drawBits as drawBits_, unitOf as unitOf_, PURPOSE as PURPOSE_ } from '../random/draw';
import { EV_DELAY_END as EV_DELAY_END_ } from './events';
import { route as route_ } from './routing';

// Imported bindings are copied into module constants once: under loaders that do not bundle
// (vitest, tsx) every use of an imported binding is a getter call, which made the loop about
// twice as slow there; in a bundle (the app's workers, the CLI bundle) it changes nothing.
const OUTCOME_DONE = OUTCOME_DONE_;
const TRACE = { ...TRACE_ } as const;
const drawBits = drawBits_;
const unitOf = unitOf_;
const PURPOSE = { ...PURPOSE_ } as const;
const EV_DELAY_END = EV_DELAY_END_;
const route = route_;

export function startDelay(sim: Simulation, c: number, node: number, visit: number): void {
	const t = sim.now;
	const m = sim.model;
	const cu = sim.customers;
	const u = unitOf(drawBits(cu.drawKey[c], PURPOSE.DELAY, m.nodeKey[node], visit));
	const d = m.nodeDelay[node]!.quantile(u);
	cu.queueEnter[c] = t;
	if (sim.tracing) sim.trace.event(t, TRACE.DELAY, cu.serial[c], node);
	sim.agenda.push(t + d, EV_DELAY_END, c, node);
}

export function delayEnd(sim: Simulation, c: number, node: number): void {
	route(sim, c, node, OUTCOME_DONE);
}
