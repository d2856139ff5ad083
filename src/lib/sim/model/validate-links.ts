// Links one by one (they join existing nodes; nothing enters a source or leaves an exit;
// "unresolved" starts only at stations and "failed" only at self-service; listed segments exist)
// and the routing rule: for each node, outcome and segment, the probabilities of the links that
// apply sum to 1 (within 1e-6). One applicable link needs no probability; a shortest-queue
// router ignores probabilities.

import type { LinkOutcome } from './scenario';
import { LINK_OUTCOMES } from './validate-fields-flow';
import type { NodeIndex, NodeInfo } from './validate-index';
import type { Report } from './validate-report';
import type { SegmentInfo } from './validate-segments';
import { at, didYouMean, finite, isObj, item, own, str, unquote } from './validate-text';

export interface LinkInfo {
	index: number;
	from: NodeInfo;
	to: NodeInfo;
	on: LinkOutcome;
	/** A valid probability, if one is given. */
	probability: number | undefined;
	/** A probability is given but is not a number from 0 to 1 (already reported). */
	probabilityBroken: boolean;
	/** Known segment ids the link is limited to; undefined: every segment. */
	segments: string[] | undefined;
}

export interface LinkCheck {
	links: LinkInfo[];
	/** Nodes with an outgoing link that could not be used (already reported), so "no way out" is not said twice. */
	brokenFrom: Set<number>;
	/** Every link could be used; otherwise "never reached" warnings would only repeat the link's problem. */
	allUsable: boolean;
	/** Some unusable link does not say which node it starts at, so any node might have a way out. */
	unknownFrom: boolean;
}

const ON_KIND: Record<LinkOutcome, NodeInfo['kind'] | undefined> = { done: undefined, unresolved: 'station', failed: 'self-service' };

export function checkLinks(links: unknown, nodes: NodeIndex, segments: readonly SegmentInfo[], report: Report): LinkCheck {
	const out: LinkInfo[] = [];
	const brokenFrom = new Set<number>();
	if (!Array.isArray(links)) return { links: out, brokenFrom, allUsable: false, unknownFrom: true };
	const ids = nodes.list.map((n) => n.id);
	let unknownFrom = false;
	const segmentIds = segments.map((s) => s.id);
	for (let i = 0; i < links.length; i++) {
		const raw = links[i];
		if (!isObj(raw)) {
			unknownFrom = true;
			continue;
		}
		const path = item('links', i);
		const from = resolve(own(raw, 'from'), at(path, 'from'), nodes, ids, report);
		const to = resolve(own(raw, 'to'), at(path, 'to'), nodes, ids, report);
		let ok = from !== undefined && to !== undefined;
		if (from?.kind === 'exit') {
			report.error(
				at(path, 'from'),
				`${from.label} is an exit: customers who reach it have left, so no link can start there — start this link at another node, or remove it`,
				'link.fromExit',
				{ node: unquote(from.name) }
			);
			ok = false;
		}
		if (to?.kind === 'source' || to?.kind === 'appointments') {
			report.error(
				at(path, 'to'),
				`${to.label} is a source: customers cannot be sent into a source — link to a station, self-service, router, delay or exit instead`,
				'link.toSource',
				{ node: unquote(to.name) }
			);
			ok = false;
		}
		const onRaw = own(raw, 'on') ?? 'done';
		const on = (LINK_OUTCOMES as readonly unknown[]).includes(onRaw) ? (onRaw as LinkOutcome) : undefined;
		if (on === undefined) ok = false;
		const needs = on ? ON_KIND[on] : undefined;
		if (from && needs && from.kind !== needs && from.kind !== 'exit') {
			report.error(
				at(path, 'on'),
				`"${on}" links can only start at a ${needs} node, and ${from.label} is a ${from.kind} — use "on": "done", or start the link at a ${needs}`,
				'link.wrongOutcome',
				{ on: on ?? 'done', node: unquote(from.name), kind: from.kind, needs: needs ?? '' }
			);
			ok = false;
		}
		const segs = checkLinkSegments(own(raw, 'segments'), path, segmentIds, report);
		if (segs === null) ok = false;
		const p = own(raw, 'probability');
		const probability = finite(p);
		const valid = probability !== undefined && probability >= 0 && probability <= 1;
		if (ok && from && to && on && segs !== null)
			out.push({
				index: i,
				from,
				to,
				on,
				probability: valid ? probability : undefined,
				probabilityBroken: p !== undefined && !valid,
				segments: segs
			});
		else if (from) brokenFrom.add(from.index);
		else unknownFrom = true;
	}
	return { links: out, brokenFrom, allUsable: out.length === links.length, unknownFrom };
}

function resolve(v: unknown, path: string, nodes: NodeIndex, ids: string[], report: Report): NodeInfo | undefined {
	if (typeof v !== 'string' || v.trim() === '') return undefined;
	const node = nodes.byId.get(v);
	if (!node && !nodes.unusable.has(v))
		report.error(
			path,
			`${JSON.stringify(v)} is not the id of any node — use one of ${idList(ids)}${didYouMean(v, ids)}`,
			'link.unknownNode',
			{
				id: v,
				choices: idChoices(ids)
			}
		);
	return node;
}

/** Up to 8 ids in quotes, in no language ("a", "b" +3). */
export function idChoices(ids: readonly string[]): string {
	const shown = ids
		.slice(0, 8)
		.map((id) => JSON.stringify(id))
		.join(', ');
	return ids.length > 8 ? `${shown} +${ids.length - 8}` : shown || '—';
}

export function idList(ids: readonly string[]): string {
	if (ids.length === 0) return 'the ids of your nodes (there are none yet)';
	const shown = ids.slice(0, 8).map((id) => JSON.stringify(id));
	return ids.length > 8 ? `${shown.join(', ')} … (${ids.length} in all)` : shown.join(', ');
}

/** Known ids the link is limited to; undefined for every segment; null when unusable. */
function checkLinkSegments(v: unknown, path: string, known: readonly string[], report: Report): string[] | undefined | null {
	if (v === undefined) return undefined;
	if (!Array.isArray(v)) return null;
	const p = at(path, 'segments');
	if (v.length === 0) {
		report.warn(
			p,
			'is empty, so no customer follows this link — list segment ids, or remove "segments" to let every segment follow it',
			'link.emptySegments'
		);
		return [];
	}
	const out: string[] = [];
	let usable = true;
	for (let j = 0; j < v.length; j++) {
		const id = str(v[j]);
		if (id === undefined || id.trim() === '') usable = false;
		else if (known.includes(id)) out.push(id);
		else {
			usable = false;
			if (known.length > 0)
				report.error(
					item(p, j),
					`${JSON.stringify(id)} is not a segment id — use one of ${idList(known)}${didYouMean(id, known)}`,
					'link.unknownSegment',
					{
						id,
						choices: idChoices(known)
					}
				);
		}
	}
	return usable ? out : null;
}

/** The links from one node for one outcome that apply to segments of class `classId`. */
export function applicable(group: readonly LinkInfo[], classId: string): LinkInfo[] {
	return group.filter((l) => l.segments === undefined || l.segments.includes(classId));
}

/** Links a customer of the class may actually take: zero-probability links are never taken (unless nothing else is left). */
export function possible(apply: readonly LinkInfo[]): LinkInfo[] {
	if (apply.length <= 1 || apply[0].from.shortestQueue) return [...apply];
	const taken = apply.filter((l) => l.probability === undefined || l.probability > 0);
	return taken.length > 0 ? taken : [...apply];
}

/** Links grouped by (from node, outcome). */
export function groupLinks(links: readonly LinkInfo[]): Map<string, LinkInfo[]> {
	const groups = new Map<string, LinkInfo[]>();
	for (const l of links) {
		const key = `${l.from.index}|${l.on}`;
		const g = groups.get(key);
		if (g) g.push(l);
		else groups.set(key, [l]);
	}
	return groups;
}
