// The flow as the link and graph checks see it: nodes by id (ids must be unique), with the
// few settings that decide where customers can go (resolution and success rates, router
// policy), and customer classes — segments that every link treats alike, so the routing is
// checked once per class instead of once per segment.

import type { NodeKind } from './scenario';
import type { Report } from './validate-report';
import type { SegmentInfo } from './validate-segments';
import { at, finite, isObj, item, own, str, unquote, type Obj } from './validate-text';

export const NODE_KINDS: readonly NodeKind[] = ['source', 'station', 'self-service', 'router', 'choice', 'delay', 'exit', 'appointments'];

/** Kinds where customers enter the flow (nothing may link into them). */
export const ARRIVAL_KINDS: readonly NodeKind[] = ['source', 'appointments'];

export interface NodeInfo {
	index: number;
	id: string;
	kind: NodeKind;
	/** `"Tellers" (nodes[1])`: how messages name the node. */
	label: string;
	/** Name in quotes, for sentences that already give the path. */
	name: string;
	/** Share of visits that end "done" (resolved, succeeded); the rest end "unresolved" or "failed". */
	doneRate: number;
	shortestQueue: boolean;
	raw: Obj;
}

export interface NodeIndex {
	list: NodeInfo[];
	byId: Map<string, NodeInfo>;
	/** Ids of nodes too broken to check links against (their problems are already reported). */
	unusable: Set<string>;
}

export function buildNodeIndex(nodes: unknown, report: Report): NodeIndex {
	const list: NodeInfo[] = [];
	const byId = new Map<string, NodeInfo>();
	const unusable = new Set<string>();
	if (!Array.isArray(nodes)) return { list, byId, unusable };
	for (let i = 0; i < nodes.length; i++) {
		const raw = nodes[i];
		if (!isObj(raw)) continue;
		const id = str(own(raw, 'id'));
		const kind = own(raw, 'kind');
		if (id === undefined || id.trim() === '') continue;
		if (!NODE_KINDS.includes(kind as NodeKind)) {
			unusable.add(id);
			continue;
		}
		const first = byId.get(id);
		if (first) {
			report.error(
				at(item('nodes', i), 'id'),
				`"${id}" is already the id of ${first.label} — each node needs its own id; rename one`,
				'node.duplicateId',
				{
					id,
					first: unquote(first.name)
				}
			);
			continue;
		}
		const nameText = str(own(raw, 'name'));
		const name = JSON.stringify(nameText && nameText.trim() !== '' ? nameText : id);
		const rateKey = kind === 'station' ? 'resolutionRate' : kind === 'self-service' ? 'successRate' : undefined;
		const rate = rateKey ? finite(own(raw, rateKey)) : undefined;
		const info: NodeInfo = {
			index: i,
			id,
			kind: kind as NodeKind,
			name,
			label: `${name} (nodes[${i}])`,
			doneRate: rate !== undefined && rate >= 0 && rate <= 1 ? rate : 1,
			shortestQueue: kind === 'router' && own(raw, 'policy') === 'shortest-queue',
			raw
		};
		list.push(info);
		byId.set(id, info);
	}
	return { list, byId, unusable };
}

/** Segments that no link tells apart; `key` is the set of links that name them. */
export interface SegmentClass {
	/** A member's id, to test which links apply. */
	id: string;
	members: SegmentInfo[];
}

export function segmentClasses(segments: readonly SegmentInfo[], linkSegments: readonly (readonly string[] | undefined)[]): SegmentClass[] {
	const mentions = new Map<string, number[]>();
	linkSegments.forEach((ids, k) => {
		for (const id of new Set(ids ?? [])) {
			const m = mentions.get(id);
			if (m) m.push(k);
			else mentions.set(id, [k]);
		}
	});
	const classes = new Map<string, SegmentClass>();
	for (const s of segments) {
		const key = (mentions.get(s.id) ?? []).join(',');
		const c = classes.get(key);
		if (c) c.members.push(s);
		else classes.set(key, { id: s.id, members: [s] });
	}
	return [...classes.values()];
}

/** `segment "regular"` or `segments "a", "b" and 3 more`. */
/** Segment names for a problem's parameters, in no language: "Regular", "VIP" +3. */
export function segmentNames(members: readonly SegmentInfo[]): string {
	const shown = members.slice(0, 4).map((m) => m.label);
	return members.length > 4 ? `${shown.join(', ')} +${members.length - 4}` : shown.join(', ');
}

export function segmentsText(members: readonly SegmentInfo[]): string {
	const shown = members.slice(0, 4).map((m) => m.label);
	const more = members.length - shown.length;
	if (members.length === 1) return `segment ${shown[0]}`;
	const names = more > 0 ? `${shown.join(', ')} and ${more} more` : `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
	return `segments ${names}`;
}
