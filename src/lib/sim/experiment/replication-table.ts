// The overall KPIs of each replication of both variants of a comparison: what the paired
// intervals are computed from, kept for the per-replication CSV export.

import { GROUP_KPIS } from './kpis';

export interface ReplicationTable {
	/** Column names, GROUP_KPIS order. */
	kpis: string[];
	baseline: number[][];
	redesign: number[][];
}

/** Collects each replication's overall KPIs from comparison rows (GROUP_KPIS order). */
export function replicationTable(
	rows: { baseline: { overall: ArrayLike<number> }; redesign: { overall: ArrayLike<number> } }[]
): ReplicationTable {
	return {
		kpis: [...GROUP_KPIS],
		baseline: rows.map((r) => Array.from(r.baseline.overall)),
		redesign: rows.map((r) => Array.from(r.redesign.overall))
	};
}
