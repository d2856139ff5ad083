// The staffing optimiser: servers per station per period that meet every target in every
// period of arrival at the lowest staff cost. Stages (docs/optimise.md):
//  1. bounds  — simulate the most staff the bounds allow; a period that misses a target even
//               then is reported as unreachable (which target, when, where the queue is, the best
//               value reachable) and kept at the maximum; the rest of the day is still optimised.
//  2. seed    — queueing theory per station and period (seed.ts), clamped to the bounds.
//  3. add     — while a period misses: try one more server at each station in the earliest
//               missing period (or, when all are at their maximum there, in the periods before
//               it, whose backlog it inherits) and keep the one that closes the most shortfall per
//               unit of cost.
//  4. remove  — try one fewer server in every cell, the most expensive and latest first; keep a
//               removal when every period still meets its targets; repeat until no single removal
//               does.
//  5. moves   — then take one or two servers out where each removal alone fails and put one back
//               where they broke a target (any station, from the period before the first one they
//               broke to the last), when that saves cost; after a move, removals again (progress
//               stage: still 'remove').
//  6. roster  — with shift rules, cover the plan by the cheapest shifts (roster.ts: exact, a
//               min-cost flow) and try dropping each shift.
// Every candidate runs the same replications with the same seed (common random numbers), so
// candidates differ by their staffing, not by luck, and the search is deterministic for a seed.

import type { Scenario, Targets } from '../../model/scenario';
import type { KpiSet, KpiValue, Results } from '../results';
import { prepareRun } from '../run';
import { compileScenario } from '../../core/compile';
import { UnstableError } from '../stability';
import { evaluate, check, localEvaluator, type Evaluation, type Evaluator, type ProgressCallback } from './evaluate';
import { staffingPerPeriod, withStaffing } from './scenario-edit';
import { checkPeriods, resolveTargets, totalShortfall, type PeriodCheck, type TargetKind } from './targets';
import { seedPlan, type SeedPeriod } from './seed';
import { coverWithShifts, rosterCounts, rulesInPeriods, type Shift, type ShiftRules } from './roster';

export interface StationBounds {
	min?: number;
	max?: number;
}

/**
 * Optimiser input beyond the scenario. Bounds and shift rules are not part of the scenario
 * format (version 1); they are given here (CLI: --options file.json; app: the Optimise form).
 */
export interface OptimiseOptions {
	seed?: number;
	/** Replications per candidate (default: the scenario's run.replications). */
	replications?: number;
	/** Overrides the scenario's targets key by key; null removes one. */
	targets?: Partial<Record<keyof Targets, number | null>>;
	/** Stations to staff (default: every station). */
	stations?: string[];
	/** Per station: fewest and most servers in any period (default 1 and max(10, 2 × current, 2 × seed)). */
	bounds?: Record<string, StationBounds>;
	/** Per station: shift rules (day mode only). */
	shifts?: Record<string, ShiftRules>;
	/** Required confidence that a period meets each target (default 0.9). */
	confidence?: number;
	/** Stop after this many candidates (default 3000). */
	maxCandidates?: number;
	/** Try moves between periods and stations once no single removal keeps the targets (default true). */
	moves?: boolean;
	onProgress?: ProgressCallback<OptimiseProgress>;
	evaluator?: Evaluator;
}

export type OptimiseStage = 'bounds' | 'seed' | 'add' | 'remove' | 'roster' | 'baseline' | 'done';

export interface OptimiseProgress {
	stage: OptimiseStage;
	/** Candidate plans simulated so far. */
	candidates: number;
	/** Planned staff cost of the cheapest plan found so far that meets every reachable target; null before one. */
	bestCost: number | null;
}

export class OptimiseError extends Error {
	override name = 'OptimiseError';
}

export interface PeriodKpi {
	start: number;
	end: number;
	arrivals: KpiValue;
	waitMean: KpiValue;
	serviceLevel: KpiValue;
	abandonment: KpiValue;
	csat: KpiValue;
	/** Per target: required value, confidence that the period meets it, and whether it counts as met. */
	checks: { target: TargetKind; required: number; confidence: number; meets: boolean }[];
	confidence: number;
	meets: boolean;
}

export interface UnmetTarget {
	target: TargetKind;
	required: number;
	period: number;
	/** Minutes since opening. */
	start: number;
	end: number;
	/** The busiest staffed station in that period (highest utilisation): where the queue is. */
	where: string | null;
	/** The period's value in the plan. */
	value: KpiValue;
	/** The best value reachable: the period's value with every station at its maximum. */
	bestReachable: KpiValue;
	message: string;
}

export interface StaffingPlan {
	format: 'flowbench-staffing';
	version: 1;
	scenario: { name: string };
	mode: 'day' | 'steady';
	seed: number;
	replications: number;
	feasible: boolean;
	targets: { kind: TargetKind; value: number }[];
	waitMinutes: number;
	confidence: number;
	periodMinutes: number;
	periods: { start: number; end: number }[];
	stations: Record<
		string,
		{ servers: number[]; current: number[]; min: number; max: number; costPerServerHour: number; shifts?: { start: number; end: number }[] }
	>;
	/** Simulated staff cost of the plan (overtime while draining included), per day or run. */
	cost: KpiValue;
	/** The current staffing on the same customers (null values when it has no steady state). */
	baselineCost: KpiValue;
	/** Staff cost as planned: Σ servers × period hours × cost per server-hour. */
	plannedCost: number;
	baselinePlannedCost: number;
	overall: KpiSet;
	baselineOverall: KpiSet;
	periodsKpi: PeriodKpi[];
	baselinePeriodsKpi: PeriodKpi[];
	unmet: UnmetTarget[];
	/** Theory's starting point per station and period (modified offered load and servers). */
	seedPlan: Record<string, SeedPeriod[]>;
	candidates: number;
	/** The search stopped at maxCandidates before it finished. */
	stoppedEarly: boolean;
}

type Plan = Record<string, number[]>;

function clock(minutes: number): string {
	const h = Math.floor(minutes / 60);
	const m = Math.round(minutes - h * 60);
	return `${h}h${String(m).padStart(2, '0')}`;
}

const TARGET_WORDS: Record<TargetKind, string> = {
	serviceLevel: 'service level',
	maxAbandonment: 'abandonment',
	minCsat: 'predicted CSAT'
};

function periodKpis(results: Results, checks: PeriodCheck[]): PeriodKpi[] {
	return checks.map((c) => {
		const p = results.periods[c.period];
		return {
			start: c.start,
			end: c.end,
			arrivals: p.arrivals,
			waitMean: p.waitMean,
			serviceLevel: p.serviceLevel,
			abandonment: p.abandonment,
			csat: p.csat,
			checks: c.checks.map((k) => ({ target: k.target, required: k.required, confidence: k.confidence, meets: k.meets })),
			confidence: c.confidence,
			meets: c.meets
		};
	});
}

/** Finds the cheapest staffing that meets every target in every period. */
export async function optimiseStaffing(scenario: Scenario, options: OptimiseOptions = {}): Promise<StaffingPlan> {
	const evaluator = options.evaluator ?? localEvaluator;
	const required = options.confidence ?? 0.9;
	if (!(required > 0 && required < 1)) throw new OptimiseError('confidence must be between 0 and 1 (e.g. 0.9)');
	const maxCandidates = options.maxCandidates ?? 3000;
	const { specs, waitMinutes: wm } = resolveTargets(scenario.targets, options.targets);
	if (specs.length === 0) throw new OptimiseError('no targets to meet: give a service level, a maximum abandonment or a minimum CSAT');
	const waitMinutes = wm ?? 5;
	if (specs.some((s) => s.kind === 'serviceLevel') && wm === undefined && scenario.targets?.waitMinutes === undefined)
		throw new OptimiseError('a service-level target needs waitMinutes (the wait it counts within)');
	const targets: Targets = { ...(scenario.targets ?? {}), waitMinutes };
	for (const s of specs) targets[s.kind] = s.value;
	for (const k of ['serviceLevel', 'maxAbandonment', 'minCsat'] as const) if (!specs.some((s) => s.kind === k)) delete targets[k];
	const base: Scenario = { ...scenario, targets };

	// the model's shape only (an unstable current staffing is fine: the optimiser fixes it)
	const prep = { model: compileScenario(base) };
	const seed = (options.seed ?? base.run.seed) >>> 0;
	const replications = options.replications ?? base.run.replications;
	if (replications < 2) throw new OptimiseError('the optimiser needs at least 2 replications per candidate to know its confidence');
	const steady = prep.model.steady;
	const P = steady ? 1 : prep.model.periodCount;
	const pm = prep.model.periodMinutes;

	const stationIds = options.stations ?? base.nodes.filter((n) => n.kind === 'station').map((n) => n.id);
	if (stationIds.length === 0) throw new OptimiseError('the scenario has no station to staff');
	const nodes = new Map(base.nodes.map((n) => [n.id, n]));
	for (const id of stationIds) {
		const n = nodes.get(id);
		if (!n || n.kind !== 'station') throw new OptimiseError(`"${id}" is not a station of this scenario`);
	}
	for (const id of Object.keys(options.bounds ?? {}))
		if (!stationIds.includes(id)) throw new OptimiseError(`bounds: "${id}" is not a station being staffed`);
	for (const id of Object.keys(options.shifts ?? {}))
		if (!stationIds.includes(id)) throw new OptimiseError(`shifts: "${id}" is not a station being staffed`);

	const current: Plan = {};
	const rate: Record<string, number> = {};
	for (const id of stationIds) {
		const n = nodes.get(id)!;
		if (n.kind !== 'station') continue;
		current[id] = staffingPerPeriod(n.servers, P, pm);
		rate[id] = n.costPerServerHour ?? 0;
	}
	const anyCost = stationIds.some((id) => rate[id] > 0);
	const costRate = (id: string) => (anyCost ? rate[id] : 1);
	const periods = prep.model.steady
		? [{ start: prep.model.warmup, end: prep.model.closeTime }]
		: Array.from({ length: P }, (_, p) => ({ start: p * pm, end: Math.min(prep.model.closeTime, (p + 1) * pm) }));
	const hours = periods.map((p) => (p.end - p.start) / 60);
	const planned = (x: Plan) =>
		stationIds.reduce((sum, id) => sum + x[id].reduce((s, c, p) => s + c * hours[p] * (anyCost ? rate[id] : 0), 0), 0);

	const seeds = seedPlan(base, stationIds, { periodCount: P, periodMinutes: pm, steady, specs, waitMinutes });
	const bounds: Record<string, { min: number; max: number }> = {};
	for (const id of stationIds) {
		const b = options.bounds?.[id] ?? {};
		const min = b.min ?? 1;
		const max = b.max ?? Math.max(10, 2 * Math.max(...current[id]), 2 * Math.max(...seeds[id].map((s) => s.servers)));
		if (!Number.isInteger(min) || !Number.isInteger(max) || min < 0 || max < Math.max(min, 1))
			throw new OptimiseError(`bounds of "${id}": min and max must be whole numbers with 0 ≤ min ≤ max and max ≥ 1 (got ${min}…${max})`);
		bounds[id] = { min, max };
	}
	const rosters: Record<string, ReturnType<typeof rulesInPeriods>> = {};
	if (!steady) for (const [id, r] of Object.entries(options.shifts ?? {})) rosters[id] = rulesInPeriods(r, pm, P);

	// ----- evaluation with a cache and progress -----
	let candidates = 0;
	let stage: OptimiseStage = 'bounds';
	let bestCost: number | null = null;
	let stoppedEarly = false;
	const cache = new Map<string, Promise<Evaluation | null>>();
	const frozen = new Set<number>();
	const keyOf = (x: Plan) => stationIds.map((id) => x[id].join(',')).join('|');
	const meetsAll = (checks: PeriodCheck[]) => checks.every((c) => frozen.has(c.period) || c.meets);
	// a steady-state candidate with too few servers has no steady state: it fails every target
	const run = (x: Plan): Promise<Evaluation | null> => {
		const key = keyOf(x);
		let e = cache.get(key);
		if (!e) {
			candidates++;
			const candidate = withStaffing(base, x, pm);
			let stable = true;
			try {
				prepareRun(candidate, { seed, replications });
			} catch (err) {
				if (!(err instanceof UnstableError)) throw err;
				stable = false;
			}
			const pending = stable ? evaluate(evaluator, candidate, seed, replications) : Promise.resolve(null);
			e = pending.then((ev) => {
				if (ev && meetsAll(checkPeriods(ev.results, specs, required))) {
					const c = planned(x);
					if (bestCost === null || c < bestCost) bestCost = c;
				}
				check(options.onProgress, { stage, candidates, bestCost });
				return ev;
			});
			cache.set(key, e);
		}
		return e;
	};
	const checksOf = (e: Evaluation | null): PeriodCheck[] =>
		e
			? checkPeriods(e.results, specs, required)
			: periods.map((p, period) => ({
					period,
					start: p.start,
					end: p.end,
					arrivals: null,
					checks: specs.map((s) => ({
						target: s.kind,
						required: s.value,
						value: { mean: null, low: null, high: null },
						confidence: 0,
						meets: false,
						shortfall: 10
					})),
					meets: false,
					confidence: 0
				}));
	const need = (e: Evaluation | null): Evaluation => {
		if (!e)
			throw new OptimiseError('even the most servers the bounds allow leave a station without a steady state: raise the maximum servers');
		return e;
	};
	const copy = (x: Plan): Plan => Object.fromEntries(stationIds.map((id) => [id, [...x[id]]]));
	const budgetLeft = () => {
		if (candidates >= maxCandidates) stoppedEarly = true;
		return !stoppedEarly;
	};

	// 1. the most the bounds allow
	check(options.onProgress, { stage, candidates, bestCost });
	const maxPlan: Plan = Object.fromEntries(stationIds.map((id) => [id, new Array<number>(P).fill(bounds[id].max)]));
	const atMax = need(await run(maxPlan));
	const maxChecks = checksOf(atMax);
	for (const c of maxChecks) if (!c.meets) frozen.add(c.period);

	// 2. theory's seed
	stage = 'seed';
	let x: Plan = Object.fromEntries(
		stationIds.map((id) => [
			id,
			seeds[id].map((s, p) => (frozen.has(p) ? bounds[id].max : Math.min(bounds[id].max, Math.max(bounds[id].min, s.servers))))
		])
	);
	let ev: Evaluation | null = await run(x);
	let checks = checksOf(ev);

	// 3. add where a period misses
	stage = 'add';
	while (budgetLeft()) {
		const missing = checks.find((c) => !c.meets && !frozen.has(c.period));
		if (!missing) break;
		const p = missing.period;
		let tries: { x: Plan; id: string; p: number }[] = [];
		for (let q = p; q >= 0 && tries.length === 0; q--)
			for (const id of stationIds)
				if (x[id][q] < bounds[id].max) {
					const y = copy(x);
					y[id][q]++;
					tries.push({ x: y, id, p: q });
				}
		if (tries.length === 0) {
			frozen.add(p);
			continue;
		}
		tries = tries.slice(0, stationIds.length);
		const evs = await Promise.all(tries.map((t) => run(t.x)));
		const before = totalShortfall(checks, frozen);
		let best = 0;
		let bestScore = -Infinity;
		evs.forEach((e, i) => {
			const score = (before - totalShortfall(checksOf(e), frozen)) / (hours[tries[i].p] * costRate(tries[i].id) || 1);
			if (score > bestScore) {
				bestScore = score;
				best = i;
			}
		});
		x = tries[best].x;
		ev = evs[best];
		checks = checksOf(ev);
	}

	// 4. remove while every period still meets its targets
	stage = 'remove';
	const cells = stationIds
		.flatMap((id) => x[id].map((_, p) => ({ id, p })))
		.filter((c) => !frozen.has(c.p))
		.sort((a, b) => costRate(b.id) * hours[b.p] - costRate(a.id) * hours[a.p] || b.p - a.p);
	const tryRemovals = async (): Promise<void> => {
		for (let changed = true; changed && budgetLeft();) {
			changed = false;
			for (const c of cells) {
				if (x[c.id][c.p] <= bounds[c.id].min || !budgetLeft()) continue;
				const y = copy(x);
				y[c.id][c.p]--;
				const e = await run(y);
				const k = checksOf(e);
				if (meetsAll(k)) {
					x = y;
					ev = e;
					checks = k;
					changed = true;
				}
			}
		}
	};
	// 5. moves: once no single removal keeps the targets, take one or two servers where each
	// removal alone fails and put one back where they broke a target (any station, from the
	// period before the first period they broke to the last), when that saves cost. The removals
	// tried by the last full pass are in the cache, so choosing moves costs no simulation.
	const cellCost = (c: { id: string; p: number }) => costRate(c.id) * hours[c.p];
	const tryMoves = async (): Promise<boolean> => {
		const failed: { cell: (typeof cells)[number]; first: number; short: number }[] = [];
		for (const a of cells) {
			if (x[a.id][a.p] <= bounds[a.id].min) continue;
			const y = copy(x);
			y[a.id][a.p]--;
			const e = cache.get(keyOf(y));
			if (!e) return false; // the last pass did not finish (budget): no moves
			const k = checksOf(await e);
			const fails = k.filter((c) => !frozen.has(c.period) && !c.meets);
			if (fails.length > 0) failed.push({ cell: a, first: fails[0].period, short: totalShortfall(k, frozen) });
		}
		const widest = Math.max(0, ...failed.map((f) => f.short));
		const moves: { take: (typeof cells)[number][]; put: (typeof cells)[number]; short: number; saves: number }[] = [];
		for (let i = 0; i < failed.length; i++)
			for (let j = i - 1; j < failed.length; j++) {
				// j = i − 1: a move of one server; j = i: two servers from the same cell
				const take = j < i ? [failed[i].cell] : [failed[i].cell, failed[j].cell];
				if (j === i && x[take[0].id][take[0].p] < bounds[take[0].id].min + 2) continue;
				const firsts = j < i ? [failed[i].first] : [failed[i].first, failed[j].first];
				const lo = Math.min(...firsts) - 1;
				const hi = Math.max(...firsts);
				const short = failed[i].short + (j < i ? 0 : failed[j].short);
				const freed = take.reduce((sum, c) => sum + cellCost(c), 0);
				for (const id of stationIds)
					for (let q = Math.max(0, lo); q <= hi; q++) {
						if (frozen.has(q) || x[id][q] >= bounds[id].max || take.some((c) => c.id === id && c.p === q)) continue;
						const saves = freed - cellCost({ id, p: q });
						// one more server at the put cell closes at most about what one fewer there opens
						// (diminishing returns); for a cell at its minimum, the most any removal opened
						const worth = failed.find((f) => f.cell.id === id && f.cell.p === q)?.short ?? widest;
						if (saves > 1e-9 && short <= worth) moves.push({ take, put: { id, p: q }, short, saves });
					}
			}
		// the nearest to keeping the targets first, then the largest saving, then cell order
		moves.sort((a, b) => a.short - b.short || b.saves - a.saves);
		// a round tries at most one move per period (at least 4): the moves that kept the targets
		// ranked 0, 1, 1, 1 and 6 in the cases measured (docs/optimise.md)
		const budget = Math.max(4, P);
		for (const m of moves.slice(0, budget)) {
			if (!budgetLeft()) return false;
			const y = copy(x);
			for (const c of m.take) y[c.id][c.p]--;
			y[m.put.id][m.put.p]++;
			const e = await run(y);
			const k = checksOf(e);
			if (meetsAll(k)) {
				x = y;
				ev = e;
				checks = k;
				return true;
			}
		}
		return false;
	};
	if (meetsAll(checks)) {
		await tryRemovals();
		while ((options.moves ?? true) && budgetLeft() && (await tryMoves())) await tryRemovals();
	}

	// 6. shifts people can work
	const shiftsOut: Record<string, Shift[]> = {};
	if (Object.keys(rosters).length > 0) {
		stage = 'roster';
		const y = copy(x);
		for (const [id, rules] of Object.entries(rosters)) {
			shiftsOut[id] = coverWithShifts(x[id], rules, { hours, max: bounds[id].max });
			y[id] = rosterCounts(shiftsOut[id], P).map((c) => Math.min(bounds[id].max, c));
		}
		x = y;
		ev = await run(x);
		checks = checksOf(ev);
		for (const id of Object.keys(rosters)) {
			for (let i = shiftsOut[id].length - 1; i >= 0 && budgetLeft(); i--) {
				const fewer = shiftsOut[id].filter((_, j) => j !== i);
				const z = copy(x);
				z[id] = rosterCounts(fewer, P).map((c) => Math.min(bounds[id].max, c));
				if (z[id].some((c) => c < bounds[id].min)) continue;
				const e = await run(z);
				const k = checksOf(e);
				if (meetsAll(k)) {
					shiftsOut[id] = fewer;
					x = z;
					ev = e;
					checks = k;
				}
			}
		}
	}

	// the current staffing on the same customers, for comparison
	stage = 'baseline';
	const baseEv = await run(current);
	const NONE = { mean: null, low: null, high: null };
	stage = 'done';
	check(options.onProgress, { stage, candidates, bestCost });
	const final = need(ev);

	const unmet: UnmetTarget[] = [];
	for (const c of checks) {
		for (const k of c.checks) {
			if (k.meets) continue;
			const sp = final.results.stationPeriods[c.period] ?? {};
			let where: string | null = null;
			let u = -1;
			for (const id of stationIds) {
				const util = sp[id]?.utilisation?.mean ?? null;
				if (util !== null && util > u) {
					u = util;
					where = id;
				}
			}
			const best = maxChecks[c.period].checks.find((m) => m.target === k.target)!.value;
			const fmt = (v: number | null) => (v === null ? 'no data' : `${(v * 100).toFixed(1)} %`);
			const when = steady ? 'in the steady state' : `${clock(c.start)}–${clock(c.end)} after opening`;
			unmet.push({
				target: k.target,
				required: k.required,
				period: c.period,
				start: c.start,
				end: c.end,
				where,
				value: k.value,
				bestReachable: best,
				message:
					`${TARGET_WORDS[k.target]} ${k.target === 'maxAbandonment' ? 'at most' : 'at least'} ${fmt(k.required)} is not met ${when}` +
					(where ? ` (busiest: "${nodes.get(where)?.name ?? where}")` : '') +
					`: ${fmt(k.value.mean)} in the plan; the best reachable within the bounds is ${fmt(best.mean)}` +
					` (95 % CI ${fmt(best.low)}–${fmt(best.high)}).` +
					(frozen.has(c.period)
						? ' Raise the maximum servers, lower demand or relax the target.'
						: ' The search stopped before meeting it.')
			});
		}
	}

	return {
		format: 'flowbench-staffing',
		version: 1,
		scenario: { name: scenario.name },
		mode: steady ? 'steady' : 'day',
		seed,
		replications,
		feasible: unmet.length === 0,
		targets: specs.map((s) => ({ kind: s.kind, value: s.value })),
		waitMinutes,
		confidence: required,
		periodMinutes: pm,
		periods,
		stations: Object.fromEntries(
			stationIds.map((id) => [
				id,
				{
					servers: steady ? [x[id][0]] : x[id],
					current: steady ? [current[id][0]] : current[id],
					min: bounds[id].min,
					max: bounds[id].max,
					costPerServerHour: rate[id],
					...(shiftsOut[id] ? { shifts: shiftsOut[id].map((s) => ({ start: s.from * pm, end: s.to * pm })) } : {})
				}
			])
		),
		cost: final.results.overall.cost,
		baselineCost: baseEv ? baseEv.results.overall.cost : NONE,
		plannedCost: planned(x),
		baselinePlannedCost: planned(current),
		overall: final.results.overall,
		baselineOverall: baseEv ? baseEv.results.overall : {},
		periodsKpi: periodKpis(final.results, checks),
		baselinePeriodsKpi: baseEv ? periodKpis(baseEv.results, checksOf(baseEv)) : [],
		unmet,
		seedPlan: seeds,
		candidates,
		stoppedEarly
	};
}

/** The scenario with the plan's staffing: a redesign of the input, valid and loadable. */
export function staffedScenario(scenario: Scenario, plan: StaffingPlan): Scenario {
	const servers = Object.fromEntries(Object.entries(plan.stations).map(([id, s]) => [id, s.servers]));
	const out = withStaffing(scenario, servers, plan.periodMinutes);
	out.name = `${scenario.name} — optimised staffing`;
	out.description =
		`Staffing from the optimiser (seed ${plan.seed}, ${plan.replications} replications per candidate, ${plan.feasible ? 'every target met' : 'some targets unreachable'}).` +
		(scenario.description ? ` ${scenario.description}` : '');
	return out;
}
