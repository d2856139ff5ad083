// Opening a scenario file in the app. A file that is not JSON, not a Flowbench scenario, from a
// newer Flowbench, or whose STRUCTURE is broken (a list where settings belong, a missing part,
// an unknown kind of step, nesting no file needs) is refused with its problems, and nothing is
// saved. A file of the known format whose VALUES are wrong (servers −1, shares that do not add
// up, a link to a step that is not there, a cv of 1e154) opens in the editor with those problems
// flagged, so they can be fixed there instead of in a text editor.

import { validateScenario, type Problem, type ProblemCode, type Scenario } from '$lib/sim';

export type OpenResult =
	| { ok: true; scenario: Scenario; problems: Problem[]; warnings: Problem[] }
	| { ok: false; problems: Problem[]; /** The file's data when it was JSON, to name steps in the problems. */ data?: unknown };

/**
 * Problems the editor shows and lets the user fix in place: values out of range, rules across
 * fields, links and the flow. Anything else (wrong types, missing parts, unknown kinds, the file
 * as a whole) means the editor could not show the scenario, and the file is refused.
 */
const FIXABLE_IN_EDITOR = new Set<ProblemCode>([
	'value.min',
	'value.gt',
	'value.max',
	'value.outOfRange',
	'value.notWhole',
	'value.notOneOf',
	'value.tooMany',
	'run.tooLong',
	'run.tooManyPeriods',
	'demand.zeroInterarrival',
	'dist.maxBelowMin',
	'dist.modeOutside',
	'segment.toleranceOrder',
	'segment.duplicateId',
	'segment.sharesSum',
	'satisfaction.cutpointCount',
	'satisfaction.cutpointOrder',
	'staffing.allZero',
	'node.duplicateId',
	'flow.noSource',
	'flow.noExit',
	'flow.loop',
	'flow.noWayForSegments',
	'flow.noDoneLink',
	'flow.noWayOut',
	'link.fromExit',
	'link.toSource',
	'link.wrongOutcome',
	'link.unknownNode',
	'link.unknownSegment',
	'routing.missingProbability',
	'routing.useSplit',
	'routing.sumNot1'
]);

/** Whether the editor can open a scenario with these problems (see FIXABLE_IN_EDITOR). */
export function openableWithProblems(problems: readonly Problem[]): boolean {
	return problems.every((p) => p.code !== undefined && FIXABLE_IN_EDITOR.has(p.code) && !notWholeType(p));
}

/** "must be a whole number" for a value that is not a number at all (a text, a list) is a type problem. */
function notWholeType(p: Problem): boolean {
	return p.code === 'value.notWhole' && !/^-?\d/.test(String(p.params?.got ?? ''));
}

/** Reads a scenario file's text: opens it (with its problems, if they can be fixed in the editor) or refuses it. */
export function openScenarioText(text: string): OpenResult {
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch (e) {
		const reason = e instanceof Error ? e.message : String(e);
		return { ok: false, problems: [{ path: '$', message: `is not a JSON file (${reason})`, code: 'file.notJson', params: { reason } }] };
	}
	const v = validateScenario(data);
	if (v.ok) return { ok: true, scenario: v.scenario, problems: [], warnings: v.warnings };
	if (openableWithProblems(v.problems)) return { ok: true, scenario: data as Scenario, problems: v.problems, warnings: v.warnings };
	return { ok: false, problems: v.problems, data };
}
