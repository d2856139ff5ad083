// The teaching animation's clock: which simulated day is shown, the simulated time, play and
// pause, speed (real time up to thousands of times faster), stepping event by event and
// scrubbing. The precise time advances every animation frame without touching Svelte's
// reactivity; `shown` follows it about ten times a second for the clock, charts and text.

import { Animator } from '$lib/teaching/animator';
import { C_GONE, OUT_ABANDON, OUT_BALK, OUT_SENT_HOME } from '$lib/teaching/replay';
import { stageLayout, type StageLayout } from '$lib/teaching/stage-layout';
import type { TracedDay } from '$lib/teaching/session';

export const SPEEDS = [1, 10, 60, 300, 1000, 3000] as const;
const UI_EVERY_MS = 100;

export interface StationNow {
	node: number;
	name: string;
	waiting: number;
	busy: number;
	servers: number;
}

export class Player {
	day = $state.raw<TracedDay | null>(null);
	layout = $state.raw<StageLayout | null>(null);
	animator: Animator | null = null;
	playing = $state(false);
	speedIndex = $state(2);
	/** The time shown by the clock, charts and text (follows `t`, throttled). */
	shown = $state(0);
	/** +1 on every new day, so views can reset. */
	generation = $state(0);
	/** Precise simulated time, minutes since opening. */
	t = 0;
	#lastUi = 0;

	get speed(): number {
		return SPEEDS[this.speedIndex];
	}

	get end(): number {
		return this.day?.replay.endTime ?? 0;
	}

	/** Shows a new day from opening. */
	load(day: TracedDay, autoplay: boolean): void {
		const layout = stageLayout(day.scenario, day.model);
		const ids = day.model.nodeIds;
		const links = day.scenario.links
			.map((l) => ({ from: ids.indexOf(l.from), to: ids.indexOf(l.to) }))
			.filter((l) => l.from >= 0 && l.to >= 0);
		this.animator = new Animator(day.replay, layout, links);
		this.layout = layout;
		this.day = day;
		this.t = 0;
		this.shown = 0;
		this.playing = autoplay;
		this.generation++;
	}

	/** Advances the clock by dt real seconds (while playing); called once per animation frame. */
	tick(dt: number, now: number): void {
		if (this.playing && this.day) {
			this.t += (dt * this.speed) / 60;
			if (this.t >= this.end) {
				this.t = this.end;
				this.playing = false;
				this.shown = this.t;
			}
		}
		if (now - this.#lastUi >= UI_EVERY_MS && this.shown !== this.t) {
			this.#lastUi = now;
			this.shown = this.t;
		}
	}

	/** Simulated minutes a departing customer stays visible: about a second of real time, within limits. */
	get fade(): number {
		return Math.min(8, Math.max(0.03, (this.speed * 1.2) / 60));
	}

	play(): void {
		if (!this.day) return;
		if (this.t >= this.end) this.seek(0);
		this.playing = true;
	}

	pause(): void {
		this.playing = false;
		this.shown = this.t;
	}

	toggle(): void {
		if (this.playing) this.pause();
		else this.play();
	}

	seek(t: number): void {
		this.t = Math.min(this.end, Math.max(0, t));
		this.shown = this.t;
		this.animator?.snap();
	}

	/** Pauses and moves to the next event of the trace. */
	stepForward(): void {
		if (!this.day) return;
		this.pause();
		const r = this.day.replay;
		r.seek(this.t);
		const next = r.nextEventTime();
		if (Number.isFinite(next)) {
			this.t = next;
			this.shown = next;
		}
	}

	/** Pauses and moves back to the previous event time. */
	stepBack(): void {
		if (!this.day) return;
		this.pause();
		const r = this.day.replay;
		r.seek(this.t);
		this.seek(r.previousEventTime());
	}

	faster(): void {
		this.speedIndex = Math.min(SPEEDS.length - 1, this.speedIndex + 1);
	}

	slower(): void {
		this.speedIndex = Math.max(0, this.speedIndex - 1);
	}

	/** Each service point at time t: waiting, busy, on shift. */
	stationsAt(t: number): StationNow[] {
		const day = this.day;
		if (!day) return [];
		const r = day.replay;
		r.seek(t);
		const out: StationNow[] = [];
		for (let v = 0; v < day.model.nodeCount; v++) {
			if (day.model.nodeResource[v] < 0) continue;
			out.push({
				node: v,
				name: day.model.nodeNames[v],
				waiting: r.queueLen[v],
				busy: r.busy[v],
				servers: Math.max(r.onShift(v, t), r.busy[v])
			});
		}
		return out;
	}

	/** Customers who gave up (abandoned, turned away or sent home) by time t. */
	gaveUpBy(t: number): number {
		const day = this.day;
		if (!day) return 0;
		const r = day.replay;
		r.seek(t);
		let n = 0;
		for (let c = 0; c < r.arrived; c++) {
			if (r.state[c] !== C_GONE) continue;
			const o = r.outcome[c];
			if (o === OUT_ABANDON || o === OUT_BALK || o === OUT_SENT_HOME) n++;
		}
		return n;
	}
}
