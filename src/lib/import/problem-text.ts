// The English text of each row problem (message keys "import.problem.<reason>"): shared by the
// app's catalogue (messages/import.ts, which adds the Chinese) and the CLI, which prints English.

export const PROBLEM_TEXT_EN: Record<string, string> = {
	'problem.noArrival': 'no arrival time in “{column}”',
	'problem.badTime': '“{value}” in “{column}” is not a date or time',
	'problem.badDate': '“{value}” in “{column}” is not a date',
	'problem.badDuration': '“{value}” in “{column}” is not a duration (minutes, m:ss or h:mm:ss)',
	'problem.badFlag': '“{value}” in “{column}” is not yes or no',
	'problem.tooManyFields': '{got} fields where the header has {expected} (a separator inside an unquoted field?)',
	'problem.badQuotes': 'a quoted field is not closed',
	'problem.startBeforeArrival': 'the service starts before the arrival',
	'problem.endBeforeStart': 'the service ends before it starts',
	'problem.noDate': 'a time without a date, in a log whose other times have dates',
	'problem.noTicket': 'ticket “{value}” is not in the log',
	'problem.noWait': 'no wait: give a wait column, or a ticket id found in the log',
	'problem.badScore': '“{value}” in “{column}” is not a whole number {range}',
	'problem.noScore': 'no answer (neither CSAT nor recommend)'
};

/** A row problem in plain English: "row 7: “昨天” in “到达时间” is not a date or time". */
export function problemText(p: { row: number; reason: string; detail?: Record<string, string | number> }): string {
	const text = PROBLEM_TEXT_EN[`problem.${p.reason}`] ?? p.reason;
	const d = p.detail ?? {};
	return `row ${p.row}: ${text.replace(/\{(\w+)\}/g, (m, k: string) => (k in d ? String(d[k]) : m))}`;
}
