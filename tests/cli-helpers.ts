// Running the command line as users do: the esbuild bundle (dist-cli/flowbench.js), rebuilt
// first if a source changed, in a child process.
import { spawn, spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..');
export const EXAMPLES = join(ROOT, 'static/examples');
export const BUNDLE = join(ROOT, 'dist-cli/flowbench.js');

let built = false;
export function ensureBuilt(): void {
	if (built) return;
	const r = spawnSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: ROOT, encoding: 'utf8' });
	if (r.status !== 0) throw new Error(`building the CLI failed: ${r.stderr}`);
	built = true;
}

export interface CliResult {
	code: number | null;
	signal: NodeJS.Signals | null;
	stdout: string;
	stderr: string;
}

export function cli(args: string[], options: SpawnSyncOptions = {}): CliResult {
	ensureBuilt();
	const r = spawnSync(process.execPath, [BUNDLE, ...args], {
		cwd: ROOT,
		encoding: 'utf8',
		timeout: 300_000,
		maxBuffer: 1 << 28,
		...options
	});
	return { code: r.status, signal: r.signal, stdout: String(r.stdout), stderr: String(r.stderr) };
}

/**
 * The CLI piped into a slow consumer, as `flowbench run … | (sleep; cat)` in a shell: the reader
 * takes nothing for `pauseMs`, so a result larger than the pipe's buffer (64 KB) must wait for
 * it; the exit code is the CLI's (pipefail). (A paused Node stream is not a slow reader: Node
 * resumes a child's paused output when the child exits, and data nobody listens for is lost.)
 */
export function cliSlowReader(args: string[], pauseMs: number, env: NodeJS.ProcessEnv = process.env): Promise<CliResult> {
	ensureBuilt();
	const script = `set -o pipefail; "$0" "$@" | { sleep ${(pauseMs / 1000).toFixed(3)}; cat; }`;
	return new Promise((resolve) => {
		const child = spawn('bash', ['-c', script, process.execPath, BUNDLE, ...args], { cwd: ROOT, env });
		const out: Buffer[] = [];
		let err = '';
		child.stdout.on('data', (d: Buffer) => out.push(d));
		child.stderr.on('data', (d) => (err += d));
		child.on('close', (code, signal) => resolve({ code, signal, stdout: Buffer.concat(out).toString('utf8'), stderr: err }));
	});
}
