// Places the nodes of a flow left to right for the editor. A node's column is its longest
// distance from a source along the main ("done") links — links that lead back to an earlier
// node are ignored, and side paths (unresolved, failed) only place nodes the main links do
// not reach. Exits go to the last column. Within a column each node sits level with the
// nodes that feed it (side-path nodes a row lower), spread apart so none overlap. Nodes
// that already have a position keep it. The engine ignores positions.

import type { FlowNode, Link, Scenario } from '$lib/sim';

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
	const sources = flow.nodes.filter((n) => n.kind === 'source').map((n) => n.id);
	for (const id of [...sources, ...ids]) if (!state.get(id)) visit(id);
	return kept;
}

/** Column index per node id. */
export function columns(flow: Flow): Map<string, number> {
	const links = forwardLinks(flow);
	const col = new Map<string, number>();
	for (const n of flow.nodes) if (n.kind === 'source') col.set(n.id, 0);
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
	const last = Math.max(1, ...[...col.entries()].filter(([id]) => flow.nodes.find((n) => n.id === id)?.kind !== 'exit').map(([, c]) => c + 1));
	for (const n of flow.nodes) if (n.kind === 'exit') col.set(n.id, Math.max(last, col.get(n.id)!));
	return col;
}

/** A copy of the flow with a position for every node that has none. */
export function withLayout<S extends Flow>(scenario: S): S {
	const col = columns(scenario);
	const links = forwardLinks(scenario);
	const byColumn = new Map<number, FlowNode[]>();
	for (const n of scenario.nodes) {
		const c = col.get(n.id)!;
		(byColumn.get(c) ?? byColumn.set(c, []).get(c)!).push(n);
	}
	const y = new Map<string, number>();
	for (const c of [...byColumn.keys()].sort((a, b) => a - b)) {
		const nodes = byColumn.get(c)!;
		const wanted = nodes.map((n, i) => {
			const feeds = links.filter((l) => l.to === n.id && y.has(l.from));
			const main = feeds.filter(isMain);
			const from = main.length ? main : feeds;
			const level = from.length ? from.reduce((s, l) => s + y.get(l.from)!, 0) / from.length : 0;
			return { n, i, want: level + (from.length && !main.length ? ROW_GAP : 0) };
		});
		wanted.sort((a, b) => a.want - b.want || a.i - b.i);
		// spread: at least ROW_GAP apart, the group centred where its nodes want to be
		const centre = wanted.reduce((s, w) => s + w.want, 0) / wanted.length;
		const spread = wanted.map((w, k) => Math.max(w.want, centre + (k - (wanted.length - 1) / 2) * ROW_GAP));
		for (let k = 1; k < spread.length; k++) spread[k] = Math.max(spread[k], spread[k - 1] + ROW_GAP);
		const shift = wanted.length > 1 ? centre - (spread[0] + spread[spread.length - 1]) / 2 : 0;
		wanted.forEach((w, k) => y.set(w.n.id, Math.round(spread[k] + (wanted.length > 1 ? shift : 0))));
	}
	return {
		...scenario,
		nodes: scenario.nodes.map((n) => (n.position ? n : { ...n, position: { x: col.get(n.id)! * COLUMN_GAP + (n.kind === 'exit' ? EXIT_OFFSET : 0), y: y.get(n.id)! } }))
	};
}
