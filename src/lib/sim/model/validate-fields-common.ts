// Field descriptions shared across the scenario: time distributions (all in minutes), staffing
// (servers per period) and the customer segments. The rest of the file is described in
// validate-fields-flow.ts (nodes, links) and validate-fields.ts (run, targets, the whole file).

import { checkSpread, checkTriangular, checkUniform } from './validate-distribution';
import { checkTolerance } from './validate-segments';
import { MAX_CV, MAX_ERLANG_K, MAX_MINUTES, MAX_PRIORITY, MAX_SAMPLES, MAX_SERVERS, MAX_TABLE } from './validate-limits';
import {
	constant,
	either,
	list,
	nul,
	num,
	optional,
	required,
	text,
	whole,
	type Field,
	type ObjectSpec,
	type TaggedSpec
} from './validate-spec';

const MINUTES = 'minutes';

const mean = required(num({ gt: 0, limit: MAX_MINUTES, unit: MINUTES }), 'Mean time, minutes.', 5);
const cv = required(
	num({ min: 0, limit: MAX_CV }),
	'Coefficient of variation: standard deviation ÷ mean. 0 = always the mean, 1 = as spread out as exponential.',
	0.5
);
const time = (doc: string, example: number): Field => required(num({ min: 0, limit: MAX_MINUTES, unit: MINUTES }), doc, example);

function distribution(
	dist: string,
	title: string,
	doc: string,
	fields: Record<string, Field>,
	extra: Partial<ObjectSpec> = {}
): ObjectSpec {
	return {
		type: 'object',
		title,
		doc,
		noun: `a ${dist} distribution { "dist": "${dist}", ${Object.keys(fields)
			.map((k) => `"${k}": …`)
			.join(', ')} }`,
		fields: { dist: required(constant(dist), 'Which distribution.'), ...fields },
		...extra
	};
}

const byMeanAndCv = (dist: string, title: string, doc: string) => distribution(dist, title, doc, { mean, cv }, { check: checkSpread });

export const distributionSpec: TaggedSpec = {
	type: 'tagged',
	defName: 'distribution',
	tag: 'dist',
	title: 'Distribution',
	noun: 'a distribution such as { "dist": "exponential", "mean": 5 }',
	variants: {
		exponential: distribution('exponential', 'Exponential', 'Memoryless; as spread out as its mean (cv 1).', { mean }),
		deterministic: distribution('deterministic', 'Deterministic', 'Always exactly the same time.', {
			value: time('The time, minutes.', 5)
		}),
		lognormal: byMeanAndCv(
			'lognormal',
			'Lognormal',
			'Right-skewed; typical of service times. Given by mean and cv, not by the log-scale parameters.'
		),
		gamma: byMeanAndCv('gamma', 'Gamma', 'Right-skewed; given by mean and cv.'),
		weibull: byMeanAndCv('weibull', 'Weibull', 'Given by mean and cv (the shape is solved from the cv).'),
		erlang: distribution('erlang', 'Erlang', 'Sum of k exponential phases; cv = 1/√k.', {
			mean,
			k: required(whole({ min: 1, limit: MAX_ERLANG_K }), 'Number of phases, a whole number ≥ 1.', 2)
		}),
		uniform: distribution(
			'uniform',
			'Uniform',
			'Any time between min and max equally likely; min ≤ max.',
			{ min: time('Shortest time, minutes.', 1), max: time('Longest time, minutes; at least min.', 3) },
			{ check: checkUniform }
		),
		triangular: distribution(
			'triangular',
			'Triangular',
			'Shortest, most likely and longest time; min ≤ mode ≤ max.',
			{
				min: time('Shortest time, minutes.', 1),
				mode: time('Most likely time, minutes; between min and max.', 2),
				max: time('Longest time, minutes; at least min.', 4)
			},
			{ check: checkTriangular }
		),
		empirical: distribution('empirical', 'Empirical', 'Draws one of the listed observed times, each equally likely.', {
			values: required(
				list(num({ min: 0, limit: MAX_MINUTES, unit: MINUTES }), 1, MAX_SAMPLES),
				'Observed times, minutes; at least one.',
				[2, 3.5, 4]
			)
		})
	}
};

const staffingPlan: ObjectSpec = {
	type: 'object',
	title: 'Staffing plan',
	noun: 'a staffing plan { "periodMinutes": 60, "count": [3, 4, 5] }',
	doc: 'One count per period from opening; after the last period the last count holds (also while draining).',
	fields: {
		periodMinutes: required(num({ gt: 0, limit: MAX_MINUTES, unit: MINUTES }), 'Length of each period, minutes.', 60),
		count: required(list(whole({ min: 0, limit: MAX_SERVERS }), 1, MAX_TABLE), 'Servers in each period, whole numbers ≥ 0.', [3, 4, 5])
	}
};

export const staffingSpec = { ...either(whole({ min: 0, limit: MAX_SERVERS }), staffingPlan), defName: 'staffing' };

const tolerance: ObjectSpec = {
	type: 'object',
	title: 'Tolerance',
	noun: 'a wait tolerance { "desired": 2, "adequate": 5 }',
	doc: 'Zone of tolerance for perceived wait (see satisfaction-model.md); desired ≤ adequate.',
	fields: {
		desired: required(num({ gt: 0, limit: MAX_MINUTES, unit: MINUTES }), 'Desired (ideal) perceived wait, minutes.', 2),
		adequate: required(
			num({ gt: 0, limit: MAX_MINUTES, unit: MINUTES }),
			'Adequate (still acceptable) perceived wait, minutes; at least desired.',
			5
		)
	},
	check: checkTolerance
};

export const segmentSpec: ObjectSpec = {
	type: 'object',
	defName: 'segment',
	title: 'Segment',
	noun: 'a customer segment { "id": "regular", "name": "Regular", "share": 1 }',
	doc: 'A kind of customer. Every source sends each segment in proportion to its share.',
	fields: {
		id: required(text({ nonEmpty: true }), 'Unique id, used by links\' "segments".', 'regular'),
		name: required(text(), 'Name shown in the interface and reports.', 'Regular'),
		share: required(num({ min: 0, max: 1 }), 'Share of arrivals, 0–1; the shares of all segments sum to 1.', 1),
		priority: optional(
			whole({ limit: MAX_PRIORITY }),
			'Higher is served first at stations with discipline "priority" (non-preemptive).',
			0
		),
		patience: optional(
			either(distributionSpec, nul()),
			'How long a customer waits in one queue before abandoning (minutes); null: never abandons. Applies to every queue.',
			null
		),
		tolerance: optional(
			tolerance,
			'Desired and adequate wait for the satisfaction model.',
			undefined,
			'{ "desired": 2, "adequate": 5 } (a counter); { "desired": 1/3 (20 seconds), "adequate": 2 } (a phone queue) when every station and self-service node has waitExperience "phone"'
		)
	}
};
