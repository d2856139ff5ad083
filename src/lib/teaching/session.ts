// Running a lesson through the real engine: one traced replication (a day) for the
// animation and the live charts, and many replications for the long-run answer that is set
// beside theory and beside the student's guess. One replication of a lesson is a few
// milliseconds, so the page re-runs at once when a slider moves.

import {
	compileScenario,
	measureReplication,
	runScenario,
	Simulation,
	STATION_KPIS,
	TraceLog,
	validateScenario,
	type CompiledModel,
	type Results,
	type Scenario
} from '$lib/sim';
import { customerSegments, Replay } from './replay';
import type { Lesson, LessonParams, MeasureMode } from './lessons';
import { theoryFor, type SimKey } from './theory';

export interface TracedDay {
	scenario: Scenario;
	model: CompiledModel;
	replay: Replay;
	/** The engine's own measurement of this day, per station node id. */
	stations: Record<string, { waitMean: number; queueLengthMean: number; utilisation: number; abandonment: number }>;
	/** Over all customers of the day. */
	arrivals: number;
}

const ST_WAIT = STATION_KPIS.indexOf('waitMean');
const ST_QUEUE = STATION_KPIS.indexOf('queueLengthMean');
const ST_UTIL = STATION_KPIS.indexOf('utilisation');
const ST_ABANDON = STATION_KPIS.indexOf('abandonment');

/** Runs replication `rep` of the scenario with a trace, and builds its replay. */
export function runTracedDay(scenario: Scenario, rep = 0): TracedDay {
	const model = compileScenario(scenario);
	const sim = new Simulation(model, scenario.run.seed);
	const trace = new TraceLog();
	sim.run(rep, { trace });
	const row = measureReplication(sim);
	const segments = customerSegments(trace, model, sim.records);
	const replay = new Replay(trace, model, { segments, endTime: sim.endTime });
	const stations: TracedDay['stations'] = {};
	const KS = STATION_KPIS.length;
	for (let r = 0; r < model.resourceCount; r++) {
		stations[model.nodeIds[model.resNode[r]]] = {
			waitMean: row.stations[r * KS + ST_WAIT],
			queueLengthMean: row.stations[r * KS + ST_QUEUE],
			utilisation: row.stations[r * KS + ST_UTIL],
			abandonment: row.stations[r * KS + ST_ABANDON]
		};
	}
	return { scenario, model, replay, stations, arrivals: row.overall[0] };
}

/** Arrivals per minute into the flow (constant-rate Poisson sources). */
function arrivalRate(s: Scenario): number {
	let rate = 0;
	for (const n of s.nodes) if (n.kind === 'source' && n.arrivals.type === 'poisson') rate += Number(n.arrivals.ratePerHour) / 60;
	return rate;
}

/**
 * The scenario set up for many replications: steady state (long runs after a warm-up, what
 * theory describes; about `customersPerRun` customers each) or days.
 */
export function longRunScenario(scenario: Scenario, mode: MeasureMode, replications = 30, customersPerRun = 3000): Scenario {
	const s = structuredClone(scenario);
	if (mode === 'steady') {
		const rate = Math.max(arrivalRate(s), 1e-3);
		const length = Math.round(Math.min(60_000, Math.max(600, customersPerRun / rate)));
		s.run = { mode: 'steady', warmup: Math.round(length / 10), length, replications, seed: s.run.seed };
	} else {
		s.run = { ...s.run, replications };
	}
	return s;
}

/** Many replications on this thread (tests; the page uses workers). Throws the engine's UnstableError when a steady run cannot settle. */
export function longRun(scenario: Scenario, mode: MeasureMode, replications = 30, customersPerRun = 3000): Results {
	return runScenario(longRunScenario(scenario, mode, replications, customersPerRun), { replications });
}

/** A simulated value from long-run results (mean and 95 % interval), or null when absent. */
export function simulatedValue(results: Results, key: SimKey): { mean: number; low: number | null; high: number | null } | null {
	const v =
		key === 'kioskShare'
			? Object.values(results.channels ?? {})[0]?.alternatives.find((a) => a.to === 'kiosk')?.share
			: key === 'waitMean'
				? results.overall.waitMean
				: key === 'abandonment'
					? results.overall.abandonment
					: key === 'regularWait'
						? results.segments.regular?.waitMean
						: key === 'vipWait'
							? results.segments.vip?.waitMean
							: results.stations.counter?.waitMean;
	if (!v || v.mean === null) return null;
	return { mean: v.mean, low: v.low, high: v.high };
}

export interface Answer {
	/** Measured before and after (for ratio questions), and the compared number. */
	before: number | null;
	after: number;
	/** after / before, after − before, or the value itself. */
	result: number;
	/** Index of the option that holds (choice questions), else −1. */
	correct: number;
	/** A run that could not settle (the queue grows without limit). */
	unstable: boolean;
	/** Where the numbers come from: the engine's long runs, or the lesson's formula (an engine that cannot run the flow yet). */
	source?: 'engine' | 'formula';
}

/** The number a question compares, from long-run results. */
export function metricOf(lesson: Lesson, results: Results): number {
	return simulatedValue(results, lesson.question.metric)?.mean ?? NaN;
}

/** The answer from the measured before (null for value questions) and after. */
export function answerFrom(lesson: Lesson, before: number | null, after: number): Answer {
	const q = lesson.question;
	const result = before === null ? after : q.compare === 'difference' ? after - before : after / before;
	const correct = q.options ? q.options.findIndex((o) => o.holds(result)) : -1;
	return { before, after, result, correct, unstable: !Number.isFinite(after) || (before !== null && !Number.isFinite(before)) };
}

/** Measures the answer to the lesson's question with the engine on this thread (before and after, many replications each). */
export function measureAnswer(lesson: Lesson, p: LessonParams, replications = 30): Answer {
	const q = lesson.question;
	const run = (x: LessonParams): number => {
		try {
			return metricOf(lesson, longRun(lesson.build(x), lesson.measure, replications));
		} catch (e) {
			if (e instanceof Error && e.name === 'UnstableError') return Infinity;
			throw e;
		}
	};
	const after = run(q.after(p));
	const before = q.compare !== 'value' ? run(q.before(p)) : null;
	return answerFrom(lesson, before, after);
}

/** Whether this build's engine can run the scenario's flow (a format-v2 node kind needs an engine that has it). */
export function engineRuns(scenario: Scenario): boolean {
	if (!validateScenario(scenario).ok) return false;
	try {
		compileScenario(scenario);
		return true;
	} catch {
		return false;
	}
}

/** The question's metric as the lesson's formula predicts it (theory line of the same metric), or null. */
export function formulaValue(lesson: Lesson, p: LessonParams): number | null {
	const line = theoryFor(lesson, p).lines.find((l) => l.metric === lesson.question.metric);
	return line ? line.value : null;
}

/** The answer from the lesson's formula alone, for an engine that cannot run the flow yet; null without a formula. */
export function formulaAnswer(lesson: Lesson, p: LessonParams): Answer | null {
	const q = lesson.question;
	const after = formulaValue(lesson, q.after(p));
	const before = q.compare !== 'value' ? formulaValue(lesson, q.before(p)) : null;
	if (after === null || (q.compare !== 'value' && before === null)) return null;
	return { ...answerFrom(lesson, before, after), source: 'formula' };
}
