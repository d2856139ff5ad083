// Writes a visit log the way a ticketing system would, from the engine's own trace of
// simulated days: arrival, service start and end, the counter (lowest free one at each
// start), the segment and whether the ticket was abandoned (with the time it was given up).
// One replication is one day; days are consecutive calendar days from `firstDay`.

import { compileScenario, Simulation, TRACE, TraceLog, type Scenario } from '../../src/lib/sim/index';
import { customerSegments } from '../../src/lib/teaching/replay';

export interface LogRow {
	ticket: string;
	date: string;
	/** Minutes since midnight. */
	arrive: number;
	start: number | null;
	end: number | null;
	counter: string | null;
	segment: string;
	abandoned: boolean;
	/** When an abandoned ticket was given up (minutes since midnight). */
	left: number | null;
}

export function engineLog(scenario: Scenario, days: number, firstDay = '2026-03-02'): LogRow[] {
	const model = compileScenario(scenario);
	const sim = new Simulation(model, scenario.run.seed);
	const [h, m] = (scenario.run.open ?? '09:00').split(':').map(Number);
	const open = h * 60 + m;
	const rows: LogRow[] = [];
	const start0 = Date.parse(firstDay + 'T00:00:00Z');
	for (let rep = 0; rep < days; rep++) {
		const trace = new TraceLog();
		sim.run(rep, { trace });
		const segs = customerSegments(trace, model, sim.records);
		const date = new Date(start0 + rep * 86400000).toISOString().slice(0, 10);
		const byCustomer = new Map<number, LogRow>();
		const busy: boolean[] = [];
		const slotOf = new Map<number, number>();
		for (let i = 0; i < trace.count; i++) {
			const c = trace.customer[i];
			const t = open + trace.time[i];
			switch (trace.type[i]) {
				case TRACE.ARRIVE:
					byCustomer.set(c, {
						ticket: `${date}-${c + 1}`,
						date,
						arrive: t,
						start: null,
						end: null,
						counter: null,
						segment: scenario.segments[segs[c]].name,
						abandoned: false,
						left: null
					});
					break;
				case TRACE.START: {
					let k = busy.indexOf(false);
					if (k < 0) k = busy.push(false) - 1;
					busy[k] = true;
					slotOf.set(c, k);
					const r = byCustomer.get(c)!;
					r.start = t;
					r.counter = `C${k + 1}`;
					break;
				}
				case TRACE.DONE:
				case TRACE.NOT_RESOLVED: {
					const k = slotOf.get(c);
					if (k !== undefined) busy[k] = false;
					byCustomer.get(c)!.end = t;
					break;
				}
				case TRACE.ABANDON: {
					const r = byCustomer.get(c)!;
					r.abandoned = true;
					r.left = t;
					break;
				}
			}
		}
		rows.push(...[...byCustomer.values()].sort((a, b) => a.arrive - b.arrive));
	}
	return rows;
}

export function clock(minutes: number, seconds = true): string {
	const s = Math.round(minutes * 60);
	const hh = Math.floor(s / 3600);
	const mm = Math.floor((s % 3600) / 60);
	const ss = s % 60;
	return seconds ? `${hh}:${String(mm).padStart(2, '0')}:${String(ss).padStart(2, '0')}` : `${hh}:${String(mm).padStart(2, '0')}`;
}

/** "2026/3/5 9:07:30" */
export function slashDate(date: string, minutes: number): string {
	const [y, mo, d] = date.split('-').map(Number);
	return `${y}/${mo}/${d} ${clock(minutes)}`;
}

/** A CSV in the style of a Chinese queue-ticket export. */
export function chineseCsv(rows: LogRow[]): string {
	const head = '票号,到达时间,开始办理时间,结束时间,窗口,业务类型,是否放弃';
	const lines = rows.map((r) =>
		[
			r.ticket,
			slashDate(r.date, r.arrive),
			r.start !== null ? slashDate(r.date, r.start) : '',
			r.end !== null ? slashDate(r.date, r.end) : r.left !== null ? slashDate(r.date, r.left) : '',
			r.counter ?? '',
			r.segment,
			r.abandoned ? '是' : '否'
		].join(',')
	);
	return [head, ...lines].join('\r\n') + '\r\n';
}

/** Excel serial of a date and time. */
export function serial(date: string, minutes: number): number {
	return Date.parse(date + 'T00:00:00Z') / 86400000 + 25569 + minutes / 1440;
}
