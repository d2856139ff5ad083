// Field descriptions of the format-v2 parts for booked arrivals and virtual queues: the
// appointments source node (slots, booking, punctuality, no-shows, late policy) and a station's
// callback offer. The node kinds themselves are listed in validate-fields-flow.ts; the rules
// that need the rest of the file (segment ids, places per run) are at the end of this file.

import { distributionSpec } from './validate-fields-common';
import { checkTriangular, checkUniform } from './validate-distribution';
import { MAX_MINUTES, MAX_SAMPLES } from './validate-limits';
import type { Report } from './validate-report';
import { num, oneOf, optional, required, text, whole, list, either, type Field, type ObjectSpec, type TaggedSpec } from './validate-spec';
import { at, finite, fmt, isObj, own, str } from './validate-text';

const MINUTES = 'minutes';

export const LATE_POLICIES = ['serve', 'walk-in', 'turn-away'] as const;
export const CALLBACK_MODES = ['callback', 'return'] as const;

/** Most slot places one appointments node may offer in a run (each is a possible customer per replication). */
export const MAX_APPOINTMENT_PLACES = MAX_SAMPLES;

const signed = (doc: string, example: number): Field => required(num({ limit: MAX_MINUTES, unit: MINUTES }), doc, example);

/**
 * Lateness: any distribution of the format, and for the ones given by values (deterministic,
 * uniform, triangular, empirical) negative minutes are allowed: early arrivals.
 */
export const latenessSpec: TaggedSpec = {
	...distributionSpec,
	defName: 'lateness',
	title: 'Lateness',
	noun: 'a lateness distribution such as { "dist": "uniform", "min": -10, "max": 5 } (minutes, negative = early)',
	variants: {
		...distributionSpec.variants,
		deterministic: {
			...distributionSpec.variants.deterministic,
			fields: { ...distributionSpec.variants.deterministic.fields, value: signed('Minutes late (negative: early).', 0) }
		},
		uniform: {
			...distributionSpec.variants.uniform,
			fields: {
				...distributionSpec.variants.uniform.fields,
				min: signed('Earliest, minutes after the slot (negative: before).', -10),
				max: signed('Latest, minutes after the slot; at least min.', 5)
			},
			check: checkUniform
		},
		triangular: {
			...distributionSpec.variants.triangular,
			fields: {
				...distributionSpec.variants.triangular.fields,
				min: signed('Earliest, minutes after the slot (negative: before).', -10),
				mode: signed('Most likely, minutes after the slot; between min and max.', -2),
				max: signed('Latest, minutes after the slot; at least min.', 10)
			},
			check: checkTriangular
		},
		empirical: {
			...distributionSpec.variants.empirical,
			fields: {
				...distributionSpec.variants.empirical.fields,
				values: required(
					list(num({ limit: MAX_MINUTES, unit: MINUTES }), 1, MAX_SAMPLES),
					'Observed lateness, minutes after the slot (negative: early); at least one.',
					[-5, 0, 3]
				)
			}
		}
	}
};

const share = (doc: string, def: number) => optional(num({ min: 0, max: 1 }), doc, def);

const perSlotPlan: ObjectSpec = {
	type: 'object',
	title: 'Places per slot plan',
	noun: 'places per slot by period { "periodMinutes": 60, "count": [2, 2, 1] }',
	doc: 'Places per slot in each period from opening; after the last period the last count holds.',
	fields: {
		periodMinutes: required(num({ gt: 0, limit: MAX_MINUTES, unit: MINUTES }), 'Length of each period, minutes.', 60),
		count: required(list(whole({ min: 0, limit: 10_000 }), 1, 1000), 'Places per slot in each period, whole numbers ≥ 0.', [2, 2, 1])
	}
};

/** The fields of an appointments node (besides id, name and position). */
export const appointmentsFields: Record<string, Field> = {
	slotMinutes: required(
		num({ gt: 0, limit: MAX_MINUTES, unit: MINUTES }),
		'Minutes between slot starts; slots run from opening to closing.',
		15
	),
	perSlot: required(
		either(whole({ min: 0, limit: 10_000 }), perSlotPlan),
		'Places per slot: one number, or one count per period (like staffing).',
		1
	),
	bookedShare: share('Share of places that are booked, 0–1 (each place by its own draw).', 1),
	punctuality: optional(latenessSpec, 'Lateness of booked customers, minutes after their slot (negative: early).', {
		dist: 'deterministic',
		value: 0
	}),
	noShowRate: share('Share of booked customers who do not come, 0–1.', 0),
	latePolicy: optional(
		oneOf(LATE_POLICIES),
		'Customers later than lateGraceMinutes: "serve" (join as usual), "walk-in" (join as the walk-in segment), "turn-away" (leave unserved; counted as sent home).',
		'serve'
	),
	lateGraceMinutes: optional(num({ min: 0, limit: MAX_MINUTES, unit: MINUTES }), 'Minutes late still counted as on time.', 10),
	segment: optional(text({ nonEmpty: true }), 'Segment id of booked customers; absent: drawn by the segment shares like any source.'),
	walkInSegment: optional(text({ nonEmpty: true }), '"walk-in" policy (required there): the segment id late customers are moved to.')
};

export const appointmentsConditions = [
	{
		when: 'latePolicy',
		equals: 'walk-in',
		require: ['walkInSegment'],
		because: 'the "walk-in" late policy moves late customers to that segment'
	}
] as const;

/** A station's virtual queue (format v2). */
export const callbackSpec: ObjectSpec = {
	type: 'object',
	defName: 'callback',
	title: 'Callback offer',
	noun: 'a callback offer { "mode": "callback", "acceptRate": 0.6 }',
	doc: 'A virtual queue: customers who would wait may leave the line and keep their place. "callback": called back when their turn comes (service starts at once); "return": called when `callAhead` customers are ahead, back after `returnTime`.',
	fields: {
		mode: required(
			oneOf(CALLBACK_MODES),
			'"callback": the station calls back (phone); "return": the customer is called and walks back.',
			'callback'
		),
		offerAboveMinutes: optional(
			num({ min: 0, limit: MAX_MINUTES, unit: MINUTES }),
			'Offered only when the expected wait on joining (waiting × mean service ÷ servers) is above this many minutes.',
			0
		),
		acceptRate: required(num({ min: 0, max: 1 }), 'Share of offered customers who accept, 0–1.', 0.5),
		callAhead: optional(whole({ min: 0, limit: 10_000 }), '"return" only: customers still ahead when a customer is called.', 2),
		returnTime: optional(distributionSpec, '"return" only: minutes to walk back once called.', { dist: 'deterministic', value: 5 })
	}
};

/**
 * Rules of one appointments node that need the rest of the file: its segment ids exist, and the
 * run does not ask for more slot places than one replication can hold.
 */
export function checkAppointments(
	raw: unknown,
	path: string,
	segmentIds: readonly string[],
	horizonMinutes: number | undefined,
	report: Report
): void {
	if (!isObj(raw)) return;
	for (const key of ['segment', 'walkInSegment']) {
		const id = str(own(raw, key));
		if (id === undefined || segmentIds.length === 0 || segmentIds.includes(id)) continue;
		report.error(
			at(path, key),
			`${JSON.stringify(id)} is not a segment id — use one of ${segmentIds.map((s) => JSON.stringify(s)).join(', ')}`,
			'link.unknownSegment',
			{
				id,
				choices: segmentIds.join(', ')
			}
		);
	}
	const slot = finite(own(raw, 'slotMinutes'));
	const per = own(raw, 'perSlot');
	const most =
		typeof per === 'number'
			? per
			: isObj(per) && Array.isArray(own(per, 'count'))
				? Math.max(0, ...(own(per, 'count') as unknown[]).map((x) => finite(x) ?? 0))
				: undefined;
	if (horizonMinutes === undefined || slot === undefined || !(slot > 0) || most === undefined) return;
	const places = Math.ceil(horizonMinutes / slot) * most;
	if (places > MAX_APPOINTMENT_PLACES)
		report.error(
			at(path, 'slotMinutes'),
			`asks for up to ${fmt(places)} appointment places in one run (slots every ${fmt(slot)} minutes × ${fmt(most)} per slot); at most ${fmt(MAX_APPOINTMENT_PLACES)} — use longer slots or fewer places per slot`,
			'appointments.tooManyPlaces',
			{ places: fmt(places), max: fmt(MAX_APPOINTMENT_PLACES) }
		);
}
