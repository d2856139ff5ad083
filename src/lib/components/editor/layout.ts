// The one automatic layout of a flow, used by the editor (nodes without a saved position, and
// "Tidy up"), by the templates and by the teaching stage. Each node's layer is its longest
// distance from a source along the main path (back edges of loops are ignored) and exits go to
// the last layer; dagre (@dagrejs/dagre, the layout Svelte Flow documents) then orders the
// nodes within the layers to avoid crossings and places them so that none overlap.

import dagre from '@dagrejs/dagre';
import type { FlowNode, Link, Position } from '$lib/sim';

/** The size a node card takes on the canvas (flow units), for spacing. */
export const NODE_W = 190;
export const NODE_H = 90;

/** Horizontal distance between layers, and vertical between nodes of one layer (flow units). */
export const LAYER_GAP = 270;
export const ROW_GAP = 130;

/** The layer (column) of every node: 0 for sources, the longest path from them otherwise. */
export function layers(nodes: readonly FlowNode[], links: readonly Link[]): Map<string, number> {
	const ids = new Set(nodes.map((n) => n.id));
	const out = new Map<string, string[]>();
	for (const id of ids) out.set(id, []);
	// The main path follows "done" links; an "unresolved"/"failed" link only places a node that
	// nothing else leads to (a back office), so a fallback does not push its target rightwards.
	const doneInto = new Set(links.filter((l) => (l.on ?? 'done') === 'done' && l.from !== l.to).map((l) => l.to));
	for (const l of links) {
		if (!ids.has(l.from) || !ids.has(l.to) || l.from === l.to) continue;
		if ((l.on ?? 'done') === 'done' || !doneInto.has(l.to)) out.get(l.from)!.push(l.to);
	}

	// Depth-first from the sources (then any node not reached) to find back edges (loops).
	const back = new Set<string>();
	const state = new Map<string, 1 | 2>();
	const visit = (id: string) => {
		state.set(id, 1);
		for (const to of out.get(id)!) {
			if (state.get(to) === 1) back.add(`${id}→${to}`);
			else if (!state.has(to)) visit(to);
		}
		state.set(id, 2);
	};
	const starts = (n: FlowNode) => n.kind === 'source' || n.kind === 'appointments';
	const order = [...nodes.filter(starts), ...nodes.filter((n) => !starts(n))];
	for (const n of order) if (!state.has(n.id)) visit(n.id);

	// Longest path over the acyclic rest (Kahn's order).
	const indeg = new Map<string, number>([...ids].map((id) => [id, 0]));
	for (const [from, tos] of out) for (const to of tos) if (!back.has(`${from}→${to}`)) indeg.set(to, indeg.get(to)! + 1);
	const layer = new Map<string, number>([...ids].map((id) => [id, 0]));
	const queue = order.map((n) => n.id).filter((id) => indeg.get(id) === 0);
	while (queue.length) {
		const id = queue.shift()!;
		for (const to of out.get(id)!) {
			if (back.has(`${id}→${to}`)) continue;
			layer.set(to, Math.max(layer.get(to)!, layer.get(id)! + 1));
			indeg.set(to, indeg.get(to)! - 1);
			if (indeg.get(to) === 0) queue.push(to);
		}
	}
	const inner = nodes.filter((n) => n.kind !== 'exit');
	const last = inner.length ? Math.max(...inner.map((n) => layer.get(n.id)!)) + 1 : 0;
	for (const n of nodes) if (n.kind === 'exit') layer.set(n.id, Math.max(layer.get(n.id)!, last));
	return layer;
}

/**
 * A position (top-left corner) for every node from the layered layout, ignoring saved positions.
 * Nodes reached only by "unresolved" or "failed" links (back offices, fallbacks) are pulled less
 * towards the main line, so the main path stays straight.
 */
export function autoLayout(nodes: readonly FlowNode[], links: readonly Link[]): Map<string, Position> {
	const layer = layers(nodes, links);
	const g = new dagre.graphlib.Graph();
	g.setGraph({ rankdir: 'LR', nodesep: ROW_GAP - NODE_H, ranksep: LAYER_GAP - NODE_W, marginx: 0, marginy: 0 });
	g.setDefaultEdgeLabel(() => ({}));
	for (const n of nodes) g.setNode(n.id, { width: NODE_W, height: NODE_H });
	const seen = new Set<string>();
	for (const l of links) {
		const a = layer.get(l.from);
		const b = layer.get(l.to);
		// forward links only, each pair once; their length in layers keeps the layering above
		if (a === undefined || b === undefined || b <= a || seen.has(`${l.from}→${l.to}`)) continue;
		seen.add(`${l.from}→${l.to}`);
		g.setEdge(l.from, l.to, { minlen: b - a, weight: (l.on ?? 'done') === 'done' ? 4 : 1 });
	}
	dagre.layout(g);
	const y = new Map<string, number>(nodes.map((n) => [n.id, g.node(n.id)?.y ?? 0]));
	// side paths (reached only by "unresolved"/"failed" links) sit below the steps that feed them
	const side = nodes.filter((n) => {
		const into = links.filter((l) => l.to === n.id && l.from !== n.id);
		return into.length > 0 && into.every((l) => (l.on ?? 'done') !== 'done');
	});
	for (const n of side) {
		const feeders = links.filter((l) => l.to === n.id).map((l) => y.get(l.from) ?? 0);
		y.set(n.id, Math.max(y.get(n.id)!, Math.max(...feeders) + ROW_GAP));
	}
	// then, per layer, at least a row apart (top to bottom in dagre's order)
	const byLayer = new Map<number, FlowNode[]>();
	for (const n of nodes) (byLayer.get(layer.get(n.id) ?? 0) ?? byLayer.set(layer.get(n.id) ?? 0, []).get(layer.get(n.id) ?? 0)!).push(n);
	for (const column of byLayer.values()) {
		column.sort((a, b) => y.get(a.id)! - y.get(b.id)!);
		for (let k = 1; k < column.length; k++) y.set(column[k].id, Math.max(y.get(column[k].id)!, y.get(column[k - 1].id)! + ROW_GAP));
	}
	const top = Math.min(...y.values());
	const out = new Map<string, Position>();
	// x from the layer (dagre's rank), so the columns line up exactly; y from dagre
	for (const n of nodes) out.set(n.id, { x: (layer.get(n.id) ?? 0) * LAYER_GAP, y: Math.round(y.get(n.id)! - top) });
	return out;
}

/** A position for every node: its saved one, or one from the automatic layout. */
export function layoutPositions(nodes: readonly FlowNode[], links: readonly Link[]): Map<string, Position> {
	const out = nodes.some((n) => !hasPosition(n)) ? autoLayout(nodes, links) : new Map<string, Position>();
	for (const n of nodes) if (hasPosition(n)) out.set(n.id, { ...n.position! });
	return out;
}

const hasPosition = (n: FlowNode) => !!n.position && Number.isFinite(n.position.x) && Number.isFinite(n.position.y);

/** Where to put a new node: right of everything, or at the given point. */
export function freeSpot(positions: Iterable<Position>): Position {
	let maxX = -Infinity;
	let minY = Infinity;
	for (const p of positions) {
		maxX = Math.max(maxX, p.x);
		minY = Math.min(minY, p.y);
	}
	return Number.isFinite(maxX) ? { x: maxX + LAYER_GAP, y: minY } : { x: 0, y: 0 };
}

/** The first spot at or below `near` (in steps of a row) that no node covers. */
export function openSpot(near: Position, taken: Iterable<Position>, size = { w: NODE_W, h: NODE_H }): Position {
	const all = [...taken];
	const spot = { x: Math.round(near.x - size.w / 2), y: Math.round(near.y - size.h / 2) };
	for (let i = 0; i < 50; i++) {
		if (!all.some((p) => Math.abs(p.x - spot.x) < size.w && Math.abs(p.y - spot.y) < size.h)) break;
		spot.y += size.h + 20;
	}
	return spot;
}

/**
 * Saves the drawn position of every node that has none, so that editing the flow (adding a node
 * or a link) does not make the automatic layout move the others. Returns how many were set.
 */
export function pinPositions(nodes: FlowNode[], positions: Map<string, Position>): number {
	let set = 0;
	for (const n of nodes) {
		const p = positions.get(n.id);
		if (!n.position && p) {
			n.position = { x: Math.round(p.x), y: Math.round(p.y) };
			set++;
		}
	}
	return set;
}
