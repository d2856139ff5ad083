// Time-weighted averages of a piecewise-constant quantity — the queue length, the number of
// busy servers — over simulated time: the average queue length is ∫ L(t) dt / T, not the mean
// of the values seen at events. The accumulator keeps the running integral, so each change
// costs O(1) and allocates nothing.

export class TimeWeighted {
	private startTime: number;
	private lastTime: number;
	private current: number;
	private area = 0;
	private peak: number;

	/** t: start time (minutes); value: the quantity's value from then on. */
	constructor(t = 0, value = 0) {
		this.startTime = t;
		this.lastTime = t;
		this.current = value;
		this.peak = value;
	}

	/** The quantity changes to newValue at time t (minutes, never earlier than the previous update). */
	update(t: number, newValue: number): void {
		if (t < this.lastTime) throw new RangeError(`TimeWeighted: time went backwards (${t} < ${this.lastTime})`);
		this.area += this.current * (t - this.lastTime);
		this.lastTime = t;
		this.current = newValue;
		if (newValue > this.peak) this.peak = newValue;
	}

	/**
	 * Forgets the history and starts integrating again at time t (e.g. the end of the warm-up),
	 * keeping the current value; the maximum restarts from it too.
	 */
	restart(t: number): void {
		this.update(t, this.current);
		this.startTime = t;
		this.area = 0;
		this.peak = this.current;
	}

	/** ∫ value dt from the start (construction or last restart) to untilT ≥ last update (value × minutes). */
	integral(untilT: number): number {
		if (untilT < this.lastTime) throw new RangeError(`TimeWeighted: ${untilT} is before the last update ${this.lastTime}`);
		return this.area + this.current * (untilT - this.lastTime);
	}

	/**
	 * Time average over [from, to]: integral(to)/(to − from). from must be the start of the
	 * integration (construction or last restart time) — the history before it is not kept.
	 * Returns the current value when to = from (an empty window).
	 */
	mean(from: number, to: number): number {
		if (from !== this.startTime) {
			throw new RangeError(`TimeWeighted: averaging must start at ${this.startTime} (the last restart), not ${from}`);
		}
		if (to === from) return this.current;
		return this.integral(to) / (to - from);
	}

	/** The current value. */
	get value(): number {
		return this.current;
	}

	/** Time the integration started (minutes). */
	get start(): number {
		return this.startTime;
	}

	/** Largest value held since the start. */
	get max(): number {
		return this.peak;
	}
}
