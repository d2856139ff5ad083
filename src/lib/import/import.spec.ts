import { describe, expect, it } from 'vitest';
import { parseDateTime, parseDuration, clockLabel, dayLabel, weekday } from './datetime';
import { checkMapping, guessMapping } from './mapping';
import { parseFlag } from './records';
import { readText } from './table';
import { guessSurveyMapping, readSurvey } from './survey';
import { detectEncoding, decodeText } from './decode';

const at = (v: string | number, o?: { dayFirst?: boolean }) => {
	const r = parseDateTime(v, o);
	return r && `${r.day === null ? '-' : dayLabel(r.day)} ${clockLabel(r.minutes)}`;
};

describe('dates and times', () => {
	it('reads the formats of ticketing systems and spreadsheets', () => {
		expect(at('2026/3/5 9:07')).toBe('2026-03-05 09:07');
		expect(at('2026-03-05T09:07:00')).toBe('2026-03-05 09:07');
		expect(at('2026-03-05 09:07:30+08:00')).toBe('2026-03-05 09:08');
		expect(at('09:07')).toBe('- 09:07');
		expect(at(46086.379861111)).toBe('2026-03-05 09:07');
		expect(at('46086.379861111')).toBe('2026-03-05 09:07');
		expect(at(0.5)).toBe('- 12:00');
		expect(at('2026/3/5 下午2:07')).toBe('2026-03-05 14:07');
		expect(at('下午 12:30')).toBe('- 12:30');
		expect(at('上午 12:30')).toBe('- 00:30');
		expect(at('2:07 PM')).toBe('- 14:07');
		expect(at('2026年3月5日 上午9:07')).toBe('2026-03-05 09:07');
		expect(at('05/03/2026 9:07')).toBe('2026-05-03 09:07');
		expect(at('05/03/2026 9:07', { dayFirst: true })).toBe('2026-03-05 09:07');
		expect(at('13/03/2026 09:07')).toBe('2026-03-13 09:07');
	});
	it('refuses what is not a date or time', () => {
		for (const v of ['', 'abc', '25:00', '9:61', '2026-02-30 9:00', '昨天', '13:00 下午', '-3', 5])
			expect(parseDateTime(v), String(v)).toBeNull();
	});
	it('weekdays from Monday', () => {
		expect(weekday(parseDateTime('2026-03-02')!.day!)).toBe(0);
		expect(weekday(parseDateTime('2026-03-08')!.day!)).toBe(6);
	});
	it('durations in minutes', () => {
		expect(parseDuration('5')).toBe(5);
		expect(parseDuration('5:30')).toBe(5.5);
		expect(parseDuration('1:02:03')).toBeCloseTo(62.05, 9);
		expect(parseDuration('5分钟')).toBe(5);
		expect(parseDuration('90s')).toBe(1.5);
		expect(parseDuration('1小时30分')).toBe(90);
		expect(parseDuration('soon')).toBeNull();
	});
});

describe('mapping and flags', () => {
	it('guesses obvious English and Chinese column names', () => {
		expect(
			guessMapping(['arrival_time', 'service_start', 'service_end', 'counter', 'segment', 'abandoned', 'channel', 'Ticket ID'])
		).toEqual({
			ticket: 'Ticket ID',
			arrival: 'arrival_time',
			serviceStart: 'service_start',
			serviceEnd: 'service_end',
			counter: 'counter',
			segment: 'segment',
			abandoned: 'abandoned',
			channel: 'channel'
		});
		expect(guessMapping(['取号时间', '叫号时间', '办理结束时间', '窗口号', '业务类型', '日期'])).toEqual({
			date: '日期',
			arrival: '取号时间',
			serviceStart: '叫号时间',
			serviceEnd: '办理结束时间',
			counter: '窗口号',
			segment: '业务类型'
		});
		expect(guessMapping(['foo', 'bar'])).toEqual({});
	});
	it('checks a mapping file against the columns', () => {
		expect(checkMapping({ arrival: 'a', when: 'b' }, ['a'])).toEqual([
			'unknown field "when" (fields: ticket, date, arrival, serviceStart, serviceEnd, duration, counter, segment, abandoned, channel)'
		]);
		expect(checkMapping({ serviceStart: 'x' }, ['a'])[0]).toContain('no column "x"');
	});
	it('reads yes/no in English and Chinese', () => {
		for (const v of ['1', 'yes', 'Y', '是', '弃号', '過號', 'abandoned']) expect(parseFlag(v), v).toBe(true);
		for (const v of ['0', 'no', '否', '', '完成', 'served']) expect(parseFlag(v), v).toBe(false);
		expect(parseFlag('maybe')).toBeNull();
	});
});

describe('encodings', () => {
	it('UTF-8 without a mark is recognised as valid UTF-8', () => {
		const d = detectEncoding(new TextEncoder().encode('到达时间\n09:00\n'));
		expect(d).toMatchObject({ encoding: 'utf-8', reason: 'valid-utf8', bom: false });
	});
	it('counts characters that cannot be decoded', () => {
		expect(decodeText(new Uint8Array([0x61, 0xff, 0x62]), 'utf-8').replaced).toBe(1);
	});
});

describe('survey', () => {
	it('joins answers to the log by ticket, reads a wait column, and lists bad answers', () => {
		const t = readText('ticket,满意度,推荐,等待时间\nA,5,9,\nB,4,,\nC,7,,\nZ,3,,\nD,,,2\n');
		const m = guessSurveyMapping(t.headers);
		expect(m).toEqual({ ticket: 'ticket', csat: '满意度', recommend: '推荐', wait: '等待时间' });
		const log = [
			{ row: 2, ticket: 'A', day: 0, arrive: 0, wait: 1, abandoned: false },
			{ row: 3, ticket: 'B', day: 0, arrive: 0, wait: 6, abandoned: false },
			{ row: 4, ticket: 'C', day: 0, arrive: 0, wait: 0, abandoned: false }
		];
		const r = readSurvey(t, m, log);
		expect(r.responses).toEqual([
			{ wait: 1, csat: 5, recommend: 9, resolved: null },
			{ wait: 6, csat: 4, recommend: null, resolved: null }
		]);
		expect(r.joined).toBe(2);
		expect(r.problems.map((p) => [p.row, p.reason])).toEqual([
			[4, 'badScore'],
			[5, 'noTicket'],
			[6, 'noScore']
		]);
	});
});
