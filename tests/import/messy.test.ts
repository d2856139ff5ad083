// A deliberately messy export: mixed date formats, blank lines, a broken row, unreadable
// values, a Big5 file with 上午/下午 times — every problem is listed with its row number and
// the rest is used.

import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { analyseLog, guessMapping, readRecords, readTable } from './helpers';

const messy = [
	'到達時間;開始辦理時間;結束時間;窗口;業務類型;是否放棄', // 1
	'2026/3/5 上午9:07;2026/3/5 上午9:10;2026/3/5 上午9:16;1號窗口;存款;否', // 2
	'', // 3 blank
	'2026-03-05T09:12:00;2026-03-05T09:15:30;2026-03-05T09:21:00;2號窗口;取款;否', // 4
	'2026/3/5 下午2:05;2026/3/5 下午2:09;2026/3/5 下午2:20;1號窗口;存款;否', // 5
	'46086.6;46086.601;46086.61;2號窗口;存款;否', // 6 Excel serials
	'明天早上;2026/3/5 9:30;2026/3/5 9:40;1號窗口;存款;否', // 7 unreadable arrival
	'2026/3/5 10:00;2026/3/5 9:50;2026/3/5 10:05;1號窗口;存款;否', // 8 start before arrival
	'2026/3/5 10:30;2026/3/5 10:35;;;取款;是', // 9 abandoned
	'2026/3/5 11:00;2026/3/5 11:02;2026/3/5 11:08;2號窗口;取款;也許', // 10 unreadable flag
	'2026/3/5 11:10;2026/3/5 11:12;2026/3/5 11:18;1號窗口;存款;否;多餘;欄位', // 11 broken: too many fields
	'', // 12 blank
	';;;;;', // 13 blank (only separators)
	'2026/3/5 11:30;2026/3/5 11:31;2026/3/5 11:20;1號窗口;存款;否', // 14 end before start
	'2026/3/5 15:00;"2026/3/5 15:02";2026/3/5 15:09;"2號;窗口";取款;否' // 15 quoted field with the separator
].join('\n');

describe('a messy Big5 file', () => {
	const bytes = new Uint8Array(iconv.encode(messy, 'big5'));
	it('is detected as Big5, and every problem is listed by row', async () => {
		const table = await readTable(bytes, 'messy.csv');
		expect(table.encoding).toBe('big5');
		expect(table.replaced).toBe(0);
		expect(table.delimiter).toBe(';');
		expect(table.blankRows).toBe(3);
		const mapping = guessMapping(table.headers);
		expect(mapping).toMatchObject({
			arrival: '到達時間',
			serviceStart: '開始辦理時間',
			serviceEnd: '結束時間',
			counter: '窗口',
			segment: '業務類型',
			abandoned: '是否放棄'
		});
		const read = readRecords(table, mapping);
		expect(read.problems.map((p) => [p.row, p.reason])).toEqual([
			[7, 'badTime'],
			[8, 'startBeforeArrival'],
			[10, 'badFlag'],
			[11, 'tooManyFields'],
			[14, 'endBeforeStart']
		]);
		expect(read.problems[0].detail).toMatchObject({ column: '到達時間', value: '明天早上' });
		// 15 lines − header − 3 blank = 11 data rows, 5 problems, 6 used
		expect(read.rowsRead).toBe(11);
		expect(read.records.length).toBe(6);
		const byRow = new Map(read.records.map((r) => [r.row, r]));
		expect(byRow.get(2)!.arrive).toBe(9 * 60 + 7);
		expect(byRow.get(5)!.arrive).toBe(14 * 60 + 5);
		expect(byRow.get(6)!.arrive).toBeCloseTo(0.6 * 1440, 6);
		expect(byRow.get(9)!.abandoned).toBe(true);
		expect(byRow.get(9)!.wait).toBe(5);
		expect(byRow.get(15)!.counter).toBe('2號;窗口');
		expect(byRow.get(4)!.service).toBeCloseTo(5.5, 9);
		const a = analyseLog(read);
		expect(a.days).toBe(1);
		expect(a.observed.abandoned).toBe(1);
	});
	it('read as GB18030 by the user instead, it shows undecodable characters', async () => {
		const table = await readTable(bytes, 'messy.csv', { encoding: 'gb18030' });
		expect(table.encoding).toBe('gb18030');
		expect(guessMapping(table.headers).arrival).toBeUndefined();
	});
});

describe('mixed files', () => {
	it('a UTF-8 file with a byte-order mark, tabs and times only', async () => {
		const text = '\uFEFFarrival_time\tservice_start\tservice_end\tcounter\n09:07\t09:10\t09:15\tA\n9:20\t9:20\t9:31\tB\n';
		const table = await readTable(new TextEncoder().encode(text), 'log.tsv');
		expect(table.detected!.reason).toBe('bom');
		expect(table.delimiter).toBe('\t');
		const read = readRecords(table, guessMapping(table.headers));
		expect(read.problems).toEqual([]);
		expect(read.firstDay).toBeNull();
		expect(read.records.map((r) => r.wait)).toEqual([3, 0]);
	});
	it('a duration column and no service times; abandonment inferred from no start', async () => {
		const text = 'ticket,arrival,duration\n1,2026-03-05 09:00,5\n2,2026-03-05 09:02,\n3,2026-03-05 09:04,4:30\n4,2026-03-05 09:06,abc\n';
		const table = await readTable(new TextEncoder().encode(text), 'log.csv');
		const read = readRecords(table, guessMapping(table.headers));
		expect(read.abandonInferred).toBe(true);
		expect(read.problems.map((p) => [p.row, p.reason])).toEqual([[5, 'badDuration']]);
		expect(read.records.map((r) => [r.service, r.abandoned])).toEqual([
			[5, false],
			[undefined, true],
			[4.5, false]
		]);
	});
});
