// A still drawing of a scenario's flow for the printed report: every step as a card where the
// editor shows it (its saved position, or the app's one automatic layout, editor/layout.ts —
// no layout of its own), every link as a curve with its label. Plain data, so it can be tested
// and drawn as SVG by FlowDrawing.svelte.

import type { Scenario } from '$lib/sim';
import { layoutPositions } from '$lib/components/editor/layout';
import { linkLabel, nodeSummary, type Translate } from '$lib/components/editor/summary';
import { fit } from '$lib/components/results/chart-geometry';

/** A card's size in the drawing (flow units; the layout spaces cards NODE_W × NODE_H apart). */
export const CARD_W = 170;
export const CARD_H = 64;
const PAD = 16;

export interface DrawnNode {
	id: string;
	kind: string;
	x: number;
	y: number;
	kindLabel: string;
	name: string;
	summary: string;
}

export interface DrawnLink {
	path: string;
	/** Where the label sits (the curve's middle), and what it says ('' for none). */
	lx: number;
	ly: number;
	label: string;
	/** A side path: "unresolved" or "failed". */
	side: boolean;
}

export interface FlowDrawingModel {
	width: number;
	height: number;
	nodes: DrawnNode[];
	links: DrawnLink[];
	/** The flow in words, for screen readers: "Customers arrive → Tellers; …". */
	description: string;
}

type Point = { x: number; y: number };

/** The cubic's point at t = 1/2. */
const mid = (a: number, c1: number, c2: number, b: number) => (a + 3 * c1 + 3 * c2 + b) / 8;

/** A card other than the link's ends that the straight line between them crosses. */
function blocker(a: Point, b: Point, nodes: DrawnNode[], ends: Point[]): DrawnNode | undefined {
	for (let k = 1; k < 20; k++) {
		const x = a.x + ((b.x - a.x) * k) / 20;
		const y = a.y + ((b.y - a.y) * k) / 20;
		const hit = nodes.find(
			(n) => !ends.some((e) => e.x === n.x && e.y === n.y) && x > n.x - 6 && x < n.x + CARD_W + 6 && y > n.y - 6 && y < n.y + CARD_H + 6
		);
		if (hit) return hit;
	}
	return undefined;
}

function drawLink(a: Point, b: Point, pair: { from: string; to: string; labels: string[]; side: boolean }, nodes: DrawnNode[]): DrawnLink {
	const label = pair.labels.join(' / ');
	const side = pair.side;
	if (pair.from === pair.to) {
		// a loop on the step itself: an arc over its top
		const x0 = a.x + CARD_W - 30;
		return {
			path: `M${x0},${a.y} C${x0},${a.y - 40} ${a.x + 30},${a.y - 40} ${a.x + 30},${a.y}`,
			lx: a.x + CARD_W / 2,
			ly: a.y - 32,
			label,
			side
		};
	}
	if (Math.abs(a.x - b.x) < CARD_W) {
		// the same column: from the edge of one card to the facing edge of the other
		const down = b.y > a.y;
		const sx = a.x + CARD_W / 2 + 20;
		const sy = down ? a.y + CARD_H : a.y;
		const tx = b.x + CARD_W / 2 + 20;
		const ty = down ? b.y : b.y + CARD_H;
		return { path: `M${sx},${sy} L${tx},${ty}`, lx: (sx + tx) / 2 + 4, ly: (sy + ty) / 2 + 4, label, side };
	}
	const start = { x: a.x + CARD_W, y: a.y + CARD_H / 2 };
	const end = { x: b.x, y: b.y + CARD_H / 2 };
	const curve = (p: Point, q: Point) => {
		const dx = Math.max(40, Math.abs(q.x - p.x) / 2);
		return { c1: { x: p.x + dx, y: p.y }, c2: { x: q.x - dx, y: q.y } };
	};
	const hit = blocker(start, end, nodes, [a, b]);
	if (hit) {
		// around a card in the way: over it or under it, whichever is nearer the line
		const lineY = (start.y + end.y) / 2;
		const over = Math.abs(lineY - hit.y) <= Math.abs(lineY - (hit.y + CARD_H));
		const via = { x: hit.x + CARD_W / 2, y: over ? hit.y - 14 : hit.y + CARD_H + 14 };
		const one = curve(start, via);
		const two = curve(via, end);
		return {
			path: `M${start.x},${start.y} C${one.c1.x},${one.c1.y} ${one.c2.x},${via.y} ${via.x},${via.y} S${two.c2.x},${end.y} ${end.x},${end.y}`,
			lx: via.x,
			ly: via.y,
			label,
			side
		};
	}
	const { c1, c2 } = curve(start, end);
	return {
		path: `M${start.x},${start.y} C${c1.x},${c1.y} ${c2.x},${c2.y} ${end.x},${end.y}`,
		lx: mid(start.x, c1.x, c2.x, end.x),
		ly: mid(start.y, c1.y, c2.y, end.y),
		label,
		side
	};
}

export function flowDrawing(s: Pick<Scenario, 'nodes' | 'links' | 'segments'>, t: Translate): FlowDrawingModel {
	const pos = layoutPositions(s.nodes, s.links);
	const xs = [...pos.values()].map((p) => p.x);
	const ys = [...pos.values()].map((p) => p.y);
	const left = (xs.length ? Math.min(...xs) : 0) - PAD;
	const top = (ys.length ? Math.min(...ys) : 0) - PAD;
	const at = (id: string) => {
		const p = pos.get(id) ?? { x: 0, y: 0 };
		return { x: p.x - left, y: p.y - top };
	};
	const names = new Map(s.nodes.map((n) => [n.id, n.name || n.id]));
	const nodes: DrawnNode[] = s.nodes.map((n) => ({
		id: n.id,
		kind: n.kind,
		...at(n.id),
		kindLabel: t(`editor.kind.${n.kind}`),
		name: fit(n.name || n.id, CARD_W - 32),
		summary: fit(nodeSummary(n, t), CARD_W - 16)
	}));
	// parallel links (a split sending two segments to the same step) are one curve with both labels
	const pairs = new Map<string, { from: string; to: string; labels: string[]; side: boolean }>();
	for (const l of s.links) {
		if (!pos.has(l.from) || !pos.has(l.to)) continue;
		const key = `${l.from}→${l.to}`;
		const pair = pairs.get(key) ?? pairs.set(key, { from: l.from, to: l.to, labels: [], side: true }).get(key)!;
		const label = linkLabel(l, s.segments, t);
		if (label) pair.labels.push(label);
		pair.side &&= l.on === 'unresolved' || l.on === 'failed';
	}
	const links = [...pairs.values()].map((pair) => drawLink(at(pair.from), at(pair.to), pair, nodes));
	const width = Math.max(0, ...nodes.map((n) => n.x + CARD_W)) + PAD;
	const height = Math.max(0, ...nodes.map((n) => n.y + CARD_H)) + PAD;
	const description = s.links
		.filter((l) => names.has(l.from) && names.has(l.to))
		.map((l) => {
			const label = linkLabel(l, s.segments, t);
			const link = `${names.get(l.from)} → ${names.get(l.to)}`;
			return label ? t('print.linkWith', { link, label }) : link;
		})
		.join(t('app.listSeparator'));
	return { width, height, nodes, links, description };
}
