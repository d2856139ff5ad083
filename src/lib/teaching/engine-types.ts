// What teaching mode reads from the engine: the trace codes, the compiled model (node kinds,
// resources, staffing) and the trace log, through the engine's public API only.

import { TRACE, type CompiledModel, type TraceLog } from '$lib/sim';

export { TRACE };
export type CompiledModelLike = CompiledModel;
export type TraceLike = Pick<TraceLog, 'count' | 'time' | 'type' | 'customer' | 'node'>;

/** Servers on shift at resource r at time t (minutes): the count of its staffing period, the last one after the schedule ends. */
export function staffAtModel(m: CompiledModel, r: number, t: number): number {
	const counts = m.resStaff[r];
	if (counts.length === 1) return counts[0];
	let p = Math.floor(t / m.resStaffPeriod[r]);
	if (p >= counts.length) p = counts.length - 1;
	if (p < 0) p = 0;
	return counts[p];
}
