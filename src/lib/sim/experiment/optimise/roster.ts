// Shift rules: turning an hour-by-hour staffing need into shifts people can work. A shift has
// one of the allowed lengths and lies within [earliest start, latest end]; the roster's
// servers in a period are the shifts covering it. The cover is greedy from the first period:
// wherever the shifts so far fall short, start shifts there (or as late as the window allows)
// with the allowed length that covers the most periods still short (the shorter on a tie).
// The search then tries dropping each shift again (search.ts), so an over-cover the greedy
// step made is taken back when the targets allow it.

export interface ShiftRules {
	/** Allowed shift lengths, hours (e.g. [4, 8]). */
	lengths: number[];
	/** Earliest start, minutes after opening (default: opening). */
	earliestStart?: number;
	/** Latest end, minutes after opening (default: closing). */
	latestEnd?: number;
}

export interface Shift {
	/** First period of the shift and the period after its last one. */
	from: number;
	to: number;
}

export class ShiftRuleError extends Error {
	override name = 'ShiftRuleError';
}

/** The rules in periods: lengths (whole periods), first start and last end. */
export function rulesInPeriods(r: ShiftRules, periodMinutes: number, periods: number): { lengths: number[]; first: number; last: number } {
	const lengths = [...new Set(r.lengths.map((h) => Math.round((h * 60) / periodMinutes)))].filter((l) => l >= 1).sort((a, b) => a - b);
	if (lengths.length === 0) throw new ShiftRuleError(`shift lengths must be at least one period (${periodMinutes} min)`);
	const first = Math.max(0, Math.ceil((r.earliestStart ?? 0) / periodMinutes - 1e-9));
	const last = Math.min(periods, Math.floor((r.latestEnd ?? periods * periodMinutes) / periodMinutes + 1e-9));
	if (last - first < lengths[0]) throw new ShiftRuleError('no allowed shift fits between the earliest start and the latest end');
	return { lengths: lengths.filter((l) => l <= last - first), first, last };
}

/** Shifts covering `need` (servers per period) under the rules, greedy. */
export function coverWithShifts(need: number[], rules: { lengths: number[]; first: number; last: number }): Shift[] {
	const P = need.length;
	const cover = new Array<number>(P).fill(0);
	const shifts: Shift[] = [];
	for (let p = 0; p < P; p++) {
		if (p < rules.first || p >= rules.last) continue;
		while (cover[p] < need[p]) {
			let best: Shift | null = null;
			let bestUseful = -1;
			for (const L of rules.lengths) {
				const from = Math.min(p, rules.last - L);
				if (from < rules.first) continue;
				let useful = 0;
				for (let q = from; q < from + L; q++) if (cover[q] < need[q]) useful++;
				if (useful > bestUseful) {
					bestUseful = useful;
					best = { from, to: from + L };
				}
			}
			if (!best) break;
			shifts.push(best);
			for (let q = best.from; q < best.to; q++) cover[q]++;
		}
	}
	return shifts;
}

/** Servers per period that a set of shifts gives. */
export function rosterCounts(shifts: Shift[], periods: number): number[] {
	const c = new Array<number>(periods).fill(0);
	for (const s of shifts) for (let q = s.from; q < s.to; q++) c[q]++;
	return c;
}
