// Shift rules: turning an hour-by-hour staffing need into shifts people can work. A shift has
// one of the allowed lengths and lies within [earliest start, latest end]; the roster's
// servers in a period are the shifts covering it.
//
// The cover is the cheapest one, exactly: choosing how many shifts start in each period with
// each length so that every period has at least its need is an integer programme whose matrix
// has consecutive ones in every column (a shift covers consecutive periods), so it is totally
// unimodular and the linear relaxation already has an integral optimum. Differencing
// consecutive rows turns it into a min-cost flow (Bartholdi, Orlin & Ratliff 1980): nodes are
// the period boundaries, a shift [s, s + L) is an arc s → s + L costing its hours, a surplus
// (cover above need) in period p is an arc p + 1 → p costing nothing, and boundary i supplies
// need[i] − need[i − 1]. Successive shortest paths (Bellman–Ford, the graph has ≤ 49 nodes)
// solve it in well under a millisecond for the sizes a day has. With a most-servers bound the
// surplus arcs get capacity max − need, so the roster never puts more on duty than the bound;
// when no roster fits under the bound the cover is the cheapest one without it.
// The search then tries dropping each shift (search.ts): the cover meets the plan, and the
// simulation may show that a little less still meets the targets.

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

export interface PeriodRules {
	/** Allowed lengths in whole periods, ascending. */
	lengths: number[];
	/** First period a shift may start in; the period after the last one a shift may cover. */
	first: number;
	last: number;
}

export interface CoverOptions {
	/** Hours of each period (a shift costs the hours it covers); default 1 each. */
	hours?: number[];
	/** Most servers on duty in any period; default no limit. */
	max?: number;
}

export class ShiftRuleError extends Error {
	override name = 'ShiftRuleError';
}

/** The rules in periods: lengths (whole periods), first start and last end. */
export function rulesInPeriods(r: ShiftRules, periodMinutes: number, periods: number): PeriodRules {
	const lengths = [...new Set(r.lengths.map((h) => Math.round((h * 60) / periodMinutes)))].filter((l) => l >= 1).sort((a, b) => a - b);
	if (lengths.length === 0) throw new ShiftRuleError(`shift lengths must be at least one period (${periodMinutes} min)`);
	const first = Math.max(0, Math.ceil((r.earliestStart ?? 0) / periodMinutes - 1e-9));
	const last = Math.min(periods, Math.floor((r.latestEnd ?? periods * periodMinutes) / periodMinutes + 1e-9));
	if (last - first < lengths[0]) throw new ShiftRuleError('no allowed shift fits between the earliest start and the latest end');
	return { lengths: lengths.filter((l) => l <= last - first), first, last };
}

/** What a set of shifts costs: the hours each one covers. */
export function rosterHours(shifts: Shift[], hours?: number[]): number {
	let h = 0;
	for (const s of shifts) for (let q = s.from; q < s.to; q++) h += hours ? hours[q] : 1;
	return h;
}

/**
 * The cheapest shifts covering `need` (servers per period) under the rules: every period from
 * `rules.first` to `rules.last` gets at least its need (periods outside the window get none).
 * Exact (min-cost flow, see the top of this file); deterministic.
 */
export function coverWithShifts(need: number[], rules: PeriodRules, options: CoverOptions = {}): Shift[] {
	const { first, last, lengths } = rules;
	const n = (p: number) => (p >= first && p < last ? Math.max(0, Math.ceil(need[p] ?? 0)) : 0);
	const hours = options.hours;
	if (options.max !== undefined) {
		const capped = minCostCover(n, rules, hours, options.max);
		if (capped) return capped;
	}
	const free = minCostCover(n, rules, hours, Infinity);
	if (!free) throw new ShiftRuleError(`no roster covers the need with shifts of ${lengths.join(', ')} periods`);
	return free;
}

// The flow network on boundaries first…last (node i − first), plus a source and a sink.
function minCostCover(need: (p: number) => number, rules: PeriodRules, hours: number[] | undefined, max: number): Shift[] | null {
	const { first, last, lengths } = rules;
	const B = last - first + 1;
	const S = B;
	const T = B + 1;
	const V = B + 2;
	// arcs in pairs (forward at even index, its residual at the odd one)
	const to: number[] = [];
	const cap: number[] = [];
	const cost: number[] = [];
	const head = new Array<number>(V).fill(-1);
	const next: number[] = [];
	const arc = (u: number, v: number, c: number, w: number): number => {
		const i = to.length;
		to.push(v, u);
		cap.push(c, 0);
		cost.push(w, -w);
		next.push(head[u], head[v]);
		head[u] = i;
		head[v] = i + 1;
		return i;
	};
	let total = 0;
	for (let i = 0; i < B; i++) total += need(first + i);
	const big = total + 1;
	const shiftArcs: { arc: number; from: number; to: number }[] = [];
	for (const L of lengths)
		for (let s = first; s + L <= last; s++) {
			let w = 0;
			for (let q = s; q < s + L; q++) w += hours ? hours[q] : 1;
			shiftArcs.push({ arc: arc(s - first, s + L - first, big, w), from: s, to: s + L });
		}
	for (let p = first; p < last; p++) {
		const room = max === Infinity ? big : max - need(p);
		if (room < 0) return null;
		if (room > 0) arc(p + 1 - first, p - first, room, 0);
	}
	let supply = 0;
	for (let i = 0; i < B; i++) {
		const b = need(first + i) - (i > 0 ? need(first + i - 1) : 0);
		if (b > 0) {
			arc(S, i, b, 0);
			supply += b;
		} else if (b < 0) arc(i, T, -b, 0);
	}
	// successive shortest paths; Bellman–Ford because residual arcs cost less than nothing
	const dist = new Array<number>(V);
	const via = new Array<number>(V);
	let flow = 0;
	while (flow < supply) {
		dist.fill(Infinity);
		via.fill(-1);
		dist[S] = 0;
		for (let round = 0, changed = true; changed && round < V; round++) {
			changed = false;
			for (let u = 0; u < V; u++) {
				if (dist[u] === Infinity) continue;
				for (let e = head[u]; e !== -1; e = next[e])
					if (cap[e] > 0 && dist[u] + cost[e] < dist[to[e]] - 1e-12) {
						dist[to[e]] = dist[u] + cost[e];
						via[to[e]] = e;
						changed = true;
					}
			}
		}
		if (dist[T] === Infinity) return null;
		let push = supply - flow;
		for (let v = T; v !== S; v = to[via[v] ^ 1]) push = Math.min(push, cap[via[v]]);
		for (let v = T; v !== S; v = to[via[v] ^ 1]) {
			cap[via[v]] -= push;
			cap[via[v] ^ 1] += push;
		}
		flow += push;
	}
	const shifts: Shift[] = [];
	for (const a of shiftArcs) for (let k = cap[a.arc ^ 1]; k > 0; k--) shifts.push({ from: a.from, to: a.to });
	return shifts.sort((a, b) => a.from - b.from || a.to - b.to);
}

/** Servers per period that a set of shifts gives. */
export function rosterCounts(shifts: Shift[], periods: number): number[] {
	const c = new Array<number>(periods).fill(0);
	for (const s of shifts) for (let q = s.from; q < s.to; q++) c[q]++;
	return c;
}
