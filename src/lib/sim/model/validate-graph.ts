// The flow as a whole, per customer segment: there is a source and an exit; every node a
// segment can reach has a way on for it; from every such node some path leads out (an exit, or
// leaving unresolved / failed where no link says otherwise) — otherwise customers are trapped;
// nodes no customer reaches get a warning; a station that receives customers needs a server.

import { ARRIVAL_KINDS, segmentNames, segmentsText, type NodeIndex, type NodeInfo, type SegmentClass } from './validate-index';
import { applicable, groupLinks, possible, type LinkCheck, type LinkInfo } from './validate-links';
import type { Report } from './validate-report';
import type { SegmentInfo } from './validate-segments';
import { closedLoops } from './validate-loops';
import { checkStaffing } from './validate-staffing';
import { at, item, own, unquote } from './validate-text';

type Outcome = LinkInfo['on'];

function outcomes(n: NodeInfo): Outcome[] {
	if (n.kind === 'exit') return [];
	const out: Outcome[] = [];
	if (n.doneRate > 0 || (n.kind !== 'station' && n.kind !== 'self-service')) out.push('done');
	if (n.kind === 'station' && n.doneRate < 1) out.push('unresolved');
	if (n.kind === 'self-service' && n.doneRate < 1) out.push('failed');
	return out;
}

/** Where one class of customers can go from each node (by position in `nodes`). */
interface Moves {
	next: number[][];
	deadEnd: boolean[];
	leaves: boolean[];
}

function movesFor(
	nodes: NodeInfo[],
	pos: Map<NodeInfo, number>,
	groups: Map<string, LinkInfo[]>,
	c: SegmentClass,
	broken: Set<number>
): Moves {
	const next = nodes.map(() => [] as number[]);
	const deadEnd = nodes.map(() => false);
	// A node with a link that could not be read gets the benefit of the doubt (its link is already reported).
	const leaves = nodes.map((n) => n.kind === 'exit' || broken.has(n.index));
	nodes.forEach((n, p) => {
		for (const on of outcomes(n)) {
			const apply = applicable(groups.get(`${n.index}|${on}`) ?? [], c.id);
			if (apply.length === 0) {
				if (on !== 'done') leaves[p] = true;
				else if (!broken.has(n.index)) deadEnd[p] = true;
			}
			for (const l of possible(apply)) next[p].push(pos.get(l.to) as number);
		}
	});
	return { next, deadEnd, leaves };
}

function closure(starts: number[], next: number[][], allowed?: boolean[]): boolean[] {
	const seen = next.map(() => false);
	const stack = starts.filter((s) => !allowed || allowed[s]);
	for (const s of stack) seen[s] = true;
	while (stack.length > 0) {
		const p = stack.pop() as number;
		for (const q of next[p])
			if (!seen[q] && (!allowed || allowed[q])) {
				seen[q] = true;
				stack.push(q);
			}
	}
	return seen;
}

export function checkGraph(
	nodes: NodeIndex,
	nodesGiven: boolean,
	linkCheck: LinkCheck,
	classes: readonly SegmentClass[],
	run: unknown,
	report: Report
): void {
	const list = nodes.list;
	const sources = list.map((n, p) => (ARRIVAL_KINDS.includes(n.kind) ? p : -1)).filter((p) => p >= 0);
	const hasExit = list.some((n) => n.kind === 'exit');
	const judge = nodesGiven && nodes.unusable.size === 0;
	if (judge && sources.length === 0)
		report.error('nodes', 'there is no source — add a node with "kind": "source" where customers arrive', 'flow.noSource');
	if (judge && !hasExit) report.error('nodes', 'there is no exit — add a node with "kind": "exit" where customers leave', 'flow.noExit');
	const groups = groupLinks(linkCheck.links);
	checkOutcomeLinks(list, groups, report);
	// segments that arrive: a share above 0, or booked (or moved) there by an appointments node
	const booked = new Set(
		list.filter((n) => n.kind === 'appointments').flatMap((n) => [own(n.raw, 'segment'), own(n.raw, 'walkInSegment')])
	);
	const arriving = classes
		.map((c) => ({ ...c, members: c.members.filter((m) => m.share > 0 || booked.has(m.id)) }))
		.filter((c) => c.members.length > 0);
	if (sources.length === 0 || arriving.length === 0) return;

	const pos = new Map(list.map((n, p) => [n, p]));
	const reached = list.map(() => false);
	// Segment classes, not segments, are collected: a file may list very many segments.
	const stuck = new Map<number, SegmentClass[]>();
	const loops = new Map<string, { nodes: number[]; who: SegmentClass[] }>();
	for (const c of arriving) {
		const { next, deadEnd, leaves } = movesFor(list, pos, groups, c, linkCheck.brokenFrom);
		const reach = closure(sources, next);
		const previous = list.map(() => [] as number[]);
		next.forEach((qs, p) => qs.forEach((q) => previous[q].push(p)));
		const canLeave = closure(
			leaves.map((l, p) => (l ? p : -1)).filter((p) => p >= 0),
			previous
		);
		list.forEach((_, p) => {
			if (!reach[p]) return;
			reached[p] = true;
			if (deadEnd[p]) stuck.set(p, [...(stuck.get(p) ?? []), c]);
		});
		if (!hasExit) continue;
		for (const loop of closedLoops(
			next,
			reach.map((r, p) => r && !canLeave[p])
		)) {
			const key = loop.join(',');
			const found = loops.get(key);
			if (found) found.who.push(c);
			else {
				const members = new Set(loop);
				const entry = loop.find((p) => previous[p].some((q) => reach[q] && !members.has(q))) ?? loop[0];
				loops.set(key, { nodes: [entry, ...loop.filter((p) => p !== entry)], who: [c] });
			}
		}
	}
	// A link that does not say where it starts might be any node's way out: fix it first.
	if (linkCheck.unknownFrom) {
		stuck.clear();
		loops.clear();
	}
	for (const [p, who] of stuck)
		reportStuck(
			list[p],
			who.flatMap((c) => c.members),
			arriving,
			groups,
			linkCheck,
			report
		);
	for (const { nodes: loop, who } of loops.values()) {
		const names = loop.slice(0, 6).map((p) => list[p].name);
		const round = loop.length === 1 ? `back into ${names[0]}` : `round ${names.join(' → ')}${loop.length > 6 ? ' → …' : ''}`;
		report.error(
			'links',
			`customers entering ${list[loop[0]].label} can never leave: they go ${round} and never reach an exit (${segmentsText(who.flatMap((c) => c.members))}) — add a link from one of these nodes to an exit`,
			'flow.loop',
			{
				node: unquote(list[loop[0]].name),
				round: names.map(unquote).join(' → ') + (loop.length > 6 ? ' → …' : ''),
				segments: segmentNames(who.flatMap((c) => c.members))
			}
		);
	}
	const allLinksUsable = linkCheck.allUsable;
	list.forEach((n, p) => {
		if (!reached[p]) {
			if (!ARRIVAL_KINDS.includes(n.kind) && allLinksUsable)
				report.warn(
					item('nodes', n.index),
					`${n.name} is never reached: no link brings customers here — link to it, or remove it`,
					'flow.unreached',
					{
						node: unquote(n.name)
					}
				);
		} else if (n.kind === 'station' || n.kind === 'self-service') checkStaffing(n, run, report);
	});
}

function reportStuck(
	n: NodeInfo,
	who: SegmentInfo[],
	arriving: readonly SegmentClass[],
	groups: Map<string, LinkInfo[]>,
	linkCheck: LinkCheck,
	report: Report
): void {
	if (linkCheck.brokenFrom.has(n.index)) return;
	const all = arriving.reduce((k, c) => k + c.members.length, 0);
	const doneLinks = groups.get(`${n.index}|done`) ?? [];
	const anyLinks = linkCheck.links.some((l) => l.from === n);
	if (doneLinks.length > 0 && who.length < all)
		report.error(
			'links',
			`${n.label} has no way on for ${segmentsText(who)}: its links are for other segments — add a link from it for them, or drop "segments" from one of its links`,
			'flow.noWayForSegments',
			{ node: unquote(n.name), segments: segmentNames(who) }
		);
	else if (anyLinks && (n.kind === 'station' || n.kind === 'self-service'))
		report.error(
			'links',
			`${n.label} has no "done" link: customers who finish there have nowhere to go — add a link from it to another node or an exit`,
			'flow.noDoneLink',
			{ node: unquote(n.name) }
		);
	else
		report.error('links', `${n.label} has no way out — add a link from it to another node or an exit`, 'flow.noWayOut', {
			node: unquote(n.name)
		});
}

/** Stations that send some customers on "unresolved" need a link for them, and such links need a rate below 1. */
function checkOutcomeLinks(list: NodeInfo[], groups: Map<string, LinkInfo[]>, report: Report): void {
	for (const n of list) {
		const station = n.kind === 'station';
		if (!station && n.kind !== 'self-service') continue;
		const key = station ? 'resolutionRate' : 'successRate';
		const on: Outcome = station ? 'unresolved' : 'failed';
		const group = groups.get(`${n.index}|${on}`) ?? [];
		const rateGiven = own(n.raw, key);
		if (n.doneRate < 1 && group.length === 0) {
			const pct = Math.round((1 - n.doneRate) * 1000) / 10;
			report.warn(
				at(item('nodes', n.index), key),
				station
					? `${pct}% of customers leave ${n.name} unresolved, because no "unresolved" link starts here — add one if they should go elsewhere (e.g. a back office)`
					: `${pct}% of attempts at ${n.name} fail and those customers leave, because no "failed" link starts here — add one if they should go elsewhere (e.g. a staffed counter)`,
				station ? 'flow.leaveUnresolved' : 'flow.leaveFailed',
				{ pct, node: unquote(n.name) }
			);
		}
		if (n.doneRate === 1 && (rateGiven === undefined || rateGiven === 1))
			for (const l of group)
				report.warn(
					at(item('links', l.index), 'on'),
					`is never used: ${n.name} has ${key} 1, so no customer ends "${on}" there — lower ${key} or remove this link`,
					'link.neverUsed',
					{ node: unquote(n.name), key, on }
				);
	}
	for (const group of groups.values())
		for (const l of group)
			if (l.from.shortestQueue && l.to.kind !== 'station' && l.to.kind !== 'self-service')
				report.warn(
					at(item('links', l.index), 'to'),
					`${l.to.label} is ${l.to.kind === 'exit' ? 'an' : 'a'} ${l.to.kind} and has no queue, so the shortest-queue router ${l.from.name} always counts it as empty — link the router to stations or self-service nodes`,
					'link.noQueue',
					{ node: unquote(l.to.name), kind: l.to.kind, router: unquote(l.from.name) }
				);
}
