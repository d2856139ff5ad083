// `flowbench compare` on the shared bank examples: the kiosk redesign against the baseline on
// the same customers, the documented comparison JSON, worker threads not changing any byte,
// and clear errors for a missing or invalid second file.
import { describe, expect, it } from 'vitest';
import { cli as run } from '../cli-helpers';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const EXAMPLES = join(__dirname, '../../static/examples');
const BASELINE = join(EXAMPLES, 'bank-branch-baseline.json');
const KIOSKS = join(EXAMPLES, 'bank-branch-kiosks.json');
const tmp = mkdtempSync(join(tmpdir(), 'flowbench-compare-'));

function cli(...args: string[]) {
	return run(args);
}

const DIFF = expect.objectContaining({
	mean: expect.any(Number),
	low: expect.any(Number),
	high: expect.any(Number),
	relative: expect.any(Number),
	relativeLow: expect.any(Number),
	relativeHigh: expect.any(Number),
	significant: expect.any(Boolean)
});

describe('flowbench compare', () => {
	it('bank branch: the kiosk redesign lowers the mean wait, significantly, on the same customers', () => {
		const out = join(tmp, 'kiosks.json');
		const r = cli('compare', BASELINE, KIOSKS, '--replications', '40', '--seed', '3', '--out', out, '--quiet');
		expect(r.stderr).not.toMatch(/internal error|at .*\.ts:\d+/);
		expect(r.code).toBe(0);
		const c = JSON.parse(readFileSync(out, 'utf8'));
		expect(c).toMatchObject({
			format: 'flowbench-comparison',
			version: 1,
			seed: 3,
			replications: 40,
			baseline: { format: 'flowbench-results', scenario: { name: 'Bank branch — baseline' }, replications: 40, seed: 3 },
			redesign: { format: 'flowbench-results', scenario: { name: 'Bank branch — with self-service kiosks' }, replications: 40, seed: 3 }
		});
		for (const k of ['waitMean', 'csat', 'nps', 'abandonment', 'cost']) expect(c.difference.overall[k], k).toEqual(DIFF);
		const wait = c.difference.overall.waitMean;
		expect(wait.mean).toBeLessThan(0);
		expect(wait.high).toBeLessThan(0);
		expect(wait.significant).toBe(true);
		expect(c.difference.overall.csat.significant).toBe(true);
		expect(c.difference.overall.csat.mean).toBeGreaterThan(0);
		// the same customers arrive in both worlds
		expect(c.difference.overall.arrivals.mean).toBe(0);
		expect(Object.keys(c.difference.stations)).toEqual(['teller', 'back']);
		expect(Object.keys(c.difference.segments)).toEqual(['regular', 'vip']);
		expect(c.difference.periods).toHaveLength(8);
		expect(c.difference.periods[3]).toMatchObject({ start: 180, end: 240, waitMean: DIFF });
		expect(c.customers.matched.mean).toBe(c.baseline.overall.arrivals.mean);
		expect(c.customers.waitChange.high).toBeLessThan(0);
		expect(c.customers.betterOff.mean).toBeGreaterThan(c.customers.worseOff.mean);
	});

	it('worker threads do not change any number', () => {
		const one = cli('compare', BASELINE, KIOSKS, '--replications', '6', '--workers', '1', '--quiet');
		const two = cli('compare', BASELINE, KIOSKS, '--replications', '6', '--workers', '2', '--quiet');
		expect(one.code).toBe(0);
		expect(two.code).toBe(0);
		expect(two.stdout).toBe(one.stdout);
	});

	it('a scenario compared with itself: all differences 0, none significant', () => {
		const r = cli('compare', BASELINE, BASELINE, '--replications', '5', '--quiet');
		expect(r.code).toBe(0);
		const c = JSON.parse(r.stdout);
		for (const [k, d] of Object.entries(c.difference.overall) as [string, { mean: number | null; significant: boolean }][]) {
			expect(d.significant, k).toBe(false);
			if (d.mean !== null) expect(d.mean, k).toBe(0);
		}
	});

	it('needs two files; names the file that is invalid', () => {
		const one = cli('compare', BASELINE);
		expect(one.code).toBe(2);
		expect(one.stderr).toMatch(/compare needs two scenario files/);
		const s = JSON.parse(readFileSync(KIOSKS, 'utf8'));
		s.nodes[3].servers = -1;
		const bad = join(tmp, 'bad.json');
		writeFileSync(bad, JSON.stringify(s));
		const r = cli('compare', BASELINE, bad);
		expect(r.code).toBe(1);
		expect(r.stderr).toContain(`${bad}: nodes[3].servers`);
		expect(r.stdout).toBe('');
	});
});
