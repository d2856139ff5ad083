// Run settings that relate to each other: settings of the other run mode are ignored (and said
// so), and the horizon — how long arrivals can come — is derived here for the demand checks.

import { MAX_HOURS, MAX_PERIODS, MAX_RUN_MINUTES } from './validate-limits';
import type { Report } from './validate-report';
import { bound } from './validate-spec';
import { at, finite, fmt, own, type Obj } from './validate-text';

export function checkRun(run: Obj, path: string, report: Report): void {
	const mode = own(run, 'mode');
	const warmup = finite(own(run, 'warmup'));
	const length = finite(own(run, 'length'));
	if (
		mode === 'steady' &&
		warmup !== undefined &&
		length !== undefined &&
		warmup >= 0 &&
		length > 0 &&
		warmup <= MAX_RUN_MINUTES &&
		length <= MAX_RUN_MINUTES &&
		warmup + length > MAX_RUN_MINUTES
	)
		report.error(
			at(path, 'length'),
			`with "warmup" makes a run of ${bound(warmup + length)} minutes; warm-up and length together may be at most ${bound(MAX_RUN_MINUTES)} minutes — shorten one of them`,
			'run.tooLong',
			{ minutes: bound(warmup + length), max: bound(MAX_RUN_MINUTES) }
		);
	if (mode === 'steady' && own(run, 'hours') !== undefined)
		report.warn(
			at(path, 'hours'),
			'is ignored in steady mode (the run lasts "warmup" + "length" minutes) — remove it, or set "mode": "day"',
			'run.ignoredInSteady'
		);
	if (mode === 'day') {
		for (const key of ['warmup', 'length'] as const) {
			const v = finite(own(run, key));
			if (v !== undefined && v !== 0)
				report.warn(
					at(path, key),
					`is ignored in day mode (the day lasts "hours") — remove it, or set "mode": "steady"`,
					'run.ignoredInDay',
					{ key }
				);
		}
	}
}

/**
 * Minutes during which customers can arrive: the opening hours in day mode, warm-up plus length
 * in steady mode; undefined when the run settings are not usable.
 */
export function arrivalHorizon(run: unknown): { minutes: number; mode: 'day' | 'steady' } | undefined {
	const mode = own(run, 'mode');
	if (mode === 'day') {
		const hours = finite(own(run, 'hours'));
		return hours !== undefined && hours > 0 && hours <= MAX_HOURS ? { minutes: hours * 60, mode } : undefined;
	}
	if (mode === 'steady') {
		const length = finite(own(run, 'length'));
		const warmup = finite(own(run, 'warmup')) ?? 0;
		return length !== undefined && length > 0 && warmup >= 0 && warmup + length <= MAX_RUN_MINUTES
			? { minutes: warmup + length, mode }
			: undefined;
	}
	return undefined;
}

/** "8 hours" or "90 minutes", for messages about the length of the day. */
export function spanText(minutes: number): string {
	if (minutes === 60) return '1 hour';
	return minutes % 60 === 0 ? `${fmt(minutes / 60)} hours` : `${fmt(minutes)} minutes`;
}

/**
 * Day mode: results are kept per period of at most 60 minutes, and a source whose rates change
 * every `periodMinutes` makes the periods that short. Refuses a day of more than MAX_PERIODS
 * periods (e.g. 0.1-minute periods over 8 hours), which would not fit in memory or on a chart.
 */
export function checkPeriodCount(arrivals: unknown, path: string, dayMinutes: number, report: Report): void {
	if (own(arrivals, 'type') !== 'poisson') return;
	const rates = own(arrivals, 'ratePerHour');
	const period = finite(own(arrivals, 'periodMinutes'));
	if (!Array.isArray(rates) || rates.length < 2 || period === undefined || period <= 0) return;
	const periods = Math.ceil(dayMinutes / Math.min(60, period) - 1e-9);
	if (periods > MAX_PERIODS) {
		const shortest = Math.ceil((dayMinutes / MAX_PERIODS) * 1000) / 1000;
		report.error(
			at(path, 'periodMinutes'),
			`makes ${Number.isFinite(periods) ? bound(periods) : 'endless'} periods in a day of ${spanText(dayMinutes)}; at most ${bound(MAX_PERIODS)} are allowed — use periods of at least ${fmt(shortest)} minutes`,
			'run.tooManyPeriods',
			{ periods: Number.isFinite(periods) ? bound(periods) : '∞', max: bound(MAX_PERIODS), shortest: fmt(shortest) }
		);
	}
}
