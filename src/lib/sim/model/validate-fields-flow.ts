// Field descriptions of the flow: arrivals, the node kinds and the links between them (the
// format-v2 appointments node and callback offer are described in validate-fields-appointments.ts).
// How links route customers (outcomes, probabilities, segments) is checked in code, in
// validate-links.ts and validate-graph.ts.

import { DEFAULT_WAIT_SENSITIVITY } from '../core/compile-choice';
import { checkPoisson, checkRenewal, checkTrace } from './validate-demand';
import { appointmentsConditions, appointmentsFields, callbackSpec } from './validate-fields-appointments';
import { distributionSpec, staffingSpec } from './validate-fields-common';
import { MAX_COST, MAX_MINUTES, MAX_POSITION, MAX_QUEUE, MAX_RATE_PER_HOUR, MAX_SAMPLES, MAX_TABLE } from './validate-limits';
import {
	bool,
	constant,
	either,
	list,
	nul,
	num,
	oneOf,
	optional,
	required,
	text,
	whole,
	type Field,
	type ObjectSpec,
	type TaggedSpec
} from './validate-spec';

const MINUTES = 'minutes';
const PER_HOUR = 'arrivals per hour';

export const WAIT_EXPERIENCES = ['unoccupied', 'occupied', 'phone'] as const;
export const LINK_OUTCOMES = ['done', 'unresolved', 'failed'] as const;
export const ROUTER_POLICIES = ['probability', 'shortest-queue'] as const;
export const CHOICE_WAIT_INFO = ['observed', 'announced'] as const;
/** Largest preference constant or wait sensitivity accepted: beyond it every share is 0 % or 100 %. */
export const MAX_UTILITY = 100;

const alternativeSpec: ObjectSpec = {
	type: 'object',
	defName: 'choiceAlternative',
	title: 'Choice alternative',
	noun: 'a choice alternative { "to": "app", "label": "App" }',
	doc: 'One channel customers can pick at a choice node; a "done" link from the choice node to its node must exist.',
	fields: {
		to: required(text({ nonEmpty: true }), 'Id of the node this alternative leads to.', 'counter'),
		label: optional(text(), 'Channel label shown in the results ("App", "Kiosk"); absent: the node\'s name.'),
		preference: optional(
			either(num({ limit: MAX_UTILITY }), {
				type: 'object',
				title: 'Preference per segment',
				noun: 'preferences per segment { "young": 1 }',
				fields: {},
				open: true
			}),
			'Alternative-specific constant in utility units: one number, or one per segment id (segments not listed: 0). Higher: more customers pick it at equal waits.',
			0
		),
		effortMinutes: optional(
			num({ min: 0, limit: MAX_MINUTES, unit: MINUTES }),
			'Effort or cost of using this channel, in minutes of wait it is worth to customers.',
			0
		),
		assumedWaitMinutes: optional(
			num({ min: 0, limit: MAX_MINUTES, unit: MINUTES }),
			'waitInfo "announced": the wait customers assume for this channel when its node does not show its expected wait.',
			0
		)
	}
};

function variant(
	tag: string,
	value: string,
	title: string,
	doc: string,
	fields: Record<string, Field>,
	extra: Partial<ObjectSpec> = {}
): ObjectSpec {
	return {
		type: 'object',
		title,
		doc,
		noun: `${title.toLowerCase()} { "${tag}": "${value}", … }`,
		fields: { [tag]: required(constant(value), tag === 'kind' ? 'Which kind of node.' : 'Which kind of arrivals.'), ...fields },
		...extra
	};
}

const rate = num({ min: 0, limit: MAX_RATE_PER_HOUR, unit: PER_HOUR });

export const arrivalsSpec: TaggedSpec = {
	type: 'tagged',
	defName: 'arrivals',
	tag: 'type',
	title: 'Arrivals',
	noun: 'arrivals such as { "type": "poisson", "ratePerHour": 30 }',
	variants: {
		poisson: variant(
			'type',
			'poisson',
			'Poisson arrivals',
			'Random arrivals at a rate per hour: one rate for the whole run, or one rate per period from opening (the last rate holds after the listed periods).',
			{
				ratePerHour: required(either(rate, list(rate, 1, MAX_TABLE)), 'Arrivals per hour: one number, or one number per period.', 30),
				periodMinutes: {
					...optional(
						num({ gt: 0, limit: MAX_MINUTES, unit: MINUTES }),
						'Length of each period, minutes; required when ratePerHour is a list.'
					),
					example: 60
				}
			},
			{
				conditions: [
					{ when: 'ratePerHour', isList: true, require: ['periodMinutes'], because: 'a list of rates needs the length of each period' }
				],
				check: checkPoisson
			}
		),
		renewal: variant(
			'type',
			'renewal',
			'Renewal arrivals',
			'Independent times between arrivals drawn from a distribution; its mean must be > 0.',
			{ interarrival: required(distributionSpec, 'Time between arrivals, minutes.', { dist: 'exponential', mean: 2 }) },
			{ check: checkRenewal }
		),
		trace: variant(
			'type',
			'trace',
			'Trace arrivals',
			'Arrivals replayed from data: arrival times in minutes after opening, earliest first.',
			{
				times: required(
					list(num({ min: 0, limit: MAX_MINUTES, unit: MINUTES }), undefined, MAX_SAMPLES),
					'Arrival times, minutes after opening, from earliest to latest.',
					[0.5, 1.2, 4]
				)
			},
			{ check: checkTrace }
		)
	}
};

const base = {
	id: required(text({ nonEmpty: true }), 'Unique id, used by links.', 'teller'),
	name: required(text(), 'Name shown in the interface and reports.', 'Tellers'),
	position: optional(
		{
			type: 'object',
			title: 'Position',
			noun: 'a position { "x": 100, "y": 50 }',
			fields: {
				x: required(num({ limit: MAX_POSITION }), 'Horizontal.', 0),
				y: required(num({ limit: MAX_POSITION }), 'Vertical.', 0)
			}
		},
		'Where the editor draws the node; ignored by the engine.'
	)
} satisfies Record<string, Field>;

const service = required(distributionSpec, 'Service time, minutes.', { dist: 'exponential', mean: 5 });
const queueCapacity = optional(
	either(whole({ min: 0, limit: MAX_QUEUE }), nul()),
	'Most customers waiting (not counting those in service); arrivals beyond it balk (leave). null: unlimited.',
	null
);
const cost = optional(
	num({ min: 0, limit: MAX_COST, unit: 'money per server-hour' }),
	'Staff (or running) cost per server-hour, any currency.',
	0
);
const showsExpectedWait = optional(bool(), 'The expected wait or queue position is shown (perceived wait × 0.9).', false);
const experience = (def: string) =>
	optional(oneOf(WAIT_EXPERIENCES), 'How waiting here feels: unoccupied line (× 1.36), occupied (× 0.85) or phone queue (× 1.0).', def);

const node = (kind: string, title: string, doc: string, fields: Record<string, Field>): ObjectSpec => ({
	...variant('kind', kind, title, doc, { ...base, ...fields }),
	noun: `a ${kind} node { "id": …, "kind": "${kind}", "name": … }`
});

export const nodeSpec: TaggedSpec = {
	type: 'tagged',
	defName: 'node',
	tag: 'kind',
	title: 'Node',
	noun: 'a node such as { "id": "out", "kind": "exit", "name": "Leave" }',
	variants: {
		source: node('source', 'Source', 'Where customers arrive.', {
			arrivals: required(arrivalsSpec, 'When customers arrive.', { type: 'poisson', ratePerHour: 30 })
		}),
		station: node('station', 'Station', 'Staffed servers with one queue.', {
			servers: required(staffingSpec, 'Servers: one number, or one count per period.', 2),
			service,
			discipline: optional(
				oneOf(['fifo', 'priority']),
				'"fifo": first come, first served; "priority": higher segment priority first (non-preemptive), fifo within a priority.',
				'fifo'
			),
			queueCapacity,
			resolutionRate: optional(
				num({ min: 0, max: 1 }),
				'Share of services that resolve the issue here, 0–1; the others follow an "unresolved" link, or leave unresolved if there is none.',
				1
			),
			costPerServerHour: cost,
			waitExperience: experience('unoccupied'),
			showsExpectedWait,
			callback: optional(callbackSpec, 'Format v2: a virtual queue — waiting customers may leave the line and keep their place.')
		}),
		'self-service': node('self-service', 'Self-service', 'Kiosks, an app or a web form: units used one customer at a time; may fail.', {
			units: required(staffingSpec, 'Units (kiosks, lines): one number, or one count per period.', 2),
			service,
			successRate: optional(
				num({ min: 0, max: 1 }),
				'Share of attempts that succeed, 0–1; failures follow a "failed" link, or leave unresolved if there is none.',
				1
			),
			queueCapacity,
			costPerServerHour: cost,
			waitExperience: experience('occupied'),
			showsExpectedWait
		}),
		router: node('router', 'Router', 'Sends each customer on at once, by link probability or to the shortest queue.', {
			policy: optional(
				oneOf(ROUTER_POLICIES),
				'"probability": split by link probability; "shortest-queue": the linked node with the fewest waiting.',
				'probability'
			)
		}),
		choice: node(
			'choice',
			'Choice',
			'Each customer picks one alternative (channel) by a multinomial logit: U = preference − waitSensitivity × (expected wait + effort); expected wait = customers waiting × mean service / servers on shift now. An alternative whose node has no server on shift is not offered.',
			{
				alternatives: required(
					list(alternativeSpec, 1, MAX_TABLE),
					'The channels, one per outgoing link, in the order shares are reported.',
					[{ to: 'counter' }, { to: 'app', effortMinutes: 2 }]
				),
				waitSensitivity: optional(
					num({ min: 0, limit: MAX_UTILITY }),
					'Utility lost per minute of expected wait or effort; 0: waits do not matter, higher: customers follow the shortest wait more closely.',
					DEFAULT_WAIT_SENSITIVITY
				),
				waitInfo: optional(
					oneOf(CHOICE_WAIT_INFO),
					'"observed": customers know every channel\'s current expected wait; "announced": only channels whose node shows its wait (showsExpectedWait), the others count with their assumedWaitMinutes.',
					'observed'
				)
			}
		),
		delay: node('delay', 'Delay', 'Time spent without a resource: walking, filling in a form.', {
			duration: required(distributionSpec, 'How long, minutes.', { dist: 'uniform', min: 0.5, max: 1.5 })
		}),
		exit: node('exit', 'Exit', 'Where customers leave.', {}),
		appointments: {
			...node(
				'appointments',
				'Appointments',
				'Format v2: booked arrivals at slot times (+ lateness), with no-shows and a policy for late arrivals; their wait counts from the later of slot time and arrival.',
				appointmentsFields
			),
			conditions: appointmentsConditions
		}
	}
};

export const linkSpec: ObjectSpec = {
	type: 'object',
	defName: 'link',
	title: 'Link',
	noun: 'a link { "from": "teller", "to": "out" }',
	doc: 'Where customers go next, by outcome and segment.',
	fields: {
		from: required(text({ nonEmpty: true }), 'Id of the node customers leave.', 'teller'),
		to: required(text({ nonEmpty: true }), 'Id of the node they go to.', 'out'),
		on: optional(
			oneOf(LINK_OUTCOMES),
			'Which outcome follows this link: "done" (any node), "unresolved" (stations only), "failed" (self-service only).',
			'done'
		),
		probability: optional(
			num({ min: 0, max: 1 }),
			'Share taking this link when several links with the same from and on apply to a segment; they sum to 1.'
		),
		segments: optional(list(text({ nonEmpty: true })), 'Only these segment ids follow the link; absent: every segment.')
	}
};
