#!/usr/bin/env node
// Keeps the simulation engine pure. src/lib/sim runs unchanged in a browser worker, in Node
// and in the CLI, and the same seed must give the same trace, so its non-test TypeScript may
// not import the UI stack (svelte, $lib, $app, comlink, d3) nor use unseeded randomness,
// the DOM or timers. The tsconfig without DOM catches most of this; this catches the rest.
//
// Usage: node scripts/lint-engine.mjs [directory]   (default: src/lib/sim)
// Prints `file:line: what` for each finding and exits 1 if there are any.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** @type {{ test: (specifier: string) => boolean, what: string }[]} */
const BANNED_MODULES = [
	{ test: (m) => m === 'svelte' || m.startsWith('svelte/'), what: 'imports svelte' },
	{ test: (m) => m === '$lib' || m.startsWith('$lib/'), what: 'imports $lib (use a relative import inside the engine)' },
	{ test: (m) => m === '$app' || m.startsWith('$app/'), what: 'imports $app' },
	{ test: (m) => m === 'comlink' || m.startsWith('comlink/'), what: 'imports comlink' },
	{ test: (m) => m === 'd3' || m.startsWith('d3-') || m.startsWith('d3/'), what: 'imports d3' }
];

/** @type {{ re: RegExp, what: string }[]} */
const BANNED_CALLS = [
	{ re: /\bMath\s*\.\s*random\b/, what: 'uses Math.random (draw from a seeded stream instead)' },
	{ re: /\bdocument\s*\./, what: 'uses document.' },
	{ re: /\bwindow\s*\./, what: 'uses window.' },
	{ re: /\bsetTimeout\b/, what: 'uses setTimeout' },
	{ re: /\bsetInterval\b/, what: 'uses setInterval' },
	{ re: /\brequestAnimationFrame\b/, what: 'uses requestAnimationFrame' }
];

// `import x from 'm'`, `import 'm'`, `export … from 'm'`, `import('m')`, `require('m')`.
const MODULE_SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)(['"])([^'"]+)\1/g;

/**
 * Blanks out comments, keeping line breaks, so commented prose does not count.
 * @param {string} source
 */
function stripComments(source) {
	let out = '';
	let i = 0;
	/** @type {string | null} */
	let quote = null;
	while (i < source.length) {
		const c = source[i];
		const next = source[i + 1];
		if (quote) {
			out += c;
			if (c === '\\') {
				out += next ?? '';
				i += 2;
				continue;
			}
			// A lone quote (say, inside a regex literal) must not swallow the rest of the file.
			if (c === quote || (c === '\n' && quote !== '`')) quote = null;
			i++;
		} else if (c === '/' && next === '/') {
			while (i < source.length && source[i] !== '\n') i++;
		} else if (c === '/' && next === '*') {
			i += 2;
			while (i < source.length && !(source[i] === '*' && source[i + 1] === '/')) {
				if (source[i] === '\n') out += '\n';
				i++;
			}
			i += 2;
		} else {
			if (c === '"' || c === "'" || c === '`') quote = c;
			out += c;
			i++;
		}
	}
	return out;
}

/**
 * Findings for one file's source text.
 * @param {string} source
 * @returns {{ line: number, what: string }[]}
 */
export function lintSource(source) {
	/** @type {{ line: number, what: string }[]} */
	const findings = [];
	const lines = stripComments(source).split('\n');
	lines.forEach((text, index) => {
		const line = index + 1;
		for (const match of text.matchAll(MODULE_SPECIFIER)) {
			const banned = BANNED_MODULES.find((b) => b.test(match[2]));
			if (banned) findings.push({ line, what: `${banned.what} ('${match[2]}')` });
		}
		for (const call of BANNED_CALLS) {
			if (call.re.test(text)) findings.push({ line, what: call.what });
		}
	});
	return findings;
}

/** @param {string} name */
function isEngineSource(name) {
	return name.endsWith('.ts') && !name.endsWith('.d.ts') && !/\.(spec|test)\.ts$/.test(name);
}

/**
 * @param {string} dir
 * @returns {Generator<string>}
 */
function* walk(dir) {
	for (const name of readdirSync(dir).sort()) {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) yield* walk(path);
		else if (isEngineSource(name)) yield path;
	}
}

/**
 * Findings for every engine source file under `root`.
 * @param {string} root
 * @returns {{ file: string, line: number, what: string }[]}
 */
export function lintDirectory(root) {
	/** @type {{ file: string, line: number, what: string }[]} */
	const findings = [];
	for (const file of walk(root)) {
		for (const f of lintSource(readFileSync(file, 'utf8'))) findings.push({ file, ...f });
	}
	return findings;
}

function main() {
	const root = resolve(process.argv[2] ?? 'src/lib/sim');
	const findings = lintDirectory(root);
	for (const f of findings) console.error(`${relative(process.cwd(), f.file)}:${f.line}: ${f.what}`);
	if (findings.length > 0) {
		console.error(
			`\nlint-engine: ${findings.length} problem(s) in ${relative(process.cwd(), root) || '.'}: the engine must stay pure, because it runs unchanged in workers, Node and the CLI, and the same seed must give the same trace.`
		);
		process.exit(1);
	}
	console.log(`lint-engine: ${relative(process.cwd(), root) || '.'} is pure (no UI imports, Math.random, DOM or timers).`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
