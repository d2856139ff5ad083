// Arrival generation for a source: Poisson with a rate per period, renewal with any
// inter-arrival distribution, or a replayed trace of times.
//
// Time-varying Poisson arrivals are exact across period boundaries: an exponential gap
// drawn at the current rate that would cross into the next period is discarded and a new
// gap is drawn from the boundary at the new rate. By memorylessness this is the exact
// non-homogeneous Poisson process with a piecewise-constant rate (validation.md: the trap).

import type { Stream } from '../random/stream';
import { ARRIVALS_POISSON, ARRIVALS_RENEWAL, type CompiledSource } from '../core/model';

export class SourceState {
	/** Poisson: the period the last arrival fell in. Trace: index of the next time. */
	cursor = 0;
	/** Customers created so far (their ordinal numbers). */
	created = 0;

	reset(): void {
		this.cursor = 0;
		this.created = 0;
	}
}

/** The next arrival after time t (minutes), or Infinity when the source has no more arrivals. */
export function nextArrival(src: CompiledSource, state: SourceState, stream: Stream, t: number): number {
	if (src.type === ARRIVALS_POISSON) {
		const rates = src.ratePerMinute;
		const last = rates.length - 1;
		const period = src.periodMinutes;
		let p = state.cursor;
		for (;;) {
			const rate = rates[p];
			const boundary = p < last ? (p + 1) * period : Infinity;
			if (rate > 0) {
				const next = t - Math.log(stream.next()) / rate;
				if (next < boundary) {
					state.cursor = p;
					return next;
				}
			}
			if (p === last) return Infinity;
			t = boundary;
			p++;
		}
	}
	if (src.type === ARRIVALS_RENEWAL) return t + src.interarrival!.quantile(stream.next());
	const i = state.cursor;
	if (i >= src.times.length) return Infinity;
	state.cursor = i + 1;
	return src.times[i];
}
