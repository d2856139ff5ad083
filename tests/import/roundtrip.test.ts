// Round trip: a log written from the engine's trace of a known scenario, exported as CSV in
// UTF-8 and in GB18030 and as XLSX, imports back to rates, shares, service-time parameters
// and patience within their sampling error of the originals.

import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import * as XLSX from '@e965/xlsx';
import type { Scenario } from '../../src/lib/sim/index';
import { fitDistributions } from '../../src/lib/sim/fit/index';
import { analyseLog, buildScenario, guessMapping, readRecords, readTable, validate } from './helpers';
import { chineseCsv, engineLog, serial } from './engine-log';

const DAYS = 20;
const RATES = [40, 60, 70, 50, 45, 55, 65, 35];
const known: Scenario = {
	format: 'flowbench-scenario',
	version: 2,
	name: 'Known',
	run: { mode: 'day', open: '09:00', hours: 8, drain: true, replications: DAYS, seed: 42 },
	segments: [
		{ id: 'personal', name: '个人业务', share: 0.7, patience: { dist: 'exponential', mean: 15 } },
		{ id: 'business', name: '对公业务', share: 0.3, patience: { dist: 'exponential', mean: 15 } }
	],
	nodes: [
		{ id: 'door', kind: 'source', name: 'Door', arrivals: { type: 'poisson', periodMinutes: 60, ratePerHour: RATES } },
		{
			id: 'desk',
			kind: 'station',
			name: 'Desks',
			servers: { periodMinutes: 60, count: [5, 6, 7, 5, 5, 6, 6, 4] },
			service: { dist: 'gamma', mean: 6, cv: 0.6 }
		},
		{ id: 'out', kind: 'exit', name: 'Out' }
	],
	links: [
		{ from: 'door', to: 'desk' },
		{ from: 'desk', to: 'out' }
	]
};

const rows = engineLog(known, DAYS);
const csv = chineseCsv(rows);

function xlsxBytes(): Uint8Array {
	const aoa: (string | number | boolean)[][] = [
		['ticket', 'arrival_time', 'service_start', 'service_end', 'counter', 'segment', 'abandoned']
	];
	for (const r of rows)
		aoa.push([
			r.ticket,
			serial(r.date, r.arrive),
			r.start !== null ? serial(r.date, r.start) : '',
			r.end !== null ? serial(r.date, r.end) : r.left !== null ? serial(r.date, r.left) : '',
			r.counter ?? '',
			r.segment,
			r.abandoned ? 'yes' : 'no'
		]);
	const ws = XLSX.utils.aoa_to_sheet(aoa);
	const wb = XLSX.utils.book_new();
	XLSX.utils.book_append_sheet(wb, ws, 'log');
	return new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

const files: [string, string, Uint8Array][] = [
	['UTF-8 CSV', 'log.csv', new TextEncoder().encode(csv)],
	['GB18030 CSV', 'log.csv', new Uint8Array(iconv.encode(csv, 'gb18030'))],
	['XLSX', 'log.xlsx', xlsxBytes()]
];

describe('round trip through a log written from the engine', () => {
	const arrivals = rows.length;
	const served = rows.filter((r) => !r.abandoned);
	it('the simulated log is large enough to test against', () => {
		expect(DAYS * 8).toBe(160);
		expect(arrivals).toBeGreaterThan(6000);
		expect(rows.filter((r) => r.abandoned).length).toBeGreaterThan(50);
	});

	for (const [label, name, bytes] of files) {
		it(`${label}: imports back to the known scenario within sampling error`, async () => {
			const table = await readTable(bytes, name);
			if (label === 'GB18030 CSV') expect(table.encoding).toBe('gb18030');
			if (label === 'UTF-8 CSV') expect(table.encoding).toBe('utf-8');
			const mapping = guessMapping(table.headers);
			expect(Object.keys(mapping).sort()).toEqual(['abandoned', 'arrival', 'counter', 'segment', 'serviceEnd', 'serviceStart', 'ticket']);
			const read = readRecords(table, mapping);
			expect(read.problems).toEqual([]);
			expect(read.records.length).toBe(arrivals);
			const a = analyseLog(read, { periodMinutes: 60 });
			expect(a.days).toBe(DAYS);
			expect(a.open).toBe(9 * 60);
			expect(a.close).toBe(17 * 60);
			// rates: a Poisson count over DAYS days has standard error √(λ/DAYS)
			a.periods.forEach((p, k) => expect(Math.abs(p.ratePerHour - RATES[k])).toBeLessThan(4 * Math.sqrt(RATES[k] / DAYS)));
			// weekdays: 20 days from a Monday = 3 or 2 of each
			expect(a.weekdays.map((w) => w.days)).toEqual([3, 3, 3, 3, 3, 3, 2]);
			// shares: binomial standard error
			const personal = a.segments.find((s) => s.name === '个人业务')!;
			expect(Math.abs(personal.share - 0.7)).toBeLessThan(4 * Math.sqrt((0.7 * 0.3) / arrivals));
			// service: gamma(mean 6, cv 0.6) fitted back; standard error of the mean cv·mean/√n
			const fit = fitDistributions(a.service.all);
			expect(fit.n).toBe(served.length);
			expect(['gamma', 'erlang']).toContain(fit.fits[0].family);
			const g = fit.fits.find((f) => f.family === 'gamma')!.distribution as { mean: number; cv: number };
			expect(Math.abs(g.mean - 6)).toBeLessThan((4 * 0.6 * 6) / Math.sqrt(fit.n));
			expect(Math.abs(g.cv - 0.6)).toBeLessThan(0.04);
			// patience: exponential mean 15, standard error ≈ mean/√(abandoned)
			expect(Math.abs(a.patience.mean! - 15)).toBeLessThan((4 * 15) / Math.sqrt(a.patience.abandoned));
			// staffing: the counters in use are at most those on shift, and near them when busy
			const staff = [5, 6, 7, 5, 5, 6, 6, 4];
			a.periods.forEach((p, k) => {
				expect(p.servers!).toBeLessThanOrEqual(staff[k]);
				expect(p.servers!).toBeGreaterThanOrEqual(staff[k] - 1);
			});
			// the built scenario is valid and carries what was found
			const s = buildScenario(a, { name: 'Imported', service: fit.fits[0].distribution, source: name });
			const v = validate(s);
			expect(v.problems).toEqual([]);
			expect(s.segments.map((x) => x.share).reduce((x, y) => x + y, 0)).toBeCloseTo(1, 9);
			expect(s.description).toContain('censored-exponential');
		});
	}
});
