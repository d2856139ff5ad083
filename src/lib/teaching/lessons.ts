// The lessons of teaching mode. Each lesson is a small service (a scenario built from a few
// knobs the student can turn), a short script, and a question the student answers BEFORE
// seeing the result. The answer is never written in: it is measured by running the engine
// on the two situations the question compares (`before` and `after`), so it stays true for
// whatever the sliders say. All texts are message keys (lessons.<id>.*), in three languages.
// Times are minutes, rates per hour.

import { SCENARIO_VERSION, type Distribution, type FlowNode, type Link, type Scenario, type Segment } from '$lib/sim';

export interface LessonParams {
	/** Arrivals per hour. */
	rate: number;
	/** Servers at the (main) station. */
	servers: number;
	/** Mean service time at the (main) station, minutes. */
	service: number;
	/** Coefficient of variation of the service time (0 = always the same, 1 = exponential). */
	cv: number;
	/** Mean patience, minutes (lesson "impatience"). */
	patience: number;
	/** Share of VIP customers (lesson "priorities"). */
	vip: number;
	/** 1: VIPs go first; 0: one line in order of arrival. */
	priority: number;
	/** 1: one shared line; 0: a separate line per server, customers pick one at random. */
	pooled: number;
	/** Share of customers who try the kiosks first (lesson "self-service"). */
	adoption: number;
	/** Share of kiosk attempts that fail and send the customer to the counter. */
	failure: number;
	kiosks: number;
	/** 1: the expected waits of the counter and the kiosks are shown at the door; 0: customers cannot see them (lesson "channel-shift"). */
	published: number;
	/** Effort of using a kiosk, in minutes of wait it is worth to a customer (lesson "channel-shift"). */
	effort: number;
	/** Utility lost per minute of expected wait or effort in the channel choice (lesson "channel-shift"). */
	sensitivity: number;
}

export type ParamKey = keyof LessonParams;

export interface SliderSpec {
	key: ParamKey;
	min: number;
	max: number;
	step: number;
	/** 'toggle' sliders are on/off switches (0 or 1). */
	kind?: 'range' | 'toggle';
}

export type MeasureMode = 'steady' | 'day';

/** What the question compares, measured from long runs of the two situations. */
export type Metric = 'waitMean' | 'regularWait' | 'abandonment' | 'counterWait' | 'kioskShare';

export interface ChoiceOption {
	/** Message key suffix: lessons.<id>.option.<key>. */
	key: string;
	/** Whether the measured result (after/before ratio, or value) falls in this option. */
	holds: (x: number) => boolean;
}

export interface Question {
	kind: 'choice' | 'number';
	metric: Metric;
	/** 'ratio': after / before; 'difference': after − before; 'value': the value of `after` (then `before` is not run). */
	compare: 'ratio' | 'difference' | 'value';
	before: (p: LessonParams) => LessonParams;
	after: (p: LessonParams) => LessonParams;
	options?: ChoiceOption[];
	/** For number questions: the unit the student answers in ('percent' or 'minutes'). */
	unit?: 'percent' | 'minutes';
}

export type TheoryKind = 'single' | 'pooling' | 'priority' | 'logit' | 'none';

export interface Lesson {
	id: string;
	/** Number of script steps (messages lessons.<id>.step1 … stepN). */
	steps: number;
	defaults: LessonParams;
	sliders: SliderSpec[];
	build: (p: LessonParams) => Scenario;
	question: Question;
	/** How long runs are measured: steady state (theory) or as many days. */
	measure: MeasureMode;
	theory: TheoryKind;
	/** Show the Wq-versus-utilisation curve (the hockey stick). */
	hockeyStick?: boolean;
	/** Prefix of the lesson's message keys (default `lessons.<id>`): <prefix>.title, .summary, .step1…, .question, .option.<key>, .why. */
	messages?: string;
}

/** The message key of one of a lesson's texts ('title', 'step1', 'option.little', …). */
export const lessonText = (lesson: Lesson, suffix: string) => `${lesson.messages ?? `lessons.${lesson.id}`}.${suffix}`;

export const BASE: LessonParams = {
	rate: 27,
	servers: 2,
	service: 4,
	cv: 1,
	patience: 0,
	vip: 0,
	priority: 0,
	pooled: 1,
	adoption: 0,
	failure: 0,
	kiosks: 0,
	published: 0,
	effort: 4,
	sensitivity: 0.3
};

/** Hours of the animated day (doors close after this; everyone inside is then served). */
export const DAY_HOURS = 3;
export const OPEN = '09:00';
export const LESSON_SEED = 20260;

/** A service-time distribution from its mean and coefficient of variation. */
export function serviceDistribution(mean: number, cv: number): Distribution {
	if (cv <= 0) return { dist: 'deterministic', value: mean };
	if (Math.abs(cv - 1) < 1e-9) return { dist: 'exponential', mean };
	return { dist: 'gamma', mean, cv };
}

function scenario(name: string, nodes: FlowNode[], links: Link[], segments: Segment[]): Scenario {
	return {
		format: 'flowbench-scenario',
		version: 2,
		name,
		run: { mode: 'day', open: OPEN, hours: DAY_HOURS, drain: true, replications: 30, seed: LESSON_SEED },
		segments,
		nodes,
		links,
		targets: { waitMinutes: 10, serviceLevel: 0.8 }
	};
}

const patienceOf = (p: LessonParams): Distribution | null => (p.patience > 0 ? { dist: 'exponential', mean: p.patience } : null);

// The steps the lessons' services are made of (one place for their ids, names and layout).

/** Where customers come in, at the lesson's arrival rate. */
const door = (p: LessonParams): FlowNode => ({
	id: 'door',
	kind: 'source',
	name: 'Customers arrive',
	position: { x: 70, y: 230 },
	arrivals: { type: 'poisson', ratePerHour: p.rate }
});

/** Where customers leave. */
const leave = (): FlowNode => ({ id: 'out', kind: 'exit', name: 'Leave', position: { x: 930, y: 230 } });

/** A staffed station with the lesson's servers and service time; `extra` adds the lesson's own fields. */
function counter(p: LessonParams, position: { x: number; y: number }, extra: object = {}, id = 'counter', name = 'Counter'): FlowNode {
	return { id, kind: 'station', name, position, servers: p.servers, service: serviceDistribution(p.service, p.cv), ...extra };
}

/** The kiosks (self-service units) of the lesson. */
function kiosks(p: LessonParams, x: number, service: Distribution, successRate: number, extra: object = {}): FlowNode {
	return {
		id: 'kiosk',
		kind: 'self-service',
		name: 'Kiosks',
		position: { x, y: 105 },
		units: Math.max(1, Math.round(p.kiosks)),
		service,
		successRate,
		...extra
	};
}

function oneCounter(name: string, p: LessonParams, segments: Segment[], discipline: 'fifo' | 'priority' = 'fifo'): Scenario {
	return scenario(
		name,
		[door(p), counter(p, { x: 660, y: 230 }, { discipline }), leave()],
		[
			{ from: 'door', to: 'counter' },
			{ from: 'counter', to: 'out' }
		],
		segments
	);
}

const everyone = (p: LessonParams): Segment[] => [{ id: 'regular', name: 'Customers', share: 1, patience: patienceOf(p) }];

function separateLines(p: LessonParams): Scenario {
	const c = Math.max(1, Math.round(p.servers));
	const nodes: FlowNode[] = [door(p), { id: 'pick', kind: 'router', name: 'Pick a line', position: { x: 210, y: 230 } }];
	const links: Link[] = [{ from: 'door', to: 'pick' }];
	const gap = Math.min(120, 380 / c);
	for (let i = 0; i < c; i++) {
		const id = `counter-${i + 1}`;
		const y = 230 + (i - (c - 1) / 2) * gap;
		nodes.push(counter({ ...p, servers: 1 }, { x: 660, y }, {}, id, `Counter ${i + 1}`));
		// the last share takes the rounding, so the shares sum to exactly 1
		links.push({ from: 'pick', to: id, probability: i === c - 1 ? 1 - (c - 1) * Number((1 / c).toFixed(6)) : Number((1 / c).toFixed(6)) });
		links.push({ from: id, to: 'out' });
	}
	nodes.push(leave());
	return scenario('Separate lines', nodes, links, everyone(p));
}

function selfService(p: LessonParams): Scenario {
	const nodes: FlowNode[] = [
		door(p),
		{ id: 'choose', kind: 'router', name: 'Kiosk or counter?', position: { x: 190, y: 230 } },
		kiosks(p, 500, { dist: 'gamma', mean: 3, cv: 0.5 }, Math.round((1 - p.failure) * 1000) / 1000),
		counter(p, { x: 720, y: 335 }),
		leave()
	];
	const adoption = Math.round(p.adoption * 1000) / 1000;
	const links: Link[] = [{ from: 'door', to: 'choose' }];
	if (adoption > 0) links.push({ from: 'choose', to: 'kiosk', probability: adoption });
	if (adoption < 1) links.push({ from: 'choose', to: 'counter', probability: Math.round((1 - adoption) * 1000) / 1000 });
	links.push({ from: 'kiosk', to: 'out' }, { from: 'kiosk', to: 'counter', on: 'failed' }, { from: 'counter', to: 'out' });
	return scenario('Kiosks and a counter', nodes, links, everyone(p));
}

/**
 * Channel shift (format v2 choice node): each customer picks the counter or a kiosk by a
 * multinomial logit of expected wait and effort. Published waits: both channels show their
 * expected wait and customers weigh it; not published: customers assume the same (no) wait
 * everywhere, so only the kiosk's effort counts.
 */
export const KIOSK_SERVICE = 3;
export const KIOSK_CV = 0.5;
function channelChoice(p: LessonParams): Scenario {
	const shown = { showsExpectedWait: p.published ? true : false };
	const nodes: FlowNode[] = [
		door(p),
		{
			id: 'choose',
			kind: 'choice',
			name: 'Counter or kiosk?',
			position: { x: 210, y: 230 },
			waitSensitivity: p.sensitivity,
			waitInfo: 'announced',
			alternatives: [
				{ to: 'counter', label: 'Counter' },
				{ to: 'kiosk', label: 'Kiosk', effortMinutes: p.effort }
			]
		},
		kiosks(p, 560, serviceDistribution(KIOSK_SERVICE, KIOSK_CV), 1, shown),
		counter(p, { x: 660, y: 335 }, shown),
		leave()
	];
	const links: Link[] = [
		{ from: 'door', to: 'choose' },
		{ from: 'choose', to: 'counter' },
		{ from: 'choose', to: 'kiosk' },
		{ from: 'kiosk', to: 'out' },
		{ from: 'counter', to: 'out' }
	];
	return { ...scenario('Channel shift', nodes, links, everyone(p)), version: SCENARIO_VERSION };
}

const ratio = (lo: number, hi: number) => (x: number) => x >= lo && x < hi;

/**
 * The sliders of the counter every lesson has, after the lesson's own: arrivals per hour
 * (`rate`: min, max and step, default 1), servers (min, max), the mean service time, and
 * its variability unless `cv` is false.
 */
function counterSliders(rate: [number, number, number?], servers: [number, number], cv = true): SliderSpec[] {
	const out: SliderSpec[] = [
		{ key: 'rate', min: rate[0], max: rate[1], step: rate[2] ?? 1 },
		{ key: 'servers', min: servers[0], max: servers[1], step: 1 },
		{ key: 'service', min: 1, max: 10, step: 0.5 }
	];
	if (cv) out.push({ key: 'cv', min: 0, max: 2, step: 0.25 });
	return out;
}

/** An on/off switch. */
const toggle = (key: ParamKey): SliderSpec => ({ key, min: 0, max: 1, step: 1, kind: 'toggle' });

/** A multiple-choice question comparing two situations; each option holds for results in [lo, hi). */
function choice(
	metric: Metric,
	compare: Question['compare'],
	before: Question['before'],
	after: Question['after'],
	options: [key: string, lo: number, hi: number][]
): Question {
	return { kind: 'choice', metric, compare, before, after, options: options.map(([key, lo, hi]) => ({ key, holds: ratio(lo, hi) })) };
}

export const LESSONS: readonly Lesson[] = [
	{
		id: 'utilisation',
		steps: 4,
		defaults: { ...BASE, rate: 27, servers: 2, service: 4, cv: 1 },
		sliders: counterSliders([3, 60], [1, 6]),
		build: (p) => oneCounter('Utilisation and waits', p, everyone(p)),
		question: choice(
			'waitMean',
			'ratio',
			(p) => p,
			(p) => ({ ...p, servers: p.servers + 1 }),
			[
				['third', 0.6, Infinity],
				['half', 0.3, 0.6],
				['most', -Infinity, 0.3]
			]
		),
		measure: 'steady',
		theory: 'single',
		hockeyStick: true
	},
	{
		id: 'variability',
		steps: 4,
		defaults: { ...BASE, rate: 9.6, servers: 1, service: 5, cv: 0.25 },
		sliders: counterSliders([1, 11.5, 0.1], [1, 4]),
		build: (p) => oneCounter('Variability costs time', p, everyone(p)),
		question: choice(
			'waitMean',
			'ratio',
			(p) => ({ ...p, cv: 0.25 }),
			(p) => ({ ...p, cv: 1.5 }),
			[
				['same', -Infinity, 1.2],
				['half', 1.2, 2],
				['double', 2, Infinity]
			]
		),
		measure: 'steady',
		theory: 'single'
	},
	{
		id: 'pooling',
		steps: 4,
		defaults: { ...BASE, rate: 24, servers: 2, service: 4, cv: 1, pooled: 0 },
		sliders: [toggle('pooled'), ...counterSliders([3, 40], [2, 5])],
		build: (p) => (p.pooled ? oneCounter('One shared line', p, everyone(p)) : separateLines(p)),
		question: choice(
			'waitMean',
			'ratio',
			(p) => ({ ...p, pooled: 0 }),
			(p) => ({ ...p, pooled: 1 }),
			[
				['same', 0.9, Infinity],
				['bit', 0.6, 0.9],
				['half', -Infinity, 0.6]
			]
		),
		measure: 'steady',
		theory: 'pooling'
	},
	{
		id: 'priorities',
		steps: 4,
		defaults: { ...BASE, rate: 27, servers: 2, service: 4, cv: 1, vip: 0.2, priority: 1 },
		sliders: [toggle('priority'), { key: 'vip', min: 0.05, max: 0.6, step: 0.05 }, ...counterSliders([3, 40], [1, 5])],
		build: (p) =>
			oneCounter(
				'Priorities and fairness',
				p,
				[
					{ id: 'regular', name: 'Regular', share: Math.round((1 - p.vip) * 1000) / 1000, priority: 0, patience: patienceOf(p) },
					{ id: 'vip', name: 'VIP', share: Math.round(p.vip * 1000) / 1000, priority: 1, patience: patienceOf(p) }
				],
				p.priority ? 'priority' : 'fifo'
			),
		question: choice(
			'regularWait',
			'ratio',
			(p) => ({ ...p, priority: 0 }),
			(p) => ({ ...p, priority: 1 }),
			[
				['same', -Infinity, 1.05],
				['bit', 1.05, 1.3],
				['much', 1.3, Infinity]
			]
		),
		measure: 'steady',
		theory: 'priority'
	},
	{
		id: 'impatience',
		steps: 4,
		defaults: { ...BASE, rate: 30, servers: 2, service: 4, cv: 1, patience: 5 },
		sliders: [{ key: 'patience', min: 1, max: 30, step: 1 }, ...counterSliders([3, 60], [1, 6])],
		build: (p) => oneCounter('Impatience and abandonment', p, everyone(p)),
		question: {
			kind: 'number',
			metric: 'abandonment',
			compare: 'value',
			unit: 'percent',
			before: (p) => p,
			after: (p) => p
		},
		measure: 'steady',
		theory: 'single'
	},
	{
		id: 'self-service',
		steps: 4,
		defaults: { ...BASE, rate: 40, servers: 2, service: 5, cv: 1, adoption: 0.5, failure: 0.1, kiosks: 2 },
		sliders: [
			{ key: 'adoption', min: 0, max: 1, step: 0.05 },
			{ key: 'failure', min: 0, max: 0.6, step: 0.05 },
			{ key: 'kiosks', min: 1, max: 4, step: 1 },
			...counterSliders([5, 60], [1, 5])
		],
		build: selfService,
		question: choice(
			'counterWait',
			'ratio',
			(p) => ({ ...p, failure: 0.1 }),
			(p) => ({ ...p, failure: 0.3 }),
			[
				['little', -Infinity, 1.5],
				['double', 1.5, 4],
				['explode', 4, Infinity]
			]
		),
		measure: 'day',
		theory: 'none'
	},
	{
		id: 'channel-shift',
		messages: 'channels-results.lesson',
		steps: 4,
		defaults: { ...BASE, rate: 30, servers: 2, service: 4.5, cv: 1, kiosks: 2, published: 0, effort: 3, sensitivity: 0.4 },
		sliders: [
			toggle('published'),
			{ key: 'kiosks', min: 1, max: 4, step: 1 },
			{ key: 'effort', min: 0, max: 10, step: 0.5 },
			{ key: 'sensitivity', min: 0.05, max: 1, step: 0.05 },
			...counterSliders([5, 40], [1, 5], false)
		],
		build: channelChoice,
		question: choice(
			'kioskShare',
			'difference',
			(p) => ({ ...p, published: 0 }),
			(p) => ({ ...p, published: 1 }),
			[
				['little', -Infinity, 0.05],
				['some', 0.05, 0.15],
				['lot', 0.15, Infinity]
			]
		),
		measure: 'steady',
		theory: 'logit'
	}
];

export function lessonById(id: string): Lesson | undefined {
	return LESSONS.find((l) => l.id === id);
}

/** The message key of a slider's name (the channel-shift lesson's own knobs live with that lesson's texts). */
export const paramText = (key: ParamKey) =>
	key === 'published' || key === 'effort' || key === 'sensitivity' ? `channels-results.teach.param.${key}` : `teach.param.${key}`;

/** Short query-string names of the parameters (share links: /teach/pooling?c=3&rate=30). */
export const PARAM_QUERY: Record<ParamKey, string> = {
	rate: 'rate',
	servers: 'c',
	service: 's',
	cv: 'cv',
	patience: 'pat',
	vip: 'vip',
	priority: 'prio',
	pooled: 'pool',
	adoption: 'adopt',
	failure: 'fail',
	kiosks: 'k',
	published: 'pub',
	effort: 'eff',
	sensitivity: 'beta'
};

/** The lesson's parameters from a query string: its defaults, with slider values from the URL clamped to the slider's range. */
export function paramsFromQuery(lesson: Lesson, query: URLSearchParams): LessonParams {
	const p = { ...lesson.defaults };
	for (const s of lesson.sliders) {
		const raw = query.get(PARAM_QUERY[s.key]);
		if (raw === null || raw.trim() === '') continue;
		const x = Number(raw);
		if (!Number.isFinite(x)) continue;
		const stepped = Math.round((x - s.min) / s.step) * s.step + s.min;
		p[s.key] = Math.min(s.max, Math.max(s.min, Number(stepped.toFixed(6))));
	}
	return p;
}

/** The query string of the parameters that differ from the lesson's defaults ('' when none). */
export function queryFromParams(lesson: Lesson, p: LessonParams): string {
	const q = new URLSearchParams();
	for (const s of lesson.sliders) if (p[s.key] !== lesson.defaults[s.key]) q.set(PARAM_QUERY[s.key], String(p[s.key]));
	const text = q.toString();
	return text ? `?${text}` : '';
}
