// Setting one parameter of a scenario by a path, for sweeps, "what helps most" and the
// staffing plan: `nodes.<id>.<field>…` and `segments.<id>.<field>…` find the node or
// segment by its id; other steps are object keys (`targets.waitMinutes`,
// `satisfaction.baseline`). A few paths are derived rather than stored:
//   nodes.<id>.arrivals.scale   multiplies the source's demand (rates ×, interarrival ÷, trace thinned is NOT done: refused)
//   nodes.<id>.servers / units  one number for the whole day (replaces a plan)
//   ….service.mean / duration.mean / patience.mean   the distribution's mean, its shape (cv, k) kept;
//                               uniform, triangular, deterministic and empirical ones are scaled
// The result is a new scenario (the input is never changed); check it with validateScenario.

import type { Distribution, Scenario, Staffing } from '../../model/scenario';

export class ParameterError extends Error {
	override name = 'ParameterError';
}

function clone<T>(x: T): T {
	return JSON.parse(JSON.stringify(x)) as T;
}

/** The mean of a distribution, in minutes. */
export function distributionMean(d: Distribution): number {
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

/** The same distribution with its mean set to `mean` (shape kept; bounded ones scaled). */
export function withMean(d: Distribution, mean: number): Distribution {
	const f = mean / distributionMean(d);
	switch (d.dist) {
		case 'deterministic':
			return { ...d, value: mean };
		case 'uniform':
			return { ...d, min: d.min * f, max: d.max * f };
		case 'triangular':
			return { ...d, min: d.min * f, mode: d.mode * f, max: d.max * f };
		case 'empirical':
			return { ...d, values: d.values.map((v) => v * f) };
		default:
			return { ...d, mean };
	}
}

/** Steps of a path: `nodes.teller.service.mean` → ['nodes', 'teller', 'service', 'mean']. */
export function pathSteps(path: string): string[] {
	const steps = path.split('.').map((s) => s.trim());
	if (steps.length < 2 || steps.some((s) => s === ''))
		throw new ParameterError(`"${path}" is not a parameter path (e.g. nodes.teller.servers)`);
	return steps;
}

function container(scenario: Scenario, steps: string[], path: string): { parent: Record<string, unknown>; key: string; rest: string[] } {
	const [head, id, ...rest] = steps;
	if (head === 'nodes' || head === 'segments') {
		const list = (head === 'nodes' ? scenario.nodes : scenario.segments) as unknown as Record<string, unknown>[];
		const item = list.find((x) => x.id === id);
		if (!item) throw new ParameterError(`${path}: there is no ${head === 'nodes' ? 'node' : 'segment'} "${id}"`);
		if (rest.length === 0) throw new ParameterError(`${path}: name a field of ${head === 'nodes' ? 'node' : 'segment'} "${id}"`);
		let parent: Record<string, unknown> = item;
		for (let i = 0; i < rest.length - 1; i++) {
			const next = parent[rest[i]];
			if (next === null || typeof next !== 'object')
				throw new ParameterError(`${path}: "${rest.slice(0, i + 1).join('.')}" is not set on "${id}"`);
			parent = next as Record<string, unknown>;
		}
		return { parent, key: rest[rest.length - 1], rest };
	}
	let parent = scenario as unknown as Record<string, unknown>;
	for (let i = 0; i < steps.length - 1; i++) {
		const next = parent[steps[i]];
		if (next === undefined && (steps[i] === 'targets' || steps[i] === 'satisfaction'))
			parent = parent[steps[i]] = {} as Record<string, unknown>;
		else if (next === null || typeof next !== 'object')
			throw new ParameterError(`${path}: "${steps.slice(0, i + 1).join('.')}" is not set`);
		else parent = next as Record<string, unknown>;
	}
	return { parent, key: steps[steps.length - 1], rest: steps };
}

function isDistribution(x: unknown): x is Distribution {
	return typeof x === 'object' && x !== null && typeof (x as { dist?: unknown }).dist === 'string';
}

/** The current value of a numeric parameter (servers as their largest count; arrivals.scale is 1). */
export function getParameter(scenario: Scenario, path: string): number {
	const steps = pathSteps(path);
	const { parent, key } = container(clone(scenario), steps, path);
	if (key === 'scale' && steps[2] === 'arrivals') return 1;
	const value = parent[key];
	if (key === 'mean' && isDistribution(parent)) return distributionMean(parent);
	if ((key === 'servers' || key === 'units') && typeof value === 'object' && value !== null)
		return Math.max(...(value as { count: number[] }).count);
	if (typeof value !== 'number') throw new ParameterError(`${path}: not a number (${JSON.stringify(value) ?? 'not set'})`);
	return value;
}

/** A copy of the scenario with the parameter at `path` set to `value`. */
export function setParameter(scenario: Scenario, path: string, value: number): Scenario {
	if (!Number.isFinite(value)) throw new ParameterError(`${path}: ${value} is not a number`);
	const steps = pathSteps(path);
	const out = clone(scenario);
	const { parent, key } = container(out, steps, path);
	if (steps[0] === 'nodes' && steps[2] === 'arrivals' && key === 'scale' && steps.length === 4) {
		if (!(value >= 0)) throw new ParameterError(`${path}: the demand scale must be ≥ 0`);
		const a = parent as unknown as NonNullable<Scenario['nodes'][number] & { kind: 'source' }>['arrivals'];
		if (a.type === 'poisson') a.ratePerHour = Array.isArray(a.ratePerHour) ? a.ratePerHour.map((r) => r * value) : a.ratePerHour * value;
		else if (a.type === 'renewal') {
			if (!(value > 0)) throw new ParameterError(`${path}: a renewal source needs a scale > 0`);
			a.interarrival = withMean(a.interarrival, distributionMean(a.interarrival) / value);
		} else throw new ParameterError(`${path}: a trace of arrival times cannot be scaled`);
		return out;
	}
	if (key === 'mean' && isDistribution(parent)) {
		if (!(value > 0)) throw new ParameterError(`${path}: a mean must be > 0`);
		const owner = steps.slice(0, -1);
		const holder = container(out, owner, path);
		holder.parent[holder.key] = withMean(parent, value);
		return out;
	}
	if (key === 'servers' || key === 'units') {
		if (!Number.isInteger(value) || value < 0) throw new ParameterError(`${path}: servers must be a whole number ≥ 0`);
		parent[key] = value;
		return out;
	}
	if (!(key in parent) && steps[0] === 'nodes') throw new ParameterError(`${path}: "${key}" is not set on this node`);
	const old = parent[key];
	if (old !== undefined && typeof old !== 'number') throw new ParameterError(`${path}: not a number (${JSON.stringify(old)})`);
	parent[key] = value;
	return out;
}

/** A copy of the scenario with these staffing plans (station id → servers, one per period or one number). */
export function withStaffing(scenario: Scenario, plan: Record<string, number[]>, periodMinutes: number): Scenario {
	const out = clone(scenario);
	for (const node of out.nodes) {
		const counts = plan[node.id];
		if (!counts || (node.kind !== 'station' && node.kind !== 'self-service')) continue;
		const staffing: Staffing =
			counts.length === 1 || counts.every((c) => c === counts[0]) ? counts[0] : { periodMinutes, count: [...counts] };
		if (node.kind === 'station') node.servers = staffing;
		else node.units = staffing;
	}
	return out;
}

/** Servers of a station in each of `periods` periods of `periodMinutes` (the last count holds after a plan's end). */
export function staffingPerPeriod(s: Staffing, periods: number, periodMinutes: number): number[] {
	if (typeof s === 'number') return Array.from({ length: periods }, () => s);
	return Array.from({ length: periods }, (_, p) => {
		const k = Math.floor((p * periodMinutes + 1e-9) / s.periodMinutes);
		return s.count[Math.min(k, s.count.length - 1)];
	});
}
