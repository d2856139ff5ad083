// Scenario validation: reads any input (a parsed file, a share link, a saved library entry) and
// either accepts it as a Scenario or lists every problem at its exact path with the fix, in
// words a manager understands. Field-by-field checks come from the declarative description
// (validate-fields*.ts); rules across fields, links and the flow graph are code. It never
// throws: whatever the input, the answer is a list of problems.

import { migrateScenario } from './migrate';
import { SCENARIO_VERSION, type Scenario } from './scenario';
import { checkChoices } from './validate-choice';
import { checkDemandCoverage } from './validate-demand';
import { scenarioSpec } from './validate-fields';
import { checkAppointments } from './validate-fields-appointments';
import { checkGraph } from './validate-graph';
import { buildNodeIndex, segmentClasses } from './validate-index';
import { checkLinks, groupLinks } from './validate-links';
import { Report, type Problem } from './validate-report';
import { checkRouting } from './validate-routing';
import { arrivalHorizon, checkPeriodCount } from './validate-run';
import { checkSegments } from './validate-segments';
import { MAX_DEPTH } from './validate-limits';
import { at, isObj, item, own, show, shown } from './validate-text';
import { walk } from './validate-walk';

export type { Problem, ProblemParams } from './validate-report';
export { PROBLEM_CODES, type ProblemCode } from './problem-codes';

export type ValidationResult =
	{ ok: true; scenario: Scenario; warnings: Problem[] } | { ok: false; problems: Problem[]; warnings: Problem[] };

/**
 * Checks a scenario (after migrating it to the current version). On success `scenario` is the
 * migrated input itself, not a copy and without defaults filled in: use withDefaults() for that.
 */
export function validateScenario(input: unknown): ValidationResult {
	try {
		return check(input);
	} catch (e) {
		const reason = e instanceof Error ? e.message : 'unknown';
		return {
			ok: false,
			problems: [
				{
					path: '$',
					message: `Flowbench could not check this file (internal error: ${reason}) — please report this, with the file`,
					code: 'file.internal',
					params: { reason }
				}
			],
			warnings: []
		};
	}
}

function check(input: unknown): ValidationResult {
	const report = new Report();
	if (!isObj(input)) {
		report.error(
			'$',
			`must be a Flowbench scenario, an object { "format": "flowbench-scenario", "version": 2, … } (got ${show(input)}) — open a scenario file saved by Flowbench`,
			'file.notScenario',
			{ got: shown(input) }
		);
		return result(report, input);
	}
	if (tooDeep(input, report)) return result(report, input);
	const migrated = migrateScenario(input);
	for (const note of migrated.notes) report.warn('version', note, 'file.updated', { from: migrated.from, to: SCENARIO_VERSION });
	const s = migrated.scenario as Record<string, unknown>;
	const version = own(s, 'version');
	if (typeof version === 'number' && Number.isInteger(version) && version > SCENARIO_VERSION) {
		report.error(
			'version',
			`this file was made by a newer Flowbench (format version ${version}); this Flowbench reads version ${SCENARIO_VERSION} — update Flowbench to open it`,
			'file.newerVersion',
			{ version, current: SCENARIO_VERSION }
		);
		return result(report, s);
	}
	walk(s, scenarioSpec, '', report);
	const segments = checkSegments(own(s, 'segments'), report);
	const nodes = buildNodeIndex(own(s, 'nodes'), report);
	const horizon = arrivalHorizon(own(s, 'run'));
	if (horizon)
		for (const n of nodes.list)
			if (n.kind === 'source') {
				const path = at(item('nodes', n.index), 'arrivals');
				checkDemandCoverage(own(n.raw, 'arrivals'), path, horizon, report);
				if (horizon.mode === 'day') checkPeriodCount(own(n.raw, 'arrivals'), path, horizon.minutes, report);
			}
	for (const n of nodes.list)
		if (n.kind === 'appointments')
			checkAppointments(
				n.raw,
				item('nodes', n.index),
				segments.map((g) => g.id),
				horizon?.minutes,
				report
			);
	const links = checkLinks(own(s, 'links'), nodes, segments, report);
	checkChoices(nodes, links.links, segments, report);
	const classes = segmentClasses(
		segments,
		links.links.map((l) => l.segments)
	);
	// A node of unknown kind makes every conclusion about the flow doubtful: fix it first.
	if (nodes.unusable.size === 0) {
		if (classes.length > 0) checkRouting(groupLinks(links.links), classes, links.brokenFrom, report);
		checkGraph(nodes, Array.isArray(own(s, 'nodes')), links, classes, own(s, 'run'), report);
	}
	return result(report, s);
}

function result(report: Report, scenario: unknown): ValidationResult {
	const { errors, warnings } = report.finish();
	if (errors.length > 0) return { ok: false, problems: errors, warnings };
	return { ok: true, scenario: scenario as Scenario, warnings };
}

/**
 * Refuses a file nested deeper than MAX_DEPTH (a scenario needs about 6 levels): such a file
 * cannot be copied to a worker or stored without exhausting the stack. Walks with its own stack,
 * so any depth is measured without recursion; reports the path where the limit is passed.
 */
function tooDeep(input: unknown, report: Report): boolean {
	type Entry = { value: unknown; depth: number; parent: Entry | null; key: string | number };
	const stack: Entry[] = [{ value: input, depth: 0, parent: null, key: '' }];
	// data built in code may share objects: each is looked into once per depth it is met at
	const seen = new Map<object, number>();
	while (stack.length > 0) {
		const e = stack.pop()!;
		const v = e.value;
		if (typeof v !== 'object' || v === null) continue;
		for (let x = e.parent; x; x = x.parent)
			if (x.value === v) {
				report.error(
					entryPath(e),
					'contains itself (a loop of references), which a file cannot hold — remove this value',
					'file.selfReference'
				);
				return true;
			}
		const before = seen.get(v);
		if (before !== undefined && before <= e.depth) continue;
		seen.set(v, e.depth);
		if (e.depth >= MAX_DEPTH) {
			report.error(
				entryPath(e),
				`is nested more than ${MAX_DEPTH} levels deep (a scenario needs about 6) — remove this value; Flowbench does not read it`,
				'file.tooDeep',
				{ max: MAX_DEPTH }
			);
			return true;
		}
		if (Array.isArray(v)) {
			for (let i = v.length - 1; i >= 0; i--) stack.push({ value: v[i], depth: e.depth + 1, parent: e, key: i });
		} else {
			const keys = Object.keys(v);
			for (let i = keys.length - 1; i >= 0; i--)
				stack.push({ value: (v as Record<string, unknown>)[keys[i]], depth: e.depth + 1, parent: e, key: keys[i] });
		}
	}
	return false;

	function entryPath(e: Entry): string {
		const parts: (string | number)[] = [];
		for (let x: Entry | null = e; x && x.parent; x = x.parent) parts.push(x.key);
		let path = '';
		for (let i = parts.length - 1; i >= 0; i--) {
			const k = parts[i];
			path = typeof k === 'number' ? item(path, k) : at(path, k);
		}
		// a path of thousands of levels is useless to read: keep its start and end
		return path.length > 200 ? `${path.slice(0, 120)}…${path.slice(-60)}` : path;
	}
}
