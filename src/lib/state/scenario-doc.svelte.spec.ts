import { describe, expect, it } from 'vitest';
import { flushSync } from 'svelte';
import type { Scenario } from '$lib/sim';
import bank from '../../../static/examples/bank-branch-baseline.json';
import { COALESCE_MS, ScenarioDoc } from './scenario-doc.svelte';

function make(start = 0) {
	let now = start;
	const doc = new ScenarioDoc('doc-1', structuredClone(bank) as Scenario, { now: () => now });
	return { doc, tick: (ms: number) => (now += ms) };
}

describe('ScenarioDoc', () => {
	it('starts valid, at version 0, with nothing to undo', () => {
		const { doc } = make();
		expect(doc.id).toBe('doc-1');
		expect(doc.valid).toBe(true);
		expect(doc.problems).toEqual([]);
		expect(doc.version).toBe(0);
		expect(doc.canUndo).toBe(false);
		expect(doc.canRedo).toBe(false);
		expect(doc.undoLabel).toBeNull();
	});

	it('does not share objects with the scenario it was given', () => {
		const s = structuredClone(bank) as Scenario;
		const doc = new ScenarioDoc('x', s);
		doc.update('Rename', (d) => (d.name = 'Changed'));
		expect(s.name).not.toBe('Changed');
	});

	it('records one undo step per update, with labels, and redoes', () => {
		const { doc, tick } = make();
		const name = doc.scenario.name;
		doc.update('Rename', (d) => (d.name = 'A'));
		tick(5000);
		doc.update('Rename again', (d) => (d.name = 'B'));
		expect(doc.version).toBe(2);
		expect(doc.undoLabel).toBe('Rename again');
		doc.undo();
		expect(doc.scenario.name).toBe('A');
		expect(doc.redoLabel).toBe('Rename again');
		doc.undo();
		expect(doc.scenario.name).toBe(name);
		expect(doc.canUndo).toBe(false);
		doc.redo();
		doc.redo();
		expect(doc.scenario.name).toBe('B');
		expect(doc.canRedo).toBe(false);
		expect(doc.version).toBe(6);
	});

	it('coalesces updates with the same key within a second', () => {
		const { doc, tick } = make();
		const name = doc.scenario.name;
		for (const n of ['B', 'Ba', 'Ban']) {
			doc.update('Name', (d) => (d.name = n), { coalesce: 'name' });
			tick(COALESCE_MS / 2);
		}
		expect(doc.version).toBe(3);
		doc.undo();
		expect(doc.scenario.name).toBe(name);
		expect(doc.canUndo).toBe(false);
	});

	it('does not coalesce across keys or after a second', () => {
		const { doc, tick } = make();
		doc.update('Name', (d) => (d.name = 'A'), { coalesce: 'name' });
		tick(COALESCE_MS + 1);
		doc.update('Name', (d) => (d.name = 'B'), { coalesce: 'name' });
		doc.update('Desc', (d) => (d.description = 'x'), { coalesce: 'desc' });
		doc.undo();
		expect(doc.scenario.name).toBe('B');
		doc.undo();
		expect(doc.scenario.name).toBe('A');
	});

	it('clears redo after a new change; ignores changes that change nothing', () => {
		const { doc } = make();
		doc.update('A', (d) => (d.name = 'A'));
		doc.undo();
		doc.update('B', (d) => (d.name = 'B'));
		expect(doc.canRedo).toBe(false);
		const v = doc.version;
		doc.update('Same', (d) => (d.name = 'B'));
		expect(doc.version).toBe(v);
		expect(doc.undoLabel).toBe('B');
	});

	it('restores the scenario when mutate throws', () => {
		const { doc } = make();
		const name = doc.scenario.name;
		expect(() =>
			doc.update('Bad', (d) => {
				d.name = 'half';
				throw new Error('boom');
			})
		).toThrow('boom');
		expect(doc.scenario.name).toBe(name);
		expect(doc.canUndo).toBe(false);
	});

	it('derives problems as the scenario changes, and undo clears them', () => {
		const { doc } = make();
		const i = doc.scenario.nodes.findIndex((n) => n.kind === 'station');
		doc.update('Servers', (d) => {
			const n = d.nodes[i];
			if (n.kind === 'station') n.servers = -1;
		});
		flushSync();
		expect(doc.valid).toBe(false);
		expect(doc.problems.some((p) => p.path.startsWith(`nodes[${i}].servers`))).toBe(true);
		doc.undo();
		expect(doc.valid).toBe(true);
	});

	it('replace is one undoable step', () => {
		const { doc } = make();
		const old = doc.scenario.name;
		doc.replace('Import', { ...(structuredClone(bank) as Scenario), name: 'Imported' });
		expect(doc.scenario.name).toBe('Imported');
		expect(doc.undoLabel).toBe('Import');
		doc.undo();
		expect(doc.scenario.name).toBe(old);
	});

	it('snapshot is a plain copy', () => {
		const { doc } = make();
		const s = doc.snapshot();
		s.name = 'changed';
		expect(doc.scenario.name).not.toBe('changed');
	});
});
