// The command line as other tools use it: run and validate on the shared examples, the
// results JSON contract, clear errors for bad files (path: message, exit 1, no stack trace).
import { describe, expect, it } from 'vitest';
import { cli as run } from './cli-helpers';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const EXAMPLES = join(__dirname, '../static/examples');
const tmp = mkdtempSync(join(tmpdir(), 'flowbench-cli-'));

function cli(...args: string[]) {
	return run(args);
}

const KPI = expect.objectContaining({ mean: expect.any(Number), low: expect.any(Number), high: expect.any(Number) });

describe('flowbench run', () => {
	it('runs the bank example and writes the documented results JSON', () => {
		const out = join(tmp, 'bank.json');
		const r = cli('run', join(EXAMPLES, 'bank-branch-baseline.json'), '--replications', '20', '--seed', '11', '--out', out);
		expect(r.stderr).not.toMatch(/internal error|at .*\.ts:\d+/);
		expect(r.code).toBe(0);
		const res = JSON.parse(readFileSync(out, 'utf8'));
		expect(res).toMatchObject({
			format: 'flowbench-results',
			version: 1,
			scenario: { name: 'Bank branch — baseline' },
			replications: 20,
			seed: 11
		});
		for (const k of [
			'arrivals',
			'waitMean',
			'waitP90',
			'probWait',
			'serviceLevel',
			'abandonment',
			'balking',
			'resolution',
			'timeInSystem',
			'throughput',
			'cost'
		])
			expect(res.overall[k], k).toEqual(KPI);
		expect(Object.keys(res.stations)).toEqual(['teller', 'back']);
		for (const k of ['utilisation', 'queueLengthMean', 'waitMean']) expect(res.stations.teller[k], k).toEqual(KPI);
		expect(Object.keys(res.segments)).toEqual(['regular', 'vip']);
		expect(res.periods).toHaveLength(8);
		expect(res.periods[3]).toMatchObject({ start: 180, end: 240, waitMean: KPI });
		// the lunch peak waits longer than the first hour
		expect(res.periods[3].waitMean.mean).toBeGreaterThan(res.periods[0].waitMean.mean);
		// VIPs (priority) wait less than regulars
		expect(res.segments.vip.waitMean.mean).toBeLessThan(res.segments.regular.waitMean.mean);
	});

	it('writes to stdout without --out, and the same seed gives the same bytes', () => {
		const a = cli('run', join(EXAMPLES, 'bank-branch-kiosks.json'), '--replications', '5', '--quiet');
		const b = cli('run', join(EXAMPLES, 'bank-branch-kiosks.json'), '--replications', '5', '--quiet');
		expect(a.code).toBe(0);
		expect(JSON.parse(a.stdout).stations.kiosk.utilisation.mean).toBeGreaterThan(0);
		expect(a.stdout).toBe(b.stdout);
	});

	it('spreads replications over worker threads without changing any number', () => {
		const file = join(EXAMPLES, 'bank-branch-baseline.json');
		const one = cli('run', file, '--replications', '6', '--workers', '1', '--quiet');
		const two = cli('run', file, '--replications', '6', '--workers', '2', '--quiet');
		expect(two.code).toBe(0);
		expect(two.stdout).toBe(one.stdout);
	});

	it('runs the steady-state call centre and reports Erlang C numbers', () => {
		const r = cli('run', join(EXAMPLES, 'call-centre-steady.json'), '--replications', '4', '--quiet');
		expect(r.code).toBe(0);
		const res = JSON.parse(r.stdout);
		expect(res.mode).toBe('steady');
		expect(res.stations.agents.probWait.mean).toBeCloseTo(0.5875, 1);
	});

	it('refuses an unstable steady-state model with a message naming the station', () => {
		const s = JSON.parse(readFileSync(join(EXAMPLES, 'call-centre-steady.json'), 'utf8'));
		s.nodes[1].servers = 4; // 100 calls/h × 3 min = 5 Erlangs on 4 agents
		const file = join(tmp, 'unstable.json');
		writeFileSync(file, JSON.stringify(s));
		const r = cli('run', file);
		expect(r.code).toBe(3);
		expect(r.stderr).toMatch(/"Agents" is unstable.*125%.*at least 6 servers/s);
		expect(r.stdout).toBe('');
	});
});

describe('flowbench validate', () => {
	it('accepts the three shared examples', () => {
		for (const f of ['bank-branch-baseline.json', 'bank-branch-kiosks.json', 'call-centre-steady.json']) {
			const r = cli('validate', join(EXAMPLES, f));
			expect(r.code, r.stderr).toBe(0);
			expect(r.stdout).toMatch(/valid scenario/);
		}
	});

	it('prints each problem as path: message and exits 1', () => {
		const s = JSON.parse(readFileSync(join(EXAMPLES, 'bank-branch-baseline.json'), 'utf8'));
		s.nodes[1].servers = { periodMinutes: 60, count: [3, 4, 5, 2.5] };
		s.links = s.links.filter((l: { from: string }) => l.from !== 'back');
		const file = join(tmp, 'broken.json');
		writeFileSync(file, JSON.stringify(s));
		const r = cli('validate', file);
		expect(r.code).toBe(1);
		const lines = r.stderr.trim().split('\n');
		expect(lines.some((l) => l.startsWith('nodes[1].servers.count[3]: must be a whole number'))).toBe(true);
		expect(lines.some((l) => /Back office/.test(l))).toBe(true);
		for (const l of lines) expect(l).toMatch(/^[\w$.[\]]+: \S/);
		expect(r.stderr).not.toMatch(/\bat \S+:\d+:\d+/); // no stack trace
	});

	it('explains a file that is not JSON, with line and column', () => {
		const file = join(tmp, 'bad.json');
		writeFileSync(file, '{\n  "format": "flowbench-scenario",\n  "version": 1,,\n}');
		const r = cli('validate', file);
		expect(r.code).toBe(1);
		expect(r.stderr).toMatch(/not valid JSON at line 3, column \d+/);
		expect(r.stderr).not.toMatch(/\bat \S+:\d+:\d+/);
	});

	it('explains a missing file and a bad command line', () => {
		expect(cli('validate', join(tmp, 'nope.json')).stderr).toMatch(/no such file/);
		const bad = cli('run', 'x.json', '--replications', 'many');
		expect(bad.code).toBe(2);
		expect(bad.stderr).toMatch(/--replications must be a whole number/);
	});
});
