// Which column holds what: the column-mapping step. Obvious English and Chinese names are
// guessed (arrival_time / 到达时间 / 取号时间, service_start / 开始办理时间, service_end /
// 结束时间, counter / 窗口, …); the user (or a --map file) can change every field.

export const FIELDS = [
	'ticket',
	'date',
	'arrival',
	'serviceStart',
	'serviceEnd',
	'duration',
	'counter',
	'segment',
	'abandoned',
	'channel'
] as const;
export type Field = (typeof FIELDS)[number];

/** Field → column header (absent: not in the log). */
export type Mapping = Partial<Record<Field, string>>;

// lowercased, spaces/underscores/hyphens removed, matched exactly or as a prefix/substring
const NAMES: Record<Field, string[]> = {
	ticket: [
		'ticket',
		'ticketid',
		'ticketno',
		'ticketnumber',
		'id',
		'no',
		'number',
		'queueno',
		'callid',
		'caseid',
		'票号',
		'号码',
		'排队号',
		'取号号码',
		'编号',
		'編號',
		'號碼',
		'排隊號',
		'流水号',
		'流水號'
	],
	date: ['date', 'day', '日期', '营业日', '營業日'],
	arrival: [
		'arrivaltime',
		'arrival',
		'arrived',
		'arrive',
		'tickettime',
		'issuetime',
		'checkin',
		'checkintime',
		'createdat',
		'created',
		'queuestart',
		'calltime',
		'start_of_call',
		'到达时间',
		'到達時間',
		'取号时间',
		'取號時間',
		'到达',
		'到達',
		'取号',
		'取號',
		'进线时间',
		'進線時間'
	],
	serviceStart: [
		'servicestart',
		'servicestarttime',
		'startservice',
		'calledat',
		'called',
		'calltimeanswered',
		'answered',
		'answertime',
		'servedat',
		'start',
		'starttime',
		'开始办理时间',
		'開始辦理時間',
		'开始时间',
		'開始時間',
		'叫号时间',
		'叫號時間',
		'办理开始',
		'辦理開始',
		'接听时间',
		'接聽時間'
	],
	serviceEnd: [
		'serviceend',
		'serviceendtime',
		'endservice',
		'end',
		'endtime',
		'finished',
		'finishedat',
		'completed',
		'completedat',
		'closedat',
		'结束时间',
		'結束時間',
		'办理结束时间',
		'辦理結束時間',
		'完成时间',
		'完成時間',
		'结束',
		'結束'
	],
	duration: [
		'duration',
		'servicetime',
		'serviceduration',
		'handlingtime',
		'handletime',
		'aht',
		'servicemin',
		'serviceminutes',
		'办理时长',
		'辦理時長',
		'服务时长',
		'服務時長',
		'时长',
		'時長',
		'通话时长',
		'通話時長'
	],
	counter: [
		'counter',
		'counterid',
		'window',
		'desk',
		'agent',
		'agentid',
		'server',
		'teller',
		'station',
		'position',
		'窗口',
		'柜台',
		'櫃檯',
		'櫃台',
		'坐席',
		'座席',
		'工号',
		'工號',
		'窗口号',
		'窗口號'
	],
	segment: [
		'segment',
		'servicetype',
		'type',
		'category',
		'customertype',
		'business',
		'businesstype',
		'queue',
		'service',
		'skill',
		'业务类型',
		'業務類型',
		'业务',
		'業務',
		'客户类型',
		'客戶類型',
		'类别',
		'類別',
		'队列',
		'隊列'
	],
	abandoned: [
		'abandoned',
		'abandon',
		'isabandoned',
		'noshow',
		'missed',
		'lost',
		'status',
		'outcome',
		'result',
		'弃号',
		'棄號',
		'过号',
		'過號',
		'放弃',
		'放棄',
		'状态',
		'狀態',
		'结果',
		'結果',
		'是否放弃',
		'是否放棄'
	],
	channel: ['channel', 'source', 'medium', '渠道', '来源', '來源', '途径', '途徑']
};

export function normaliseHeader(h: string): string {
	return h.toLowerCase().replace(/[\s_\-.()（）]/g, '');
}

/**
 * Guesses the mapping from the headers: an exact name first, then a header that starts with
 * or contains a known name. Each column is used for at most one field.
 */
export function guessMapping(headers: readonly string[]): Mapping {
	const norm = headers.map(normaliseHeader);
	const used = new Set<number>();
	const out: Mapping = {};
	for (const pass of ['exact', 'prefix', 'contains'] as const) {
		for (const field of FIELDS) {
			if (out[field] !== undefined) continue;
			for (const name of NAMES[field]) {
				const n = normaliseHeader(name);
				const j = norm.findIndex(
					(h, i) => !used.has(i) && (pass === 'exact' ? h === n : pass === 'prefix' ? h.startsWith(n) : n.length >= 2 && h.includes(n))
				);
				if (j >= 0) {
					out[field] = headers[j];
					used.add(j);
					break;
				}
			}
		}
	}
	return out;
}

/** Checks a mapping against the headers: unknown fields and columns not in the file. */
export function checkMapping(mapping: Record<string, unknown>, headers: readonly string[]): string[] {
	const errors: string[] = [];
	for (const [k, v] of Object.entries(mapping)) {
		if (!(FIELDS as readonly string[]).includes(k)) errors.push(`unknown field "${k}" (fields: ${FIELDS.join(', ')})`);
		else if (typeof v !== 'string') errors.push(`${k}: must be a column name in quotes`);
		else if (!headers.includes(v)) errors.push(`${k}: no column "${v}" in the file (columns: ${headers.join(', ')})`);
	}
	if (!('arrival' in mapping)) errors.push('arrival: which column holds the arrival (ticket) time? It is required');
	return errors;
}
