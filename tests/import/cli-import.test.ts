// `flowbench import` as a consultant runs it each month: auto-mapping printed to stderr and
// reusable with --map, rows that cannot be used listed, the scenario valid and runnable.
import { cli as runCli } from '../cli-helpers';
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { chineseCsv, engineLog } from './engine-log';
import { SAMPLE } from './make-sample';

const tmp = mkdtempSync(join(tmpdir(), 'flowbench-import-'));
const rows = engineLog(SAMPLE, 3);

/** The command line as users run it (the esbuild bundle, rebuilt when a source changed). */
const cli = (...args: string[]) => runCli(args);

describe('flowbench import', () => {
	const log = join(tmp, 'log.csv');
	// a GB18030 export with one broken row appended
	writeFileSync(log, iconv.encode(chineseCsv(rows) + 'X-1,昨天,,,,个人业务,否\r\n', 'gb18030'));

	it('maps obvious Chinese columns, prints the mapping and the skipped row, writes a valid scenario', () => {
		const out = join(tmp, 'scenario.json');
		const r = cli('import', log, '--out', out);
		expect(r.stderr).not.toMatch(/internal error/);
		expect(r.code).toBe(0);
		expect(r.stderr).toContain('gb18030');
		const json = r.stderr.slice(r.stderr.indexOf('{'), r.stderr.indexOf('}') + 1);
		expect(JSON.parse(json)).toMatchObject({ arrival: '到达时间', serviceStart: '开始办理时间', serviceEnd: '结束时间', counter: '窗口' });
		expect(r.stderr).toContain(`row ${rows.length + 2}: “昨天” in “到达时间” is not a date or time`);
		expect(r.stderr).toContain(`used ${rows.length} of ${rows.length + 1} rows; 1 skipped`);
		const s = JSON.parse(readFileSync(out, 'utf8'));
		expect(s.format).toBe('flowbench-scenario');
		expect(s.nodes[1].service.dist).toBe('gamma');
		const v = cli('validate', out);
		expect(v.code).toBe(0);
		// the printed mapping, saved, gives the same scenario
		const map = join(tmp, 'map.json');
		writeFileSync(map, json);
		const again = cli('import', log, '--map', map);
		expect(again.code).toBe(0);
		expect(JSON.parse(again.stdout)).toEqual(s);
		expect(again.stderr).not.toContain('mapping used');
	});

	it('names a mapping to a column that is not in the file, and a bad option', () => {
		const map = join(tmp, 'bad-map.json');
		writeFileSync(map, JSON.stringify({ arrival: 'arrival_time' }));
		const r = cli('import', log, '--map', map);
		expect(r.code).toBe(1);
		expect(r.stderr).toContain('arrival: no column "arrival_time" in the file');
		const u = cli('import', log, '--service', 'normal');
		expect(u.code).toBe(2);
		expect(u.stderr).toContain('--service must be best, empirical or one of');
	});
});
