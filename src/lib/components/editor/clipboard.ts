// Copy and paste of nodes: the copied nodes and the links among them; pasted nodes get new
// unique ids and are shifted so they do not cover the originals.

import type { FlowNode, Link, Position, Scenario } from '$lib/sim';
import { syncChoices } from './choice';
import { uniqueId } from './ids';

export interface Clip {
	nodes: FlowNode[];
	links: Link[];
}

export const PASTE_OFFSET = 40;

/** The nodes with these ids and the links between them (deep copies). */
export function copyNodes(s: Pick<Scenario, 'nodes' | 'links'>, ids: Iterable<string>, positions?: Map<string, Position>): Clip {
	const set = new Set(ids);
	const nodes = s.nodes
		.filter((n) => set.has(n.id))
		.map((n) => {
			const copy = structuredClone(n);
			const p = copy.position ?? positions?.get(n.id);
			if (p) copy.position = { ...p };
			return copy;
		});
	const links = s.links.filter((l) => set.has(l.from) && set.has(l.to)).map((l) => structuredClone(l));
	return { nodes, links };
}

/** Adds a clip to the draft with new ids and shifted positions; returns the new ids. */
export function pasteClip(draft: Scenario, clip: Clip, offset = PASTE_OFFSET): string[] {
	const taken = draft.nodes.map((n) => n.id);
	const idMap = new Map<string, string>();
	for (const n of clip.nodes) {
		const id = uniqueId(n.id, taken);
		taken.push(id);
		idMap.set(n.id, id);
	}
	for (const n of clip.nodes) {
		const copy = structuredClone(n);
		copy.id = idMap.get(n.id)!;
		if (copy.position) copy.position = { x: copy.position.x + offset, y: copy.position.y + offset };
		// a copied choice keeps the alternatives whose step was copied too (their links come along)
		if (copy.kind === 'choice') copy.alternatives = (copy.alternatives ?? []).map((a) => ({ ...a, to: idMap.get(a.to) ?? a.to }));
		draft.nodes.push(copy);
	}
	for (const l of clip.links) draft.links.push({ ...structuredClone(l), from: idMap.get(l.from)!, to: idMap.get(l.to)! });
	syncChoices(draft, idMap.values());
	return [...idMap.values()];
}
