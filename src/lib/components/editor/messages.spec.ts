import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogue } from '$lib/i18n/catalogue';
import { DIST_KINDS } from './distribution';
import { NODE_KINDS } from './nodes';

describe('editor messages', () => {
	it('has every key the editor asks for, in English', () => {
		const dir = import.meta.dirname;
		const used = new Set<string>();
		for (const f of readdirSync(dir).filter((f) => /\.(svelte|ts)$/.test(f) && !f.endsWith('.spec.ts'))) {
			const src = readFileSync(join(dir, f), 'utf8');
			for (const m of src.matchAll(/\bt\(\s*'((?:editor|inspector|common|channels-editor)\.[\w.-]+)'/g)) used.add(m[1]);
			for (const m of src.matchAll(/\? '(channels-editor\.[\w.-]+)'/g)) used.add(m[1]);
			for (const m of src.matchAll(/: '(channels-editor\.[\w-]+\.[\w.-]+)'/g)) used.add(m[1]);
			for (const m of src.matchAll(/counted\([\w.]+, '((?:editor|inspector)\.[\w.-]+)'/g)) used.add(m[1]);
		}
		for (const k of NODE_KINDS) used.add(`editor.kind.${k}`).add(`editor.kindHelp.${k}`);
		for (const k of DIST_KINDS) used.add(`inspector.dist.${k}`);
		for (const o of ['done', 'unresolved', 'failed']) used.add(`editor.outcome.${o}`).add(`inspector.on.${o}`);
		for (const p of ['segments', 'demand', 'staffing', 'targets', 'run', 'problems']) used.add(`editor.panel.${p}`);
		for (const p of ['mean', 'value', 'cv', 'k', 'min', 'mode', 'max', 'values']) used.add(`inspector.param.${p}`);
		for (const k of ['waitMinutes', 'serviceLevel', 'maxAbandonment', 'minCsat']) used.add(`inspector.target.${k}`);
		for (const k of ['mode', 'open', 'hours', 'drain', 'warmup', 'length', 'replications', 'seed']) used.add(`inspector.run.${k}`);
		used.add('channels-editor.param.min').add('channels-editor.param.max').add('channels-editor.param.value');
		for (const k of ['serve', 'walk-in', 'turn-away'])
			used.add(`channels-editor.appt.policy.${k}`).add(`channels-editor.appt.policyHint.${k}`);
		expect(used.size).toBeGreaterThan(100);
		expect([...used].filter((k) => k.startsWith('channels-editor.')).length).toBeGreaterThan(60);
		expect([...used].filter((k) => !(k in catalogue.en))).toEqual([]);
	});
});
