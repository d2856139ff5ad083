// "What helps most": single changes to the scenario, each run on the same customers as the
// current scenario (common random numbers), ranked by their effect on the KPI the user cares
// about. Each effect is a paired difference (change − current) over replications with a 95 %
// interval; when the interval contains 0 the change has "no clear effect" at this many
// replications. Cost is the simulated staff cost difference per day (or run).
// Changes tried: one more / one fewer server at each station across the day and in its
// busiest period, service time −10 % at each station and self-service point, one more
// self-service unit, self-service success +10 points, and showing the expected wait where it
// is not shown.

import type { Scenario } from '../../model/scenario';
import { validateScenario } from '../../model/validate';
import { pairedDifference, type DifferenceValue } from '../compare-summary';
import type { KpiValue } from '../results';
import { evaluate, check, localEvaluator, perReplication, type Evaluation, type Evaluator, type ProgressCallback } from './evaluate';
import { distributionMean, setParameter, staffingPerPeriod, withMean } from './scenario-edit';

export type ChangeKind =
	'server-plus' | 'server-minus' | 'server-plus-peak' | 'server-minus-peak' | 'service-faster' | 'unit-plus' | 'success-up' | 'show-wait';

export interface HelpsMostChange {
	kind: ChangeKind;
	/** The node changed. */
	node: string;
	/** The period changed (peak changes), else null. */
	period: number | null;
	/** KPI → paired difference change − current. */
	effects: Record<string, DifferenceValue>;
	/** True when the interval of the ranking KPI's difference contains 0. */
	noClearEffect: boolean;
	/** The ranking KPI's improvement (positive = better), for sorting. */
	gain: number;
	/** The changed scenario, to open as a redesign. */
	scenario: Scenario;
}

export interface HelpsMostResult {
	format: 'flowbench-helps-most';
	version: 1;
	seed: number;
	replications: number;
	/** Length of a period (for the peak changes' period), minutes. */
	periodMinutes: number;
	/** The KPI the list is ranked by, and whether higher is better for it. */
	kpi: string;
	higherIsBetter: boolean;
	kpis: string[];
	current: Record<string, KpiValue>;
	changes: HelpsMostChange[];
}

/** Higher is better for these KPIs; lower for the rest of the ones offered. */
export const HIGHER_IS_BETTER = new Set([
	'serviceLevel',
	'resolution',
	'resolvedShare',
	'servedShare',
	'throughput',
	'csat',
	'topBox',
	'nps',
	'csatSurveyed',
	'npsSurveyed'
]);
export const HELPS_MOST_KPIS = ['waitMean', 'serviceLevel', 'abandonment', 'csat', 'cost'];

export interface HelpsMostOptions {
	seed?: number;
	replications?: number;
	/** Ranking KPI (default waitMean). */
	kpi?: string;
	evaluator?: Evaluator;
	onProgress?: ProgressCallback<{ done: number; total: number }>;
}

function candidateChanges(
	scenario: Scenario,
	busiest: Record<string, number>,
	periods: number,
	periodMinutes: number
): { kind: ChangeKind; node: string; period: number | null; scenario: Scenario }[] {
	const out: { kind: ChangeKind; node: string; period: number | null; scenario: Scenario }[] = [];
	const edit = (node: string, f: (n: Scenario['nodes'][number]) => void): Scenario => {
		const s = JSON.parse(JSON.stringify(scenario)) as Scenario;
		f(s.nodes.find((n) => n.id === node)!);
		return s;
	};
	for (const n of scenario.nodes) {
		if (n.kind === 'station' || n.kind === 'self-service') {
			const key = n.kind === 'station' ? 'servers' : 'units';
			const counts = staffingPerPeriod(n.kind === 'station' ? n.servers : n.units, periods, periodMinutes);
			const shift = (d: number, p: number | null) =>
				edit(n.id, (m) => {
					const c = counts.map((x, q) => (p === null || q === p ? Math.max(0, x + d) : x));
					const staffing = c.every((x) => x === c[0]) ? c[0] : { periodMinutes, count: c };
					(m as unknown as Record<string, unknown>)[key] = staffing;
				});
			if (n.kind === 'station') {
				out.push({ kind: 'server-plus', node: n.id, period: null, scenario: shift(1, null) });
				if (counts.every((c) => c >= 2)) out.push({ kind: 'server-minus', node: n.id, period: null, scenario: shift(-1, null) });
				const p = busiest[n.id];
				if (periods > 1 && p !== undefined) {
					out.push({ kind: 'server-plus-peak', node: n.id, period: p, scenario: shift(1, p) });
					if (counts[p] >= 2) out.push({ kind: 'server-minus-peak', node: n.id, period: p, scenario: shift(-1, p) });
				}
				if (!n.showsExpectedWait)
					out.push({
						kind: 'show-wait',
						node: n.id,
						period: null,
						scenario: edit(n.id, (m) => ((m as typeof n).showsExpectedWait = true))
					});
			} else {
				out.push({ kind: 'unit-plus', node: n.id, period: null, scenario: shift(1, null) });
				const sr = n.successRate ?? 1;
				if (sr < 1)
					out.push({
						kind: 'success-up',
						node: n.id,
						period: null,
						scenario: setParameter(scenario, `nodes.${n.id}.successRate`, Math.min(1, sr + 0.1))
					});
			}
			out.push({
				kind: 'service-faster',
				node: n.id,
				period: null,
				scenario: edit(n.id, (m) => ((m as typeof n).service = withMean(n.service, distributionMean(n.service) * 0.9)))
			});
		}
	}
	return out.filter((c) => validateScenario(c.scenario).ok);
}

export async function helpsMost(scenario: Scenario, options: HelpsMostOptions = {}): Promise<HelpsMostResult> {
	const evaluator = options.evaluator ?? localEvaluator;
	const seed = (options.seed ?? scenario.run.seed) >>> 0;
	const replications = options.replications ?? scenario.run.replications;
	const kpi = options.kpi ?? 'waitMean';
	const higher = HIGHER_IS_BETTER.has(kpi);
	const kpis = HELPS_MOST_KPIS.includes(kpi) ? HELPS_MOST_KPIS : [kpi, ...HELPS_MOST_KPIS];
	check(options.onProgress, { done: 0, total: 1 });
	const base = await evaluate(evaluator, scenario, seed, replications);
	const baseReps = perReplication(base);
	// each station's busiest period: highest utilisation
	const busiest: Record<string, number> = {};
	for (const id of Object.keys(base.results.stations)) {
		let best = -1;
		base.results.stationPeriods.forEach((sp, p) => {
			const u = sp[id]?.utilisation?.mean ?? null;
			if (u !== null && u > best) {
				best = u;
				busiest[id] = p;
			}
		});
	}
	const P = base.run.model.steady ? 1 : base.run.model.periodCount;
	const list = candidateChanges(scenario, busiest, P, base.run.model.periodMinutes);
	const total = list.length + 1;
	check(options.onProgress, { done: 1, total });
	const changes: HelpsMostChange[] = [];
	for (let i = 0; i < list.length; i++) {
		const c = list[i];
		const e: Evaluation = await evaluate(evaluator, c.scenario, seed, replications);
		const reps = perReplication(e);
		const effects: Record<string, DifferenceValue> = {};
		for (const k of kpis) {
			const col = (rs: typeof reps) => rs.map((r) => r[k]?.mean ?? NaN);
			effects[k] = pairedDifference(col(baseReps), col(reps));
		}
		const d = effects[kpi];
		const gain = d.mean === null ? 0 : higher ? d.mean : -d.mean;
		const noClearEffect = d.low === null || d.high === null || (d.low <= 0 && d.high >= 0);
		changes.push({ kind: c.kind, node: c.node, period: c.period, effects, noClearEffect, gain, scenario: c.scenario });
		check(options.onProgress, { done: i + 2, total });
	}
	// clear effects first, best first; then the unclear ones
	changes.sort((a, b) => Number(a.noClearEffect) - Number(b.noClearEffect) || b.gain - a.gain);
	return {
		format: 'flowbench-helps-most',
		version: 1,
		seed,
		replications,
		periodMinutes: base.run.model.periodMinutes,
		kpi,
		higherIsBetter: higher,
		kpis,
		current: Object.fromEntries(kpis.map((k) => [k, base.results.overall[k]])),
		changes
	};
}
