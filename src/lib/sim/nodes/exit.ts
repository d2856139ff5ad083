// Exit: the customer leaves the service here (a customer with no link to follow leaves too).

import { TRACE as TRACE_ } from '../core/trace';
import type { Simulation } from '../core/simulation';

// Imported bindings are copied into module constants once: under loaders that do not bundle
// (vitest, tsx) every use of an imported binding is a getter call, which made the loop about
// twice as slow there; in a bundle (the app's workers, the CLI bundle) it changes nothing.
const TRACE = { ...TRACE_ } as const;

export function exitFlow(sim: Simulation, c: number, node: number): void {
	if (sim.tracing) sim.trace.event(sim.now, TRACE.EXIT, sim.customers.serial[c], node);
	sim.leave(c);
}
