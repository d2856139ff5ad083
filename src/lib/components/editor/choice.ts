// The channel-choice node in the editor: its alternatives follow the node's links out (one per
// step it leads to, in link order, keeping what was set for a step still linked), the
// per-segment preference, and the logit shares the inspector shows as a preview. The formula is
// the contract of scenario.ts (ChoiceNode): U_j = preference_j − waitSensitivity · (W_j + effort_j),
// P_j = exp(U_j) / Σ exp(U_k).

import type { ChoiceAlternative, ChoiceNode, FlowNode, Scenario } from '$lib/sim';

/** Utility lost per minute of wait or effort when the node does not say (scenario.ts). */
export const DEFAULT_WAIT_SENSITIVITY = 0.2;

/**
 * Makes every choice node's alternatives match its links out: one per step linked to (first link
 * first), an alternative's settings kept while its step stays linked, new steps added with the
 * defaults, unlinked ones dropped. Only the nodes in `ids` when given.
 */
export function syncChoices(draft: Pick<Scenario, 'nodes' | 'links'>, ids?: Iterable<string>): void {
	const only = ids ? new Set(ids) : null;
	for (const n of draft.nodes) {
		if (n.kind !== 'choice' || (only && !only.has(n.id))) continue;
		const targets = [...new Set(draft.links.filter((l) => l.from === n.id).map((l) => l.to))];
		const old = n.alternatives ?? [];
		if (old.length === targets.length && old.every((a, i) => a.to === targets[i])) continue;
		n.alternatives = targets.map((to) => old.find((a) => a.to === to) ?? { to });
	}
}

/** True when a choice node's alternatives are not one per linked step in link order. */
export function choiceOutOfSync(s: Pick<Scenario, 'links'>, n: ChoiceNode): boolean {
	const targets = [...new Set(s.links.filter((l) => l.from === n.id).map((l) => l.to))];
	const alts = n.alternatives ?? [];
	return alts.length !== targets.length || alts.some((a, i) => a.to !== targets[i]);
}

/** A node id renamed: alternatives that lead to it follow. */
export function renameChoiceTargets(draft: Pick<Scenario, 'nodes'>, from: string, to: string): void {
	for (const n of draft.nodes) if (n.kind === 'choice') for (const a of n.alternatives ?? []) if (a.to === from) a.to = to;
}

/** A segment removed: drop it from per-segment preferences and from appointment sources. */
export function forgetSegment(draft: Pick<Scenario, 'nodes'>, id: string): void {
	for (const n of draft.nodes) {
		if (n.kind === 'choice') {
			for (const a of n.alternatives ?? []) if (a.preference && typeof a.preference === 'object') delete a.preference[id];
		} else if (n.kind === 'appointments') {
			if (n.segment === id) delete n.segment;
			if (n.walkInSegment === id) delete n.walkInSegment;
		}
	}
}

export function perSegment(a: ChoiceAlternative): boolean {
	return typeof a.preference === 'object' && a.preference !== null;
}

/** The preference of an alternative for one segment (absent: 0). */
export function preferenceFor(a: ChoiceAlternative, segment: string | null): number {
	const p = a.preference;
	if (p === undefined) return 0;
	if (typeof p === 'number') return p;
	return segment === null ? 0 : (p[segment] ?? 0);
}

/**
 * Turns the per-segment preference on (every segment starts from the single value) or off (the
 * single value is the first segment's, as a plan collapsed to one number keeps its first period).
 */
export function setPerSegment(a: ChoiceAlternative, segments: readonly string[], on: boolean): void {
	if (on === perSegment(a)) return;
	if (on) {
		const v = typeof a.preference === 'number' ? a.preference : 0;
		a.preference = Object.fromEntries(segments.map((s) => [s, v]));
	} else {
		const v = preferenceFor(a, segments[0] ?? null);
		if (v === 0) delete a.preference;
		else a.preference = v;
	}
}

/** Sets the preference (for one segment when it is per segment); undefined clears it (0). */
export function setPreference(a: ChoiceAlternative, segment: string | null, value: number | undefined): void {
	if (segment !== null && perSegment(a)) {
		const rec = a.preference as Record<string, number>;
		if (value === undefined) delete rec[segment];
		else rec[segment] = value;
	} else if (value === undefined) delete a.preference;
	else a.preference = value;
}

/** Multinomial-logit shares of utilities (shifted by the largest, so large values do not overflow). */
export function logitShares(utilities: readonly number[]): number[] {
	if (!utilities.length) return [];
	const top = Math.max(...utilities);
	const e = utilities.map((u) => Math.exp(u - top));
	const sum = e.reduce((x, y) => x + y, 0);
	return e.map((x) => x / sum);
}

/**
 * The shares when nobody is waiting anywhere: preference and effort only — and, with announced
 * waits, the assumed wait of channels that do not show theirs. What the inspector shows next to
 * the alternatives (live waits shift these during a run).
 */
export function quietShares(n: ChoiceNode, nodes: readonly FlowNode[], segment: string | null): number[] {
	const s = n.waitSensitivity ?? DEFAULT_WAIT_SENSITIVITY;
	const announced = n.waitInfo === 'announced';
	return logitShares(
		(n.alternatives ?? []).map((a) => {
			const target = nodes.find((x) => x.id === a.to);
			const shows = !!target && 'showsExpectedWait' in target && !!target.showsExpectedWait;
			const wait = announced && !shows ? (a.assumedWaitMinutes ?? 0) : 0;
			return preferenceFor(a, segment) - s * (wait + (a.effortMinutes ?? 0));
		})
	);
}

/** The label an alternative is reported under: its own, or the name of the step it leads to. */
export function alternativeLabel(a: ChoiceAlternative, nodes: readonly FlowNode[]): string {
	return a.label?.trim() || nodes.find((x) => x.id === a.to)?.name || a.to;
}
