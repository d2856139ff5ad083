// From table rows to visit records: each row read through the mapping, with every row that
// cannot be used listed (row number and reason) and skipped — never silently dropped.
// Times become minutes since midnight of day 0 (the first day of the log, or the only day
// when the log gives times without dates).

import { parseDateTime, parseDuration, type DateTime } from './datetime';
import type { Mapping } from './mapping';
import type { Cell, RowProblem, Table } from './table';

export interface LogRecord {
	/** Row number in the file. */
	row: number;
	ticket?: string;
	/** Day index from the first day of the log (0, 1, …); the calendar day is `firstDay + day`. */
	day: number;
	/** Minutes since midnight of the record's day. */
	arrive: number;
	/** Minutes since midnight of the record's day (may exceed 1440 after midnight). */
	start?: number;
	end?: number;
	/** Service minutes (end − start, or the duration column). */
	service?: number;
	/** Minutes waited: start − arrival (served), or until the ticket was given up when the log says (abandoned). */
	wait?: number;
	counter?: string;
	segment?: string;
	channel?: string;
	abandoned: boolean;
}

export interface ReadRecords {
	records: LogRecord[];
	problems: RowProblem[];
	/** Data rows in the table (blank rows not counted). */
	rowsRead: number;
	/** Calendar day (days since 1970-01-01) of day 0; null when the log has times only. */
	firstDay: number | null;
	/** Abandonment was inferred (no flag column): a ticket with no service start was abandoned. */
	abandonInferred: boolean;
}

const TRUE =
	/^(1|true|yes|y|x|是|对|對|abandon(ed)?|no.?show|missed|lost|gave.?up|弃号|棄號|过号|過號|放弃|放棄|未办理|未辦理|未接通|已放弃|已放棄|离开|離開)$/i;
const FALSE =
	/^(0|false|no|n|否|不|served|completed?|done|finished|ok|answered|handled|正常|完成|已完成|已办理|已辦理|办结|辦結|办理完成|辦理完成|接通|已接通|)$/i;

export function parseFlag(v: Cell): boolean | null {
	const s = String(v).trim();
	if (TRUE.test(s)) return true;
	if (FALSE.test(s)) return false;
	return null;
}

function cellOf(row: Cell[], headers: readonly string[], column: string | undefined): Cell | undefined {
	if (column === undefined) return undefined;
	const j = headers.indexOf(column);
	return j < 0 ? undefined : row[j];
}

function blank(c: Cell | undefined): boolean {
	return c === undefined || (typeof c === 'string' && c.trim() === '');
}

export function readRecords(table: Table, mapping: Mapping, options: { dayFirst?: boolean } = {}): ReadRecords {
	const problems: RowProblem[] = [...table.problems];
	const H = table.headers;
	type Raw = {
		row: number;
		dt: DateTime;
		start?: DateTime;
		end?: DateTime;
		date?: DateTime;
		rec: Omit<LogRecord, 'day' | 'arrive' | 'start' | 'end' | 'wait'>;
	};
	const raws: Raw[] = [];
	const abandonInferred = mapping.abandoned === undefined;
	for (let i = 0; i < table.rows.length; i++) {
		const r = table.rows[i];
		const row = table.rowNumbers[i];
		const fail = (reason: string, detail?: Record<string, string | number>) =>
			problems.push({ row, reason, ...(detail ? { detail } : {}) });
		const a = cellOf(r, H, mapping.arrival);
		if (blank(a)) {
			fail('noArrival', { column: mapping.arrival ?? '' });
			continue;
		}
		const dt = parseDateTime(a!, options);
		if (!dt) {
			fail('badTime', { column: mapping.arrival!, value: String(a) });
			continue;
		}
		let date: DateTime | undefined;
		const dc = cellOf(r, H, mapping.date);
		if (!blank(dc)) {
			const d = parseDateTime(dc!, options);
			if (!d || d.day === null) {
				fail('badDate', { column: mapping.date!, value: String(dc) });
				continue;
			}
			date = d;
		}
		const times: Partial<Record<'start' | 'end', DateTime>> = {};
		let bad = false;
		for (const [key, col] of [
			['start', mapping.serviceStart],
			['end', mapping.serviceEnd]
		] as const) {
			const c = cellOf(r, H, col);
			if (blank(c)) continue;
			const t = parseDateTime(c!, options);
			if (!t) {
				fail('badTime', { column: col!, value: String(c) });
				bad = true;
				break;
			}
			times[key] = t;
		}
		if (bad) continue;
		let service: number | undefined;
		const du = cellOf(r, H, mapping.duration);
		if (!blank(du)) {
			const d = parseDuration(du!);
			if (d === null) {
				fail('badDuration', { column: mapping.duration!, value: String(du) });
				continue;
			}
			service = d;
		}
		let abandoned: boolean;
		if (mapping.abandoned !== undefined) {
			const f = cellOf(r, H, mapping.abandoned);
			const flag = blank(f) ? false : parseFlag(f!);
			if (flag === null) {
				fail('badFlag', { column: mapping.abandoned, value: String(f) });
				continue;
			}
			abandoned = flag;
		} else abandoned = !times.start && service === undefined && !times.end;
		const text = (col: string | undefined) => {
			const c = cellOf(r, H, col);
			return blank(c) ? undefined : String(c).trim();
		};
		raws.push({
			row,
			dt,
			start: times.start,
			end: times.end,
			date,
			rec: {
				row,
				ticket: text(mapping.ticket),
				counter: text(mapping.counter),
				segment: text(mapping.segment),
				channel: text(mapping.channel),
				service,
				abandoned
			}
		});
	}
	// day 0: the earliest calendar day; a log with times only is one day
	const days = raws.map((x) => x.date?.day ?? x.dt.day).filter((d): d is number => d !== null);
	const firstDay = days.length ? Math.min(...days) : null;
	const records: LogRecord[] = [];
	for (const x of raws) {
		const fail = (reason: string, detail?: Record<string, string | number>) =>
			problems.push({ row: x.row, reason, ...(detail ? { detail } : {}) });
		const calendar = x.date?.day ?? x.dt.day;
		if (firstDay !== null && calendar === null) {
			fail('noDate');
			continue;
		}
		const dayIndex = calendar === null || firstDay === null ? 0 : calendar - firstDay;
		const base = (calendar ?? 0) * 1440;
		const abs = (t: DateTime) => (t.day === null ? base + t.minutes : t.day * 1440 + t.minutes);
		const arriveAbs = abs(x.dt);
		let startAbs = x.start ? abs(x.start) : undefined;
		let endAbs = x.end ? abs(x.end) : undefined;
		// a time-only start or end before the arrival is taken as just after midnight
		if (x.start && x.start.day === null && startAbs! < arriveAbs - 720) startAbs! += 1440;
		if (x.end && x.end.day === null && endAbs! < (startAbs ?? arriveAbs) - 720) endAbs! += 1440;
		if (startAbs !== undefined && startAbs < arriveAbs - 1e-9) {
			fail('startBeforeArrival');
			continue;
		}
		if (endAbs !== undefined && endAbs < (startAbs ?? arriveAbs) - 1e-9) {
			fail('endBeforeStart');
			continue;
		}
		const rec: LogRecord = { ...x.rec, day: dayIndex, arrive: arriveAbs - base };
		if (startAbs !== undefined) {
			rec.start = startAbs - base;
			rec.wait = startAbs - arriveAbs;
		}
		if (endAbs !== undefined) rec.end = endAbs - base;
		if (rec.service === undefined && startAbs !== undefined && endAbs !== undefined && !rec.abandoned) rec.service = endAbs - startAbs;
		// an abandoned ticket with a time: it waited until then (the time it left or was called in vain)
		if (rec.abandoned) {
			delete rec.service;
			const left = startAbs ?? endAbs;
			rec.wait = left !== undefined ? left - arriveAbs : undefined;
		}
		records.push(rec);
	}
	problems.sort((a, b) => a.row - b.row);
	return { records, problems, rowsRead: table.rows.length + table.problems.length, firstDay, abandonInferred };
}
