// The imported log as a scenario: one source with the observed arrival rate per period, the
// segments with their observed shares and patience, one staffed station with the chosen
// service-time distribution and the counters observed in use per period, and an exit. The
// assumptions are written into the scenario's description, so they travel with the file.

import type { Distribution, Scenario, Segment } from '../sim/model/scenario';
import { clockLabel } from './datetime';
import type { LogAnalysis } from './analyse';

export interface BuildChoices {
	name: string;
	/** The service-time distribution chosen (a fit or the empirical one). */
	service: Distribution;
	/** How it was chosen, for the description ("gamma, MLE, AIC best of 7"). */
	serviceNote?: string;
	/** Rates of one weekday (0 = Monday), or null/undefined for the mean over all days. */
	weekday?: number | null;
	/** Use the patience estimate (default true when there is one). */
	patience?: boolean;
	/** Servers when the log cannot tell (default: enough for 85 % utilisation at the busiest period). */
	servers?: number;
	/** The file the log came from (for the description). */
	source?: string;
	replications?: number;
	seed?: number;
}

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

function segmentId(name: string, i: number, taken: Set<string>): string {
	let id = name
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	if (!id || taken.has(id)) id = `segment-${i + 1}`;
	taken.add(id);
	return id;
}

function mean(d: Distribution): number {
	switch (d.dist) {
		case 'deterministic':
			return d.value;
		case 'uniform':
			return (d.min + d.max) / 2;
		case 'triangular':
			return (d.min + d.mode + d.max) / 3;
		case 'empirical':
			return d.values.reduce((a, b) => a + b, 0) / d.values.length;
		default:
			return d.mean;
	}
}

/** Rounds shares to 4 decimals so that they still add up to exactly 1. */
function roundedShares(xs: number[]): number[] {
	const r = xs.map((x) => Math.round(x * 1e4) / 1e4);
	const diff = Math.round((1 - r.reduce((a, b) => a + b, 0)) * 1e4) / 1e4;
	const k = r.indexOf(Math.max(...r));
	r[k] = Math.round((r[k] + diff) * 1e4) / 1e4;
	return r;
}

function describeDist(d: Distribution): string {
	switch (d.dist) {
		case 'exponential':
			return `exponential, mean ${d.mean} min`;
		case 'erlang':
			return `Erlang, mean ${d.mean} min, k = ${d.k}`;
		case 'lognormal':
		case 'gamma':
		case 'weibull':
			return `${d.dist}, mean ${d.mean} min, cv ${d.cv}`;
		case 'empirical':
			return `the observed times as they are (${d.values.length} values)`;
		case 'uniform':
			return `uniform ${d.min}–${d.max} min`;
		case 'triangular':
			return `triangular ${d.min} / ${d.mode} / ${d.max} min`;
		default:
			return d.dist;
	}
}

export function buildScenario(a: LogAnalysis, c: BuildChoices): Scenario {
	const wd = c.weekday ?? null;
	const weekdayRates = wd === null ? null : (a.weekdays.find((w) => w.weekday === wd) ?? null);
	const rates = (weekdayRates?.ratePerHour ?? a.periods.map((p) => p.ratePerHour)).map((r) => Math.round(r * 100) / 100);
	const usePatience = (c.patience ?? true) && a.patience.mean !== null;
	const patience: Distribution | null = usePatience ? { dist: 'exponential', mean: Number(a.patience.mean!.toPrecision(4)) } : null;
	const taken = new Set<string>();
	const segRows = a.segments.length ? a.segments : [{ name: 'Customers', count: a.records, share: 1 }];
	const sh = roundedShares(segRows.map((s) => s.share));
	const segments: Segment[] = segRows.map((s, i) => ({
		id: segmentId(s.name, i, taken),
		name: s.name,
		share: sh[i],
		patience
	}));
	const serviceMean = mean(c.service);
	const observedServers = a.periods.map((p) => p.servers);
	let servers: number | { periodMinutes: number; count: number[] };
	let staffingNote: string;
	if (observedServers.every((s) => s !== null)) {
		const count = observedServers.map((s, k) => Math.max(a.periods[k].arrivals > 0 ? 1 : 0, s!));
		servers = count.every((x) => x === count[0]) ? count[0] : { periodMinutes: a.periodMinutes, count };
		if (count.every((x) => x === 0)) servers = 1;
		staffingNote =
			a.staffingFrom === 'counters'
				? `Servers per period: the counters that started services in that period, mean over the days (${a.counters.length} counters in the log).`
				: 'Servers per period: the most services going on at once in that period, mean over the days (the log names no counters).';
	} else {
		const peak = Math.max(...rates);
		servers = c.servers ?? Math.max(1, Math.ceil((peak * serviceMean) / 60 / 0.85));
		staffingNote = c.servers
			? `Servers: ${servers}, as given (the log does not show counters in use).`
			: `Servers: ${servers}, enough for 85 % utilisation at the busiest period (the log does not show counters in use) — check this.`;
	}
	const days = a.dayLabels.filter(Boolean);
	const lines = [
		`Imported from ${c.source ?? 'a log'}: ${a.records} visits${days.length ? ` on ${a.days} day${a.days === 1 ? '' : 's'} (${days[0]}${days.length > 1 ? ` to ${days[days.length - 1]}` : ''})` : ''}.`,
		`Opening hours from the first and last arrival: ${clockLabel(a.open)}–${clockLabel(a.close)}, in periods of ${a.periodMinutes} minutes.`,
		weekdayRates
			? `Arrivals: random (Poisson) at the mean rate per period of the ${weekdayRates.days} ${WEEKDAYS[weekdayRates.weekday]}s in the log (${weekdayRates.dailyMean.toFixed(0)} ± ${weekdayRates.dailySd.toFixed(0)} a day).`
			: `Arrivals: random (Poisson) at the mean rate per period over the ${Math.max(1, a.days)} day${a.days === 1 ? '' : 's'}${a.days > 1 ? ` (${(a.dailyArrivals.reduce((x, y) => x + y, 0) / a.days).toFixed(0)} ± ${a.dailySd.toFixed(0)} a day)` : ''}.`,
		a.segments.length
			? `Segments: the observed shares of ${a.segments.map((s) => s.name).join(', ')}.`
			: 'Segments: one (the log has no segment column).',
		`Service time: ${describeDist(c.service)}${c.serviceNote ? ` (${c.serviceNote})` : ''}, one queue for all counters.`,
		staffingNote,
		patience
			? `Patience: exponential, mean ${patience.mean} min — censored-exponential maximum likelihood (minutes waited by everyone ÷ ${a.patience.abandoned} abandoned tickets)${a.patience.byArrivalPeriodImputed ? `; ${a.patience.byArrivalPeriodImputed} abandoned tickets without a time were taken to have waited the mean wait of their period` : ''}.`
			: a.observed.abandoned
				? 'Patience: not modelled (no waits known for the abandoned tickets).'
				: 'Patience: nobody abandoned in the log, so customers never abandon in the model.',
		a.abandonInferred ? 'Abandoned: a ticket without a service start (the log has no abandoned column).' : '',
		'Satisfaction: the model defaults (docs/satisfaction.md) unless calibrated from a survey.'
	].filter(Boolean);
	const hours = (a.close - a.open) / 60;
	return {
		format: 'flowbench-scenario',
		version: 2,
		name: c.name,
		description: lines.join('\n'),
		run: { mode: 'day', open: clockLabel(a.open), hours, drain: true, replications: c.replications ?? 100, seed: c.seed ?? 1 },
		segments,
		nodes: [
			{
				id: 'arrivals',
				kind: 'source',
				name: 'Arrivals',
				position: { x: 0, y: 0 },
				arrivals:
					rates.length === 1
						? { type: 'poisson', ratePerHour: rates[0] }
						: { type: 'poisson', periodMinutes: a.periodMinutes, ratePerHour: rates }
			},
			{ id: 'counters', kind: 'station', name: 'Counters', position: { x: 240, y: 0 }, servers, service: c.service },
			{ id: 'exit', kind: 'exit', name: 'Leave', position: { x: 480, y: 0 } }
		],
		links: [
			{ from: 'arrivals', to: 'counters' },
			{ from: 'counters', to: 'exit' }
		],
		targets: { waitMinutes: a.targetWait }
	};
}
