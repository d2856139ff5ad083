// Positions for the templates' nodes, from the one automatic layout of the app
// (components/editor/layout.ts, dagre). `columns` says which column a node belongs in (a
// check the template tests make on the flows). The engine ignores positions.

import type { Link, Scenario } from '$lib/sim';
import { layoutPositions } from '$lib/components/editor/layout';

export const COLUMN_GAP = 280;
export const ROW_GAP = 130;
/** Exits sit a little further right: several links usually converge on them. */
export const EXIT_OFFSET = 80;

type Flow = Pick<Scenario, 'nodes' | 'links'>;

const isMain = (l: Link) => (l.on ?? 'done') === 'done';

/** Links that lead forward: depth-first from the sources, a link back onto the current path is dropped. */
function forwardLinks(flow: Flow): Link[] {
	const ids = new Set(flow.nodes.map((n) => n.id));
	const out = new Map<string, Link[]>();
	for (const l of flow.links) if (ids.has(l.from) && ids.has(l.to)) (out.get(l.from) ?? out.set(l.from, []).get(l.from)!).push(l);
	const state = new Map<string, 1 | 2>();
	const kept: Link[] = [];
	const visit = (id: string) => {
		state.set(id, 1);
		for (const l of out.get(id) ?? []) {
			if (state.get(l.to) === 1) continue;
			kept.push(l);
			if (!state.get(l.to)) visit(l.to);
		}
		state.set(id, 2);
	};
	const sources = flow.nodes.filter((n) => n.kind === 'source' || n.kind === 'appointments').map((n) => n.id);
	for (const id of [...sources, ...ids]) if (!state.get(id)) visit(id);
	return kept;
}

/** Column index per node id. */
export function columns(flow: Flow): Map<string, number> {
	const links = forwardLinks(flow);
	const col = new Map<string, number>();
	for (const n of flow.nodes) if (n.kind === 'source' || n.kind === 'appointments') col.set(n.id, 0);
	// longest path: relax until nothing moves (forward links form no cycle, so this ends)
	const relax = (use: (l: Link) => boolean) => {
		for (let changed = true, guard = 0; changed && guard <= flow.nodes.length; guard++) {
			changed = false;
			for (const l of links) {
				if (!use(l) || !col.has(l.from)) continue;
				const c = col.get(l.from)! + 1;
				if ((col.get(l.to) ?? -1) < c) {
					col.set(l.to, c);
					changed = true;
				}
			}
		}
	};
	relax(isMain);
	// side paths: only for nodes the main links leave unplaced
	for (let k = 0; k < flow.nodes.length && flow.nodes.some((n) => !col.has(n.id)); k++) {
		for (const l of links) if (!isMain(l) && col.has(l.from) && !col.has(l.to)) col.set(l.to, col.get(l.from)! + 1);
		relax(isMain);
	}
	for (const n of flow.nodes) if (!col.has(n.id)) col.set(n.id, 0);
	const last = Math.max(
		1,
		...[...col.entries()].filter(([id]) => flow.nodes.find((n) => n.id === id)?.kind !== 'exit').map(([, c]) => c + 1)
	);
	for (const n of flow.nodes) if (n.kind === 'exit') col.set(n.id, Math.max(last, col.get(n.id)!));
	return col;
}

/** A copy of the flow with a position for every node that has none (the editor's automatic layout). */
export function withLayout<S extends Flow>(scenario: S): S {
	const at = layoutPositions(scenario.nodes, scenario.links);
	return { ...scenario, nodes: scenario.nodes.map((n) => (n.position ? n : { ...n, position: at.get(n.id)! })) };
}
