// flowbench optimise and flowbench sweep: the JSON contracts, the staffed scenario, errors.
import { cli as runCli } from '../cli-helpers';
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateScenario } from '../../src/lib/sim/index';
import { peaked } from './fixtures';

const tmp = mkdtempSync(join(tmpdir(), 'flowbench-optimise-'));
const scenarioFile = join(tmp, 'peaked.json');
writeFileSync(scenarioFile, JSON.stringify(peaked()));

/** The command line as users run it (the esbuild bundle, rebuilt when a source changed). */
const cli = (...args: string[]) => runCli(args);

const KPI = expect.objectContaining({ mean: expect.any(Number), low: expect.any(Number), high: expect.any(Number) });

describe('flowbench optimise', () => {
	it('writes the staffing plan and a loadable staffed scenario', () => {
		const out = join(tmp, 'plan.json');
		const staffed = join(tmp, 'staffed.json');
		const r = cli('optimise', scenarioFile, '--seed', '4', '--replications', '20', '--out', out, '--scenario-out', staffed);
		expect(r.stderr).not.toMatch(/internal error/);
		expect(r.code).toBe(0);
		const plan = JSON.parse(readFileSync(out, 'utf8'));
		expect(plan).toMatchObject({ format: 'flowbench-staffing', version: 1, feasible: true, seed: 4, replications: 20, unmet: [] });
		expect(plan.stations.desk.servers).toHaveLength(6);
		expect(plan.periods).toHaveLength(6);
		expect(plan.cost).toEqual(KPI);
		expect(plan.baselineCost).toEqual(KPI);
		expect(plan.overall.serviceLevel).toEqual(KPI);
		expect(plan.periodsKpi[3].serviceLevel).toEqual(KPI);
		const s = JSON.parse(readFileSync(staffed, 'utf8'));
		expect(validateScenario(s).ok).toBe(true);
		expect(s.nodes.find((n: { id: string }) => n.id === 'desk').servers).toEqual({ periodMinutes: 60, count: plan.stations.desk.servers });
		expect(s.name).toMatch(/optimised staffing/);
		// the staffed scenario runs with the CLI
		expect(cli('run', staffed, '--replications', '2', '--quiet').code).toBe(0);
	});

	it('finds the same plan, byte for byte, on one thread and on worker threads', () => {
		const one = cli('optimise', scenarioFile, '--seed', '4', '--replications', '12', '--workers', '1', '--quiet');
		const two = cli('optimise', scenarioFile, '--seed', '4', '--replications', '12', '--workers', '2', '--quiet');
		expect(one.code, one.stderr).toBe(0);
		expect(two.code, two.stderr).toBe(0);
		expect(two.stdout).toBe(one.stdout);
		expect(JSON.parse(one.stdout).candidates).toBeGreaterThan(3);
		const sweep = (workers: string) =>
			cli('sweep', scenarioFile, '--param', 'nodes.desk.servers=2:4:1', '--replications', '6', '--workers', workers, '--quiet');
		const s1 = sweep('1');
		expect(s1.code, s1.stderr).toBe(0);
		expect(sweep('2').stdout).toBe(s1.stdout);
	});

	it('takes bounds from --options, reports unmet targets on stderr and exits 4', () => {
		const opts = join(tmp, 'opts.json');
		writeFileSync(opts, JSON.stringify({ bounds: { desk: { min: 1, max: 5 } } }));
		const r = cli('optimise', scenarioFile, '--replications', '10', '--options', opts, '--quiet');
		expect(r.code).toBe(4);
		const plan = JSON.parse(r.stdout);
		expect(plan.feasible).toBe(false);
		expect(plan.unmet[0]).toMatchObject({ target: expect.any(String), where: 'desk', bestReachable: KPI });
		const loud = cli('optimise', scenarioFile, '--replications', '10', '--options', opts);
		expect(loud.stderr).toMatch(/unmet: service level at least 80\.0 % is not met/);
	});

	it('explains bad input', () => {
		expect(cli('optimise').code).toBe(2);
		expect(cli('optimise', scenarioFile, '--replications', '1').stderr).toMatch(/--replications must be a whole number from 2/);
		const opts = join(tmp, 'bad.json');
		writeFileSync(opts, JSON.stringify({ bounds: { nope: { max: 3 } } }));
		const r = cli('optimise', scenarioFile, '--options', opts);
		expect(r.code).toBe(1);
		expect(r.stderr).toMatch(/bounds: "nope" is not a station/);
		writeFileSync(opts, JSON.stringify({ moves: 'no' }));
		const m = cli('optimise', scenarioFile, '--options', opts);
		expect(m.code).toBe(1);
		expect(m.stderr).toMatch(/"moves" must be true or false/);
	});
});

describe('flowbench sweep', () => {
	it('writes every KPI with its interval at every grid point', () => {
		const out = join(tmp, 'sweep.json');
		const r = cli(
			'sweep',
			scenarioFile,
			'--param',
			'nodes.desk.servers=5:7:1',
			'--param',
			'nodes.in.arrivals.scale=0.9:1.1:0.2',
			'--replications',
			'4',
			'--out',
			out,
			'--quiet'
		);
		expect(r.code).toBe(0);
		const s = JSON.parse(readFileSync(out, 'utf8'));
		expect(s).toMatchObject({ format: 'flowbench-sweep', version: 1, replications: 4 });
		expect(s.params.map((p: { path: string }) => p.path)).toEqual(['nodes.desk.servers', 'nodes.in.arrivals.scale']);
		expect(s.points).toHaveLength(6);
		expect(s.points[0].values).toEqual([5, 0.9]);
		expect(s.points[0].overall.waitMean).toEqual(KPI);
		expect(s.points[0].stations.desk.utilisation).toEqual(KPI);
	});

	it('names a bad parameter', () => {
		const r = cli('sweep', scenarioFile, '--param', 'nodes.desk.nope=1:2:1');
		expect(r.code).toBe(1);
		expect(r.stderr).toMatch(/nodes.desk.nope: "nope" is not set on this node/);
		expect(cli('sweep', scenarioFile).stderr).toMatch(/sweep needs --param/);
	});
});
