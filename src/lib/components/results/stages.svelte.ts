// Drawing a large result in stages, one frame apart, so no single task blocks the page for long
// (the goal: none over 50 ms, bench/browser.mjs): stage 0 takes each new value at once (a frame
// later when the dashboard is mounted from nothing, see `follow`), stage k k frames after it. A dashboard puts the KPI cards in stage 0 and each chart and table in a stage
// of its own; each follows new results (partial ones too) the same way.

export class Stages<T> {
	readonly #cells: { value: T | null }[];
	#latest = $state.raw<T | null>(null);

	constructor(count: number) {
		this.#cells = Array.from({ length: count }, () => {
			let value = $state.raw<T | null>(null);
			return {
				get value() {
					return value;
				},
				set value(v) {
					value = v;
				}
			};
		});
	}

	/** True once the last stage shows the latest value (for aria-busy, and tests reading the page). */
	get settled(): boolean {
		return this.#cells[this.#cells.length - 1].value === this.#latest;
	}

	/** What stage k shows now (null until the first value reaches it). */
	at(k: number): T | null {
		return this.#cells[k].value;
	}

	/**
	 * Passes `value` down the stages, one per animation frame; returns a function that stops.
	 * While no stage shows anything yet (a dashboard just mounted, e.g. by a run's first partial
	 * result, often while the workers still fill both cores), the first frame is left to the part
	 * drawn at once (header and KPI cards: their first style and layout) and stage 0 comes a frame
	 * later, so that first layout and the first chart are not one long task.
	 */
	follow(value: T): () => void {
		this.#latest = value;
		const cells = this.#cells;
		let k = cells[0].value === null ? -1 : 0;
		let frame = requestAnimationFrame(function next(this: void) {
			if (k >= 0) cells[k].value = value;
			k++;
			if (k < cells.length) frame = requestAnimationFrame(next);
		});
		return () => cancelAnimationFrame(frame);
	}
}
