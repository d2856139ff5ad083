// Names and formats shared by the Optimise panels: which parameters a sweep offers for a
// scenario, how a KPI is shown, and the clock label of a period. Kept free of Svelte so the
// choices can be unit-tested.

import type { Scenario } from '$lib/sim';
import type { Unit } from '$lib/components/results/format';

export interface ParamChoice {
	path: string;
	/** Message key and parameters of its label. */
	key: string;
	node: string;
	/** Whole numbers only (servers, units). */
	integer: boolean;
	/** A suggested grid around the current value. */
	from: number;
	to: number;
	step: number;
}

function round(x: number, step: number): number {
	return Number((Math.round(x / step) * step).toPrecision(10));
}

/** The parameters a sweep offers for this scenario, with a grid around each one's current value. */
export function sweepChoices(s: Scenario): ParamChoice[] {
	const out: ParamChoice[] = [];
	for (const n of s.nodes) {
		if (n.kind === 'source')
			out.push({
				path: `nodes.${n.id}.arrivals.scale`,
				key: 'optimise.param.scale',
				node: n.name,
				integer: false,
				from: 0.8,
				to: 1.3,
				step: 0.1
			});
		if (n.kind === 'station' || n.kind === 'self-service') {
			const staff = n.kind === 'station' ? n.servers : n.units;
			const c = typeof staff === 'number' ? staff : Math.max(...staff.count);
			out.push({
				path: `nodes.${n.id}.${n.kind === 'station' ? 'servers' : 'units'}`,
				key: n.kind === 'station' ? 'optimise.param.servers' : 'optimise.param.units',
				node: n.name,
				integer: true,
				from: Math.max(1, c - 2),
				to: c + 3,
				step: 1
			});
			const mean = n.service.dist === 'deterministic' ? n.service.value : 'mean' in n.service ? n.service.mean : null;
			if (mean !== null) {
				const step = round(Math.max(0.1, mean * 0.1), 0.1);
				out.push({
					path: `nodes.${n.id}.service.mean`,
					key: 'optimise.param.serviceMean',
					node: n.name,
					integer: false,
					from: round(mean * 0.7, 0.1),
					to: round(mean * 1.3, 0.1),
					step
				});
			}
			if (n.kind === 'self-service')
				out.push({
					path: `nodes.${n.id}.successRate`,
					key: 'optimise.param.success',
					node: n.name,
					integer: false,
					from: 0.5,
					to: 1,
					step: 0.1
				});
		}
	}
	for (const seg of s.segments)
		if (seg.patience && 'mean' in seg.patience) {
			const m = seg.patience.mean;
			out.push({
				path: `segments.${seg.id}.patience.mean`,
				key: 'optimise.param.patience',
				node: seg.name,
				integer: false,
				from: round(m * 0.5, 1),
				to: round(m * 1.5, 1),
				step: Math.max(1, round(m * 0.25, 1))
			});
		}
	out.push({ path: 'satisfaction.baseline', key: 'optimise.param.satBaseline', node: '', integer: false, from: 1, to: 2, step: 0.25 });
	return out;
}

/** KPIs the sweep and "what helps most" show, with their units. */
export const KPI_UNITS: Record<string, Unit> = {
	waitMean: 'minutes',
	waitP90: 'minutes',
	serviceLevel: 'share',
	abandonment: 'share',
	csat: 'share',
	nps: 'score',
	cost: 'money',
	throughput: 'perHour',
	timeInSystem: 'minutes'
};
export const SWEEP_KPIS = ['waitMean', 'serviceLevel', 'abandonment', 'csat', 'cost', 'waitP90', 'timeInSystem'];
