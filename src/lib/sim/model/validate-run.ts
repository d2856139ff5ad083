// Run settings that relate to each other: settings of the other run mode are ignored (and said
// so), and the horizon — how long arrivals can come — is derived here for the demand checks.

import type { Report } from './validate-report';
import { at, finite, fmt, own, type Obj } from './validate-text';

export function checkRun(run: Obj, path: string, report: Report): void {
	const mode = own(run, 'mode');
	if (mode === 'steady' && own(run, 'hours') !== undefined)
		report.warn(at(path, 'hours'), 'is ignored in steady mode (the run lasts "warmup" + "length" minutes) — remove it, or set "mode": "day"');
	if (mode === 'day') {
		for (const key of ['warmup', 'length'] as const) {
			const v = finite(own(run, key));
			if (v !== undefined && v !== 0)
				report.warn(at(path, key), `is ignored in day mode (the day lasts "hours") — remove it, or set "mode": "steady"`);
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
		return hours !== undefined && hours > 0 ? { minutes: hours * 60, mode } : undefined;
	}
	if (mode === 'steady') {
		const length = finite(own(run, 'length'));
		const warmup = finite(own(run, 'warmup')) ?? 0;
		return length !== undefined && length > 0 && warmup >= 0 ? { minutes: warmup + length, mode } : undefined;
	}
	return undefined;
}

/** "8 hours" or "90 minutes", for messages about the length of the day. */
export function spanText(minutes: number): string {
	if (minutes === 60) return '1 hour';
	return minutes % 60 === 0 ? `${fmt(minutes / 60)} hours` : `${fmt(minutes)} minutes`;
}
