// Rules about links, routing and the flow as a whole, and the warnings for legal but suspicious
// scenarios: each is caught on a broken copy of an example at its exact path, with the fix.

import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { validateScenario, type Problem } from './validate';

type Example = 'bank-branch-baseline' | 'bank-branch-kiosks' | 'call-centre-steady';
type Json = any;

// the examples are format version 1 files; as version 2 (all they change: tests/migration.test.ts) they validate without the update note
const load = (name: Example): Json => ({
	...JSON.parse(readFileSync(new URL(`../../../../static/examples/${name}.json`, import.meta.url), 'utf8')),
	version: 2
});

function check(from: Example, mutate: (s: Json) => void): { ok: boolean; errors: Problem[]; warnings: Problem[] } {
	const s = load(from);
	mutate(s);
	const r = validateScenario(s);
	return { ok: r.ok, errors: r.ok ? [] : r.problems, warnings: r.warnings };
}

interface Rule {
	rule: string;
	from: Example;
	mutate: (s: Json) => void;
	path: string;
	fix: RegExp;
	warning?: true;
}

function expectRule({ from, mutate, path, fix, warning }: Rule): void {
	const { ok, errors, warnings } = check(from, mutate);
	const at = (warning ? warnings : errors).filter((p) => p.path === path);
	expect(at, `nothing at ${path}; got ${JSON.stringify([...errors, ...warnings], null, 1)}`).not.toHaveLength(0);
	expect(at.map((p) => p.message).join('\n')).toMatch(fix);
	if (!warning) expect(ok).toBe(false);
}

// Kiosk example: nodes door 0, split 1, kiosk 2, teller 3, back 4, out 5; links 0 door→split,
// 1 split→kiosk 0.4 regular, 2 split→teller 0.6 regular, 3 split→teller vip, 4 kiosk→out,
// 5 kiosk→teller failed, 6 teller→out, 7 teller→back unresolved, 8 back→out.
const linkRules: Rule[] = [
	{
		rule: 'from is a node id',
		from: 'bank-branch-kiosks',
		mutate: (s) => (s.links[8].from = 'bak'),
		path: 'links[8].from',
		fix: /"bak" is not the id of any node — use one of "door".*did you mean "back"/
	},
	{
		rule: 'to is a node id',
		from: 'bank-branch-kiosks',
		mutate: (s) => (s.links[4].to = 'exit'),
		path: 'links[4].to',
		fix: /not the id of any node — use one of/
	},
	{
		rule: 'from required',
		from: 'bank-branch-kiosks',
		mutate: (s) => delete s.links[4].from,
		path: 'links[4].from',
		fix: /add it, e.g. "from"/
	},
	{
		rule: 'nothing links into a source',
		from: 'bank-branch-kiosks',
		mutate: (s) => (s.links[8].to = 'door'),
		path: 'links[8].to',
		fix: /"Customers arrive" \(nodes\[0\]\) is a source.*link to a station/
	},
	{
		rule: 'nothing starts at an exit',
		from: 'bank-branch-kiosks',
		mutate: (s) => s.links.push({ from: 'out', to: 'teller' }),
		path: 'links[9].from',
		fix: /"Leave" \(nodes\[5\]\) is an exit.*start this link at another node, or remove it/
	},
	{
		rule: 'on is a known outcome',
		from: 'bank-branch-kiosks',
		mutate: (s) => (s.links[5].on = 'fail'),
		path: 'links[5].on',
		fix: /one of "done", "unresolved" or "failed".*did you mean "failed"/
	},
	{
		rule: 'unresolved only from stations',
		from: 'bank-branch-kiosks',
		mutate: (s) => (s.links[5].on = 'unresolved'),
		path: 'links[5].on',
		fix: /"unresolved" links can only start at a station node.*"Kiosks" \(nodes\[2\]\) is a self-service/
	},
	{
		rule: 'failed only from self-service',
		from: 'bank-branch-kiosks',
		mutate: (s) => (s.links[7].on = 'failed'),
		path: 'links[7].on',
		fix: /"failed" links can only start at a self-service node.*use "on": "done"/
	},
	{
		rule: 'probability in [0,1]',
		from: 'bank-branch-kiosks',
		mutate: (s) => (s.links[1].probability = 40),
		path: 'links[1].probability',
		fix: /from 0 to 1 \(got 40\)/
	},
	{
		rule: 'segments are known ids',
		from: 'bank-branch-kiosks',
		mutate: (s) => (s.links[3].segments = ['VIP']),
		path: 'links[3].segments[0]',
		fix: /"VIP" is not a segment id — use one of "regular", "vip" — did you mean "vip"/
	},
	{
		rule: 'segments is a list of ids',
		from: 'bank-branch-kiosks',
		mutate: (s) => (s.links[3].segments = 'vip'),
		path: 'links[3].segments',
		fix: /must be a list/
	},
	{
		rule: 'several links each need a probability',
		from: 'bank-branch-kiosks',
		mutate: (s) => delete s.links[2].probability,
		path: 'links[2].probability',
		fix: /missing — "Kiosk or teller" \(nodes\[1\]\) has 2 "done" links for segment "Regular", so each needs a probability/
	},
	{
		rule: 'probabilities sum to 1',
		from: 'bank-branch-kiosks',
		mutate: (s) => (s.links[2].probability = 0.5),
		path: 'links[2].probability',
		fix: /probabilities of the "done" links from "Kiosk or teller" sum to 0\.9 for segment "Regular"; they must sum to 1 \(links\[1\] 0\.4 \+ links\[2\] 0\.5\)/
	},
	{
		rule: 'sums are per segment',
		from: 'bank-branch-kiosks',
		mutate: (s) => delete s.links[3].segments,
		path: 'links[3].probability',
		fix: /missing — .*has 3 "done" links for segment "Regular"/
	},
	{
		rule: 'sums are per outcome',
		from: 'bank-branch-baseline',
		mutate: (s) => s.links.push({ from: 'teller', to: 'out', on: 'unresolved', probability: 0.3 }),
		path: 'links[2].probability',
		fix: /missing — "Tellers" \(nodes\[1\]\) has 2 "unresolved" links/
	}
];

const graphRules: Rule[] = [
	{
		rule: 'a source is needed',
		from: 'call-centre-steady',
		mutate: (s) => {
			s.nodes.splice(0, 1);
			s.links.splice(0, 1);
		},
		path: 'nodes',
		fix: /there is no source — add a node with "kind": "source"/
	},
	{
		rule: 'an exit is needed',
		from: 'call-centre-steady',
		mutate: (s) => {
			s.nodes.splice(2, 1);
			s.links.splice(1, 1);
		},
		path: 'nodes',
		fix: /there is no exit — add a node with "kind": "exit"/
	},
	{
		rule: 'every reached node has a way out',
		from: 'bank-branch-kiosks',
		mutate: (s) => s.links.splice(8, 1),
		path: 'links',
		fix: /^"Back office" \(nodes\[4\]\) has no way out — add a link from it to another node or an exit$/
	},
	{
		rule: 'a source needs a way on',
		from: 'call-centre-steady',
		mutate: (s) => s.links.splice(0, 1),
		path: 'links',
		fix: /"Calls" \(nodes\[0\]\) has no way out/
	},
	{
		rule: 'a station needs a "done" link',
		from: 'bank-branch-baseline',
		mutate: (s) => s.links.splice(1, 1),
		path: 'links',
		fix: /"Tellers" \(nodes\[1\]\) has no "done" link: customers who finish there have nowhere to go/
	},
	{
		rule: 'a way on for every segment',
		from: 'bank-branch-kiosks',
		mutate: (s) => s.links.splice(3, 1),
		path: 'links',
		fix: /"Kiosk or teller" \(nodes\[1\]\) has no way on for segment "Priority client".*add a link from it for them/
	},
	{
		rule: 'no loop without a way out',
		from: 'bank-branch-baseline',
		mutate: (s) => {
			s.links[1].to = 'back';
			s.links[3].to = 'teller';
		},
		path: 'links',
		fix: /customers entering "Tellers" \(nodes\[1\]\) can never leave: they go round "Tellers" → "Back office".*add a link from one of these nodes to an exit/
	},
	{
		rule: 'no node that only links to itself',
		from: 'call-centre-steady',
		mutate: (s) => (s.links[1].to = 'agents'),
		path: 'links',
		fix: /customers entering "Agents" \(nodes\[1\]\) can never leave: they go back into "Agents"/
	},
	{
		rule: 'a station that receives customers needs servers',
		from: 'call-centre-steady',
		mutate: (s) => (s.nodes[1].servers = 0),
		path: 'nodes[1].servers',
		fix: /0 in every period, but customers are sent to "Agents".*give it at least 1 server/
	},
	{
		rule: 'a staffing plan with no one at all',
		from: 'bank-branch-kiosks',
		mutate: (s) => (s.nodes[2].units = { periodMinutes: 60, count: [0, 0] }),
		path: 'nodes[2].units.count',
		fix: /give it at least 1 unit/
	}
];

const warningRules: Rule[] = [
	{
		rule: 'typo of a known key',
		from: 'bank-branch-kiosks',
		mutate: (s) => {
			s.links[1].probabilty = 0.4;
			delete s.links[1].probability;
		},
		path: 'links[1].probabilty',
		fix: /did you mean "probability"\? Rename it/,
		warning: true
	},
	{
		rule: 'key of another kind',
		from: 'bank-branch-kiosks',
		mutate: (s) => (s.nodes[1].servers = 2),
		path: 'nodes[1].servers',
		fix: /is not used when "kind" is "router".*remove it/,
		warning: true
	},
	{
		rule: 'parameter of another distribution',
		from: 'call-centre-steady',
		mutate: (s) => (s.nodes[1].service.cv = 1),
		path: 'nodes[1].service.cv',
		fix: /not used when "dist" is "exponential"/,
		warning: true
	},
	{
		rule: 'hours in steady mode',
		from: 'call-centre-steady',
		mutate: (s) => (s.run.hours = 8),
		path: 'run.hours',
		fix: /ignored in steady mode.*remove it/,
		warning: true
	},
	{
		rule: 'length in day mode',
		from: 'bank-branch-baseline',
		mutate: (s) => (s.run.length = 100),
		path: 'run.length',
		fix: /ignored in day mode/,
		warning: true
	},
	{
		rule: 'fewer rate periods than the day',
		from: 'bank-branch-baseline',
		mutate: (s) => s.nodes[0].arrivals.ratePerHour.splice(6),
		path: 'nodes[0].arrivals.ratePerHour',
		fix: /the 6 rates cover 6 hours but the doors close after 8 hours; the last rate \(40 per hour\) holds/,
		warning: true
	},
	{
		rule: 'rates after closing',
		from: 'bank-branch-baseline',
		mutate: (s) => s.nodes[0].arrivals.ratePerHour.push(20, 10),
		path: 'nodes[0].arrivals.ratePerHour',
		fix: /only the first 8 of the 10 rates are used/,
		warning: true
	},
	{
		rule: 'all rates 0',
		from: 'call-centre-steady',
		mutate: (s) => (s.nodes[0].arrivals.ratePerHour = 0),
		path: 'nodes[0].arrivals.ratePerHour',
		fix: /no customers arrive/,
		warning: true
	},
	{
		rule: 'trace out of order',
		from: 'bank-branch-baseline',
		mutate: (s) => (s.nodes[0].arrivals = { type: 'trace', times: [1, 5, 3, 4, 2] }),
		path: 'nodes[0].arrivals.times[2]',
		fix: /is 3, earlier than the time before it \(5\), and 1 more times are out of order.*sort them/,
		warning: true
	},
	{
		rule: 'trace after closing',
		from: 'bank-branch-baseline',
		mutate: (s) => (s.nodes[0].arrivals = { type: 'trace', times: [1, 480, 500] }),
		path: 'nodes[0].arrivals.times[1]',
		fix: /2 arrival times are at or after minute 480.*ignored/,
		warning: true
	},
	{
		rule: 'empty trace',
		from: 'bank-branch-baseline',
		mutate: (s) => (s.nodes[0].arrivals = { type: 'trace', times: [] }),
		path: 'nodes[0].arrivals.times',
		fix: /no customers arrive/,
		warning: true
	},
	{
		rule: 'a node no one reaches',
		from: 'bank-branch-baseline',
		mutate: (s) => s.nodes.push({ id: 'lobby', kind: 'delay', name: 'Lobby', duration: { dist: 'deterministic', value: 1 } }),
		path: 'nodes[4]',
		fix: /"Lobby" is never reached.*link to it, or remove it/,
		warning: true
	},
	{
		rule: 'unresolved customers leave when no link says otherwise',
		from: 'bank-branch-baseline',
		mutate: (s) => s.links.splice(2, 1),
		path: 'nodes[1].resolutionRate',
		fix: /10% of customers leave "Tellers" unresolved.*add one/,
		warning: true
	},
	{
		rule: 'failed customers leave when no link says otherwise',
		from: 'bank-branch-kiosks',
		mutate: (s) => s.links.splice(5, 1),
		path: 'nodes[2].successRate',
		fix: /15% of attempts at "Kiosks" fail/,
		warning: true
	},
	{
		rule: 'an "unresolved" link that is never used',
		from: 'bank-branch-baseline',
		mutate: (s) => (s.nodes[1].resolutionRate = 1),
		path: 'links[2].on',
		fix: /never used: "Tellers" has resolutionRate 1.*lower resolutionRate or remove this link/,
		warning: true
	},
	{
		rule: 'a probability on the only link',
		from: 'call-centre-steady',
		mutate: (s) => (s.links[0].probability = 0.5),
		path: 'links[0].probability',
		fix: /ignored: this is the only "done" link from "Calls" for segment "Caller".*remove the probability or set it to 1/,
		warning: true
	},
	{
		rule: 'probabilities on a shortest-queue router',
		from: 'bank-branch-kiosks',
		mutate: (s) => (s.nodes[1].policy = 'shortest-queue'),
		path: 'links[1].probability',
		fix: /ignored: "Kiosk or teller" \(nodes\[1\]\) sends each customer to the shortest queue/,
		warning: true
	},
	{
		rule: 'a shortest-queue router linked to a node without a queue',
		from: 'call-centre-steady',
		mutate: (s) => {
			s.nodes.push({ id: 'pick', kind: 'router', name: 'Pick', policy: 'shortest-queue' });
			s.links[0].to = 'pick';
			s.links.push({ from: 'pick', to: 'agents' }, { from: 'pick', to: 'end' });
		},
		path: 'links[3].to',
		fix: /"Hang up" \(nodes\[2\]\) is an exit and has no queue.*link the router to stations/,
		warning: true
	},
	{
		rule: 'last staffing count 0',
		from: 'bank-branch-baseline',
		mutate: (s) => (s.nodes[2].servers = { periodMinutes: 60, count: [1, 1, 0] }),
		path: 'nodes[2].servers.count[2]',
		fix: /last count holds.*also while draining.*add a period/,
		warning: true
	},
	{
		rule: 'an empty segments list',
		from: 'bank-branch-kiosks',
		mutate: (s) => s.links.push({ from: 'back', to: 'teller', segments: [] }),
		path: 'links[9].segments',
		fix: /no customer follows this link/,
		warning: true
	},
	{
		rule: 'a huge cv',
		from: 'bank-branch-baseline',
		mutate: (s) => (s.nodes[1].service.cv = 12),
		path: 'nodes[1].service.cv',
		fix: /very large \(12\).*check it/,
		warning: true
	},
	{
		rule: 'min equals max',
		from: 'call-centre-steady',
		mutate: (s) => (s.nodes[1].service = { dist: 'uniform', min: 3, max: 3 }),
		path: 'nodes[1].service',
		fix: /"deterministic"/,
		warning: true
	}
];

describe('link rules', () => {
	test.each(linkRules.map((r) => [r.rule, r] as const))('%s', (_, rule) => expectRule(rule));
});

describe('flow rules', () => {
	test.each(graphRules.map((r) => [r.rule, r] as const))('%s', (_, rule) => expectRule(rule));
});

describe('warnings: legal but suspicious', () => {
	test.each(warningRules.map((r) => [r.rule, r] as const))('%s', (_, rule) => expectRule(rule));
});

describe('what the flow rules allow', () => {
	test('a shortest-queue router needs no probabilities', () => {
		const r = check('bank-branch-kiosks', (s) => {
			s.nodes[1].policy = 'shortest-queue';
			delete s.links[1].probability;
			delete s.links[2].probability;
		});
		expect(r.errors).toEqual([]);
		expect(r.warnings).toEqual([]);
	});

	test('a loop with a way out is fine (rework)', () => {
		const r = check('bank-branch-baseline', (s) => s.links.push({ from: 'back', to: 'teller', probability: 0.2 }));
		expect(r.errors.map((p) => p.path)).toEqual(['links[3].probability']); // the back office's other "done" link now needs one too
		const fixed = check('bank-branch-baseline', (s) => {
			s.links[3].probability = 0.8;
			s.links.push({ from: 'back', to: 'teller', probability: 0.2 });
		});
		expect(fixed.errors).toEqual([]);
	});

	test('a station with 0 servers that no one reaches is only a warning', () => {
		const r = check('bank-branch-baseline', (s) => {
			s.nodes[2].servers = 0;
			s.links.splice(2, 1);
		});
		expect(r.errors).toEqual([]);
		expect(r.warnings.map((p) => p.path)).toEqual(['nodes[1].resolutionRate', 'nodes[2]']);
	});

	test('a staffing plan shorter than the day is fine', () => {
		const r = check('bank-branch-baseline', (s) => (s.nodes[1].servers = { periodMinutes: 60, count: [3, 4, 5] }));
		expect(r.errors).toEqual([]);
		expect(r.warnings).toEqual([]);
	});

	test('a segment with share 0 needs no route', () => {
		const r = check('bank-branch-kiosks', (s) => {
			s.segments[0].share = 1;
			s.segments[1].share = 0;
			s.links.splice(3, 1);
		});
		expect(r.errors).toEqual([]);
	});

	test('a problem with one link does not set off a cascade about the rest of the flow', () => {
		const r = check('bank-branch-kiosks', (s) => (s.links[2].to = 'tellr'));
		expect(r.errors.map((p) => p.path)).toEqual(['links[2].to']);
		expect(r.warnings).toEqual([]);
	});

	test('a node of unknown kind is reported once, without guesses about the flow', () => {
		const r = check('bank-branch-kiosks', (s) => (s.nodes[3].kind = 'stattion'));
		expect(r.errors.map((p) => p.path)).toEqual(['nodes[3].kind']);
		expect(r.warnings).toEqual([]);
	});

	test('problems shared by segments are reported once, naming them all', () => {
		const r = check('bank-branch-kiosks', (s) => {
			delete s.links[1].segments;
			delete s.links[2].segments;
			s.links.splice(3, 1);
			s.links[1].probability = 0.3;
		});
		const sums = r.errors.filter((p) => /sum to/.test(p.message));
		expect(sums).toHaveLength(1);
		expect(sums[0].message).toMatch(/for segments "Regular" and "Priority client"/);
	});
});
