// Draws one frame of the replay on a canvas: the flow (links, doors, server boxes with busy
// and idle slots, kiosks) and every customer as a dot — standing in line, at a server,
// walking between places (each dot glides towards where the replay says it is), fading out
// red when it gives up or is turned away, or walking out through the exit. Everything per
// frame works on typed arrays allocated once per day: no allocation in the draw loop.

import { C_AT_SOURCE, C_DELAY, C_GONE, C_NOT_ARRIVED, C_SERVICE, C_TRANSIT, C_WAITING, OUT_EXIT, OUT_LEFT, type Replay } from './replay';
import {
	delaySpot,
	DOT,
	K_DELAY,
	K_EXIT,
	K_ROUTER,
	K_SELF,
	K_SOURCE,
	lineCapacity,
	lineSpot,
	slotSpot,
	WORLD_W,
	type StageLayout
} from './stage-layout';

export interface Palette {
	background: string;
	link: string;
	node: string;
	nodeStroke: string;
	kiosk: string;
	slotIdle: string;
	slotBusy: string;
	slotOff: string;
	regular: string;
	vip: string;
	gaveUp: string;
}

export const LIGHT: Palette = {
	background: '#f8fafc',
	link: '#cbd5e1',
	node: '#ffffff',
	nodeStroke: '#475569',
	kiosk: '#e6fffa',
	slotIdle: '#e2e8f0',
	slotBusy: '#9ae6b4',
	slotOff: '#f1f5f9',
	regular: '#1d4ed8',
	vip: '#b7791f',
	gaveUp: '#dc2626'
};

/** High contrast on a dark board, for projectors. */
export const PRESENTER: Palette = {
	background: '#000000',
	link: '#4a5568',
	node: '#111827',
	nodeStroke: '#e2e8f0',
	kiosk: '#0f2f2c',
	slotIdle: '#2d3748',
	slotBusy: '#22c55e',
	slotOff: '#111111',
	regular: '#60a5fa',
	vip: '#facc15',
	gaveUp: '#f87171'
};

export class Animator {
	readonly replay: Replay;
	readonly layout: StageLayout;
	#dispX: Float32Array;
	#dispY: Float32Array;
	#seen: Uint8Array;
	#lineIndex: Int32Array;
	#hidden: Uint8Array;
	#links: Int32Array;
	#snap = true;
	readonly #p = { x: 0, y: 0 };

	constructor(replay: Replay, layout: StageLayout, links: { from: number; to: number }[]) {
		this.replay = replay;
		this.layout = layout;
		const n = replay.customers;
		this.#dispX = new Float32Array(n);
		this.#dispY = new Float32Array(n);
		this.#seen = new Uint8Array(n);
		this.#lineIndex = new Int32Array(n);
		this.#hidden = new Uint8Array(n);
		this.#links = Int32Array.from(links.flatMap((l) => [l.from, l.to]));
	}

	/** Put every customer where it belongs at once (after a jump in time) instead of gliding there. */
	snap(): void {
		this.#snap = true;
	}

	/**
	 * Draws the state at time t. dt: real seconds since the last frame (for gliding);
	 * fade: simulation minutes a departing customer stays visible. Assumes the context is
	 * scaled so that one world unit is one CSS pixel × scale (see setTransform in the caller).
	 */
	draw(ctx: CanvasRenderingContext2D, t: number, dt: number, fade: number, pal: Palette): void {
		const R = this.replay;
		const L = this.layout;
		R.seek(t);
		ctx.fillStyle = pal.background;
		ctx.fillRect(0, 0, WORLD_W, L.height);
		this.#drawFlow(ctx, t, pal);

		// who stands where in each line
		for (let v = 0; v < L.nodeCount; v++) {
			const q = R.queues[v];
			for (let i = 0, n = R.queueLen[v]; i < n; i++) this.#lineIndex[q[i]] = i;
		}
		const k = this.#snap ? 1 : 1 - Math.exp(-dt * 9);
		const p = this.#p;
		const dispX = this.#dispX;
		const dispY = this.#dispY;
		// pass 1: move everyone; pass 2 and 3: draw regular and VIP dots in one path each; faders one by one
		for (let c = 0; c < R.arrived; c++) {
			const st = R.state[c];
			if (st === C_NOT_ARRIVED) continue;
			const v = R.node[c];
			let visible = true;
			switch (st) {
				case C_WAITING: {
					const i = this.#lineIndex[c];
					if (i >= lineCapacity(L, v)) {
						lineSpot(L, v, lineCapacity(L, v) - 1, p);
						visible = false;
					} else lineSpot(L, v, i, p);
					break;
				}
				case C_SERVICE:
					slotSpot(L, v, Math.max(0, R.slot[c]), p);
					break;
				case C_DELAY:
					delaySpot(L, v, c, p);
					break;
				case C_AT_SOURCE:
				case C_TRANSIT:
					p.x = L.x[v];
					p.y = L.y[v];
					break;
				case C_GONE: {
					const age = t - R.since[c];
					if (age > fade || age < 0) {
						visible = false;
						break;
					}
					const out = R.outcome[c];
					if (out === OUT_EXIT) {
						p.x = L.x[v];
						p.y = L.y[v];
					} else if (out === OUT_LEFT) {
						p.x = dispX[c] + 30;
						p.y = dispY[c];
					} else {
						// gave up or turned away: drift up and away from the line where it stood
						p.x = this.#seen[c] ? dispX[c] : L.x[v] - 40;
						p.y = (this.#seen[c] ? dispY[c] : L.y[v]) - 3;
					}
					break;
				}
			}
			if (!this.#seen[c] || this.#snap) {
				// a newcomer starts at its source (the node it came from); after a jump, it is simply there
				const from = R.prevNode[c];
				if (!this.#snap && from >= 0 && L.kind[from] === K_SOURCE) {
					dispX[c] = L.x[from];
					dispY[c] = L.y[from];
				} else {
					dispX[c] = p.x;
					dispY[c] = p.y;
				}
				this.#seen[c] = 1;
			}
			dispX[c] += (p.x - dispX[c]) * k;
			dispY[c] += (p.y - dispY[c]) * k;
			this.#hidden[c] = visible ? 0 : 1;
		}
		this.#snap = false;
		for (let pass = 0; pass < 2; pass++) {
			ctx.beginPath();
			for (let c = 0; c < R.arrived; c++) {
				if (this.#hidden[c] === 1 || R.state[c] === C_NOT_ARRIVED || R.state[c] === C_GONE) continue;
				if ((R.segment[c] > 0 ? 1 : 0) !== pass) continue;
				ctx.moveTo(dispX[c] + DOT, dispY[c]);
				ctx.arc(dispX[c], dispY[c], DOT, 0, Math.PI * 2);
			}
			ctx.fillStyle = pass === 0 ? pal.regular : pal.vip;
			ctx.fill();
		}
		for (let c = 0; c < R.arrived; c++) {
			if (R.state[c] !== C_GONE || this.#hidden[c] === 1) continue;
			const out = R.outcome[c];
			const age = t - R.since[c];
			ctx.globalAlpha = Math.max(0, 1 - age / fade);
			ctx.fillStyle = out === OUT_EXIT || out === OUT_LEFT ? (R.segment[c] > 0 ? pal.vip : pal.regular) : pal.gaveUp;
			ctx.beginPath();
			ctx.arc(dispX[c], dispY[c], out === OUT_EXIT || out === OUT_LEFT ? DOT : DOT + 1, 0, Math.PI * 2);
			ctx.fill();
		}
		ctx.globalAlpha = 1;
	}

	#drawFlow(ctx: CanvasRenderingContext2D, t: number, pal: Palette): void {
		const L = this.layout;
		const R = this.replay;
		ctx.strokeStyle = pal.link;
		ctx.lineWidth = 2;
		ctx.beginPath();
		const links = this.#links;
		for (let i = 0; i < links.length; i += 2) {
			ctx.moveTo(L.x[links[i]], L.y[links[i]]);
			ctx.lineTo(L.x[links[i + 1]], L.y[links[i + 1]]);
		}
		ctx.stroke();
		ctx.lineWidth = 1.5;
		for (let v = 0; v < L.nodeCount; v++) {
			const kind = L.kind[v];
			const x = L.x[v];
			const y = L.y[v];
			ctx.strokeStyle = pal.nodeStroke;
			ctx.fillStyle = pal.node;
			if (kind === K_SOURCE) {
				ctx.beginPath();
				ctx.arc(x, y, 18, 0, Math.PI * 2);
				ctx.fill();
				ctx.stroke();
			} else if (kind === K_EXIT) {
				ctx.fillRect(x - 14, y - 26, 28, 52);
				ctx.strokeRect(x - 14, y - 26, 28, 52);
			} else if (kind === K_ROUTER) {
				ctx.beginPath();
				ctx.moveTo(x, y - 12);
				ctx.lineTo(x + 12, y);
				ctx.lineTo(x, y + 12);
				ctx.lineTo(x - 12, y);
				ctx.closePath();
				ctx.fill();
				ctx.stroke();
			} else if (kind === K_DELAY) {
				ctx.beginPath();
				ctx.arc(x, y, 38, 0, Math.PI * 2);
				ctx.stroke();
			} else if (L.slots[v] > 0) {
				ctx.fillStyle = kind === K_SELF ? pal.kiosk : pal.node;
				ctx.fillRect(L.boxX[v], L.boxY[v], L.boxW[v], L.boxH[v]);
				ctx.strokeRect(L.boxX[v], L.boxY[v], L.boxW[v], L.boxH[v]);
				const onShift = R.onShift(v, t);
				const gap = L.slotGap[v];
				for (let s = 0; s < L.slots[v]; s++) {
					const busy = R.slots[v][s] >= 0;
					ctx.fillStyle = busy ? pal.slotBusy : s < onShift ? pal.slotIdle : pal.slotOff;
					ctx.fillRect(L.boxX[v] + 5, L.boxY[v] + 4 + s * gap + 1.5, L.boxW[v] - 10, gap - 3);
				}
			}
		}
	}
}
