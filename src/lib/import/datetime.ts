// Dates and times as ticketing systems and spreadsheets write them:
//   2026-03-05T09:07:00, 2026-03-05 09:07, 2026/3/5 9:07, 2026.3.5 9:07:30, 5/3/2026 9:07,
//   2026年3月5日 9:07, 下午 2:07 / 2:07 下午 / 2:07 PM, 09:07, 9:07:30,
//   and Excel serial numbers (46086.38 = 2026-03-05 09:07; the 1900 date system).
// A value is { day, minutes }: day = days since 1970-01-01 (null when only a time is given),
// minutes = minutes since midnight (with seconds as a fraction). Local clock times; a time
// zone suffix is ignored (the log's own clock is what matters for opening hours).

export interface DateTime {
	day: number | null;
	minutes: number;
}

/** Days from 1899-12-30 (Excel's day 0 in practice) to 1970-01-01. */
const EXCEL_EPOCH = 25569;

function daysFromCivil(y: number, m: number, d: number): number | null {
	if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1900 || y > 2200) return null;
	const t = Date.UTC(y, m - 1, d);
	const back = new Date(t);
	if (back.getUTCDate() !== d) return null;
	return t / 86400000;
}

function clock(h: number, mi: number, s: number, meridiem: string | undefined): number | null {
	if (meridiem) {
		const pm = /下午|晚上|PM|p\.?m\.?/i.test(meridiem);
		const noon = /中午/.test(meridiem);
		if (h < 1 || h > 12) {
			if (h === 0 && !pm) return mi < 60 ? h * 60 + mi + s / 60 : null;
			return null;
		}
		if (pm || (noon && h < 11)) h = h === 12 ? 12 : h + 12;
		else if (h === 12) h = 0;
	}
	if (h > 24 || mi > 59 || s >= 60 || (h === 24 && (mi > 0 || s > 0))) return null;
	return h * 60 + mi + s / 60;
}

const MERIDIEM = '(上午|下午|中午|晚上|凌晨|早上|AM|PM|a\\.m\\.|p\\.m\\.)';
const TIME = `(?:${MERIDIEM}\\s*)?(\\d{1,2})[:：时時](\\d{1,2})(?:[:：分](\\d{1,2}(?:\\.\\d+)?))?秒?(?:\\s*${MERIDIEM})?`;
const RE_TIME = new RegExp(`^${TIME}$`, 'i');
const RE_YMD = new RegExp(`^(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?(?:[T\\s]+${TIME})?(?:Z|[+-]\\d{2}:?\\d{2})?$`, 'i');
const RE_DMY = new RegExp(`^(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})(?:[T\\s]+${TIME})?$`, 'i');

function timeFrom(m: RegExpExecArray, at: number): number | null | undefined {
	if (m[at + 1] === undefined) return undefined;
	const meridiem = m[at] ?? m[at + 4];
	return clock(Number(m[at + 1]), Number(m[at + 2]), m[at + 3] ? Number(m[at + 3]) : 0, meridiem);
}

/**
 * Parses one cell. `dayFirst` reads 05/03/2026 as 5 March (else as May 3, unless the first
 * number is above 12). Returns null when the text is not a date or time.
 */
export function parseDateTime(value: string | number, options: { dayFirst?: boolean } = {}): DateTime | null {
	if (typeof value === 'number') return fromSerial(value);
	const v = value.trim().replace(/\s+/g, ' ');
	if (!v) return null;
	if (/^\d+(\.\d+)?$/.test(v)) {
		const n = Number(v);
		// a bare number: an Excel serial (date, or a time as a fraction of a day)
		return fromSerial(n);
	}
	let m = RE_TIME.exec(v);
	if (m) {
		const minutes = timeFrom(m, 1);
		return minutes == null ? null : { day: null, minutes };
	}
	m = RE_YMD.exec(v);
	if (m) {
		const day = daysFromCivil(Number(m[1]), Number(m[2]), Number(m[3]));
		if (day === null) return null;
		const minutes = timeFrom(m, 4);
		if (minutes === null) return null;
		return { day, minutes: minutes ?? 0 };
	}
	m = RE_DMY.exec(v);
	if (m) {
		const a = Number(m[1]);
		const b = Number(m[2]);
		const dayFirst = options.dayFirst || a > 12;
		const day = daysFromCivil(Number(m[3]), dayFirst ? b : a, dayFirst ? a : b);
		if (day === null) return null;
		const minutes = timeFrom(m, 4);
		if (minutes === null) return null;
		return { day, minutes: minutes ?? 0 };
	}
	return null;
}

function fromSerial(n: number): DateTime | null {
	if (!Number.isFinite(n) || n < 0) return null;
	if (n < 1) return { day: null, minutes: n * 1440 };
	if (n < 20000 || n > 120000) return null; // before 1954 or after 2228: not a plausible log date
	const day = Math.floor(n);
	// round to the millisecond so 09:07 does not come back as 09:06:59.9999
	const minutes = Math.round((n - day) * 1440 * 60000) / 60000;
	return { day: day - EXCEL_EPOCH, minutes };
}

/**
 * A duration in minutes: a number (minutes), "m:ss" or "h:mm:ss", or with units
 * ("5 min", "90s", "5分钟", "1小时", "30秒"). Null when unreadable or negative.
 */
export function parseDuration(value: string | number): number | null {
	if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? value : null;
	const v = value.trim().toLowerCase();
	if (!v) return null;
	if (/^\d+(\.\d+)?$/.test(v)) return Number(v);
	let m = /^(\d+):(\d{1,2})(?::(\d{1,2}(?:\.\d+)?))?$/.exec(v);
	if (m) {
		if (m[3] !== undefined) return Number(m[1]) * 60 + Number(m[2]) + Number(m[3]) / 60;
		return Number(m[1]) + Number(m[2]) / 60;
	}
	let total = 0;
	let any = false;
	const re = /(\d+(?:\.\d+)?)\s*(h|hr|hours?|小时|小時|时|時|m|min|mins|minutes?|分钟|分鐘|分|s|sec|secs|seconds?|秒)/g;
	let rest = v;
	while ((m = re.exec(v))) {
		any = true;
		const x = Number(m[1]);
		const u = m[2];
		total += /^(h|hr|hour|hours|小时|小時|时|時)$/.test(u) ? x * 60 : /^(s|sec|secs|second|seconds|秒)$/.test(u) ? x / 60 : x;
		rest = rest.replace(m[0], '');
	}
	return any && rest.trim() === '' ? total : null;
}

/** "YYYY-MM-DD" of a day number. */
export function dayLabel(day: number): string {
	return new Date(day * 86400000).toISOString().slice(0, 10);
}

/** Weekday of a day number: 0 = Monday … 6 = Sunday. */
export function weekday(day: number): number {
	return (new Date(day * 86400000).getUTCDay() + 6) % 7;
}

/** "HH:MM" of minutes since midnight. */
export function clockLabel(minutes: number): string {
	const m = Math.round(minutes);
	return `${String(Math.floor(m / 60) % 24).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}
