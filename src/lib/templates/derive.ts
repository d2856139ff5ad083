// Builds a redesign from its baseline: a deep copy with a new name and description, changed
// by a function, so each template states only what the redesign does differently.

import type { FlowNode, Scenario } from '$lib/sim';

export function derive(baseline: Scenario, name: string, description: string, change: (s: Scenario) => void): Scenario {
	const s = structuredClone(baseline);
	s.name = name;
	s.description = description;
	change(s);
	return s;
}

/** The node with this id (throws: templates are fixed data, a typo is a bug). */
export function node<K extends FlowNode['kind']>(s: Scenario, id: string, kind: K): Extract<FlowNode, { kind: K }> {
	const n = s.nodes.find((x) => x.id === id);
	if (!n || n.kind !== kind) throw new Error(`template: no ${kind} node "${id}"`);
	return n as Extract<FlowNode, { kind: K }>;
}
