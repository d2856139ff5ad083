// What a run's results depend on: the scenario without its name, description and where the
// editor draws the nodes. Results are out of date when this changes, not when a node moves.

import type { Scenario } from '$lib/sim';

export function simKey(scenario: Scenario): string {
	const { name: _name, description: _description, nodes, ...rest } = scenario;
	return JSON.stringify({ ...rest, nodes: nodes.map(({ position: _position, ...n }) => n) });
}
