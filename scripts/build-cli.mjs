// Builds the command line into dist-cli/ with esbuild (well under a second): flowbench.js (the
// CLI), worker.js (its worker threads, the same engine code the browser worker runs) and
// bench.js, bench-threads.js, bench-optimise.js and bench-instructions.js (npm run bench, bench:optimise,
// bench:instructions). `ensureCliBuilt()` rebuilds only when a source the last build read
// has changed (content hashes in dist-cli/inputs.json), so the bundle is never stale; files
// are written under temporary names and renamed, so concurrent runs never see half a bundle.
//
//   node scripts/build-cli.mjs           build if stale
//   node scripts/build-cli.mjs --force   build now

import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const OUT = join(root, 'dist-cli');
const STAMP = join(OUT, 'inputs.json');
const SELF = fileURLToPath(import.meta.url);

/** @param {string} file */
const hash = (file) => createHash('sha1').update(readFileSync(file)).digest('hex');

/** True when the bundle exists and every file the last build read is unchanged. */
export function cliIsFresh() {
	try {
		const stamp = JSON.parse(readFileSync(STAMP, 'utf8'));
		for (const [file, h] of Object.entries(stamp.inputs)) if (hash(join(root, file)) !== h) return false;
		return stamp.outputs.every((/** @type {string} */ f) => existsSync(join(OUT, f)));
	} catch {
		return false;
	}
}

export async function buildCli() {
	const esbuild = await import('esbuild');
	const result = await esbuild.build({
		absWorkingDir: root,
		entryPoints: {
			flowbench: 'src/cli/main.ts',
			worker: 'src/cli/worker.ts',
			bench: 'bench/run.ts',
			'bench-threads': 'bench/cli-threads.ts',
			'bench-optimise': 'bench/optimise.ts',
			'bench-instructions': 'bench/instructions.ts'
		},
		outdir: OUT,
		bundle: true,
		platform: 'node',
		format: 'esm',
		target: 'node20',
		mainFields: ['module', 'main'],
		resolveExtensions: ['.ts', '.mjs', '.js', '.json'],
		// CommonJS dependencies bundled into ES modules may call require()
		banner: {
			js: "import { createRequire as __flowbenchRequire } from 'node:module'; const require = __flowbenchRequire(import.meta.url);"
		},
		sourcemap: 'linked',
		metafile: true,
		write: false,
		logLevel: 'warning'
	});
	mkdirSync(OUT, { recursive: true });
	const outputs = [];
	for (const f of result.outputFiles) {
		const tmp = `${f.path}.${process.pid}.tmp`;
		writeFileSync(tmp, f.contents);
		renameSync(tmp, f.path);
		outputs.push(relative(OUT, f.path));
	}
	/** @type {Record<string, string>} */
	const inputs = { [relative(root, SELF)]: hash(SELF) };
	for (const file of Object.keys(result.metafile.inputs)) inputs[file] = hash(join(root, file));
	const tmp = `${STAMP}.${process.pid}.tmp`;
	writeFileSync(tmp, JSON.stringify({ inputs, outputs }, null, 1));
	renameSync(tmp, STAMP);
}

export async function ensureCliBuilt() {
	if (!cliIsFresh()) await buildCli();
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	if (process.argv.includes('--force')) await buildCli();
	else await ensureCliBuilt();
}
