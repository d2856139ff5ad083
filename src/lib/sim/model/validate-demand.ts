// Demand rules: a renewal source's time between arrivals must average more than 0, and a list
// of hourly rates is compared with the length of the day. Rules chosen: after the listed periods
// the LAST rate holds until closing (a warning says so); rates for periods after closing and
// trace times at or after closing are never used (warnings); a trace out of time order is
// replayed in time order (a warning, not an error: the file is not changed).

import { distributionMean } from './validate-distribution';
import type { Report } from './validate-report';
import { spanText } from './validate-run';
import { at, finite, fmt, item, own, type Obj } from './validate-text';

export function checkPoisson(a: Obj, path: string, report: Report): void {
	const rate = own(a, 'ratePerHour');
	const rates = Array.isArray(rate) ? rate : [rate];
	if (rates.length > 0 && rates.every((r) => r === 0))
		report.warn(at(path, 'ratePerHour'), 'is 0, so no customers arrive here — give the expected arrivals per hour', 'demand.zeroRate');
}

export function checkRenewal(a: Obj, path: string, report: Report): void {
	const mean = distributionMean(own(a, 'interarrival'));
	if (mean !== undefined && mean <= 0)
		report.error(
			at(path, 'interarrival'),
			'averages 0 minutes between arrivals, which would mean endless arrivals at one instant — use times that average more than 0',
			'demand.zeroInterarrival'
		);
}

export function checkTrace(a: Obj, path: string, report: Report): void {
	const times = own(a, 'times');
	if (!Array.isArray(times)) return;
	if (times.length === 0) {
		report.warn(
			at(path, 'times'),
			'is empty, so no customers arrive here — list the arrival times in minutes after opening',
			'demand.emptyTrace'
		);
		return;
	}
	let previous: number | undefined;
	let firstBad = -1;
	let bad = 0;
	let badValue = 0;
	let badPrevious = 0;
	for (let i = 0; i < times.length; i++) {
		const t = finite(times[i]);
		if (t === undefined) continue;
		if (previous !== undefined && t < previous) {
			if (firstBad < 0) {
				firstBad = i;
				badValue = t;
				badPrevious = previous;
			}
			bad++;
		}
		previous = t;
	}
	if (firstBad >= 0)
		report.warn(
			item(at(path, 'times'), firstBad),
			`is ${fmt(badValue)}, earlier than the time before it (${fmt(badPrevious)})${bad > 1 ? `, and ${bad - 1} more times are out of order` : ''}; Flowbench replays the times in time order — sort them from earliest to latest to make the file clearer`,
			'demand.traceOrder',
			{ value: fmt(badValue), previous: fmt(badPrevious), more: bad - 1 }
		);
}

/** Warns where a source's demand does not match the length of the run (see the rule above). */
export function checkDemandCoverage(
	arrivals: unknown,
	path: string,
	horizon: { minutes: number; mode: 'day' | 'steady' },
	report: Report
): void {
	const end = horizon.mode === 'day' ? `the doors close after ${spanText(horizon.minutes)}` : `the run lasts ${spanText(horizon.minutes)}`;
	const type = own(arrivals, 'type');
	if (type === 'poisson') {
		const rates = own(arrivals, 'ratePerHour');
		const period = finite(own(arrivals, 'periodMinutes'));
		if (!Array.isArray(rates) || rates.length === 0 || period === undefined || period <= 0) return;
		const covered = rates.length * period;
		const last = finite(rates[rates.length - 1]);
		const p = at(path, 'ratePerHour');
		if (covered < horizon.minutes - 1e-9 && last !== undefined)
			report.warn(
				p,
				`${rates.length === 1 ? 'the 1 rate covers' : `the ${rates.length} rates cover`} ${spanText(covered)} but ${end}; the last rate (${fmt(last)} per hour) holds for the rest — add rates if demand changes later`,
				'demand.ratesShort',
				{ count: rates.length, covered: fmt(covered), minutes: fmt(horizon.minutes), last: fmt(last) }
			);
		const used = Math.ceil(horizon.minutes / period - 1e-9);
		if (rates.length > used)
			report.warn(
				p,
				`only the first ${used} of the ${rates.length} rates are used because ${end} — remove the others or lengthen the run`,
				'demand.ratesUnused',
				{
					used,
					count: rates.length
				}
			);
	} else if (type === 'trace') {
		const times = own(arrivals, 'times');
		if (!Array.isArray(times)) return;
		let late = 0;
		let first = -1;
		for (let i = 0; i < times.length; i++) {
			const t = finite(times[i]);
			if (t !== undefined && t >= horizon.minutes) {
				if (first < 0) first = i;
				late++;
			}
		}
		if (late > 0)
			report.warn(
				item(at(path, 'times'), first),
				`${late} arrival time${late > 1 ? 's are' : ' is'} at or after minute ${fmt(horizon.minutes)}, when ${end}, and ${late > 1 ? 'are' : 'is'} ignored — lengthen the run or remove ${late > 1 ? 'them' : 'it'}`,
				'demand.traceLate',
				{ count: late, minute: fmt(horizon.minutes) }
			);
	}
}
