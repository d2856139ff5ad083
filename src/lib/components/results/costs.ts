// Honest costs: the stations that are staffed but have no cost per staff hour. Staff cost adds
// up only the stations that have one, so a station without a cost makes a design look cheaper
// than it is; the editor, the verdict and the report name these stations.

import type { Scenario, Staffing } from '$lib/sim';

function staffed(s: Staffing): boolean {
	return typeof s === 'number' ? s > 0 : s.count.some((c) => c > 0);
}

/** Names of the staffed stations and self-service points without a cost per staff hour. */
export function uncostedStations(scenario: Scenario): string[] {
	const out: string[] = [];
	for (const n of scenario.nodes) {
		if (n.kind === 'station' && staffed(n.servers) && !(n.costPerServerHour! > 0)) out.push(n.name);
		else if (n.kind === 'self-service' && staffed(n.units) && !(n.costPerServerHour! > 0)) out.push(n.name);
	}
	return out;
}

/** Whether any station has a cost (otherwise staff cost is not shown at all, and no warning is needed). */
export function anyCost(scenario: Scenario): boolean {
	return scenario.nodes.some((n) => (n.kind === 'station' || n.kind === 'self-service') && (n.costPerServerHour ?? 0) > 0);
}

/** Stations to warn about: only when some cost is set (a scenario with no costs at all shows no cost). */
export function costWarning(scenario: Scenario): string[] {
	return anyCost(scenario) ? uncostedStations(scenario) : [];
}
