// `npm run flowbench` and `npm run bench`: rebuilds dist-cli/ if a source changed, then runs
// the bundle in this same process (no TypeScript loader at run time).
//   node scripts/flowbench.mjs <args>           the CLI
//   node scripts/flowbench.mjs --bench <args>   the benchmark
import { ensureCliBuilt, OUT } from './build-cli.mjs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

await ensureCliBuilt();
const bench = process.argv[2] === '--bench';
if (bench) process.argv.splice(2, 1);
await import(pathToFileURL(join(OUT, bench ? 'bench.js' : 'flowbench.js')).href);
