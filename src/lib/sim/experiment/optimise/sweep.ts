// Sensitivity sweeps: one or two parameters over a grid, every grid point run with the same
// seed and replications (common random numbers), so the curve between neighbouring points
// shows the parameter's effect, not noise between independent runs. Each point keeps every
// overall KPI and every station's KPIs with their 95 % intervals.

import type { Scenario } from '../../model/scenario';
import { validateScenario } from '../../model/validate';
import type { KpiSet } from '../results';
import { evaluate, check, localEvaluator, type Evaluator, type ProgressCallback } from './evaluate';
import { ParameterError, getParameter, setParameter } from './scenario-edit';

export interface SweepParam {
	path: string;
	values: number[];
}

export interface SweepPoint {
	/** One value per parameter, in the order of `params`. */
	values: number[];
	overall: KpiSet;
	stations: Record<string, KpiSet>;
}

export interface SweepResult {
	format: 'flowbench-sweep';
	version: 1;
	scenario: { name: string };
	seed: number;
	replications: number;
	params: (SweepParam & { current: number })[];
	/** Row-major: the last parameter varies fastest. */
	points: SweepPoint[];
}

export interface SweepOptions {
	seed?: number;
	replications?: number;
	evaluator?: Evaluator;
	onProgress?: ProgressCallback<{ done: number; total: number }>;
	/**
	 * Only grid points [from, to) (row-major order), for one shard of a sweep on a cluster
	 * (`flowbench sweep --shard i/N`); the result then holds just those points. Every point is
	 * run exactly as in the whole sweep (same seed and replications), so shards merged with
	 * sweepResult equal the unsharded result.
	 */
	range?: { from: number; to: number };
}

/** The grid points of a sweep, row-major (the last parameter varies fastest). */
export function sweepGrid(params: SweepParam[]): number[][] {
	return params.length === 1 ? params[0].values.map((v) => [v]) : params[0].values.flatMap((a) => params[1].values.map((b) => [a, b]));
}

/** A sweep's result from its points (all of them, in grid order): the one place its shape is written. */
export function sweepResult(
	scenario: Scenario,
	params: SweepParam[],
	seed: number,
	replications: number,
	points: SweepPoint[]
): SweepResult {
	return {
		format: 'flowbench-sweep',
		version: 1,
		scenario: { name: scenario.name },
		seed,
		replications,
		params: params.map((p) => ({ ...p, current: getParameter(scenario, p.path) })),
		points
	};
}

/** Grid values from:to:step, inclusive of `to` (within rounding). */
export function gridValues(from: number, to: number, step: number): number[] {
	if (![from, to, step].every(Number.isFinite)) throw new ParameterError('from, to and step must be numbers');
	if (step <= 0) throw new ParameterError('the step must be > 0');
	if (to < from) throw new ParameterError(`"to" (${to}) is below "from" (${from})`);
	const n = Math.floor((to - from) / step + 1e-9);
	if (n > 1000) throw new ParameterError(`${n + 1} grid points: use a larger step (at most 1001 points per parameter)`);
	return Array.from({ length: n + 1 }, (_, i) => Number((from + i * step).toPrecision(12)));
}

/** Parses `path=from:to:step` (CLI and app). */
export function parseSweepParam(text: string): SweepParam {
	const m = /^([^=]+)=([^:]+):([^:]+):([^:]+)$/.exec(text.trim());
	if (!m) throw new ParameterError(`"${text}" is not path=from:to:step (e.g. nodes.teller.servers=3:8:1)`);
	return { path: m[1].trim(), values: gridValues(Number(m[2]), Number(m[3]), Number(m[4])) };
}

/** The scenario at one grid point; throws ParameterError naming the path when the point is not a valid scenario. */
export function scenarioAt(scenario: Scenario, params: SweepParam[], values: number[]): Scenario {
	let s = scenario;
	params.forEach((p, i) => (s = setParameter(s, p.path, values[i])));
	const v = validateScenario(s);
	if (!v.ok) {
		const where = params.map((p, i) => `${p.path}=${values[i]}`).join(', ');
		throw new ParameterError(`at ${where} the scenario is not valid: ${v.problems[0].path}: ${v.problems[0].message}`);
	}
	return v.scenario;
}

export async function runSweep(scenario: Scenario, params: SweepParam[], options: SweepOptions = {}): Promise<SweepResult> {
	if (params.length < 1 || params.length > 2) throw new ParameterError('a sweep takes one or two parameters');
	if (params.length === 2 && params[0].path === params[1].path) throw new ParameterError('the two parameters of a sweep must differ');
	const evaluator = options.evaluator ?? localEvaluator;
	const seed = (options.seed ?? scenario.run.seed) >>> 0;
	const replications = options.replications ?? scenario.run.replications;
	const all = sweepGrid(params);
	const from = options.range?.from ?? 0;
	const to = options.range?.to ?? all.length;
	if (!(Number.isInteger(from) && Number.isInteger(to) && 0 <= from && from <= to && to <= all.length))
		throw new ParameterError(`points ${from}–${to} are not within the grid's ${all.length} points`);
	const grid = all.slice(from, to);
	const scenarios = grid.map((values) => scenarioAt(scenario, params, values)); // every point checked before anything runs
	const points: SweepPoint[] = [];
	let done = 0;
	check(options.onProgress, { done, total: grid.length });
	for (let i = 0; i < grid.length; i++) {
		const e = await evaluate(evaluator, scenarios[i], seed, replications);
		points.push({ values: grid[i], overall: e.results.overall, stations: e.results.stations });
		check(options.onProgress, { done: ++done, total: grid.length });
	}
	return sweepResult(scenario, params, seed, replications, points);
}
