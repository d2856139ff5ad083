// flowbench optimise <scenario.json> [--seed S] [--replications N] [--options options.json]
//                    [--confidence C] [--out plan.json] [--scenario-out staffed.json] [--workers N] [--quiet]
// --workers N (default: one per core) runs each candidate's replications on worker threads kept
// warm for the whole search; --workers 1 runs everything on this thread. Same plan either way.
// Finds the cheapest servers per station per period that meet the scenario's targets in every
// period (docs/optimise.md) and writes the staffing plan JSON (format "flowbench-staffing").
// Bounds and shift rules are not part of the scenario format: give them in --options, a JSON
// object { "targets"?, "stations"?, "bounds"?: { "<id>": { "min", "max" } },
// "shifts"?: { "<id>": { "lengths": [hours], "earliestStart"?, "latestEnd"? } }, "confidence"?,
// "maxCandidates"?, "moves"?: false to skip moves between periods }.
// Exit codes as `run`; a plan that cannot meet every target is still written (feasible: false,
// each unmet target named on stderr) and exits 4.

import { readFileSync, writeFileSync } from 'node:fs';
import {
	OptimiseError,
	RunawayError,
	UnstableError,
	ParameterError,
	ShiftRuleError,
	optimiseStaffing,
	staffedScenario,
	type OptimiseOptions
} from '../../lib/sim/index';
import { loadScenario } from '../load';
import { runJobInWorkers } from '../pool';
import { optimiseJob } from '../../lib/jobs/specs';
import { isRunError } from '../../lib/jobs/errors';

export const OPTIMISE_USAGE = `  flowbench optimise <scenario.json> [--seed S] [--replications N] [--options options.json] [--confidence C]
                     [--out plan.json] [--scenario-out staffed.json] [--workers N] [--quiet]`;

function value(argv: string[], i: number, flag: string): string {
	const v = argv[i];
	if (v === undefined) throw new ParameterError(`${flag} needs a value`);
	return v;
}

function whole(flag: string, text: string, min: number, max: number): number {
	const n = Number(text);
	if (!Number.isInteger(n) || n < min || n > max)
		throw new ParameterError(`${flag} must be a whole number from ${min} to ${max} (got "${text}")`);
	return n;
}

export async function commandOptimise(argv: string[]): Promise<number> {
	let file = '';
	const o: OptimiseOptions = {};
	let out: string | undefined;
	let scenarioOut: string | undefined;
	let optionsFile: string | undefined;
	let quiet = false;
	let workers: number | undefined;
	try {
		for (let i = 0; i < argv.length; i++) {
			const a = argv[i];
			if (a === '--seed') o.seed = whole(a, value(argv, ++i, a), 0, 2 ** 32 - 1);
			else if (a === '--replications') o.replications = whole(a, value(argv, ++i, a), 2, 100_000);
			else if (a === '--confidence') {
				o.confidence = Number(value(argv, ++i, a));
				if (!(o.confidence > 0 && o.confidence < 1)) throw new ParameterError('--confidence must be between 0 and 1 (e.g. 0.9)');
			} else if (a === '--out') out = value(argv, ++i, a);
			else if (a === '--scenario-out') scenarioOut = value(argv, ++i, a);
			else if (a === '--options') optionsFile = value(argv, ++i, a);
			else if (a === '--quiet') quiet = true;
			else if (a === '--workers') workers = whole(a, value(argv, ++i, a), 1, 256);
			else if (a.startsWith('--')) throw new ParameterError(`unknown option "${a}"`);
			else if (file) throw new ParameterError(`one scenario file at a time (got "${file}" and "${a}")`);
			else file = a;
		}
		if (!file) throw new ParameterError('optimise needs a scenario file');
	} catch (e) {
		process.stderr.write(`${(e as Error).message}\n\nUsage:\n${OPTIMISE_USAGE}\n`);
		return 2;
	}
	const loaded = loadScenario(file);
	if (!loaded.ok) {
		for (const p of loaded.problems) process.stderr.write(`${p.path}: ${p.message}\n`);
		return 1;
	}
	if (optionsFile) {
		try {
			const extra = JSON.parse(readFileSync(optionsFile, 'utf8')) as OptimiseOptions;
			if (typeof extra !== 'object' || extra === null || Array.isArray(extra)) throw new Error('must be a JSON object');
			const keys = ['targets', 'stations', 'bounds', 'shifts', 'confidence', 'maxCandidates', 'moves'] as const;
			for (const k of keys) if (extra[k] !== undefined && o[k] === undefined) (o as Record<string, unknown>)[k] = extra[k];
			for (const k of Object.keys(extra)) if (!(keys as readonly string[]).includes(k)) throw new Error(`unknown key "${k}"`);
			if (extra.moves !== undefined && typeof extra.moves !== 'boolean') throw new Error('"moves" must be true or false');
		} catch (e) {
			process.stderr.write(`${optionsFile}: ${(e as Error).message}\n`);
			return 1;
		}
	}
	const started = Date.now();
	let lastShown = 0;
	const show = (stage: string, candidates: number, bestCost: number | null) => {
		const now = Date.now();
		if (quiet || now - lastShown < 1000 || now - started < 1000) return;
		lastShown = now;
		process.stderr.write(
			`${stage}: ${candidates} candidates tried${bestCost !== null ? `, best cost so far ${bestCost.toFixed(0)}` : ''}\n`
		);
	};
	let plan;
	try {
		// one thread: the search and its simulations here, as before; more: each candidate's
		// replications on worker threads kept warm for the whole search (the same rows either way)
		if (workers === 1) plan = await optimiseStaffing(loaded.scenario, { ...o, onProgress: (p) => show(p.stage, p.candidates, p.bestCost) });
		else
			plan = await runJobInWorkers(optimiseJob(loaded.scenario, o), {
				workers,
				onProgress: (p) => p.search && show(p.search.stage, p.search.done, p.search.bestCost)
			});
	} catch (e) {
		if (e instanceof UnstableError || e instanceof RunawayError || isRunError(e)) {
			process.stderr.write(`error: ${e.message}\n`);
			return 3;
		}
		if (e instanceof OptimiseError || e instanceof ShiftRuleError || e instanceof ParameterError) {
			process.stderr.write(`error: ${e.message}\n`);
			return 1;
		}
		throw e;
	}
	const json = JSON.stringify(plan, null, 2) + '\n';
	if (out) writeFileSync(out, json);
	else process.stdout.write(json);
	if (scenarioOut) writeFileSync(scenarioOut, JSON.stringify(staffedScenario(loaded.scenario, plan), null, 2) + '\n');
	if (!quiet) {
		process.stderr.write(
			`${plan.feasible ? 'every target met' : 'NOT every target can be met'}: ${plan.candidates} candidates in ${((Date.now() - started) / 1000).toFixed(1)} s; planned cost ${plan.plannedCost.toFixed(0)} (now ${plan.baselinePlannedCost.toFixed(0)})\n`
		);
		for (const u of plan.unmet) process.stderr.write(`unmet: ${u.message}\n`);
	}
	return plan.feasible ? 0 : 4;
}
