// The key performance indicators a run reports, and what each one means. Times are in
// minutes, rates and shares are fractions 0–1, cost is in the scenario's currency.
// The order of these lists is the column order of the per-replication tables.

/** KPIs of a group of customers: everyone, one segment, or those arriving in one period. */
export const GROUP_KPIS = [
	'arrivals', // customers arriving (count per replication)
	'waitMean', // mean total time in queues per customer (zero waits included)
	'waitP90', // 90th percentile of the total time in queues
	'probWait', // share of customers who waited at all
	'serviceLevel', // share of arrivals served with a total wait within the target
	'abandonment', // share of arrivals who abandoned a queue
	'balking', // share of arrivals turned away by a full queue
	'resolution', // first-contact resolution: share of arrivals resolved at their first service contact
	'resolvedShare', // share of arrivals who left with their issue resolved
	'servedShare', // share of arrivals served (not abandoned, balked or sent home at closing)
	'sentHome', // share of arrivals still inside at closing (no drain) or stranded where no server was left
	'transfers', // mean hand-offs per arrival (unresolved → another station; failed self-service → a station)
	'timeInSystem', // mean minutes from arrival to leaving
	'throughput', // customers served per hour
	'cost', // staff cost (overall: whole run; period: that period; segment: not defined)
	'csat', // predicted CSAT: mean probability of answering 4 or 5 of 5, over all arrivals (experience view)
	'topBox', // predicted top-box: mean probability of answering 5, over all arrivals
	'nps', // predicted NPS, −100…100: 100·(mean P(promoter) − mean P(detractor)), over all arrivals
	'csatSurveyed', // predicted CSAT over served customers only (what a survey sees: abandoners are never asked)
	'npsSurveyed', // predicted NPS over served customers only
	'complaints' // predicted complaint rate: mean P(answer 1 of 5) × satisfaction.complaints.veryDissatisfied, over all arrivals
] as const;

/** KPIs of one station or self-service point. */
export const STATION_KPIS = [
	'arrivals', // customers reaching it (joined or balked)
	'waitMean', // mean wait from joining its queue to starting service or abandoning, over everyone who joined
	'waitP90',
	'probWait', // share of those who joined who had to wait
	'serviceLevel', // share of those who joined who started service within the target wait
	'abandonment', // share of arrivals here who abandoned its queue
	'balking', // share of arrivals here turned away because the queue was full
	'resolution', // share of services here that resolved the issue (self-service: succeeded)
	'timeInSystem', // mean wait + service here, over completed services
	'throughput', // services completed per hour
	'cost', // staff cost of its servers (paid while on shift or still busy)
	'utilisation', // busy server time / available server time
	'queueLengthMean', // time-average number waiting
	'servers' // time-average servers available
] as const;

/** Per station and reporting period (time-based, open hours only). */
export const STATION_PERIOD_KPIS = ['utilisation', 'queueLengthMean'] as const;

/** Format v2: KPIs of one appointments source (the `appointments` results section). */
export const APPOINTMENT_KPIS = [
	'slots', // slot places offered (count per replication)
	'booked', // booked customers (count per replication)
	'noShow', // share of booked customers who did not come
	'late', // share of arriving booked customers later than the grace time
	'turnedAway', // share of booked customers turned away by the late policy
	'latenessMean', // mean minutes arrival − slot time over arriving booked customers (negative = early)
	'idleSlots' // share of slot places with nobody to serve (not booked, or a no-show)
] as const;

/** Format v2: KPIs of one station's virtual queue (the `callbacks` results section). */
export const CALLBACK_KPIS = [
	'offered', // share of customers joining the station who were offered the virtual queue
	'accepted', // share of offered customers who accepted
	'awayMean', // minutes away from the line per accepting customer
	'lateReturn' // "return" mode: share of accepting customers whose turn came before they were back
] as const;

export type GroupKpi = (typeof GROUP_KPIS)[number];
export type AppointmentKpi = (typeof APPOINTMENT_KPIS)[number];
export type CallbackKpi = (typeof CALLBACK_KPIS)[number];
export type StationKpi = (typeof STATION_KPIS)[number];
export type StationPeriodKpi = (typeof STATION_PERIOD_KPIS)[number];

export const G = Object.fromEntries(GROUP_KPIS.map((k, i) => [k, i])) as Record<GroupKpi, number>;
export const ST = Object.fromEntries(STATION_KPIS.map((k, i) => [k, i])) as Record<StationKpi, number>;
export const AP = Object.fromEntries(APPOINTMENT_KPIS.map((k, i) => [k, i])) as Record<AppointmentKpi, number>;
export const CB = Object.fromEntries(CALLBACK_KPIS.map((k, i) => [k, i])) as Record<CallbackKpi, number>;

/**
 * Wait-time distribution bins, in quarters of the target wait T: bin 0 holds customers who
 * did not wait at all, bin k (1..12) waits in ((k−1)·T/4, k·T/4], the last bin waits over 3T.
 */
export const WAIT_BINS = 14;
export function waitBinUpperEdges(target: number): number[] {
	return Array.from({ length: WAIT_BINS }, (_, k) => (k === WAIT_BINS - 1 ? Infinity : (k * target) / 4));
}
