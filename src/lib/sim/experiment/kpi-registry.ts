// What each KPI the results carry IS, in one place: its unit, which direction is better, where
// it is reported (scopes) and the message key of its name. Tables, charts, CSV, the comparison,
// its verdict and the report read these instead of keeping their own lists. Which KPIs a scope
// reports, and in which order, is ./kpis.ts (the column order of the per-replication tables);
// how each is measured is ./measure.ts and docs/design.md#statistics.

import {
	APPOINTMENT_KPIS,
	CALLBACK_KPIS,
	GROUP_KPIS,
	STATION_KPIS,
	STATION_PERIOD_KPIS,
	type AppointmentKpi,
	type CallbackKpi,
	type GroupKpi,
	type StationKpi
} from './kpis';
import type { KpiValue } from './results';

/** How a KPI is measured and shown: minutes, share 0–1 (shown as %), count, per hour, money, servers, score (NPS, −100…100), ratio (per arrival). */
export type KpiUnit = 'minutes' | 'share' | 'count' | 'perHour' | 'money' | 'servers' | 'score' | 'ratio';

/** Which way a change is an improvement; neutral: neither (more customers, more servers). */
export type KpiBetter = 'lower' | 'higher' | 'neutral';

/**
 * Where a KPI is reported: `overall`, `segments`, `periods` (of arrival), `stations`, `stationPeriods`
 * in the results; format v2: `appointments` (per appointments node), `callbacks` (per station with a virtual queue).
 */
export type KpiScope = 'overall' | 'segment' | 'period' | 'station' | 'stationPeriod' | 'appointment' | 'callback';

export type KpiId = GroupKpi | StationKpi | AppointmentKpi | CallbackKpi;

export interface KpiDefinition {
	id: KpiId;
	unit: KpiUnit;
	better: KpiBetter;
	/** Scopes that report it, from the lists in ./kpis.ts. */
	scopes: readonly KpiScope[];
	/** Message key of its name in the interface ("results.kpi.<id>"). */
	labelKey: string;
	/** One line in English: what it measures (docs, the CLI). */
	description: string;
}

const DEFINITIONS: Record<KpiId, { unit: KpiUnit; better: KpiBetter; description: string }> = {
	arrivals: { unit: 'count', better: 'neutral', description: 'customers arriving (per replication)' },
	waitMean: { unit: 'minutes', better: 'lower', description: 'mean time waiting in queues per customer, zero waits included' },
	waitP90: { unit: 'minutes', better: 'lower', description: '90th percentile of the time waiting in queues' },
	probWait: { unit: 'share', better: 'lower', description: 'share of customers who waited at all' },
	serviceLevel: { unit: 'share', better: 'higher', description: 'share served with a wait within the target' },
	abandonment: { unit: 'share', better: 'lower', description: 'share who gave up waiting' },
	balking: { unit: 'share', better: 'lower', description: 'share turned away by a full queue' },
	resolution: { unit: 'share', better: 'higher', description: 'first-contact resolution (station: services that resolved the issue)' },
	resolvedShare: { unit: 'share', better: 'higher', description: 'share who left with their issue resolved' },
	servedShare: { unit: 'share', better: 'higher', description: 'share who were served' },
	sentHome: { unit: 'share', better: 'lower', description: 'share still inside at closing or stranded without a server' },
	transfers: { unit: 'ratio', better: 'lower', description: 'hand-offs per arrival' },
	timeInSystem: { unit: 'minutes', better: 'lower', description: 'mean minutes from arrival to leaving' },
	throughput: { unit: 'perHour', better: 'neutral', description: 'customers served per hour' },
	cost: { unit: 'money', better: 'lower', description: 'staff cost, in the scenario’s currency' },
	csat: { unit: 'share', better: 'higher', description: 'predicted CSAT (4 or 5 of 5), over all arrivals' },
	topBox: { unit: 'share', better: 'higher', description: 'predicted top-box (5 of 5), over all arrivals' },
	nps: { unit: 'score', better: 'higher', description: 'predicted NPS, −100 to 100, over all arrivals' },
	csatSurveyed: { unit: 'share', better: 'higher', description: 'predicted CSAT over served customers (what a survey sees)' },
	npsSurveyed: { unit: 'score', better: 'higher', description: 'predicted NPS over served customers' },
	complaints: {
		unit: 'share',
		better: 'lower',
		description: 'predicted complaint rate: P(very dissatisfied, 1 of 5) × the share of them who complain, over all arrivals'
	},
	utilisation: { unit: 'share', better: 'neutral', description: 'busy server time / available server time' },
	queueLengthMean: { unit: 'count', better: 'lower', description: 'time-average number waiting' },
	servers: { unit: 'servers', better: 'neutral', description: 'time-average servers on shift' },
	// format v2: appointments sources
	slots: { unit: 'count', better: 'neutral', description: 'appointment places offered (per replication)' },
	booked: { unit: 'count', better: 'neutral', description: 'booked customers (per replication)' },
	noShow: { unit: 'share', better: 'lower', description: 'share of booked customers who did not come' },
	late: { unit: 'share', better: 'lower', description: 'share of arriving booked customers later than the grace time' },
	turnedAway: { unit: 'share', better: 'lower', description: 'share of booked customers turned away for coming late' },
	latenessMean: { unit: 'minutes', better: 'neutral', description: 'mean minutes between slot time and arrival (negative: early)' },
	idleSlots: { unit: 'share', better: 'lower', description: 'share of appointment places with nobody to serve (not booked, or a no-show)' },
	// format v2: virtual queues
	offered: { unit: 'share', better: 'neutral', description: 'share of customers joining the station offered a callback' },
	accepted: { unit: 'share', better: 'neutral', description: 'share of offered customers who accepted the callback' },
	awayMean: { unit: 'minutes', better: 'neutral', description: 'minutes away from the line per accepting customer' },
	lateReturn: { unit: 'share', better: 'lower', description: 'share of accepting customers whose turn came before they were back' }
};

function scopesOf(id: string): KpiScope[] {
	const scopes: KpiScope[] = [];
	const group = (GROUP_KPIS as readonly string[]).includes(id);
	if (group) scopes.push('overall');
	// staff cost belongs to stations, not to a group of customers
	if (group && id !== 'cost') scopes.push('segment');
	if (group) scopes.push('period');
	if ((STATION_KPIS as readonly string[]).includes(id)) scopes.push('station');
	if ((STATION_PERIOD_KPIS as readonly string[]).includes(id)) scopes.push('stationPeriod');
	if ((APPOINTMENT_KPIS as readonly string[]).includes(id)) scopes.push('appointment');
	if ((CALLBACK_KPIS as readonly string[]).includes(id)) scopes.push('callback');
	return scopes;
}

/** Every KPI: the group KPIs in their order, then the ones only stations report, then appointments' and virtual queues'. */
export const KPIS: readonly KpiDefinition[] = [
	...new Set<KpiId>([...GROUP_KPIS, ...STATION_KPIS, ...APPOINTMENT_KPIS, ...CALLBACK_KPIS])
].map((id) => ({
	id,
	...DEFINITIONS[id],
	scopes: scopesOf(id),
	labelKey: `results.kpi.${id}`
}));

const BY_ID = new Map<string, KpiDefinition>(KPIS.map((k) => [k.id, k]));

/** The definition of a KPI, or undefined for a key that is not one (e.g. a period's start). */
export function kpiDefinition(id: string): KpiDefinition | undefined {
	return BY_ID.get(id);
}

/** Unit of a KPI ('count' for an unknown key). */
export const kpiUnit = (id: string): KpiUnit => BY_ID.get(id)?.unit ?? 'count';

/** Better direction of a KPI ('neutral' for an unknown key). */
export const kpiBetter = (id: string): KpiBetter => BY_ID.get(id)?.better ?? 'neutral';

const EMPTY: KpiValue = Object.freeze({ mean: null, low: null, high: null });

/** One KPI of a result set (overall, a station, a segment, a period), or an empty value when absent. */
export function kpiValue(set: Record<string, unknown> | undefined, id: string): KpiValue {
	return (set?.[id] as KpiValue | undefined) ?? EMPTY;
}
