// Routing: where a customer goes after a node, by the links for the visit's outcome (done,
// unresolved, failed) and the customer's segment. A router takes no time and is passed
// through at once; a probability split uses the customer's own routing draw for that router
// and visit (common random numbers), a shortest-queue router looks at the queues now, and a
// choice node (a router with policy ROUTER_CHOICE) lets the customer pick (nodes/choice.ts).

import {
	KIND_ROUTER as KIND_ROUTER_,
	OUTCOME_COUNT as OUTCOME_COUNT_,
	OUTCOME_DONE as OUTCOME_DONE_,
	ROUTER_CHOICE as ROUTER_CHOICE_,
	ROUTER_SHORTEST_QUEUE as ROUTER_SHORTEST_QUEUE_
} from '../core/model';
import { F_PENDING_HANDOFF as F_PENDING_HANDOFF_ } from '../core/customers';
import { RunawayError } from '../core/errors';
import type { Simulation } from '../core/simulation';
import { drawBits as drawBits_, unitOf as unitOf_, PURPOSE as PURPOSE_ } from '../random/draw';
import { enterNode as enterNode_ } from './kinds';
import { chooseChannel as chooseChannel_ } from './choice';

// Imported bindings are copied into module constants once: under loaders that do not bundle
// (vitest, tsx) every use of an imported binding is a getter call, which made the loop about
// twice as slow there; in a bundle (the app's workers, the CLI bundle) it changes nothing.
const KIND_ROUTER = KIND_ROUTER_;
const OUTCOME_COUNT = OUTCOME_COUNT_;
const OUTCOME_DONE = OUTCOME_DONE_;
const ROUTER_SHORTEST_QUEUE = ROUTER_SHORTEST_QUEUE_;
const ROUTER_CHOICE = ROUTER_CHOICE_;
const chooseChannel = chooseChannel_;
const F_PENDING_HANDOFF = F_PENDING_HANDOFF_;
const drawBits = drawBits_;
const unitOf = unitOf_;
const PURPOSE = { ...PURPOSE_ } as const;
const enterNode = enterNode_;

/** Routers take no time; more hops than this without time passing is a routing loop. */
const MAX_INSTANT_HOPS = 10_000;

/** Sends customer c on from `node` by the links for `outcome`; leaves when there is none. */
export function route(sim: Simulation, c: number, node: number, outcome: number): void {
	const m = sim.model;
	const cu = sim.customers;
	const N = m.nodeCount;
	let hops = 0;
	for (;;) {
		const next = choose(sim, c, node, outcome);
		if (next < 0) {
			sim.leave(c);
			return;
		}
		if (outcome !== OUTCOME_DONE) cu.flags[c] |= F_PENDING_HANDOFF;
		const visit = cu.visits[c * N + next]++;
		if (m.nodeKind[next] !== KIND_ROUTER) {
			enterNode(sim, c, next, visit);
			return;
		}
		node = next;
		outcome = OUTCOME_DONE;
		if (++hops > MAX_INSTANT_HOPS) throw RunawayError.loop(m, next);
	}
}

/** The node customer c goes to from `node` after `outcome`, or −1 for none. */
export function choose(sim: Simulation, c: number, node: number, outcome: number): number {
	const m = sim.model;
	const cu = sim.customers;
	const slot = (node * OUTCOME_COUNT + outcome) * m.segmentCount + cu.segment[c];
	const len = m.routeLen[slot];
	if (len === 0) return -1;
	if (m.routerPolicy[node] === ROUTER_CHOICE) return chooseChannel(sim, c, node);
	const start = m.routeStart[slot];
	if (len === 1) return m.routeTarget[start];
	if (m.routerPolicy[node] === ROUTER_SHORTEST_QUEUE) return shortestQueue(sim, start, len);
	// one routing draw per visit: a visit ends in one outcome only
	const u = unitOf(drawBits(cu.drawKey[c], PURPOSE.ROUTE, m.nodeKey[node], cu.visits[c * m.nodeCount + node] - 1));
	const cum = m.routeCum;
	let i = start;
	while (u >= cum[i]) i++;
	return m.routeTarget[i];
}

/** Among linked targets, the resource with the fewest waiting per server on shift (first on ties). */
export function shortestQueue(sim: Simulation, start: number, len: number): number {
	const m = sim.model;
	const res = sim.resources;
	let best = m.routeTarget[start];
	let bestScore = Infinity;
	for (let i = start; i < start + len; i++) {
		const target = m.routeTarget[i];
		const r = m.nodeResource[target];
		const score = r < 0 ? 0 : (res.waiting[r] + res.busy[r] + 1) / Math.max(1, res.capacity[r]);
		if (score < bestScore) {
			bestScore = score;
			best = target;
		}
	}
	return best;
}
