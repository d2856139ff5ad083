import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Scenario } from '$lib/sim';
import { TEMPLATES } from '$lib/templates';
import { i18n } from '$lib/i18n/i18n.svelte';
import { compareBlocker } from './compare.svelte';
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

	it('says why in the user’s language, for a single run and for a comparison', () => {
		const s = JSON.parse(readFileSync('static/examples/call-centre-steady.json', 'utf8')) as Scenario;
		const unstable = structuredClone(s);
		const station = unstable.nodes.find((n) => n.kind === 'station')!;
		if (station.kind !== 'station') throw new Error('no station');
		station.servers = 1;
		for (const seg of unstable.segments) seg.patience = null;
		const before = i18n.locale;
		try {
			i18n.locale = 'zh-Hans';
			const reason = runBlocker(unstable)!;
			expect(reason).toMatch(/[\u4e00-\u9fff]/);
			expect(reason).not.toMatch(/unstable|utilisation/i);
			const pair = compareBlocker(s, unstable)!;
			expect(pair.which).toBe('redesign');
			expect(pair.reason).toBe(reason);
		} finally {
			i18n.locale = before;
		}
	});
});
