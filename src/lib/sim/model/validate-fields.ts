// Field descriptions of the whole scenario file and its run settings and targets. Together with
// validate-fields-common.ts, validate-fields-flow.ts and validate-fields-satisfaction.ts this is
// the single description of the format from which the checks, the JSON Schema, the docs' field
// reference and the defaults come.

import { SCENARIO_FORMAT, SCENARIO_VERSION } from './scenario';
import { segmentSpec } from './validate-fields-common';
import { linkSpec, nodeSpec } from './validate-fields-flow';
import { satisfactionSpec } from './validate-fields-satisfaction';
import { MAX_EVENTS, MAX_HOURS, MAX_MINUTES, MAX_RUN_MINUTES } from './validate-limits';
import { checkRun } from './validate-run';
import { bool, constant, list, num, oneOf, optional, required, text, whole, type ObjectSpec } from './validate-spec';

export const MAX_REPLICATIONS = 100_000;
export const MAX_SEED = 2 ** 32 - 1;

export const runSpec: ObjectSpec = {
	type: 'object',
	defName: 'run',
	title: 'Run settings',
	noun: 'run settings { "mode": "day", "hours": 8, "replications": 50, "seed": 1 }',
	doc: 'How the simulation is run. Day mode: open, close after `hours`, then drain; replications are independent days. Steady mode: one long run per replication with a warm-up that is discarded.',
	fields: {
		mode: required(oneOf(['day', 'steady']), '"day": open..close, then drain; "steady": long run with warm-up.', 'day'),
		open: optional(
			text({ pattern: '(?:[01][0-9]|2[0-3]):[0-5][0-9]', patternText: 'a time of day like "09:00" (24-hour clock)' }),
			'Day mode: clock label of time 0, "HH:MM" (display only).',
			'09:00'
		),
		hours: {
			...optional(num({ gt: 0, limit: MAX_HOURS, unit: 'hours' }), 'Day mode (required): doors close after this many hours.'),
			example: 8
		},
		drain: optional(bool(), 'Day mode: serve everyone still inside after closing (false: the day ends at closing).', true),
		warmup: optional(
			num({ min: 0, limit: MAX_RUN_MINUTES, unit: 'minutes' }),
			'Steady mode: minutes simulated and discarded before measuring.',
			0
		),
		length: {
			...optional(num({ gt: 0, limit: MAX_RUN_MINUTES, unit: 'minutes' }), 'Steady mode (required): minutes measured after the warm-up.'),
			example: 100000
		},
		replications: required(whole({ min: 1, max: MAX_REPLICATIONS }), 'Independent replications (days, or long runs).', 50),
		seed: required(whole({ min: 0, max: MAX_SEED }), 'Master random seed; the same seed gives the same results.', 1),
		maxEvents: optional(
			whole({ min: 1, limit: MAX_EVENTS }),
			"Safety limit: a replication that processes more events than this stops with an error. Absent: the engine's own limit."
		)
	},
	conditions: [
		{ when: 'mode', equals: 'day', require: ['hours'], because: 'day mode needs the opening hours' },
		{ when: 'mode', equals: 'steady', require: ['length'], because: 'steady mode needs the measured length in minutes' }
	],
	check: checkRun
};

const share = (doc: string, def: number) => optional(num({ min: 0, max: 1 }), doc, def);

export const targetsSpec: ObjectSpec = {
	type: 'object',
	defName: 'targets',
	title: 'Targets',
	noun: 'targets { "waitMinutes": 10, "serviceLevel": 0.8 }',
	doc: 'Benchmarks each result is shown against.',
	fields: {
		waitMinutes: optional(num({ min: 0, limit: MAX_MINUTES, unit: 'minutes' }), 'Service-level threshold: minutes of total wait.', 10),
		serviceLevel: share('Share of customers to serve within waitMinutes, 0–1.', 0.8),
		maxAbandonment: share('Highest acceptable share of customers who abandon, 0–1.', 0.05),
		minCsat: share('Lowest acceptable predicted CSAT, 0–1.', 0.85)
	}
};

export const scenarioSpec: ObjectSpec = {
	type: 'object',
	title: 'Scenario',
	noun: 'a Flowbench scenario { "format": "flowbench-scenario", "version": 2, … }',
	doc: 'One complete model: flow, demand, staffing, customer behaviour, targets and run settings. Times in minutes, rates per hour; time 0 is opening time.',
	fields: {
		format: {
			...required(constant(SCENARIO_FORMAT), 'Always "flowbench-scenario".', SCENARIO_FORMAT),
			hint: 'this file is not a Flowbench scenario, or its "format" line was changed'
		},
		version: required(
			constant(SCENARIO_VERSION),
			'Format version; this document describes version 2 (version-1 files are updated on reading).',
			SCENARIO_VERSION
		),
		name: required(text(), 'Name of the scenario.', 'Bank branch'),
		description: optional(text(), 'Free text.', ''),
		currency: optional(
			text(),
			'Currency of the costs, an ISO 4217 code such as "EUR" or "CNY" (shown with cost figures); absent: costs are plain numbers.'
		),
		redesignOf: optional(
			text(),
			'Name of the baseline scenario this one is a redesign of; opening the file links it to that scenario in the library when one of that name is there.'
		),
		run: required(runSpec, 'How the simulation is run.', { mode: 'day', hours: 8, replications: 50, seed: 1 }),
		segments: required(list(segmentSpec, 1), 'Kinds of customer; shares sum to 1.', [{ id: 'all', name: 'Everyone', share: 1 }]),
		nodes: required(list(nodeSpec), "The flow's nodes: at least one source and one exit."),
		links: required(list(linkSpec), 'Where customers go from each node.'),
		targets: optional(targetsSpec, 'Benchmarks to show results against.', {}),
		satisfaction: optional(satisfactionSpec, 'Satisfaction-model parameters (docs/satisfaction.md); absent: all defaults.')
	}
};
