// Fuzzing at scale (issues 14 item 6 and 15): ≥ 10,000 generated scenario files, seeded, go
// through the validator as JSON text; those that validate run briefly (1 replication, a small
// event limit). No throw may escape the validator; a refused file names a path for every
// problem; a valid file either runs or stops with one of the engine's own errors (runaway,
// unstable) — never a RangeError, a TypeError or an out-of-memory. The families are those the
// probes found: mutations of the examples, tiny periods, huge horizons, deep nesting, huge
// magnitudes. The counts are printed.

import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
	CancelledError,
	RunawayError,
	runScenario,
	UnstableError,
	validateScenario,
	withDefaults,
	type Scenario
} from '../../src/lib/sim/index';

type Json = any;

const EXAMPLES: Json[] = ['bank-branch-baseline', 'bank-branch-kiosks', 'call-centre-steady'].map((name) =>
	JSON.parse(readFileSync(new URL(`../../static/examples/${name}.json`, import.meta.url), 'utf8'))
);

/** Events one fuzzed replication may take: keeps the whole test near 30 s on one core. */
const EVENT_CAP = 3000;
/** The heap may not grow past this while the fuzzed files run. */
const HEAP_CAP = 1.5e9;

const tiny = fc.oneof(
	fc.constantFrom(5e-324, 1e-300, 1e-6, 0.001, 0.1, 0.47, 0.48, 0.5, 1),
	fc.double({ min: 5e-324, max: 120, noNaN: true })
);
const huge = fc.oneof(
	fc.constantFrom(1e308, -1e308, 1e154, 1e100, 1e300, 2 ** 53, 1e9, 1e7, 1e6 + 1, 169, 168, 1e-320),
	fc.double({ min: -1e308, max: 1e308, noNaN: true })
);
const anyValue = fc.oneof(fc.jsonValue({ maxDepth: 2 }), huge, tiny, fc.constantFrom(null, -1, 0, [], {}, '', 'x'));

/** Every place holding a value in a JSON tree, in a fixed order. */
function places(root: Json, numbersOnly = false): [Json, string | number][] {
	const out: [Json, string | number][] = [];
	const stack: Json[] = [root];
	while (stack.length) {
		const v = stack.pop();
		if (Array.isArray(v)) v.forEach((x, i) => (!numbersOnly || typeof x === 'number') && out.push([v, i]));
		else if (v && typeof v === 'object') for (const k of Object.keys(v)) if (!numbersOnly || typeof v[k] === 'number') out.push([v, k]);
		if (Array.isArray(v)) stack.push(...v);
		else if (v && typeof v === 'object') stack.push(...Object.values(v));
	}
	return out;
}

type Family = 'mutation' | 'tiny periods' | 'huge horizons' | 'deep nesting' | 'huge magnitudes';
type Case = { family: Family; base: number; edit: (s: Json) => void; deep?: { depth: number; lists: boolean } };

const DEEP_MARK = '"@@deep@@"';

const pickBase = fc.nat({ max: EXAMPLES.length - 1 });

const mutationCase: fc.Arbitrary<Case> = fc
	.tuple(
		pickBase,
		fc.array(fc.tuple(fc.nat(), fc.constantFrom('set', 'delete', 'add'), anyValue, fc.string({ maxLength: 8 })), {
			minLength: 1,
			maxLength: 4
		})
	)
	.map(([base, ms]) => ({
		family: 'mutation',
		base,
		edit: (s: Json) => {
			for (const [pick, op, value, key] of ms) {
				const all = places(s);
				if (all.length === 0) return;
				const [c, k] = all[pick % all.length];
				if (op === 'delete') Array.isArray(c) ? c.splice(k as number, 1) : delete c[k];
				else if (op === 'set') c[k] = structuredClone(value);
				else if (c[k] && typeof c[k] === 'object' && !Array.isArray(c[k])) c[k][key] = structuredClone(value);
			}
		}
	}));

const tinyPeriodsCase: fc.Arbitrary<Case> = fc
	.tuple(
		fc.constantFrom(0, 1),
		tiny,
		fc.option(tiny),
		fc.integer({ min: 1, max: 2000 }),
		fc.option(fc.double({ min: 0.5, max: 200, noNaN: true }))
	)
	.map(([base, period, staffPeriod, rates, hours]) => ({
		family: 'tiny periods',
		base,
		edit: (s: Json) => {
			s.nodes[0].arrivals = { type: 'poisson', periodMinutes: period, ratePerHour: Array.from({ length: rates }, (_, i) => 20 + (i % 7)) };
			if (staffPeriod !== null)
				s.nodes[1].servers = { periodMinutes: staffPeriod, count: Array.from({ length: Math.min(rates, 1200) }, (_, i) => 2 + (i % 3)) };
			if (hours !== null) s.run.hours = hours;
		}
	}));

const hugeHorizonCase: fc.Arbitrary<Case> = fc
	.tuple(pickBase, fc.constantFrom('hours', 'length', 'warmup', 'both'), huge)
	.map(([base, field, v]) => ({
		family: 'huge horizons',
		base,
		edit: (s: Json) => {
			if (field === 'both') ((s.run.warmup = Math.abs(v)), (s.run.length = Math.abs(v)));
			else s.run[field] = Math.abs(v);
		}
	}));

const deepCase: fc.Arbitrary<Case> = fc
	.tuple(pickBase, fc.integer({ min: 1, max: 6000 }), fc.nat(), fc.boolean())
	.map(([base, depth, pick, lists]) => ({
		family: 'deep nesting',
		base,
		deep: { depth, lists },
		edit: (s: Json) => {
			// the nesting is written into the file's text (as a file carries it), at a marker
			const holders = places(s).filter(([c, k]) => c[k] && typeof c[k] === 'object' && !Array.isArray(c[k]));
			const [c, k] = holders[pick % holders.length];
			c[k].unknownDeep = JSON.parse(DEEP_MARK);
		}
	}));

const magnitudeCase: fc.Arbitrary<Case> = fc
	.tuple(pickBase, fc.array(fc.tuple(fc.nat(), huge), { minLength: 1, maxLength: 3 }))
	.map(([base, sets]) => ({
		family: 'huge magnitudes',
		base,
		edit: (s: Json) => {
			for (const [pick, v] of sets) {
				const all = places(s, true);
				const [c, k] = all[pick % all.length];
				c[k] = v;
			}
		}
	}));

const FAMILIES: [fc.Arbitrary<Case>, number][] = [
	[mutationCase, 4000],
	[tinyPeriodsCase, 1500],
	[hugeHorizonCase, 1500],
	[deepCase, 1500],
	[magnitudeCase, 1500]
];

function shortRun(scenario: Scenario): 'ran' | 'stopped' {
	const s = structuredClone(withDefaults(scenario)) as Scenario;
	s.run = { ...s.run, replications: 1, maxEvents: Math.min(s.run.maxEvents ?? EVENT_CAP, EVENT_CAP) };
	try {
		runScenario(s);
		return 'ran';
	} catch (e) {
		if (e instanceof RunawayError || e instanceof UnstableError || e instanceof CancelledError) return 'stopped';
		throw new Error(
			`the engine threw ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)} on a valid file:\n${JSON.stringify(scenario).slice(0, 2000)}`,
			{ cause: e }
		);
	}
}

describe('fuzzing at scale', () => {
	test('≥ 10,000 generated files: validated without a throw, refusals located, valid ones run', { timeout: 240_000 }, () => {
		const counts: Record<string, { generated: number; refused: number; ran: number; stopped: number }> = {};
		let seed = 20261204;
		for (const [arb, n] of FAMILIES) {
			for (const c of fc.sample(arb, { seed: seed++, numRuns: n })) {
				const s = structuredClone(EXAMPLES[c.base]);
				c.edit(s);
				let text = JSON.stringify(s);
				if (c.deep) {
					const { depth, lists } = c.deep;
					text = text.replace(DEEP_MARK, (lists ? '[' : '{"x":').repeat(depth) + '1' + (lists ? ']' : '}').repeat(depth));
				}
				const count = (counts[c.family] ??= { generated: 0, refused: 0, ran: 0, stopped: 0 });
				count.generated++;
				let parsed: unknown;
				try {
					parsed = JSON.parse(text);
				} catch {
					count.refused++;
					continue; // deeper than JSON.parse reads: the loaders refuse it as not JSON
				}
				const r = validateScenario(parsed);
				if (!r.ok) {
					count.refused++;
					expect(r.problems.length).toBeGreaterThan(0);
					for (const p of r.problems) {
						expect(p.path, p.message).toMatch(/\S/);
						expect(p.message).not.toMatch(/internal error|undefined|NaN|\[object Object\]/);
					}
					continue;
				}
				count[shortRun(r.scenario)]++;
				expect(process.memoryUsage().heapUsed).toBeLessThan(HEAP_CAP);
			}
		}
		const total = Object.values(counts).reduce(
			(a, c) => ({
				generated: a.generated + c.generated,
				refused: a.refused + c.refused,
				ran: a.ran + c.ran,
				stopped: a.stopped + c.stopped
			}),
			{ generated: 0, refused: 0, ran: 0, stopped: 0 }
		);
		console.log(
			[...Object.entries(counts), ['total', total] as const]
				.map(([f, c]) => `${f.padEnd(16)} generated ${c.generated}, refused ${c.refused}, ran ${c.ran}, stopped by the engine ${c.stopped}`)
				.join('\n')
		);
		expect(total.generated).toBeGreaterThanOrEqual(10_000);
		// every family reaches both sides of the validator
		for (const [f, c] of Object.entries(counts)) {
			expect(c.refused, f).toBeGreaterThan(0);
			expect(c.ran + c.stopped, f).toBeGreaterThan(0);
		}
	});
});
