// The headline KPI cards: each KPI's mean and 95 % interval, a verdict against the
// scenario's targets where one applies, and the quick estimate beside it where one exists.

import { kpiUnit, type KpiValue, type Results, type Scenario } from '$lib/sim';
import type { Estimate } from '$lib/sim/experiment/estimate';
import { formatCi, formatValue, type Formatters, type Message } from './format';

/** pass: the whole interval meets the target; fail: the whole interval misses; borderline: it straddles. */
export type Verdict = 'pass' | 'fail' | 'borderline';

export interface KpiCard {
	id: string;
	label: Message;
	value: string;
	ci: string | null;
	/** e.g. "target ≥ 80%" */
	target: Message | null;
	verdict: Verdict | null;
	/** The quick estimate, formatted, or null. */
	estimate: string | null;
	/** A short qualifier under the value, e.g. "at Tellers". */
	note: Message | null;
}

/** Verdict of a KPI against a target: `atLeast` for service level or CSAT, `atMost` for abandonment. */
export function verdict(v: KpiValue | undefined, target: number | undefined, dir: 'atLeast' | 'atMost'): Verdict | null {
	if (!v || v.mean === null || target === undefined) return null;
	const meets = (x: number) => (dir === 'atLeast' ? x >= target : x <= target);
	const low = v.low !== null && Number.isFinite(v.low) ? v.low : v.mean;
	const high = v.high !== null && Number.isFinite(v.high) ? v.high : v.mean;
	if (meets(low) && meets(high)) return 'pass';
	if (!meets(low) && !meets(high)) return 'fail';
	return 'borderline';
}

/** The station with the highest mean utilisation (ties: the first). */
export function busiestStation(results: Results): string | null {
	let best: string | null = null;
	let u = -Infinity;
	for (const [id, k] of Object.entries(results.stations)) {
		const m = k.utilisation?.mean;
		if (m !== null && m !== undefined && m > u) {
			u = m;
			best = id;
		}
	}
	return best;
}

export function nodeName(scenario: Scenario, id: string): string {
	return scenario.nodes.find((n) => n.id === id)?.name ?? id;
}

export function kpiCards(results: Results, scenario: Scenario, estimate: Estimate | null | undefined, f: Formatters): KpiCard[] {
	const o = results.overall;
	const targets = scenario.targets ?? {};
	const targetWait = targets.waitMinutes ?? 10;
	const est = estimate && !estimate.error ? estimate : null;
	const card = (id: string, v: KpiValue | undefined, extra: Partial<KpiCard> = {}, estimateValue?: number | null): KpiCard => {
		const unit = kpiUnit(id);
		return {
			id,
			label: { key: `results.kpi.${id}` },
			value: formatValue(v?.mean ?? null, unit, f),
			ci: formatCi(v, unit, f),
			target: null,
			verdict: null,
			estimate: estimateValue === null || estimateValue === undefined ? null : formatValue(estimateValue, unit, f),
			note: null,
			...extra
		};
	};
	const cards: KpiCard[] = [
		card('waitMean', o.waitMean, {}, est?.overall.waitMean),
		card('waitP90', o.waitP90, { note: { key: 'results.kpiNote.waitP90' } }),
		card(
			'serviceLevel',
			o.serviceLevel,
			{
				note: { key: 'results.kpiNote.serviceLevel', params: { target: f.minutes(targetWait, 0) } },
				target:
					targets.serviceLevel !== undefined ? { key: 'results.target.atLeast', params: { value: f.pct(targets.serviceLevel, 0) } } : null,
				verdict: verdict(o.serviceLevel, targets.serviceLevel, 'atLeast')
			},
			est?.overall.serviceLevel
		),
		card(
			'abandonment',
			o.abandonment,
			{
				target:
					targets.maxAbandonment !== undefined
						? { key: 'results.target.atMost', params: { value: f.pct(targets.maxAbandonment, 0) } }
						: null,
				verdict: verdict(o.abandonment, targets.maxAbandonment, 'atMost')
			},
			est?.overall.abandonment
		),
		card('resolution', o.resolution),
		card('timeInSystem', o.timeInSystem)
	];
	const busiest = busiestStation(results);
	if (busiest) {
		const e = est?.stations.find((s) => s.id === busiest)?.day.utilisation;
		cards.push(
			card(
				'utilisation',
				results.stations[busiest].utilisation,
				{ note: { key: 'results.kpiNote.utilisation', params: { station: nodeName(scenario, busiest) } } },
				e
			)
		);
	}
	const costed = scenario.nodes.some((n) => (n.kind === 'station' || n.kind === 'self-service') && (n.costPerServerHour ?? 0) > 0);
	cards.push(
		card('cost', costed ? o.cost : undefined, {
			note: { key: costed ? (results.mode === 'steady' ? 'results.kpiNote.costRun' : 'results.kpiNote.costDay') : 'results.kpiNote.noCost' }
		})
	);
	const has = (v: KpiValue | undefined): v is KpiValue => !!v && v.mean !== null;
	if (has(o.csat))
		cards.push(
			card('csat', o.csat, {
				target: targets.minCsat !== undefined ? { key: 'results.target.atLeast', params: { value: f.pct(targets.minCsat, 0) } } : null,
				verdict: verdict(o.csat, targets.minCsat, 'atLeast')
			})
		);
	// NPS is in points, −100…100.
	if (has(o.nps)) cards.push(card('nps', o.nps, { note: { key: 'results.kpiNote.nps' } }));
	return cards;
}
