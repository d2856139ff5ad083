// The validator accepts the shipped examples as they are, and each field rule — type, range,
// allowed words, required-ness, rules across fields — is caught on a broken copy of an example
// at its exact path, with a message that says how to fix it.

import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { validateScenario, type Problem } from './validate';

const EXAMPLES = ['bank-branch-baseline', 'bank-branch-kiosks', 'call-centre-steady'] as const;
type Example = (typeof EXAMPLES)[number];
type Json = any;

const load = (name: Example): Json =>
	JSON.parse(readFileSync(new URL(`../../../../static/examples/${name}.json`, import.meta.url), 'utf8'));

function broken(name: Example, mutate: (s: Json) => void): Json {
	const s = load(name);
	mutate(s);
	return s;
}

function problems(input: unknown): { errors: Problem[]; warnings: Problem[] } {
	const r = validateScenario(input);
	return { errors: r.ok ? [] : r.problems, warnings: r.warnings };
}

interface Rule {
	rule: string;
	from: Example;
	mutate: (s: Json) => void;
	path: string;
	fix: RegExp;
	warning?: true;
}

/** Asserts that the rule's broken copy has a problem at exactly `path` whose message matches `fix`. */
function expectRule({ from, mutate, path, fix, warning }: Rule): void {
	const { errors, warnings } = problems(broken(from, mutate));
	const list = warning ? warnings : errors;
	const at = list.filter((p) => p.path === path);
	expect(at, `no ${warning ? 'warning' : 'error'} at ${path}; got ${JSON.stringify([...errors, ...warnings], null, 1)}`).not.toHaveLength(
		0
	);
	expect(at.map((p) => p.message).join('\n')).toMatch(fix);
}

describe('the shipped examples', () => {
	test.each(EXAMPLES)('%s is valid, with no warnings but the note that it was updated from format version 1', (name) => {
		const r = validateScenario(load(name));
		expect(r.ok ? [] : r.problems).toEqual([]);
		expect(r.warnings.map((w) => w.code)).toEqual(['file.updated']);
		expect(r.ok && r.scenario.version).toBe(2);
		expect(validateScenario({ ...load(name), version: 2 }).warnings).toEqual([]);
		expect(r.ok && r.scenario.format).toBe('flowbench-scenario');
	});
});

describe('the whole file', () => {
	test.each([null, 3, 'scenario', [], true, undefined])('%j is not a scenario', (input) => {
		const { errors } = problems(input);
		expect(errors).toHaveLength(1);
		expect(errors[0].path).toBe('$');
		expect(errors[0].message).toMatch(/open a scenario file saved by Flowbench/);
	});

	test('every missing part is listed, not just the first', () => {
		const { errors } = problems({});
		expect(errors.map((p) => p.path)).toEqual(['format', 'version', 'name', 'run', 'segments', 'nodes', 'links']);
		expect(errors.every((p) => /missing — add/.test(p.message))).toBe(true);
		expect(errors[3].message).toBe('missing — add it, e.g. "run": { "mode": "day", "hours": 8, "replications": 50, "seed": 1 }');
	});

	test('a newer version is refused with one clear message, before anything else', () => {
		const { errors } = problems({ format: 'flowbench-scenario', version: 7, anything: 'else' });
		expect(errors).toEqual([
			{
				path: 'version',
				message: 'this file was made by a newer Flowbench (format version 7); this Flowbench reads version 2 — update Flowbench to open it',
				code: 'file.newerVersion',
				params: { version: 7, current: 2 }
			}
		]);
	});

	test('many problems in one file are all reported', () => {
		const s = broken('bank-branch-kiosks', (s) => {
			s.run.seed = -1;
			s.segments[0].share = 2;
			s.nodes[3].servers = 2.5;
			s.links[1].probability = 'lots';
		});
		expect(problems(s).errors.map((p) => p.path)).toEqual(
			expect.arrayContaining(['run.seed', 'segments[0].share', 'nodes[3].servers', 'links[1].probability'])
		);
	});

	test("the brief's example message, word for word", () => {
		const s = broken('bank-branch-kiosks', (s) => (s.nodes[2] = { ...s.nodes[2], units: { periodMinutes: 60, count: [1, 2, 2, 2.5] } }));
		expect(problems(s).errors).toContainEqual({
			path: 'nodes[2].units.count[3]',
			message: 'must be a whole number ≥ 0 (got 2.5)',
			code: 'value.notWhole',
			params: { got: '2.5' }
		});
	});
});

const fieldRules: Rule[] = [
	// format and version
	{
		rule: 'format',
		from: 'call-centre-steady',
		mutate: (s) => (s.format = 'flowbench'),
		path: 'format',
		fix: /must be "flowbench-scenario".*not a Flowbench scenario/
	},
	{ rule: 'version too old', from: 'call-centre-steady', mutate: (s) => (s.version = 0), path: 'version', fix: /must be 2 \(got 0\)/ },
	{ rule: 'version missing', from: 'call-centre-steady', mutate: (s) => delete s.version, path: 'version', fix: /add "version": 2/ },
	{
		rule: 'version newer',
		from: 'call-centre-steady',
		mutate: (s) => (s.version = 3),
		path: 'version',
		fix: /newer Flowbench.*update Flowbench/
	},
	{ rule: 'name missing', from: 'call-centre-steady', mutate: (s) => delete s.name, path: 'name', fix: /missing — add it, e.g. "name"/ },
	{
		rule: 'description not text',
		from: 'call-centre-steady',
		mutate: (s) => (s.description = 5),
		path: 'description',
		fix: /must be a text/
	},
	// run settings
	{ rule: 'run missing', from: 'call-centre-steady', mutate: (s) => delete s.run, path: 'run', fix: /add it, e.g. "run": \{ "mode"/ },
	{ rule: 'run not an object', from: 'call-centre-steady', mutate: (s) => (s.run = [1]), path: 'run', fix: /must be run settings/ },
	{
		rule: 'mode',
		from: 'bank-branch-baseline',
		mutate: (s) => (s.run.mode = 'days'),
		path: 'run.mode',
		fix: /one of "day" or "steady".*did you mean "day"/
	},
	{
		rule: 'hours required in day mode',
		from: 'bank-branch-baseline',
		mutate: (s) => delete s.run.hours,
		path: 'run.hours',
		fix: /add it, e.g. "hours": 8.*day mode needs/
	},
	{
		rule: 'hours > 0',
		from: 'bank-branch-baseline',
		mutate: (s) => (s.run.hours = 0),
		path: 'run.hours',
		fix: /must be a number > 0, in hours \(got 0\)/
	},
	{
		rule: 'length required in steady mode',
		from: 'call-centre-steady',
		mutate: (s) => delete s.run.length,
		path: 'run.length',
		fix: /add it, e.g. "length".*steady mode needs/
	},
	{ rule: 'length > 0', from: 'call-centre-steady', mutate: (s) => (s.run.length = 0), path: 'run.length', fix: /> 0/ },
	{
		rule: 'warmup ≥ 0',
		from: 'call-centre-steady',
		mutate: (s) => (s.run.warmup = -5),
		path: 'run.warmup',
		fix: /≥ 0, in minutes \(got -5\)/
	},
	{
		rule: 'replications whole',
		from: 'call-centre-steady',
		mutate: (s) => (s.run.replications = 2.5),
		path: 'run.replications',
		fix: /whole number from 1 to 100000/
	},
	{
		rule: 'replications ≥ 1',
		from: 'call-centre-steady',
		mutate: (s) => (s.run.replications = 0),
		path: 'run.replications',
		fix: /from 1 to 100000 \(got 0\)/
	},
	{
		rule: 'replications ≤ 100000',
		from: 'call-centre-steady',
		mutate: (s) => (s.run.replications = 100001),
		path: 'run.replications',
		fix: /from 1 to 100000/
	},
	{
		rule: 'seed in range',
		from: 'call-centre-steady',
		mutate: (s) => (s.run.seed = 2 ** 32),
		path: 'run.seed',
		fix: /whole number from 0 to 4294967295/
	},
	{ rule: 'seed whole', from: 'call-centre-steady', mutate: (s) => (s.run.seed = 1.5), path: 'run.seed', fix: /whole number/ },
	{ rule: 'seed missing', from: 'call-centre-steady', mutate: (s) => delete s.run.seed, path: 'run.seed', fix: /add it, e.g. "seed": 1/ },
	{
		rule: 'maxEvents positive',
		from: 'call-centre-steady',
		mutate: (s) => (s.run.maxEvents = 0),
		path: 'run.maxEvents',
		fix: /whole number ≥ 1/
	},
	{ rule: 'open is a clock time', from: 'bank-branch-baseline', mutate: (s) => (s.run.open = '9am'), path: 'run.open', fix: /"09:00"/ },
	{
		rule: 'drain is true or false',
		from: 'bank-branch-baseline',
		mutate: (s) => (s.run.drain = 'yes'),
		path: 'run.drain',
		fix: /true or false/
	},
	{ rule: 'NaN is not a number', from: 'call-centre-steady', mutate: (s) => (s.run.length = NaN), path: 'run.length', fix: /got NaN/ },
	{
		rule: 'Infinity is not a number',
		from: 'call-centre-steady',
		mutate: (s) => (s.run.length = Infinity),
		path: 'run.length',
		fix: /got Infinity/
	},
	// distributions
	{
		rule: 'mean > 0',
		from: 'call-centre-steady',
		mutate: (s) => (s.nodes[1].service.mean = 0),
		path: 'nodes[1].service.mean',
		fix: /must be a number > 0, in minutes/
	},
	{ rule: 'cv ≥ 0', from: 'bank-branch-baseline', mutate: (s) => (s.nodes[1].service.cv = -1), path: 'nodes[1].service.cv', fix: /≥ 0/ },
	{
		rule: 'cv missing',
		from: 'bank-branch-baseline',
		mutate: (s) => delete s.nodes[1].service.cv,
		path: 'nodes[1].service.cv',
		fix: /add it, e.g. "cv"/
	},
	{
		rule: 'erlang k whole ≥ 1',
		from: 'call-centre-steady',
		mutate: (s) => (s.nodes[1].service = { dist: 'erlang', mean: 3, k: 1.5 }),
		path: 'nodes[1].service.k',
		fix: /whole number ≥ 1/
	},
	{
		rule: 'deterministic value ≥ 0',
		from: 'call-centre-steady',
		mutate: (s) => (s.nodes[1].service = { dist: 'deterministic', value: -1 }),
		path: 'nodes[1].service.value',
		fix: /≥ 0/
	},
	{
		rule: 'uniform min ≥ 0',
		from: 'call-centre-steady',
		mutate: (s) => (s.nodes[1].service = { dist: 'uniform', min: -1, max: 2 }),
		path: 'nodes[1].service.min',
		fix: /≥ 0/
	},
	{
		rule: 'uniform min ≤ max',
		from: 'call-centre-steady',
		mutate: (s) => (s.nodes[1].service = { dist: 'uniform', min: 5, max: 2 }),
		path: 'nodes[1].service.max',
		fix: /at least "min" \(5\).*swap "min" and "max"/
	},
	{
		rule: 'triangular min ≤ mode ≤ max',
		from: 'call-centre-steady',
		mutate: (s) => (s.nodes[1].service = { dist: 'triangular', min: 1, mode: 9, max: 4 }),
		path: 'nodes[1].service.mode',
		fix: /between "min" \(1\) and "max" \(4\)/
	},
	{
		rule: 'triangular min ≤ max',
		from: 'call-centre-steady',
		mutate: (s) => (s.nodes[1].service = { dist: 'triangular', min: 5, mode: 5, max: 4 }),
		path: 'nodes[1].service.max',
		fix: /swap/
	},
	{
		rule: 'empirical non-empty',
		from: 'call-centre-steady',
		mutate: (s) => (s.nodes[1].service = { dist: 'empirical', values: [] }),
		path: 'nodes[1].service.values',
		fix: /non-empty list/
	},
	{
		rule: 'empirical values ≥ 0',
		from: 'call-centre-steady',
		mutate: (s) => (s.nodes[1].service = { dist: 'empirical', values: [1, -2] }),
		path: 'nodes[1].service.values[1]',
		fix: /≥ 0/
	},
	{
		rule: 'empirical values are numbers',
		from: 'call-centre-steady',
		mutate: (s) => (s.nodes[1].service = { dist: 'empirical', values: [1, '2'] }),
		path: 'nodes[1].service.values[1]',
		fix: /must be a number/
	},
	{
		rule: 'dist known',
		from: 'call-centre-steady',
		mutate: (s) => (s.nodes[1].service = { dist: 'expo', mean: 3 }),
		path: 'nodes[1].service.dist',
		fix: /did you mean "exponential"/
	},
	{
		rule: 'dist given',
		from: 'call-centre-steady',
		mutate: (s) => (s.nodes[1].service = { mean: 3 }),
		path: 'nodes[1].service.dist',
		fix: /add "dist" with one of/
	},
	{
		rule: 'service required',
		from: 'call-centre-steady',
		mutate: (s) => delete s.nodes[1].service,
		path: 'nodes[1].service',
		fix: /add it, e.g. "service": \{ "dist": "exponential"/
	},
	// segments
	{
		rule: 'segment ids unique',
		from: 'bank-branch-baseline',
		mutate: (s) => (s.segments[1].id = 'regular'),
		path: 'segments[1].id',
		fix: /already the id of segments\[0\].*rename one/
	},
	{
		rule: 'segment id non-empty',
		from: 'bank-branch-baseline',
		mutate: (s) => (s.segments[1].id = ' '),
		path: 'segments[1].id',
		fix: /non-empty/
	},
	{
		rule: 'shares sum to 1',
		from: 'bank-branch-baseline',
		mutate: (s) => (s.segments[1].share = 0.1),
		path: 'segments',
		fix: /add up to 0\.95; they must add up to 1/
	},
	{
		rule: 'share in [0,1]',
		from: 'bank-branch-baseline',
		mutate: (s) => (s.segments[0].share = 1.5),
		path: 'segments[0].share',
		fix: /from 0 to 1/
	},
	{
		rule: 'priority whole',
		from: 'bank-branch-baseline',
		mutate: (s) => (s.segments[1].priority = 0.5),
		path: 'segments[1].priority',
		fix: /whole number/
	},
	{
		rule: 'patience distribution or null',
		from: 'bank-branch-baseline',
		mutate: (s) => (s.segments[0].patience = 'never'),
		path: 'segments[0].patience',
		fix: /distribution.*or null/
	},
	{
		rule: 'patience parameters',
		from: 'bank-branch-baseline',
		mutate: (s) => (s.segments[1].patience = { dist: 'lognormal', mean: 10, cv: -0.5 }),
		path: 'segments[1].patience.cv',
		fix: /≥ 0/
	},
	{
		rule: 'desired ≤ adequate',
		from: 'bank-branch-baseline',
		mutate: (s) => (s.segments[0].tolerance = { desired: 6, adequate: 5 }),
		path: 'segments[0].tolerance.desired',
		fix: /not be more than "adequate" \(5\).*swap/
	},
	{
		rule: 'adequate > 0',
		from: 'bank-branch-baseline',
		mutate: (s) => (s.segments[0].tolerance.adequate = 0),
		path: 'segments[0].tolerance.adequate',
		fix: /> 0/
	},
	{ rule: 'at least one segment', from: 'bank-branch-baseline', mutate: (s) => (s.segments = []), path: 'segments', fix: /non-empty list/ },
	// nodes
	{
		rule: 'node ids unique',
		from: 'bank-branch-baseline',
		mutate: (s) => (s.nodes[2].id = 'teller'),
		path: 'nodes[2].id',
		fix: /already the id of "Tellers" \(nodes\[1\]\).*rename one/
	},
	{ rule: 'node id non-empty', from: 'bank-branch-baseline', mutate: (s) => (s.nodes[2].id = ''), path: 'nodes[2].id', fix: /non-empty/ },
	{
		rule: 'node kind known',
		from: 'bank-branch-baseline',
		mutate: (s) => (s.nodes[1].kind = 'Station'),
		path: 'nodes[1].kind',
		fix: /did you mean "station"/
	},
	{
		rule: 'node name required',
		from: 'bank-branch-baseline',
		mutate: (s) => delete s.nodes[1].name,
		path: 'nodes[1].name',
		fix: /missing — add it, e.g. "name"/
	},
	{
		rule: 'rate ≥ 0',
		from: 'bank-branch-baseline',
		mutate: (s) => (s.nodes[0].arrivals.ratePerHour[2] = -50),
		path: 'nodes[0].arrivals.ratePerHour[2]',
		fix: /≥ 0, in arrivals per hour/
	},
	{
		rule: 'rate list non-empty',
		from: 'bank-branch-baseline',
		mutate: (s) => (s.nodes[0].arrivals.ratePerHour = []),
		path: 'nodes[0].arrivals.ratePerHour',
		fix: /non-empty list/
	},
	{
		rule: 'rate list needs periodMinutes',
		from: 'bank-branch-baseline',
		mutate: (s) => delete s.nodes[0].arrivals.periodMinutes,
		path: 'nodes[0].arrivals.periodMinutes',
		fix: /add it, e.g. "periodMinutes": 60.*list of rates needs/
	},
	{
		rule: 'periodMinutes > 0',
		from: 'bank-branch-baseline',
		mutate: (s) => (s.nodes[0].arrivals.periodMinutes = 0),
		path: 'nodes[0].arrivals.periodMinutes',
		fix: /> 0/
	},
	{
		rule: 'arrivals type known',
		from: 'bank-branch-baseline',
		mutate: (s) => (s.nodes[0].arrivals.type = 'poison'),
		path: 'nodes[0].arrivals.type',
		fix: /did you mean "poisson"/
	},
	{
		rule: 'renewal interarrival mean > 0',
		from: 'call-centre-steady',
		mutate: (s) => (s.nodes[0].arrivals = { type: 'renewal', interarrival: { dist: 'deterministic', value: 0 } }),
		path: 'nodes[0].arrivals.interarrival',
		fix: /average more than 0/
	},
	{
		rule: 'renewal exponential mean > 0',
		from: 'call-centre-steady',
		mutate: (s) => (s.nodes[0].arrivals = { type: 'renewal', interarrival: { dist: 'exponential', mean: 0 } }),
		path: 'nodes[0].arrivals.interarrival.mean',
		fix: /> 0/
	},
	{
		rule: 'trace times ≥ 0',
		from: 'bank-branch-baseline',
		mutate: (s) => (s.nodes[0].arrivals = { type: 'trace', times: [1, -2, 3] }),
		path: 'nodes[0].arrivals.times[1]',
		fix: /≥ 0/
	},
	{
		rule: 'trace times finite',
		from: 'bank-branch-baseline',
		mutate: (s) => (s.nodes[0].arrivals = { type: 'trace', times: [1, NaN] }),
		path: 'nodes[0].arrivals.times[1]',
		fix: /got NaN/
	},
	{
		rule: 'servers whole ≥ 0',
		from: 'bank-branch-baseline',
		mutate: (s) => (s.nodes[1].servers = -1),
		path: 'nodes[1].servers',
		fix: /^must be a whole number ≥ 0 \(got -1\)$/
	},
	{
		rule: 'servers a number or a plan',
		from: 'bank-branch-baseline',
		mutate: (s) => (s.nodes[1].servers = '5'),
		path: 'nodes[1].servers',
		fix: /whole number ≥ 0, or a staffing plan \{ "periodMinutes": 60/
	},
	{
		rule: 'servers required',
		from: 'bank-branch-baseline',
		mutate: (s) => delete s.nodes[1].servers,
		path: 'nodes[1].servers',
		fix: /add it, e.g. "servers": 2/
	},
	{
		rule: 'staffing count whole',
		from: 'bank-branch-baseline',
		mutate: (s) => (s.nodes[1].servers = { periodMinutes: 60, count: [3, 4, 5, 2.5] }),
		path: 'nodes[1].servers.count[3]',
		fix: /^must be a whole number ≥ 0 \(got 2\.5\)$/
	},
	{
		rule: 'staffing period > 0',
		from: 'bank-branch-baseline',
		mutate: (s) => (s.nodes[1].servers = { periodMinutes: 0, count: [3] }),
		path: 'nodes[1].servers.periodMinutes',
		fix: /> 0/
	},
	{
		rule: 'staffing count non-empty',
		from: 'bank-branch-baseline',
		mutate: (s) => (s.nodes[1].servers = { periodMinutes: 60, count: [] }),
		path: 'nodes[1].servers.count',
		fix: /non-empty list/
	},
	{
		rule: 'units of self-service',
		from: 'bank-branch-kiosks',
		mutate: (s) => (s.nodes[2].units = '2'),
		path: 'nodes[2].units',
		fix: /whole number ≥ 0/
	},
	{
		rule: 'queueCapacity whole',
		from: 'bank-branch-baseline',
		mutate: (s) => (s.nodes[1].queueCapacity = -1),
		path: 'nodes[1].queueCapacity',
		fix: /whole number ≥ 0/
	},
	{
		rule: 'queueCapacity number or null',
		from: 'bank-branch-baseline',
		mutate: (s) => (s.nodes[1].queueCapacity = 'none'),
		path: 'nodes[1].queueCapacity',
		fix: /whole number ≥ 0, or null/
	},
	{
		rule: 'resolutionRate in [0,1]',
		from: 'bank-branch-baseline',
		mutate: (s) => (s.nodes[1].resolutionRate = 1.2),
		path: 'nodes[1].resolutionRate',
		fix: /from 0 to 1 \(got 1\.2\)/
	},
	{
		rule: 'successRate in [0,1]',
		from: 'bank-branch-kiosks',
		mutate: (s) => (s.nodes[2].successRate = -0.1),
		path: 'nodes[2].successRate',
		fix: /from 0 to 1/
	},
	{
		rule: 'cost ≥ 0',
		from: 'bank-branch-baseline',
		mutate: (s) => (s.nodes[1].costPerServerHour = -35),
		path: 'nodes[1].costPerServerHour',
		fix: /≥ 0/
	},
	{
		rule: 'discipline known',
		from: 'bank-branch-baseline',
		mutate: (s) => (s.nodes[1].discipline = 'FIFO'),
		path: 'nodes[1].discipline',
		fix: /one of "fifo" or "priority".*did you mean "fifo"/
	},
	{
		rule: 'waitExperience known',
		from: 'bank-branch-baseline',
		mutate: (s) => (s.nodes[1].waitExperience = 'bored'),
		path: 'nodes[1].waitExperience',
		fix: /one of "unoccupied", "occupied" or "phone"/
	},
	{
		rule: 'showsExpectedWait boolean',
		from: 'bank-branch-baseline',
		mutate: (s) => (s.nodes[1].showsExpectedWait = 1),
		path: 'nodes[1].showsExpectedWait',
		fix: /true or false/
	},
	{
		rule: 'router policy known',
		from: 'bank-branch-kiosks',
		mutate: (s) => (s.nodes[1].policy = 'random'),
		path: 'nodes[1].policy',
		fix: /"probability" or "shortest-queue"/
	},
	{
		rule: 'delay needs a duration',
		from: 'call-centre-steady',
		mutate: (s) => s.nodes.splice(1, 0, { id: 'walk', kind: 'delay', name: 'Walk' }),
		path: 'nodes[1].duration',
		fix: /add it, e.g. "duration"/
	},
	{
		rule: 'position numbers',
		from: 'call-centre-steady',
		mutate: (s) => (s.nodes[1].position = { x: 'left', y: 0 }),
		path: 'nodes[1].position.x',
		fix: /must be a number/
	},
	// targets
	{
		rule: 'serviceLevel in [0,1]',
		from: 'bank-branch-baseline',
		mutate: (s) => (s.targets.serviceLevel = 80),
		path: 'targets.serviceLevel',
		fix: /from 0 to 1 \(got 80\)/
	},
	{
		rule: 'waitMinutes ≥ 0',
		from: 'bank-branch-baseline',
		mutate: (s) => (s.targets.waitMinutes = -1),
		path: 'targets.waitMinutes',
		fix: /≥ 0/
	},
	{
		rule: 'satisfaction is an object',
		from: 'bank-branch-baseline',
		mutate: (s) => (s.satisfaction = 3),
		path: 'satisfaction',
		fix: /must be satisfaction parameters/
	}
];

describe('field rules', () => {
	test.each(fieldRules.map((r) => [r.rule, r] as const))('%s', (_, rule) => expectRule(rule));
});
