// How customers split between links: for each node, outcome ("done", "unresolved", "failed")
// and segment, the probabilities of the applicable links must sum to 1 within 1e-6. A single
// applicable link is always taken (a probability other than 1 on it is ignored, with a warning);
// several need a probability each, unless the node is a shortest-queue router, which ignores
// probabilities. Problems shared by several segments are reported once, naming them all.

import { segmentNames, segmentsText, type SegmentClass } from './validate-index';
import { applicable, type LinkInfo } from './validate-links';
import type { Report } from './validate-report';
import { SUM_TOLERANCE, type SegmentInfo } from './validate-segments';
import { at, fmt, item, unquote } from './validate-text';

interface Finding {
	links: LinkInfo[];
	/** Classes, not segments: a file may list very many segments. */
	classes: SegmentClass[];
	sum: number;
}

const who = (f: Finding): SegmentInfo[] => f.classes.flatMap((c) => c.members);

export function checkRouting(
	groups: Map<string, LinkInfo[]>,
	classes: readonly SegmentClass[],
	brokenFrom: Set<number>,
	report: Report
): void {
	const single = new Map<number, Finding>();
	const missing = new Map<number, Finding>();
	const badSum = new Map<string, Finding>();
	const add = (m: Map<number | string, Finding>, key: number | string, links: LinkInfo[], c: SegmentClass, sum = 0) => {
		const f = m.get(key);
		if (f) f.classes.push(c);
		else m.set(key, { links, classes: [c], sum });
	};
	for (const group of groups.values()) {
		const from = group[0].from;
		if (brokenFrom.has(from.index)) continue;
		if (from.kind === 'choice') {
			for (const l of group)
				if (l.probability !== undefined)
					report.warn(
						at(item('links', l.index), 'probability'),
						`is ignored: at ${from.label} each customer picks an alternative by the choice model — remove it`,
						'routing.ignoredChoice',
						{ node: unquote(from.name) }
					);
			continue;
		}
		if (from.shortestQueue) {
			for (const l of group)
				if (l.probability !== undefined)
					report.warn(
						at(item('links', l.index), 'probability'),
						`is ignored: ${from.label} sends each customer to the shortest queue — remove it, or set the router's "policy" to "probability"`,
						'routing.ignoredShortestQueue',
						{ node: unquote(from.name) }
					);
			continue;
		}
		for (const c of classes) {
			const apply = applicable(group, c.id);
			if (apply.length === 1) {
				const l = apply[0];
				if (l.probability !== undefined && l.probability !== 1) add(single, l.index, apply, c);
			} else if (apply.length > 1) {
				const without = apply.filter((l) => l.probability === undefined && !l.probabilityBroken);
				for (const l of without) add(missing, l.index, apply, c);
				if (without.length > 0 || apply.some((l) => l.probabilityBroken)) continue;
				const sum = apply.reduce((s, l) => s + (l.probability ?? 0), 0);
				if (Math.abs(sum - 1) > SUM_TOLERANCE) add(badSum, apply.map((l) => l.index).join(','), apply, c, sum);
			}
		}
	}
	for (const [index, f] of single) {
		const l = f.links[0];
		report.warn(
			at(item('links', index), 'probability'),
			`is ignored: this is the only "${l.on}" link from ${l.from.name} for ${segmentsText(who(f))}, so all of them take it — remove the probability or set it to 1`,
			'routing.onlyLink',
			{ on: l.on, node: unquote(l.from.name), segments: segmentNames(who(f)) }
		);
	}
	for (const [index, f] of missing) {
		const l = f.links[0];
		// a station, kiosk or delay with two ways on: what people mean is usually a Split (router)
		const split = l.from.kind !== 'router';
		report.error(
			at(item('links', index), 'probability'),
			`missing — ${l.from.label} has ${f.links.length} "${l.on}" links for ${segmentsText(who(f))}, so each needs a probability, and together they must make 1` +
				(split ? ` — or link ${l.from.name} to one router ("kind": "router") that splits customers between these places` : ''),
			split ? 'routing.useSplit' : 'routing.missingProbability',
			{ node: unquote(l.from.name), count: f.links.length, on: l.on, segments: segmentNames(who(f)) }
		);
	}
	for (const f of badSum.values()) {
		const l = f.links[0];
		const last = f.links[f.links.length - 1];
		const parts = f.links.map((k) => `links[${k.index}] ${fmt(k.probability ?? 0)}`).join(' + ');
		report.error(
			at(item('links', last.index), 'probability'),
			`probabilities of the "${l.on}" links from ${l.from.name} sum to ${fmt(f.sum)} for ${segmentsText(who(f))}; they must sum to 1 (${parts}) — change them so they make 1`,
			'routing.sumNot1',
			{ on: l.on, node: unquote(l.from.name), sum: fmt(f.sum), segments: segmentNames(who(f)) }
		);
	}
}
