// withDefaults fills every optional field with its documented default, on a copy, and the
// result is still a valid scenario.

import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { Scenario, SelfServiceNode, StationNode } from './scenario';
import { COUNTER_TOLERANCE, defaultTolerance, PHONE_TOLERANCE, withDefaults } from './defaults';
import { validateScenario } from './validate';

// the examples are format version 1 files; as version 2 (all they change: tests/migration.test.ts) they validate without the update note
const load = (name: string): Scenario => ({
	...JSON.parse(readFileSync(new URL(`../../../../static/examples/${name}.json`, import.meta.url), 'utf8')),
	version: 2
});

function minimal(): Scenario {
	return {
		format: 'flowbench-scenario',
		version: 2,
		name: 'Minimal',
		run: { mode: 'day', hours: 8, replications: 10, seed: 1 },
		segments: [{ id: 'all', name: 'Everyone', share: 1 }],
		nodes: [
			{ id: 'in', kind: 'source', name: 'In', arrivals: { type: 'poisson', ratePerHour: 20 } },
			{ id: 'route', kind: 'router', name: 'Route' },
			{ id: 'desk', kind: 'station', name: 'Desk', servers: 2, service: { dist: 'exponential', mean: 5 } },
			{ id: 'kiosk', kind: 'self-service', name: 'Kiosk', units: 1, service: { dist: 'exponential', mean: 2 } },
			{ id: 'out', kind: 'exit', name: 'Out' }
		],
		links: [
			{ from: 'in', to: 'route' },
			{ from: 'route', to: 'desk', probability: 0.5 },
			{ from: 'route', to: 'kiosk', probability: 0.5 },
			{ from: 'desk', to: 'out' },
			{ from: 'kiosk', to: 'out' }
		]
	};
}

describe('withDefaults', () => {
	test('fills every documented default', () => {
		const s = withDefaults(minimal());
		expect(s.description).toBe('');
		expect(s.run).toEqual({ mode: 'day', hours: 8, replications: 10, seed: 1, open: '09:00', drain: true, warmup: 0 });
		expect(s.segments[0]).toEqual({ id: 'all', name: 'Everyone', share: 1, priority: 0, patience: null, tolerance: COUNTER_TOLERANCE });
		expect(s.nodes[1]).toEqual({ id: 'route', kind: 'router', name: 'Route', policy: 'probability' });
		expect(s.nodes[2] as StationNode).toMatchObject({
			discipline: 'fifo',
			queueCapacity: null,
			resolutionRate: 1,
			costPerServerHour: 0,
			waitExperience: 'unoccupied',
			showsExpectedWait: false
		});
		expect(s.nodes[3] as SelfServiceNode).toMatchObject({
			successRate: 1,
			queueCapacity: null,
			costPerServerHour: 0,
			waitExperience: 'occupied',
			showsExpectedWait: false
		});
		expect(s.links.every((l) => l.on === 'done')).toBe(true);
		expect(s.links[0].probability).toBeUndefined();
		expect(s.links[0].segments).toBeUndefined();
		expect(s.targets).toEqual({ waitMinutes: 10, serviceLevel: 0.8, maxAbandonment: 0.05, minCsat: 0.85 });
		expect(s.run.maxEvents).toBeUndefined();
		expect(s.satisfaction).toBeUndefined();
	});

	test('keeps what the file says', () => {
		const s = withDefaults(load('bank-branch-kiosks'));
		const teller = s.nodes[3] as StationNode;
		expect(teller.discipline).toBe('priority');
		expect(teller.showsExpectedWait).toBe(true);
		expect(s.segments[1].tolerance).toEqual({ desired: 1, adequate: 3 });
		expect((s.nodes[2] as SelfServiceNode).successRate).toBe(0.85);
	});

	test('returns a new object and leaves the input alone', () => {
		const input = minimal();
		const before = JSON.stringify(input);
		const s = withDefaults(input);
		expect(s).not.toBe(input);
		expect(s.nodes[0]).not.toBe(input.nodes[0]);
		expect(JSON.stringify(input)).toBe(before);
	});

	test('is idempotent', () => {
		const once = withDefaults(load('bank-branch-baseline'));
		expect(withDefaults(once)).toEqual(once);
	});

	test.each(['bank-branch-baseline', 'bank-branch-kiosks', 'call-centre-steady'])(
		'%s with defaults is still valid, with no warnings',
		(name) => {
			const r = validateScenario(withDefaults(load(name)));
			expect(r.ok ? [] : r.problems).toEqual([]);
			expect(r.warnings).toEqual([]);
		}
	);

	test('the tolerance default follows how waiting feels: phone queues get 20 s / 2 min', () => {
		const call = load('call-centre-steady');
		delete call.segments[0].tolerance;
		expect(withDefaults(call).segments[0].tolerance).toEqual(PHONE_TOLERANCE);
		expect(PHONE_TOLERANCE).toEqual({ desired: 1 / 3, adequate: 2 });
		expect(defaultTolerance(minimal())).toEqual({ desired: 2, adequate: 5 });
		expect(defaultTolerance({ nodes: [] })).toEqual(COUNTER_TOLERANCE);
	});

	test('keys such as "__proto__" are copied as data, not as a prototype', () => {
		const input = JSON.parse(JSON.stringify(minimal()).replace('"name":"Minimal"', '"name":"Minimal","__proto__":{"polluted":1}'));
		const s = withDefaults(input) as unknown as Record<string, unknown>;
		expect(Object.getPrototypeOf(s)).toBe(Object.prototype);
		expect(Object.prototype.hasOwnProperty.call(s, '__proto__')).toBe(true);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});
});
