// What a log says about the service: arrival rates per period (per weekday when it covers
// several days, with the day-to-day spread), segment and channel shares, service times per
// counter and segment, observed waits, abandonment and a patience estimate, and the counters
// actually in use. Pure TS.

import { exponentialPatience, type PatienceEstimate } from '../sim/fit/patience';
import { dayLabel, weekday } from './datetime';
import type { LogRecord, ReadRecords } from './records';

export interface AnalyseOptions {
	/** Length of a period, minutes (default 60). */
	periodMinutes?: number;
	/** Target wait for the observed service level, minutes (default 10). */
	targetWait?: number;
	/** Opening and closing (minutes since midnight) to use instead of the first and last arrival's periods. */
	open?: number;
	close?: number;
}

export interface PeriodObserved {
	/** Minutes since midnight. */
	start: number;
	end: number;
	/** Arrivals per hour, mean over the days of the log, and its day-to-day standard deviation. */
	ratePerHour: number;
	rateSd: number;
	/** Arrivals in this period over all days. */
	arrivals: number;
	/** Mean wait (minutes) of the arrivals whose wait is known (served, and abandoned with a time); null without any. */
	waitMean: number | null;
	/** Share of arrivals who abandoned. */
	abandonment: number;
	/** Share of arrivals served with a wait within the target; null when waits are unknown. */
	serviceLevel: number | null;
	/** Counters in use (mean over days, rounded); null when the log cannot tell. */
	servers: number | null;
}

export interface ShareRow {
	name: string;
	count: number;
	share: number;
}

export interface WeekdayRates {
	/** 0 = Monday … 6 = Sunday. */
	weekday: number;
	days: number;
	/** Arrivals per day: mean and standard deviation across these days. */
	dailyMean: number;
	dailySd: number;
	ratePerHour: number[];
}

export interface LogAnalysis {
	records: number;
	/** Distinct days in the log, their labels (YYYY-MM-DD, or "" for a log of times only) and arrivals. */
	days: number;
	dayLabels: string[];
	dailyArrivals: number[];
	dailySd: number;
	/** Opening and closing, minutes since midnight, on period boundaries. */
	open: number;
	close: number;
	periodMinutes: number;
	targetWait: number;
	periods: PeriodObserved[];
	weekdays: WeekdayRates[];
	segments: ShareRow[];
	channels: ShareRow[];
	counters: string[];
	/** Service minutes: all, per segment, per counter. */
	service: { all: number[]; bySegment: Record<string, number[]>; byCounter: Record<string, number[]> };
	/** Over the whole log. */
	observed: {
		arrivals: number;
		abandoned: number;
		abandonment: number;
		waitMean: number | null;
		serviceLevel: number | null;
		waitsKnown: number;
	};
	patience: PatienceEstimate & { byArrivalPeriodImputed: number };
	/** Where the staffing came from: distinct counters serving, simultaneous services, or nothing. */
	staffingFrom: 'counters' | 'concurrency' | null;
	abandonInferred: boolean;
}

function sd(xs: number[]): number {
	if (xs.length < 2) return 0;
	const m = xs.reduce((a, b) => a + b, 0) / xs.length;
	return Math.sqrt(xs.reduce((a, b) => a + (b - m) ** 2, 0) / (xs.length - 1));
}

function shares(values: (string | undefined)[]): ShareRow[] {
	const counts = new Map<string, number>();
	let n = 0;
	for (const v of values) {
		if (v === undefined) continue;
		counts.set(v, (counts.get(v) ?? 0) + 1);
		n++;
	}
	return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([name, count]) => ({ name, count, share: count / n }));
}

export function analyseLog(read: ReadRecords, options: AnalyseOptions = {}): LogAnalysis {
	const P = options.periodMinutes ?? 60;
	const target = options.targetWait ?? 10;
	const recs = read.records;
	const dayIds = [...new Set(recs.map((r) => r.day))].sort((a, b) => a - b);
	const D = Math.max(1, dayIds.length);
	const dayIndex = new Map(dayIds.map((d, i) => [d, i]));
	let earliest = Infinity;
	let latest = -Infinity;
	for (const r of recs) {
		earliest = Math.min(earliest, r.arrive);
		latest = Math.max(latest, r.arrive);
	}
	if (!recs.length) earliest = latest = 0;
	const open = options.open ?? Math.floor(earliest / P) * P;
	const close = options.close ?? Math.max(open + P, Math.floor(latest / P) * P + P);
	const K = Math.round((close - open) / P);
	const perDay = Array.from({ length: D }, () => new Float64Array(K));
	const byPeriod: LogRecord[][] = Array.from({ length: K }, () => []);
	for (const r of recs) {
		const k = Math.max(0, Math.min(K - 1, Math.floor((r.arrive - open) / P)));
		perDay[dayIndex.get(r.day)!][k]++;
		byPeriod[k].push(r);
	}
	const dailyArrivals = perDay.map((row) => row.reduce((a, b) => a + b, 0));

	// counters in use per period and day: distinct counters with a service overlapping it, or
	// else the most services going on at once
	const hasCounters = recs.some((r) => r.counter !== undefined && r.start !== undefined);
	const hasIntervals = recs.some((r) => r.start !== undefined && (r.end !== undefined || r.service !== undefined));
	const staffingFrom: LogAnalysis['staffingFrom'] = hasCounters ? 'counters' : hasIntervals ? 'concurrency' : null;
	const servers: (number | null)[] = new Array(K).fill(null);
	if (staffingFrom) {
		const busy = Array.from({ length: D }, () =>
			Array.from({ length: K }, () => (staffingFrom === 'counters' ? new Set<string>() : ([] as [number, number][])))
		);
		for (const r of recs) {
			if (r.start === undefined || r.abandoned) continue;
			const end = r.end ?? r.start + (r.service ?? 0);
			// counters: those starting a service in the period (a service running on past a shift
			// change is not a counter on shift); concurrency: every period the service overlaps
			const k0 = Math.max(0, Math.min(K - 1, Math.floor((r.start - open) / P)));
			const k1 = staffingFrom === 'counters' ? k0 : Math.min(K - 1, Math.floor((Math.max(r.start, end - 1e-9) - open) / P));
			for (let k = k0; k <= k1; k++) {
				const cell = busy[dayIndex.get(r.day)!][k];
				if (cell instanceof Set) cell.add(r.counter ?? '?');
				else cell.push([r.start, end]);
			}
		}
		for (let k = 0; k < K; k++) {
			let total = 0;
			for (let d = 0; d < D; d++) {
				const cell = busy[d][k];
				if (cell instanceof Set) total += cell.size;
				else {
					// most services at once, within the period
					const ev: [number, number][] = [];
					for (const [s, e] of cell) {
						ev.push([Math.max(s, open + k * P), 1]);
						ev.push([Math.min(e, open + (k + 1) * P), -1]);
					}
					ev.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
					let cur = 0;
					let most = 0;
					for (const [, dv] of ev) {
						cur += dv;
						most = Math.max(most, cur);
					}
					total += most;
				}
			}
			servers[k] = Math.round(total / D);
		}
	}

	const known = (r: LogRecord) => r.wait !== undefined;
	const periods: PeriodObserved[] = byPeriod.map((rs, k) => {
		const waits = rs.filter(known).map((r) => r.wait!);
		const rates = perDay.map((row) => (row[k] * 60) / P);
		const served = rs.filter((r) => !r.abandoned);
		return {
			start: open + k * P,
			end: open + (k + 1) * P,
			ratePerHour: rates.reduce((a, b) => a + b, 0) / D,
			rateSd: sd(rates),
			arrivals: rs.length,
			waitMean: waits.length ? waits.reduce((a, b) => a + b, 0) / waits.length : null,
			abandonment: rs.length ? rs.filter((r) => r.abandoned).length / rs.length : 0,
			serviceLevel:
				served.some(known) && rs.length ? served.filter((r) => r.wait !== undefined && r.wait <= target).length / rs.length : null,
			servers: servers[k]
		};
	});

	// weekdays (only for dated logs of several days)
	const weekdays: WeekdayRates[] = [];
	if (read.firstDay !== null && D > 1) {
		const groups = new Map<number, number[]>();
		dayIds.forEach((d, i) => {
			const w = weekday(read.firstDay! + d);
			groups.set(w, [...(groups.get(w) ?? []), i]);
		});
		for (const [w, idx] of [...groups.entries()].sort((a, b) => a[0] - b[0])) {
			const totals = idx.map((i) => dailyArrivals[i]);
			weekdays.push({
				weekday: w,
				days: idx.length,
				dailyMean: totals.reduce((a, b) => a + b, 0) / idx.length,
				dailySd: sd(totals),
				ratePerHour: Array.from({ length: K }, (_, k) => (idx.reduce((a, i) => a + perDay[i][k], 0) * 60) / P / idx.length)
			});
		}
	}

	const service = { all: [] as number[], bySegment: {} as Record<string, number[]>, byCounter: {} as Record<string, number[]> };
	for (const r of recs) {
		if (r.service === undefined || r.abandoned) continue;
		service.all.push(r.service);
		if (r.segment !== undefined) (service.bySegment[r.segment] ??= []).push(r.service);
		if (r.counter !== undefined) (service.byCounter[r.counter] ??= []).push(r.service);
	}

	// patience: censored-exponential MLE; an abandoned ticket without a time is taken to have
	// waited as long as the mean known wait of its arrival period
	const pw: number[] = [];
	const pa: boolean[] = [];
	let imputed = 0;
	byPeriod.forEach((rs, k) => {
		for (const r of rs) {
			if (r.wait !== undefined) {
				pw.push(r.wait);
				pa.push(r.abandoned);
			} else if (r.abandoned && periods[k].waitMean !== null) {
				pw.push(periods[k].waitMean!);
				pa.push(true);
				imputed++;
			}
		}
	});
	const allWaits = recs.filter(known).map((r) => r.wait!);
	const abandoned = recs.filter((r) => r.abandoned).length;
	const servedKnown = recs.some((r) => !r.abandoned && known(r));
	return {
		records: recs.length,
		days: dayIds.length,
		dayLabels: dayIds.map((d) => (read.firstDay === null ? '' : dayLabel(read.firstDay + d))),
		dailyArrivals,
		dailySd: sd(dailyArrivals),
		open,
		close,
		periodMinutes: P,
		targetWait: target,
		periods,
		weekdays,
		segments: shares(recs.map((r) => r.segment)),
		channels: shares(recs.map((r) => r.channel)),
		counters: [...new Set(recs.map((r) => r.counter).filter((c): c is string => c !== undefined))].sort(),
		service,
		observed: {
			arrivals: recs.length,
			abandoned,
			abandonment: recs.length ? abandoned / recs.length : 0,
			waitMean: allWaits.length ? allWaits.reduce((a, b) => a + b, 0) / allWaits.length : null,
			serviceLevel:
				servedKnown && recs.length
					? recs.filter((r) => !r.abandoned && r.wait !== undefined && r.wait <= target).length / recs.length
					: null,
			waitsKnown: allWaits.length
		},
		patience: { ...exponentialPatience(pw, pa), byArrivalPeriodImputed: imputed },
		staffingFrom,
		abandonInferred: read.abandonInferred
	};
}
