// Survey responses for calibrating satisfaction: CSAT (1–5) and/or likelihood to recommend
// (0–10), with the wait each respondent had — from a wait column, or joined to the log by
// ticket id — and optionally whether their issue was resolved.

import type { SurveyResponse } from '../sim/fit/calibrate';
import { parseDuration } from './datetime';
import { normaliseHeader } from './mapping';
import { parseFlag, type LogRecord } from './records';
import type { Cell, RowProblem, Table } from './table';

export const SURVEY_FIELDS = ['ticket', 'wait', 'csat', 'recommend', 'resolved'] as const;
export type SurveyField = (typeof SURVEY_FIELDS)[number];
export type SurveyMapping = Partial<Record<SurveyField, string>>;

const NAMES: Record<SurveyField, string[]> = {
	ticket: [
		'ticket',
		'ticketid',
		'ticketno',
		'id',
		'callid',
		'caseid',
		'票号',
		'號碼',
		'号码',
		'编号',
		'編號',
		'排队号',
		'排隊號',
		'流水号',
		'流水號'
	],
	wait: ['wait', 'waitmin', 'waitminutes', 'waittime', 'waited', '等待时间', '等待時間', '等候时间', '等候時間', '等待'],
	csat: ['csat', 'satisfaction', 'score', 'rating', 'satisfied', '满意度', '滿意度', '评分', '評分', '满意', '滿意'],
	recommend: ['recommend', 'nps', 'likelihoodtorecommend', 'ltr', '推荐', '推薦', '推荐意愿', '推薦意願', '净推荐值', '淨推薦值'],
	resolved: ['resolved', 'solved', 'fcr', 'resolution', '解决', '解決', '是否解决', '是否解決', '问题解决', '問題解決']
};

export function guessSurveyMapping(headers: readonly string[]): SurveyMapping {
	const norm = headers.map(normaliseHeader);
	const used = new Set<number>();
	const out: SurveyMapping = {};
	for (const exact of [true, false])
		for (const f of SURVEY_FIELDS) {
			if (out[f] !== undefined) continue;
			for (const name of NAMES[f]) {
				const n = normaliseHeader(name);
				const j = norm.findIndex((h, i) => !used.has(i) && (exact ? h === n : h.includes(n)));
				if (j >= 0) {
					out[f] = headers[j];
					used.add(j);
					break;
				}
			}
		}
	return out;
}

export interface ReadSurvey {
	responses: SurveyResponse[];
	problems: RowProblem[];
	rowsRead: number;
	/** Responses whose wait came from the log by ticket. */
	joined: number;
}

function cell(row: Cell[], headers: readonly string[], col: string | undefined): string | undefined {
	if (col === undefined) return undefined;
	const j = headers.indexOf(col);
	const v = j < 0 ? undefined : row[j];
	return v === undefined || String(v).trim() === '' ? undefined : String(v).trim();
}

/** Reads survey rows; `log` (records with tickets) supplies waits and abandonment when joined by ticket. */
export function readSurvey(table: Table, mapping: SurveyMapping, log: readonly LogRecord[] = []): ReadSurvey {
	const byTicket = new Map<string, LogRecord>();
	for (const r of log) if (r.ticket !== undefined) byTicket.set(r.ticket, r);
	const problems: RowProblem[] = [...table.problems];
	const responses: SurveyResponse[] = [];
	let joined = 0;
	const H = table.headers;
	table.rows.forEach((row, i) => {
		const n = table.rowNumbers[i];
		const fail = (reason: string, detail?: Record<string, string | number>) =>
			problems.push({ row: n, reason, ...(detail ? { detail } : {}) });
		let wait: number | null;
		let fromLog = false;
		const w = cell(row, H, mapping.wait);
		if (w !== undefined) {
			wait = parseDuration(w);
			if (wait === null) return fail('badDuration', { column: mapping.wait!, value: w });
		} else {
			const t = cell(row, H, mapping.ticket);
			const rec = t !== undefined ? byTicket.get(t) : undefined;
			if (t !== undefined && !rec) return fail('noTicket', { value: t });
			if (!rec || rec.wait === undefined) return fail('noWait');
			wait = rec.wait;
			fromLog = true;
		}
		const score = (col: string | undefined, lo: number, hi: number): number | null | 'bad' => {
			const v = cell(row, H, col);
			if (v === undefined) return null;
			const x = Number(v);
			return Number.isInteger(x) && x >= lo && x <= hi ? x : 'bad';
		};
		const csat = score(mapping.csat, 1, 5);
		if (csat === 'bad') return fail('badScore', { column: mapping.csat!, value: cell(row, H, mapping.csat)!, range: '1–5' });
		const recommend = score(mapping.recommend, 0, 10);
		if (recommend === 'bad')
			return fail('badScore', { column: mapping.recommend!, value: cell(row, H, mapping.recommend)!, range: '0–10' });
		if (csat === null && recommend === null) return fail('noScore');
		const rv = cell(row, H, mapping.resolved);
		let resolved: boolean | null = null;
		if (rv !== undefined) {
			resolved = parseFlag(rv);
			if (resolved === null) return fail('badFlag', { column: mapping.resolved!, value: rv });
		}
		if (fromLog) joined++;
		responses.push({ wait, csat, recommend, resolved });
	});
	problems.sort((a, b) => a.row - b.row);
	return { responses, problems, rowsRead: table.rows.length + table.problems.length, joined };
}
