// Errors inside worker threads keep their meaning: a runaway model, an unstable system and a
// cancelled run exit 3 with the engine's message through one and two workers (never 70,
// "internal error"); a worker that crashes, hangs or is killed is replaced and its
// replications re-run with identical output; workers that keep failing stop the run with a
// clear message (exit 3), never a hang.
import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUNDLE, cli, ensureBuilt, EXAMPLES, ROOT } from './cli-helpers';

const tmp = mkdtempSync(join(tmpdir(), 'flowbench-cli-errors-'));
const BANK = join(EXAMPLES, 'bank-branch-baseline.json');

function scenarioFile(name: string, edit: (s: Record<string, any>) => void, from = BANK): string {
	const s = JSON.parse(readFileSync(from, 'utf8'));
	edit(s);
	const file = join(tmp, name);
	writeFileSync(file, JSON.stringify(s));
	return file;
}

const overload = () =>
	scenarioFile('overload.json', (s) => {
		s.name = 'Overload';
		s.run = { mode: 'day', hours: 24, drain: false, replications: 2, seed: 1 };
		s.segments = [{ id: 'all', name: 'All', share: 1, patience: null }];
		s.nodes = [
			{ id: 'in', kind: 'source', name: 'In', arrivals: { type: 'poisson', ratePerHour: 100_000 } },
			{ id: 'q', kind: 'station', name: 'Desk', servers: 1, service: { dist: 'exponential', mean: 60 } },
			{ id: 'out', kind: 'exit', name: 'Out' }
		];
		s.links = [
			{ from: 'in', to: 'q' },
			{ from: 'q', to: 'out' }
		];
	});

function expectRunError(r: ReturnType<typeof cli>, message: RegExp) {
	expect(r.stderr).not.toMatch(/internal error/);
	expect(r.code, r.stderr).toBe(3);
	expect(r.stderr).toMatch(message);
	expect(r.stdout).toBe('');
}

describe('run errors through worker threads: exit 3 with the engine message', () => {
	for (const workers of ['1', '2']) {
		it(`runaway model stopped by run.maxEvents (--workers ${workers})`, () => {
			const file = scenarioFile('runaway.json', (s) => (s.run.maxEvents = 300));
			expectRunError(
				cli(['run', file, '--workers', workers, '--replications', '4']),
				/^error: run stopped after 300 events in replication 1 .*raise run\.maxEvents/m
			);
			const other = scenarioFile('runaway-redesign.json', (s) => (s.run.maxEvents = 300), join(EXAMPLES, 'bank-branch-kiosks.json'));
			expectRunError(cli(['compare', file, other, '--workers', workers, '--replications', '4']), /^error: run stopped after 300 events/m);
		});

		it(`unstable system found while running (--workers ${workers})`, () => {
			expectRunError(
				cli(['run', overload(), '--workers', workers, '--quiet']),
				/^error: the system is unstable: more than 2,000,000 customers inside .* waiting at "Desk"/m
			);
		});

		it(`unstable steady-state model refused before running (--workers ${workers})`, () => {
			const file = scenarioFile('unstable.json', (s) => (s.nodes[1].servers = 4), join(EXAMPLES, 'call-centre-steady.json'));
			expectRunError(cli(['run', file, '--workers', workers]), /"Agents" is unstable.*at least 6 servers/s);
		});

		it(`cancelled by SIGTERM or Ctrl-C mid-run (--workers ${workers})`, async () => {
			ensureBuilt();
			for (const signal of ['SIGTERM', 'SIGINT'] as const) {
				const child = spawn(process.execPath, [BUNDLE, 'run', BANK, '--replications', '100000', '--workers', workers], { cwd: ROOT });
				let stderr = '';
				let stdout = '';
				child.stdout.on('data', (d) => (stdout += d));
				let sent = false;
				child.stderr.on('data', (d) => {
					stderr += d;
					if (!sent && /replication \d+\//.test(stderr)) sent = child.kill(signal);
				});
				const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
				expect(code, stderr).toBe(3);
				expect(stderr).toMatch(/^error: run cancelled$/m);
				expect(stdout).toBe('');
			}
		});
	}
});

describe('worker faults in the CLI', () => {
	const file = BANK;
	const args = ['run', file, '--replications', '12', '--workers', '2', '--quiet'];
	const faulty = (plan: object) => cli(args, { env: { ...process.env, FLOWBENCH_FAULTS: JSON.stringify(plan) } });

	it('a worker that crashes, hangs or is killed is replaced: the output is byte-identical', () => {
		const clean = cli(args);
		expect(clean.code).toBe(0);
		for (const plan of [
			{ fault: 'crash', after: 3 },
			{ fault: 'kill', after: 5 },
			{ fault: 'hang', after: 2, silentMs: 1500 },
			{ fault: 'hang', after: 'start' }
		]) {
			const r = faulty(plan.after === 'start' ? { ...plan, silentMs: 1500 } : plan);
			expect(r.code, `${JSON.stringify(plan)}: ${r.stderr}`).toBe(0);
			expect(r.stdout, JSON.stringify(plan)).toBe(clean.stdout);
			expect(r.stderr).toMatch(/^note: 1 worker thread failed and was replaced/m);
		}
	});

	it('workers that keep failing stop the run with a clear message, exit 3', () => {
		const r = faulty({ fault: 'crash', after: 'start', times: 1000 });
		expectRunError(
			r,
			/^error: (a worker|workers) stopped unexpectedly \d+ times .*\(injected fault: the worker crashed\); the run was stopped/m
		);
	});
});
