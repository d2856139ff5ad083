import { describe, expect, it } from 'vitest';
import { compileScenario } from '$lib/sim';
import { LESSONS } from './lessons';
import { lineCapacity, lineSpot, slotSpot, stageLayout, WORLD_W } from './stage-layout';

describe('stage layout', () => {
	for (const lesson of LESSONS) {
		it(`keeps ${lesson.id} on the board, lines clear of their server box`, () => {
			for (const p of [lesson.defaults, { ...lesson.defaults, servers: lesson.sliders.find((s) => s.key === 'servers')?.max ?? 2 }]) {
				const s = lesson.build(p);
				const L = stageLayout(s, compileScenario(s));
				const spot = { x: 0, y: 0 };
				for (let v = 0; v < L.nodeCount; v++) {
					expect(L.x[v]).toBeGreaterThanOrEqual(0);
					expect(L.x[v]).toBeLessThanOrEqual(WORLD_W);
					expect(L.y[v]).toBeGreaterThanOrEqual(0);
					expect(L.y[v]).toBeLessThanOrEqual(L.height);
					if (L.slots[v] === 0) continue;
					for (let k = 0; k < L.slots[v]; k++) {
						slotSpot(L, v, k, spot);
						expect(spot.y).toBeGreaterThan(L.boxY[v]);
						expect(spot.y).toBeLessThan(L.boxY[v] + L.boxH[v]);
					}
					lineSpot(L, v, lineCapacity(L, v) - 1, spot);
					expect(spot.x).toBeLessThan(L.boxX[v]);
					expect(spot.x).toBeGreaterThan(0);
				}
			}
		});
	}
});
