import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Scenario } from '$lib/sim';
import { TEMPLATES } from '$lib/templates';
import { runBlocker } from './run.svelte';

describe('runBlocker', () => {
	it('lets every template run', () => {
		for (const t of TEMPLATES) expect(runBlocker(t.baseline)).toBeNull();
	});

	it('refuses an unstable steady-state model with the engine’s reason', () => {
		const s = JSON.parse(readFileSync('static/examples/call-centre-steady.json', 'utf8')) as Scenario;
		expect(runBlocker(s)).toBeNull();
		const station = s.nodes.find((n) => n.kind === 'station')!;
		if (station.kind !== 'station') throw new Error('no station');
		station.servers = 1;
		for (const seg of s.segments) seg.patience = null;
		const reason = runBlocker(s);
		expect(reason).toBeTruthy();
		expect(reason).toContain(station.name);
	});
});
