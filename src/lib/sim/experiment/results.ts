// The results of a run as the CLI writes them and the app shows them: every KPI as its
// mean across replications with a 95 % confidence interval (Student t; per-customer
// averages pool the customers of all replications — a ratio estimator; shares get a Wilson
// interval that stays inside [0, 1]: stats/proportion-interval.ts), overall, per
// station, per segment and per period of arrival. A KPI with no data in any replication
// (a segment with no customers, a period with no arrivals) is null.

import type { Scenario } from '../model/scenario';
import type { CompiledModel } from '../core/model';
import { ratioInterval } from '../stats/ratio-interval';
import { proportionInterval } from '../stats/proportion-interval';
import { APPOINTMENT_KPIS, CALLBACK_KPIS, GROUP_KPIS, STATION_KPIS, STATION_PERIOD_KPIS, WAIT_BINS, waitBinUpperEdges } from './kpis';
import type { ReplicationRow, TableName } from './measure';
import type { StabilityReport } from './stability';

export interface KpiValue {
	mean: number | null;
	low: number | null;
	high: number | null;
}
export type KpiSet = Record<string, KpiValue>;

export interface PeriodResult extends KpiSet {
	// start and end are plain numbers (minutes since opening); typed loosely to share the KPI map
	[key: string]: KpiValue | any;
}

export interface Results {
	format: 'flowbench-results';
	version: 1;
	engine: string;
	scenario: { name: string };
	mode: 'day' | 'steady';
	replications: number;
	seed: number;
	overall: KpiSet;
	stations: Record<string, KpiSet>;
	segments: Record<string, KpiSet>;
	periods: PeriodResult[];
	/** Per period, per station: utilisation and mean queue length over that period's clock time. */
	stationPeriods: Record<string, KpiSet>[];
	/**
	 * Distribution of the total wait over all arrivals: `upper[k]` is bin k's upper edge in
	 * minutes (bin 0: no wait at all; the last bin's edge is null: everything longer), `share[k]`
	 * the share of arrivals in it.
	 */
	waitHistogram: { upper: (number | null)[]; share: KpiValue[] };
	stability: StabilityReport;
	/** Events processed, summed over replications. */
	events: number;
	/** Format v2: channel shares per choice node (absent when the scenario has none). */
	channels?: Record<string, ChannelResult>;
	/** Format v2: per appointments node (absent when the scenario has none). */
	appointments?: Record<string, AppointmentsResult>;
	/** Format v2: per station that offers a callback or virtual queue (absent when none does). */
	callbacks?: Record<string, CallbackResult>;
}

/** One choice node: the share of its customers choosing each alternative, overall and per period of arrival. */
export interface ChannelResult {
	name: string;
	/** In the order of the node's alternatives. */
	alternatives: { to: string; label: string; share: KpiValue }[];
	/** Per period of arrival: the alternatives' shares in the same order. */
	periods: { share: KpiValue[] }[];
}

/** One appointments node. */
export type AppointmentsResult = {
	name: string;
	/** Slots offered per replication (count). */
	slots: KpiValue;
	/** Booked customers per replication (count). */
	booked: KpiValue;
	/** Share of booked who did not come. */
	noShow: KpiValue;
	/** Share of arrivals later than lateGraceMinutes. */
	late: KpiValue;
	/** Share of booked turned away by the late policy. */
	turnedAway: KpiValue;
	/** Minutes, mean arrival − slot time (negative = early). */
	latenessMean: KpiValue;
	/** Share of slots with nobody to serve (not booked or no-show). */
	idleSlots: KpiValue;
};

/** One station's callback / virtual queue. */
export type CallbackResult = {
	/** Share of customers joining the station who were offered. */
	offered: KpiValue;
	/** Share of offered who accepted. */
	accepted: KpiValue;
	/** Minutes spent away from the line per accepting customer. */
	awayMean: KpiValue;
	/** "return" mode: share of accepting customers whose turn came before they were back. */
	lateReturn: KpiValue;
};

export const ENGINE_VERSION = '0.1.0';

/** How a KPI's interval is formed: a mean (Student t), a share of customers, or a share of time. */
const MEAN = 0;
const CUSTOMER_SHARE = 1;
const TIME_SHARE = 2;
type IntervalKind = typeof MEAN | typeof CUSTOMER_SHARE | typeof TIME_SHARE;

/** The KPIs that are shares 0–1, by the weights they carry (measure.ts). */
const CUSTOMER_SHARES = new Set<string>([
	'probWait',
	'serviceLevel',
	'abandonment',
	'balking',
	'resolution',
	'resolvedShare',
	'servedShare',
	'sentHome',
	'csat',
	'topBox',
	'csatSurveyed',
	'complaints',
	// format v2: appointments and virtual queues
	'noShow',
	'late',
	'turnedAway',
	'idleSlots',
	'offered',
	'accepted',
	'lateReturn'
]);
const TIME_SHARES = new Set<string>(['utilisation']);

function intervalKind(name: string): IntervalKind {
	return CUSTOMER_SHARES.has(name) ? CUSTOMER_SHARE : TIME_SHARES.has(name) ? TIME_SHARE : MEAN;
}

let column = new Float64Array(64);
let weight = new Float64Array(64);

/** One KPI across replications: weighted mean and 95 % interval (see measure.ts for the weights). */
function kpi(rows: ReplicationRow[], table: TableName, index: number, kind: IntervalKind = MEAN): KpiValue {
	if (column.length < rows.length) {
		column = new Float64Array(rows.length * 2);
		weight = new Float64Array(rows.length * 2);
	}
	for (let i = 0; i < rows.length; i++) {
		column[i] = rows[i][table][index];
		weight[i] = rows[i].weights[table][index];
	}
	const ci =
		kind === MEAN ? ratioInterval(column, weight, rows.length) : proportionInterval(column, weight, rows.length, kind === CUSTOMER_SHARE);
	if (Number.isNaN(ci.mean)) return { mean: null, low: null, high: null };
	return { mean: ci.mean, low: ci.low, high: ci.high };
}

function kpiSet(names: readonly string[], rows: ReplicationRow[], table: TableName, offset: number): KpiSet {
	const out: KpiSet = {};
	names.forEach((name, k) => {
		out[name] = kpi(rows, table, offset + k, intervalKind(name));
	});
	return out;
}

/** Summarises replication rows (in replication order) into results. */
export function summarise(
	scenario: Scenario,
	model: CompiledModel,
	rows: ReplicationRow[],
	seed: number,
	stability: StabilityReport
): Results {
	const K = GROUP_KPIS.length;
	const KS = STATION_KPIS.length;
	const KSP = STATION_PERIOD_KPIS.length;
	const R = model.resourceCount;
	const stations: Record<string, KpiSet> = {};
	for (let r = 0; r < R; r++) stations[model.nodeIds[model.resNode[r]]] = kpiSet(STATION_KPIS, rows, 'stations', r * KS);
	const segments: Record<string, KpiSet> = {};
	model.segmentIds.forEach((id, s) => (segments[id] = kpiSet(GROUP_KPIS, rows, 'segments', s * K)));
	const periods: PeriodResult[] = [];
	const stationPeriods: Record<string, KpiSet>[] = [];
	for (let p = 0; p < model.periodCount; p++) {
		const start = model.steady ? model.warmup : p * model.periodMinutes;
		const end = model.steady ? model.closeTime : Math.min(model.closeTime, (p + 1) * model.periodMinutes);
		periods.push({ start, end, ...kpiSet(GROUP_KPIS, rows, 'periods', p * K) });
		const perStation: Record<string, KpiSet> = {};
		for (let r = 0; r < R; r++)
			perStation[model.nodeIds[model.resNode[r]]] = kpiSet(STATION_PERIOD_KPIS, rows, 'stationPeriods', (p * R + r) * KSP);
		stationPeriods.push(perStation);
	}
	const channels = channelResults(model, rows);
	let appointments: Record<string, AppointmentsResult> | undefined;
	model.sources.forEach((src, i) => {
		if (!src.appointments) return;
		appointments ??= {};
		const set = kpiSet(APPOINTMENT_KPIS, rows, 'appointments', i * APPOINTMENT_KPIS.length);
		appointments[model.nodeIds[src.node]] = { name: model.nodeNames[src.node], ...set } as AppointmentsResult;
	});
	let callbacks: Record<string, CallbackResult> | undefined;
	for (let r = 0; r < R; r++) {
		if (model.resCallback[r] === 0) continue;
		callbacks ??= {};
		callbacks[model.nodeIds[model.resNode[r]]] = kpiSet(
			CALLBACK_KPIS,
			rows,
			'callbacks',
			r * CALLBACK_KPIS.length
		) as unknown as CallbackResult;
	}
	return {
		format: 'flowbench-results',
		version: 1,
		engine: ENGINE_VERSION,
		scenario: { name: scenario.name },
		mode: model.steady ? 'steady' : 'day',
		replications: rows.length,
		seed,
		overall: kpiSet(GROUP_KPIS, rows, 'overall', 0),
		stations,
		segments,
		periods,
		stationPeriods,
		waitHistogram: {
			upper: waitBinUpperEdges(model.targetWait).map((e) => (Number.isFinite(e) ? e : null)),
			share: Array.from({ length: WAIT_BINS }, (_, k) => kpi(rows, 'waitHistogram', k, CUSTOMER_SHARE))
		},
		stability,
		events: rows.reduce((s, r) => s + r.events, 0),
		...(channels ? { channels } : {}),
		...(appointments ? { appointments } : {}),
		...(callbacks ? { callbacks } : {})
	};
}

function channelResults(model: CompiledModel, rows: ReplicationRow[]): Record<string, ChannelResult> | undefined {
	const ch = model.choices;
	if (ch.nodes.length === 0) return undefined;
	const P = model.periodCount;
	const W = 1 + P;
	const out: Record<string, ChannelResult> = {};
	for (const node of ch.nodes) {
		const alts = Array.from({ length: ch.count[node] }, (_, k) => ch.first[node] + k);
		out[model.nodeIds[node]] = {
			name: model.nodeNames[node],
			alternatives: alts.map((i) => ({
				to: model.nodeIds[ch.target[i]],
				label: ch.labels[i],
				share: kpi(rows, 'channels', i * W, CUSTOMER_SHARE)
			})),
			periods: Array.from({ length: P }, (_, p) => ({ share: alts.map((i) => kpi(rows, 'channels', i * W + 1 + p, CUSTOMER_SHARE)) }))
		};
	}
	return out;
}
