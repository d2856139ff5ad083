import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { kindLabel, summariseScenario } from './scenario-summary';

describe('summariseScenario', () => {
	it('reads the shipped bank-branch example', () => {
		const file = new URL('../../static/examples/bank-branch-baseline.json', import.meta.url);
		const summary = summariseScenario(JSON.parse(readFileSync(file, 'utf8')));
		expect(summary.name).toBe('Bank branch — baseline');
		expect(summary.nodes.map((n) => n.id)).toEqual(['door', 'teller', 'back', 'out']);
		expect(summary.nodes[1]).toEqual({ id: 'teller', kind: 'station', name: 'Tellers' });
	});

	it('falls back to the id when a node has no name', () => {
		const summary = summariseScenario({
			format: 'flowbench-scenario',
			name: 'x',
			nodes: [{ id: 'out', kind: 'exit' }]
		});
		expect(summary.nodes[0].name).toBe('out');
		expect(summary.description).toBe('');
	});

	it('rejects files that are not scenarios', () => {
		expect(() => summariseScenario({ name: 'x', nodes: [] })).toThrow(/not a Flowbench scenario/);
		expect(() => summariseScenario({ format: 'flowbench-scenario', name: 'x' })).toThrow(/no list of nodes/);
		expect(() =>
			summariseScenario({ format: 'flowbench-scenario', name: 'x', nodes: [{ name: 'y' }] })
		).toThrow(/node 1/);
	});
});

describe('kindLabel', () => {
	it('names every node kind of the format and passes unknown ones through', () => {
		expect(['source', 'station', 'self-service', 'router', 'delay', 'exit'].map(kindLabel)).toEqual([
			'Arrivals',
			'Staffed station',
			'Self-service',
			'Router',
			'Delay',
			'Exit'
		]);
		expect(kindLabel('teleporter')).toBe('teleporter');
	});
});
