// Scale-out: shards computed separately (through the same entry script the Kubernetes Indexed
// Job and the Slurm array call, with their index variables set) and merged give the bytes of
// the unsharded run; merge refuses missing, doubled or foreign parts.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUNDLE, cli, ensureBuilt, EXAMPLES, ROOT } from './cli-helpers';

const tmp = mkdtempSync(join(tmpdir(), 'flowbench-shards-'));
const BANK = join(EXAMPLES, 'bank-branch-baseline.json');
const KIOSKS = join(EXAMPLES, 'bank-branch-kiosks.json');
const FLOWBENCH = `${process.execPath} ${BUNDLE}`;

function sh(script: string, args: string[], env: Record<string, string>) {
	ensureBuilt();
	const r = spawnSync('sh', [script, ...args], {
		cwd: ROOT,
		encoding: 'utf8',
		env: { ...process.env, FLOWBENCH, ...env },
		timeout: 300_000
	});
	return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('sharded runs merge byte-identically', () => {
	it('run: 3 shards as a Kubernetes Indexed Job (JOB_COMPLETION_INDEX), merged = unsharded', () => {
		// the command of the manifest, with the image's paths mapped to this checkout
		const manifest = readFileSync(join(ROOT, 'deploy/k8s/flowbench-shards.yaml'), 'utf8');
		const command = JSON.parse(/command: (\[.*\])/.exec(manifest)![1].replace(/'/g, '"')) as string[];
		expect(command[0]).toBe('/app/run-shard.sh');
		const args = command.slice(1).map((a) => (a === '/scenario/scenario.json' ? BANK : a === '1000000' ? '10' : a));
		const dir = join(tmp, 'k8s');
		mkdirSync(dir);
		for (let i = 0; i < 3; i++) {
			const r = sh('deploy/run-shard.sh', args, {
				SHARDS: '3',
				OUT_DIR: dir,
				JOB_COMPLETION_INDEX: String(i),
				WORKERS: String(1 + (i % 2))
			});
			expect(r.code, r.stderr).toBe(0);
		}
		expect(readdirSync(dir).sort()).toEqual(['part-00000.json', 'part-00001.json', 'part-00002.json']);
		const merged = sh('deploy/merge.sh', [], { OUT_DIR: dir, RESULT: join(dir, 'result.json') });
		expect(merged.code, merged.stderr).toBe(0);
		const single = cli(['run', BANK, '--replications', '10', '--quiet']);
		expect(single.code).toBe(0);
		expect(readFileSync(join(dir, 'result.json'), 'utf8')).toBe(single.stdout);
	});

	it('run: 4 shards as a Slurm array (SLURM_ARRAY_TASK_ID) through the sbatch script, merged = unsharded', () => {
		const dir = join(tmp, 'slurm');
		for (let i = 0; i < 4; i++) {
			const r = spawnSync('bash', ['deploy/slurm/flowbench-shards.sbatch'], {
				cwd: ROOT,
				encoding: 'utf8',
				env: {
					...process.env,
					FLOWBENCH,
					SLURM_SUBMIT_DIR: ROOT,
					SLURM_ARRAY_TASK_ID: String(i),
					SHARDS: '4',
					SCENARIO: BANK,
					REPLICATIONS: '7',
					OUT_DIR: dir,
					SLURM_CPUS_PER_TASK: '1'
				}
			});
			expect(r.status, r.stderr).toBe(0);
		}
		const m = spawnSync('bash', ['deploy/slurm/flowbench-merge.sbatch'], {
			cwd: ROOT,
			encoding: 'utf8',
			env: { ...process.env, FLOWBENCH, SLURM_SUBMIT_DIR: ROOT, OUT_DIR: dir }
		});
		expect(m.status, m.stderr).toBe(0);
		expect(readFileSync(join(dir, 'result.json'), 'utf8')).toBe(cli(['run', BANK, '--replications', '7', '--quiet']).stdout);
	});

	it('compare: 2 shards (one with no worker threads to spare), merged in any order = unsharded', () => {
		const parts = [0, 1].map((i) => join(tmp, `cmp-${i}.json`));
		for (let i = 0; i < 2; i++)
			expect(
				cli(['compare', BANK, KIOSKS, '--replications', '5', '--seed', '9', '--shard', `${i}/2`, '--out', parts[i], '--workers', '1']).code
			).toBe(0);
		const merged = cli(['merge', parts[1], parts[0]]);
		expect(merged.code, merged.stderr).toBe(0);
		expect(merged.stdout).toBe(cli(['compare', BANK, KIOSKS, '--replications', '5', '--seed', '9', '--quiet']).stdout);
	});

	it('sweep: a two-parameter grid in 3 point blocks through run-shard.sh (SHARD_INDEX), merged in any order = unsharded', () => {
		const dir = join(tmp, 'sweep');
		mkdirSync(dir);
		// 3 × 2 = 6 points in 3 shards of 2 whole points, each point with all its replications
		const args = ['sweep', BANK, '--param', 'nodes.teller.servers=3:5:1', '--param', 'nodes.door.arrivals.scale=0.9:1:0.1'];
		for (const i of [2, 0, 1]) {
			const r = sh('deploy/run-shard.sh', [...args, '--replications', '4', '--seed', '3'], {
				SHARDS: '3',
				OUT_DIR: dir,
				SHARD_INDEX: String(i)
			});
			expect(r.code, r.stderr).toBe(0);
		}
		const parts = readdirSync(dir).sort().reverse();
		expect(parts).toHaveLength(3);
		const part = JSON.parse(readFileSync(join(dir, parts[0]), 'utf8'));
		expect([part.command, part.total, part.from, part.to, part.rows.length]).toEqual(['sweep', 6, 4, 6, 2]);
		const merged = cli(['merge', ...parts.map((f) => join(dir, f))]);
		expect(merged.code, merged.stderr).toBe(0);
		const single = cli([...args, '--replications', '4', '--seed', '3', '--quiet']);
		expect(single.code, single.stderr).toBe(0);
		expect(JSON.parse(single.stdout).points).toHaveLength(6);
		expect(merged.stdout).toBe(single.stdout);
	});

	it('more shards than replications: empty shards merge too', () => {
		const parts = [0, 1, 2].map((i) => join(tmp, `tiny-${i}.json`));
		for (let i = 0; i < 3; i++) expect(cli(['run', BANK, '--replications', '2', '--shard', `${i}/3`, '--out', parts[i]]).code).toBe(0);
		expect(cli(['merge', ...parts]).stdout).toBe(cli(['run', BANK, '--replications', '2']).stdout);
	});

	it('refuses a missing shard, a doubled one, a foreign one and a file that is no part', () => {
		const p = [0, 1, 2].map((i) => join(tmp, `m-${i}.json`));
		for (let i = 0; i < 3; i++) cli(['run', BANK, '--replications', '6', '--shard', `${i}/3`, '--out', p[i]]);
		const missing = cli(['merge', p[0], p[2]]);
		expect(missing.code).toBe(1);
		expect(missing.stderr).toMatch(/missing shard 1\/3 of 3/);
		expect(cli(['merge', p[0], p[1], p[1], p[2]]).stderr).toMatch(/shard 1\/3 given twice/);
		const other = join(tmp, 'other.json');
		cli(['run', BANK, '--replications', '6', '--seed', '2', '--shard', '1/3', '--out', other]);
		expect(cli(['merge', p[0], other, p[2]]).stderr).toMatch(/is a shard of another job/);
		const notPart = join(tmp, 'not-part.json');
		writeFileSync(notPart, '{"format":"flowbench-results"}');
		expect(cli(['merge', notPart]).stderr).toMatch(/not a Flowbench part file/);
	});
});
