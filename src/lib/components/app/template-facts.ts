// The few facts a template card shows: opening hours, customers a day and steps in the flow.

import type { Scenario } from '$lib/sim';

export interface TemplateFacts {
	hours: number;
	open: string;
	/** Expected arrivals per day, rounded to tens. */
	customers: number;
	/** Nodes where customers are served (stations and self-service). */
	steps: number;
}

/** Expected arrivals over the open hours of a day-mode scenario (Poisson sources only). */
export function expectedArrivals(s: Scenario): number {
	const hours = s.run.hours ?? 8;
	let total = 0;
	for (const n of s.nodes) {
		if (n.kind !== 'source' || n.arrivals.type !== 'poisson') continue;
		const period = (n.arrivals.periodMinutes ?? 60) / 60;
		const rates = Array.isArray(n.arrivals.ratePerHour) ? n.arrivals.ratePerHour : [n.arrivals.ratePerHour];
		const periods = Math.ceil(hours / period);
		for (let p = 0; p < periods; p++) total += (rates[Math.min(p, rates.length - 1)] ?? 0) * Math.min(period, hours - p * period);
	}
	return total;
}

export function templateFacts(s: Scenario): TemplateFacts {
	return {
		hours: s.run.hours ?? 8,
		open: s.run.open ?? '09:00',
		customers: Math.round(expectedArrivals(s) / 10) * 10,
		steps: s.nodes.filter((n) => n.kind === 'station' || n.kind === 'self-service').length
	};
}
