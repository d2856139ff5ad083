// Where things sit on the teaching stage, in world units (a 1000 × 460 board scaled to the
// screen): each node's place (its scenario position, or a simple left-to-right layout),
// the server slots of stations and kiosks, the spots of a waiting line, and where a
// customer stands in a delay. Computed once per scenario; the animation only reads it.

import type { CompiledModel, Scenario } from '$lib/sim';
import { layoutPositions } from '$lib/components/editor/layout';

export const WORLD_W = 1000;
export const WORLD_H = 460;
/** Distance between customers standing in line, and the dot radius. */
export const SPACING = 19;
export const DOT = 7;

export const K_SOURCE = 0;
export const K_STATION = 1;
export const K_SELF = 2;
export const K_ROUTER = 3;
export const K_DELAY = 4;
export const K_EXIT = 5;

const KIND_CODE: Record<string, number> = {
	source: K_SOURCE,
	station: K_STATION,
	'self-service': K_SELF,
	router: K_ROUTER,
	delay: K_DELAY,
	exit: K_EXIT
};

export interface StageLayout {
	/** Height of the board in world units (the width is WORLD_W): just enough for the flow. */
	height: number;
	nodeCount: number;
	kind: Int32Array;
	names: string[];
	ids: string[];
	x: Float32Array;
	y: Float32Array;
	/** Server box of stations and kiosks: left, top, width, height. */
	boxX: Float32Array;
	boxY: Float32Array;
	boxW: Float32Array;
	boxH: Float32Array;
	/** Slots per node and the vertical distance between them. */
	slots: Int32Array;
	slotGap: Float32Array;
	/** Waiting line: the front spot, spots per row, and rows shown (more waiting than fit: "+N"). */
	lineX: Float32Array;
	lineY: Float32Array;
	perRow: Int32Array;
	rows: Int32Array;
}

/** Positions of nodes without one: the app's one automatic layout (components/editor/layout.ts). */
function autoPositions(s: Pick<Scenario, 'nodes' | 'links'>): Map<string, { x: number; y: number }> {
	return layoutPositions(s.nodes, s.links);
}

export function stageLayout(scenario: Pick<Scenario, 'nodes' | 'links'>, model: CompiledModel): StageLayout {
	const N = model.nodeCount;
	const auto = scenario.nodes.some((n) => !n.position) ? autoPositions(scenario) : null;
	const L: StageLayout = {
		height: WORLD_H,
		nodeCount: N,
		kind: new Int32Array(N),
		names: model.nodeNames.slice(),
		ids: model.nodeIds.slice(),
		x: new Float32Array(N),
		y: new Float32Array(N),
		boxX: new Float32Array(N),
		boxY: new Float32Array(N),
		boxW: new Float32Array(N),
		boxH: new Float32Array(N),
		slots: new Int32Array(N),
		slotGap: new Float32Array(N),
		lineX: new Float32Array(N),
		lineY: new Float32Array(N),
		perRow: new Int32Array(N),
		rows: new Int32Array(N)
	};
	// positions may come from an editor with another scale: fit them into the board
	const raw = scenario.nodes.map((n) => n.position ?? auto?.get(n.id) ?? { x: 0, y: 0 });
	const minX = Math.min(...raw.map((p) => p.x));
	const maxX = Math.max(...raw.map((p) => p.x));
	const minY = Math.min(...raw.map((p) => p.y));
	const maxY = Math.max(...raw.map((p) => p.y));
	const fitX = (x: number) => (maxX > minX ? 60 + ((x - minX) / (maxX - minX)) * (WORLD_W - 120) : WORLD_W / 2);
	const fitY = (y: number) => (maxY > minY ? 70 + ((y - minY) / (maxY - minY)) * (WORLD_H - 140) : WORLD_H / 2);
	const inBoard = minX >= 0 && maxX <= WORLD_W && minY >= 0 && maxY <= WORLD_H;
	scenario.nodes.forEach((n, i) => {
		const v = model.nodeIds.indexOf(n.id);
		if (v < 0) return;
		L.kind[v] = KIND_CODE[n.kind] ?? K_ROUTER;
		L.x[v] = inBoard ? raw[i].x : fitX(raw[i].x);
		L.y[v] = inBoard ? raw[i].y : fitY(raw[i].y);
	});
	// vertical room of each service point: half the distance to its nearest neighbour in its column
	for (let v = 0; v < N; v++) {
		const r = model.nodeResource[v];
		if (r < 0) continue;
		let most = 1;
		for (const k of model.resStaff[r]) most = Math.max(most, k);
		let room = 200;
		for (let u = 0; u < N; u++) if (u !== v && Math.abs(L.x[u] - L.x[v]) < 120) room = Math.min(room, Math.abs(L.y[u] - L.y[v]) - 30);
		room = Math.max(40, room);
		const gap = Math.max(14, Math.min(44, room / most));
		L.slots[v] = most;
		L.slotGap[v] = gap;
		const w = 58;
		const h = gap * most + 8;
		L.boxX[v] = L.x[v] - w / 2;
		L.boxY[v] = L.y[v] - h / 2;
		L.boxW[v] = w;
		L.boxH[v] = h;
		// the line runs left from the box towards whatever feeds it, in rows of up to perRow
		let left = 40;
		for (let u = 0; u < N; u++)
			if (L.x[u] < L.x[v] - 60 && Math.abs(L.y[u] - L.y[v]) < 100) left = Math.max(left, L.x[u] + (L.kind[u] === K_SOURCE ? 190 : 40));
		L.lineX[v] = L.boxX[v] - 20;
		L.lineY[v] = L.y[v];
		L.perRow[v] = Math.max(4, Math.floor((L.lineX[v] - left) / SPACING));
		L.rows[v] = Math.max(1, Math.min(4, Math.floor(room / SPACING)));
	}
	// crop the board to the flow (with room for labels, lines and delays), so a one-counter
	// lesson is drawn large instead of floating in empty space
	let top = Infinity;
	let bottom = -Infinity;
	for (let v = 0; v < N; v++) {
		const half = L.slots[v] > 0 ? Math.max(L.boxH[v] / 2, Math.ceil((L.rows[v] - 1) / 2) * SPACING) : 40;
		top = Math.min(top, L.y[v] - half - 40);
		bottom = Math.max(bottom, L.y[v] + half + 50);
	}
	if (Number.isFinite(top)) {
		const height = Math.min(WORLD_H, Math.max(240, bottom - top));
		const shift = Math.max(0, Math.min(top, WORLD_H - height));
		for (let v = 0; v < N; v++) {
			L.y[v] -= shift;
			L.boxY[v] -= shift;
			L.lineY[v] -= shift;
		}
		L.height = height;
	}
	return L;
}

/** Where the i-th person in node v's line stands (rows alternate below and above the middle line). */
export function lineSpot(L: StageLayout, v: number, i: number, out: { x: number; y: number }): void {
	const row = Math.floor(i / L.perRow[v]);
	const col = i - row * L.perRow[v];
	const offset = row === 0 ? 0 : row % 2 === 1 ? Math.ceil(row / 2) : -Math.ceil(row / 2);
	out.x = L.lineX[v] - col * SPACING;
	out.y = L.lineY[v] + offset * SPACING;
}

/** How many of node v's line can be drawn. */
export function lineCapacity(L: StageLayout, v: number): number {
	return L.perRow[v] * L.rows[v];
}

/** Centre of server slot k of node v. */
export function slotSpot(L: StageLayout, v: number, k: number, out: { x: number; y: number }): void {
	out.x = L.x[v];
	out.y = L.boxY[v] + 4 + (k + 0.5) * L.slotGap[v];
}

/** Where customer c stands in a delay at node v: scattered around it, the same place every time. */
export function delaySpot(L: StageLayout, v: number, c: number, out: { x: number; y: number }): void {
	const a = ((c * 2654435761) >>> 0) / 4294967296;
	const b = ((c * 40503 + 12345) % 997) / 997;
	out.x = L.x[v] + (a - 0.5) * 56;
	out.y = L.y[v] + (b - 0.5) * 56;
}
