import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Stages } from './stages.svelte';

// Animation frames by hand: each frame() runs the callbacks requested before it.
let queue: Map<number, FrameRequestCallback>;
let nextId: number;
const saved = { raf: globalThis.requestAnimationFrame, caf: globalThis.cancelAnimationFrame };
function frame(): void {
	const due = [...queue.values()];
	queue.clear();
	for (const cb of due) cb(0);
}
const shown = (s: Stages<string>, n: number) => Array.from({ length: n }, (_, k) => s.at(k));

beforeEach(() => {
	queue = new Map();
	nextId = 1;
	globalThis.requestAnimationFrame = (cb) => {
		queue.set(nextId, cb);
		return nextId++;
	};
	globalThis.cancelAnimationFrame = (id) => void queue.delete(id);
});
afterEach(() => {
	globalThis.requestAnimationFrame = saved.raf;
	globalThis.cancelAnimationFrame = saved.caf;
});

describe('Stages', () => {
	it('leaves the first frame of a fresh mount to what is drawn at once, then one stage per frame', () => {
		const s = new Stages<string>(3);
		s.follow('a');
		expect(shown(s, 3)).toEqual([null, null, null]);
		expect(s.settled).toBe(false);
		frame(); // header and KPI cards only: their first layout
		expect(shown(s, 3)).toEqual([null, null, null]);
		frame();
		expect(shown(s, 3)).toEqual(['a', null, null]);
		frame();
		expect(shown(s, 3)).toEqual(['a', 'a', null]);
		expect(s.settled).toBe(false);
		frame();
		expect(shown(s, 3)).toEqual(['a', 'a', 'a']);
		expect(s.settled).toBe(true);
		expect(queue.size).toBe(0);
	});

	it('updates a drawn dashboard from the next frame on, without the extra frame', () => {
		const s = new Stages<string>(2);
		s.follow('a');
		for (let i = 0; i < 3; i++) frame();
		expect(s.settled).toBe(true);
		s.follow('b');
		expect(s.settled).toBe(false);
		frame();
		expect(shown(s, 2)).toEqual(['b', 'a']);
		frame();
		expect(shown(s, 2)).toEqual(['b', 'b']);
		expect(s.settled).toBe(true);
	});

	it('stops when told to, and a newer value takes over', () => {
		const s = new Stages<string>(2);
		const stop = s.follow('a');
		frame();
		stop();
		s.follow('b'); // stage 0 still empty: the new value also waits a frame
		frame();
		expect(shown(s, 2)).toEqual([null, null]);
		frame();
		frame();
		expect(shown(s, 2)).toEqual(['b', 'b']);
		expect(s.settled).toBe(true);
	});
});
