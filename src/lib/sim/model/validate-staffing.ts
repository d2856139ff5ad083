// Staffing of nodes that receive customers. Rule: a staffing plan's periods run from opening and
// the LAST count holds after them (also while draining after closing), so a plan shorter than the
// day is fine. A node that receives customers but has 0 servers in every period is an error; a
// last count of 0 is a warning: in a day with drain, whoever is still waiting there at closing
// is sent home unserved; otherwise they can only give up.

import type { NodeInfo } from './validate-index';
import type { Report } from './validate-report';
import { at, finite, isObj, item, own, unquote } from './validate-text';

export function checkStaffing(n: NodeInfo, run: unknown, report: Report): void {
	const key = n.kind === 'station' ? 'servers' : 'units';
	const what = n.kind === 'station' ? 'server' : 'unit';
	const v = own(n.raw, key);
	const path = at(item('nodes', n.index), key);
	let counts: number[];
	let countsPath = path;
	if (typeof v === 'number') counts = [v];
	else if (isObj(v) && Array.isArray(own(v, 'count'))) {
		counts = (own(v, 'count') as unknown[]).map((c) => finite(c) ?? NaN);
		countsPath = at(path, 'count');
	} else return;
	if (counts.length === 0 || counts.some((c) => !Number.isInteger(c) || c < 0)) return;
	if (counts.every((c) => c === 0)) {
		report.error(
			countsPath,
			`is 0 in every period, but customers are sent to ${n.name}, and they could never be served — give it at least 1 ${what}, or remove the links to it`,
			'staffing.allZero',
			{ node: unquote(n.name) }
		);
		return;
	}
	const last = counts[counts.length - 1];
	if (last === 0 && counts.length > 1) {
		const drain = own(run, 'mode') === 'day' && own(run, 'drain') !== false;
		report.warn(
			item(countsPath, counts.length - 1),
			`is 0, and the last count holds after the listed periods${drain ? ' (also while draining after closing)' : ''}: ` +
				(drain
					? `customers still waiting at ${n.name} at closing are sent home unserved`
					: `customers still waiting at ${n.name} then can only leave by giving up`) +
				` — add a period with ${what}s if that is not intended`,
			drain ? 'staffing.lastZeroDrain' : 'staffing.lastZero',
			{ node: unquote(n.name) }
		);
	}
}
