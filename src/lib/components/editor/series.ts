// Per-period values (arrival rates of a source, server counts of a station): read either form
// the scenario allows — one number for the day, or one per period — as a list, and write back.

import type { Arrivals, Staffing } from '$lib/sim';

export interface Series {
	periodMinutes: number;
	values: number[];
}

export const DEFAULT_PERIOD = 60;

/** How many periods of periodMinutes cover a day of `hours` (at least 1). */
export function periodsInDay(hours: number | undefined, periodMinutes: number): number {
	if (!hours || !(periodMinutes > 0)) return 1;
	return Math.max(1, Math.min(200, Math.ceil((hours * 60) / periodMinutes)));
}

export function staffingSeries(s: Staffing): Series {
	return typeof s === 'number' ? { periodMinutes: DEFAULT_PERIOD, values: [s] } : { periodMinutes: s.periodMinutes, values: [...s.count] };
}

/** A series as staffing: one number (constant), or a plan. */
export function toStaffing(series: Series, constant = series.values.length === 1): Staffing {
	return constant ? series.values[0] : { periodMinutes: series.periodMinutes, count: [...series.values] };
}

export function rateSeries(a: Extract<Arrivals, { type: 'poisson' }>): Series {
	return typeof a.ratePerHour === 'number'
		? { periodMinutes: a.periodMinutes ?? DEFAULT_PERIOD, values: [a.ratePerHour] }
		: { periodMinutes: a.periodMinutes ?? DEFAULT_PERIOD, values: [...a.ratePerHour] };
}

/** A series as Poisson arrivals: one rate (constant), or one per period. */
export function toPoisson(series: Series, constant = series.values.length === 1): Extract<Arrivals, { type: 'poisson' }> {
	return constant
		? { type: 'poisson', ratePerHour: series.values[0] }
		: { type: 'poisson', periodMinutes: series.periodMinutes, ratePerHour: [...series.values] };
}

/** The series with n values: cut, or padded by repeating the last (what the engine does after the list ends). */
export function resize(series: Series, n: number): Series {
	const values = series.values.slice(0, Math.max(1, n));
	while (values.length < n) values.push(values.at(-1) ?? 0);
	return { ...series, values };
}

export function setValue(series: Series, i: number, value: number): Series {
	const values = [...series.values];
	values[i] = value;
	return { ...series, values };
}

/** One value as every period's value, for `periods` periods (turning a single number into a plan). */
export function expand(series: Series, periods: number): Series {
	return series.values.length >= periods ? series : resize(series, periods);
}
