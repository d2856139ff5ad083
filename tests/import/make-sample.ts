// Writes sample logs simulated by the engine (a bank hall: two segments, staffing by hour,
// gamma service times, exponential patience) for trying `flowbench import` and the /import
// page:  npx tsx tests/import/make-sample.ts <folder> [days]
// → log-utf8.csv, log-gb18030.csv, log-big5.csv, log.xlsx and survey.csv (CSAT and recommend,
// joined by ticket). Seeded: the same files every time.

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import * as XLSX from '@e965/xlsx';
import type { Scenario } from '../../src/lib/sim/index';
import { normalQuantile } from '../../src/lib/sim/random/normal';
import { streamFor } from '../../src/lib/sim/random/stream';
import { chineseCsv, engineLog, serial, type LogRow } from './engine-log';

export const SAMPLE: Scenario = {
	format: 'flowbench-scenario',
	version: 2,
	name: 'Sample bank hall',
	run: { mode: 'day', open: '09:00', hours: 8, drain: true, replications: 10, seed: 7 },
	segments: [
		{ id: 'personal', name: '个人业务', share: 0.7, patience: { dist: 'exponential', mean: 15 } },
		{ id: 'business', name: '对公业务', share: 0.3, patience: { dist: 'exponential', mean: 15 } }
	],
	nodes: [
		{
			id: 'door',
			kind: 'source',
			name: 'Door',
			arrivals: { type: 'poisson', periodMinutes: 60, ratePerHour: [40, 60, 70, 50, 45, 55, 65, 35] }
		},
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

/** Survey answers of a fifth of the served customers, from a known satisfaction model. */
export function sampleSurvey(rows: LogRow[], seed = 5): string {
	const st = streamFor(seed, 9);
	const lines = ['ticket,csat,recommend'];
	for (const r of rows) {
		if (r.abandoned || r.start === null || st.next() > 0.2) continue;
		const wait = r.start - r.arrive;
		const f = Math.exp(0.4 * normalQuantile(st.next()) - 0.08);
		const P = 1.36 * wait;
		const D = 3 * f;
		const A = 10 * f;
		const pen = Math.min(2.5, 0.8 * (P <= D ? 0 : P >= A ? 1 : (P - D) / (A - D)) + 0.5 * (P > A ? (P - A) / A : 0));
		const mu = 1.1 - pen;
		const y = mu + normalQuantile(st.next());
		const csat = 1 + [-1.3, -0.9, -0.5, 0].filter((t) => y > t).length;
		const z = (mu + 0.915 * normalQuantile(st.next()) - 0.3) * 2.2 + 7;
		lines.push(`${r.ticket},${csat},${Math.max(0, Math.min(10, Math.round(z)))}`);
	}
	return lines.join('\n') + '\n';
}

export function sampleXlsx(rows: LogRow[]): Uint8Array {
	const aoa: (string | number)[][] = [['ticket', 'arrival_time', 'service_start', 'service_end', 'counter', 'segment', 'abandoned']];
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
	const wb = XLSX.utils.book_new();
	XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(aoa), 'log');
	return new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

if (process.argv[1]?.endsWith('make-sample.ts')) {
	const dir = process.argv[2] ?? '.';
	const days = Number(process.argv[3] ?? 10);
	mkdirSync(dir, { recursive: true });
	const rows = engineLog(SAMPLE, days);
	const csv = chineseCsv(rows);
	writeFileSync(join(dir, 'log-utf8.csv'), csv);
	writeFileSync(join(dir, 'log-gb18030.csv'), iconv.encode(csv, 'gb18030'));
	// Big5 has no simplified characters: a Taiwan or Hong Kong export is in traditional ones
	const traditional = csv
		.replace('票号,到达时间,开始办理时间,结束时间,窗口,业务类型,是否放弃', '票號,到達時間,開始辦理時間,結束時間,窗口,業務類型,是否放棄')
		.replaceAll('个人业务', '個人業務')
		.replaceAll('对公业务', '對公業務');
	writeFileSync(join(dir, 'log-big5.csv'), iconv.encode(traditional, 'big5'));
	writeFileSync(join(dir, 'log.xlsx'), sampleXlsx(rows));
	writeFileSync(join(dir, 'survey.csv'), sampleSurvey(rows));
	process.stdout.write(`wrote ${rows.length} visits over ${days} days to ${dir}\n`);
}
