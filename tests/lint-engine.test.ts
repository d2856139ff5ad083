import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lintDirectory, lintSource } from '../scripts/lint-engine.mjs';

describe('lint-engine', () => {
	it('accepts pure engine code, including banned words in comments', () => {
		const source = [
			"import { stream } from '../random/stream';",
			'// never Math.random(), never window.setTimeout',
			'/* d3 would be: import * as d3 from "d3" */',
			'export const draw = (s: { next(): number }) => s.next();'
		].join('\n');
		expect(lintSource(source)).toEqual([]);
	});

	it('reports each banned import and call with its line', () => {
		const source = [
			"import { onMount } from 'svelte';",
			"import type { X } from '$lib/state/app.svelte';",
			"import { page } from '$app/state';",
			"import * as Comlink from 'comlink';",
			"import { scaleLinear } from 'd3-scale';",
			'const u = Math.random();',
			'document.title = "x"; window.alert("y");',
			'setTimeout(f, 1); setInterval(f, 1); requestAnimationFrame(f);',
			"const lazy = await import('d3');"
		].join('\n');
		const found = lintSource(source).map((f) => `${f.line}: ${f.what.split(' (')[0]}`);
		expect(found).toEqual([
			'1: imports svelte',
			'2: imports $lib',
			'3: imports $app',
			'4: imports comlink',
			'5: imports d3',
			'6: uses Math.random',
			'7: uses document.',
			'7: uses window.',
			'8: uses setTimeout',
			'8: uses setInterval',
			'8: uses requestAnimationFrame',
			'9: imports d3'
		]);
	});

	describe('on a directory', () => {
		const root = mkdtempSync(join(tmpdir(), 'lint-engine-'));
		afterAll(() => rmSync(root, { recursive: true, force: true }));

		it('skips spec and declaration files and names the offending file', () => {
			mkdirSync(join(root, 'core'));
			writeFileSync(join(root, 'core', 'clock.ts'), 'export const now = () => 0;\n');
			writeFileSync(join(root, 'core', 'bad.ts'), '\nexport const u = Math.random();\n');
			writeFileSync(join(root, 'core', 'clock.spec.ts'), 'const u = Math.random();\n');
			writeFileSync(join(root, 'core', 'env.d.ts'), 'declare const window: unknown;\nwindow.x;\n');
			expect(lintDirectory(root)).toEqual([
				{ file: join(root, 'core', 'bad.ts'), line: 2, what: 'uses Math.random (draw from a seeded stream instead)' }
			]);
		});
	});
});
