// `npm run flowbench` and `npm run bench`: rebuilds dist-cli/ if a source changed, then runs
// the bundle (no TypeScript loader at run time).
//   node scripts/flowbench.mjs <args>           the CLI, in this process
//   node scripts/flowbench.mjs --bench [--quick] engine benchmark, CLI pool on 1 and 2 threads, the
//                                                staffing optimiser, then the browser benchmark if
//                                                Chromium is there
//   node scripts/flowbench.mjs --bench-optimise [args]  the optimiser benchmark alone
//   node scripts/flowbench.mjs --bench-instructions [--quick]  instruction counts (callgrind)
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensureCliBuilt, OUT } from './build-cli.mjs';

await ensureCliBuilt();
/** @type {Record<string, string>} */
const scripts = { '--bench-optimise': 'bench-optimise.js', '--bench-instructions': 'bench-instructions.js' };
const alone = scripts[process.argv[2]];
if (alone) {
	const r = spawnSync(process.execPath, [join(OUT, alone), ...process.argv.slice(3)], { stdio: 'inherit' });
	process.exit(r.status ?? 1);
} else if (process.argv[2] !== '--bench') {
	await import(pathToFileURL(join(OUT, 'flowbench.js')).href);
} else {
	const args = process.argv.slice(3);
	/** @param {string} file */
	const step = (file) => {
		const r = spawnSync(process.execPath, [file, ...args], { stdio: 'inherit' });
		if (r.status !== 0) process.exit(r.status ?? 1);
	};
	step(join(OUT, 'bench.js'));
	step(join(OUT, 'bench-threads.js'));
	step(join(OUT, 'bench-optimise.js'));
	const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
	if (existsSync(chromium)) step(join(OUT, '..', 'bench', 'browser.mjs'));
	else console.log(`(browser benchmark skipped: no Chromium at ${chromium}; set CHROMIUM_PATH or run npm run bench:browser)`);
}
