// Channel choice (format v2): a choice node is a router (it takes no time) whose pick is a
// multinomial logit. Alternative j has utility
//   U_j = preference_j(segment) − β · (W_j + effort_j),
// W_j the expected wait at its node read from the live state now — customers waiting × mean
// service time / servers on shift (0 for a node without a queue) — or, with waitInfo "announced"
// at a node that does not show its wait, the assumed wait. P_j = exp(U_j) / Σ_k exp(U_k) over the
// alternatives offered: those whose link applies to the customer's segment and whose node has a
// server on shift (when none has, every linked alternative is offered as if it had one server:
// customers still go somewhere and wait for the next shift). The pick is the customer's own
// uniform draw (PURPOSE.CHOICE, keyed by node and visit), so common random numbers hold: the
// same customer facing the same utilities picks the same channel. Nothing is allocated per pick.

import { F_MEASURED as F_MEASURED_ } from '../core/customers';
import type { Simulation } from '../core/simulation';
import { drawUniform as drawUniform_, PURPOSE as PURPOSE_ } from '../random/draw';

// Module constants (see nodes/kinds.ts on copying imported bindings).
const F_MEASURED = F_MEASURED_;
const drawUniform = drawUniform_;
const CHOICE = PURPOSE_.CHOICE;

/** The node customer c goes to from choice node `node` (−1: no alternative applies to its segment). */
export function chooseChannel(sim: Simulation, c: number, node: number): number {
	const m = sim.model;
	const ch = m.choices;
	const cu = sim.customers;
	const res = sim.resources;
	const S = m.segmentCount;
	const seg = cu.segment[c];
	const first = ch.first[node];
	const end = first + ch.count[node];
	const beta = ch.sensitivity[node];
	const util = ch.utility;
	let best = -Infinity;
	let linked = false;
	for (let open = 1; open >= 0 && best === -Infinity; open--) {
		for (let i = first; i < end; i++) {
			util[i] = -Infinity;
			if (ch.offered[i * S + seg] === 0) continue;
			linked = true;
			let wait = ch.assumedWait[i];
			const r = ch.resource[i];
			if (r >= 0) {
				let servers = res.capacity[r];
				if (servers === 0) {
					if (open === 1) continue;
					servers = 1;
				}
				if (wait !== wait) wait = (res.waiting[r] * ch.meanService[i]) / servers;
			} else if (wait !== wait) wait = 0;
			const u = ch.preference[i * S + seg] - beta * (wait + ch.effort[i]);
			util[i] = u;
			if (u > best) best = u;
		}
		if (!linked) return -1;
	}
	let sum = 0;
	for (let i = first; i < end; i++) {
		const e = util[i] === -Infinity ? 0 : Math.exp(util[i] - best);
		util[i] = e;
		sum += e;
	}
	const N = m.nodeCount;
	const x = drawUniform(cu.key[c], CHOICE, m.nodeKey[node], cu.visits[c * N + node] - 1) * sum;
	let pick = -1;
	let cum = 0;
	for (let i = first; i < end; i++) {
		if (util[i] === 0) continue;
		pick = i;
		cum += util[i];
		if (x < cum) break;
	}
	if ((cu.flags[c] & F_MEASURED) !== 0) {
		let p = m.steady ? 0 : Math.floor(cu.arrive[c] / m.periodMinutes);
		if (p >= m.periodCount) p = m.periodCount - 1;
		sim.channelPicks[pick * m.periodCount + p]++;
	}
	return ch.target[pick];
}
