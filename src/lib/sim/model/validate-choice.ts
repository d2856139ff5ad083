// Choice nodes (format v2) against the rest of the flow: every alternative leads to an existing
// node through a "done" link from the choice node, no two alternatives lead to the same node,
// every "done" link from a choice node is one of its alternatives, and per-segment preferences
// name existing segments with numbers; with waitInfo "announced", a warning when no channel shows
// its wait (queues then never change the choice). The fields one by one (ranges, waitSensitivity ≥ 0) are
// checked by their description in validate-fields-flow.ts.

import { MAX_UTILITY } from './validate-fields-flow';
import type { NodeIndex } from './validate-index';
import { idChoices, idList, type LinkInfo } from './validate-links';
import type { Report } from './validate-report';
import type { SegmentInfo } from './validate-segments';
import { at, didYouMean, finite, isObj, item, own, str, unquote } from './validate-text';

export function checkChoices(nodes: NodeIndex, links: readonly LinkInfo[], segments: readonly SegmentInfo[], report: Report): void {
	const segmentIds = segments.map((s) => s.id);
	for (const n of nodes.list) {
		if (n.kind !== 'choice') continue;
		const alternatives = own(n.raw, 'alternatives');
		if (!Array.isArray(alternatives)) continue;
		const base = at(item('nodes', n.index), 'alternatives');
		const linked = links.filter((l) => l.from === n && l.on === 'done');
		const targets = new Map<string, number>();
		alternatives.forEach((a, j) => {
			if (!isObj(a)) return;
			const path = item(base, j);
			const to = str(own(a, 'to'));
			if (to !== undefined && to.trim() !== '') {
				const node = nodes.byId.get(to);
				const before = targets.get(to);
				if (before !== undefined)
					report.error(
						at(path, 'to'),
						`"${to}" is already alternative ${before + 1} of ${n.name} — each alternative leads to its own node; remove one`,
						'choice.duplicateAlternative',
						{ to, node: unquote(n.name), first: before + 1 }
					);
				else targets.set(to, j);
				if (!node && !nodes.unusable.has(to)) {
					const ids = nodes.list.map((x) => x.id);
					report.error(
						at(path, 'to'),
						`${JSON.stringify(to)} is not the id of any node — use one of ${idList(ids)}${didYouMean(to, ids)}`,
						'link.unknownNode',
						{ id: to, choices: idChoices(ids) }
					);
				} else if (node && !linked.some((l) => l.to === node))
					report.error(
						at(path, 'to'),
						`${n.name} has no link to ${node.label} — add a link { "from": "${n.id}", "to": "${to}" }, or remove this alternative`,
						'choice.noLink',
						{ node: unquote(n.name), to: unquote(node.name) }
					);
			}
			checkPreference(own(a, 'preference'), at(path, 'preference'), segmentIds, report);
		});
		if (own(n.raw, 'waitInfo') === 'announced' && targets.size > 0) {
			const shows = [...targets.keys()].some((id) => {
				const target = nodes.byId.get(id);
				return target !== undefined && isObj(target.raw) && own(target.raw, 'showsExpectedWait') === true;
			});
			if (!shows)
				report.warn(
					at(item('nodes', n.index), 'waitInfo'),
					`is "announced", but none of ${n.name}'s channels shows its expected wait, so every channel counts with its assumed wait and queues never change the choice — set showsExpectedWait on a channel's step, or use "observed"`,
					'choice.noWaitShown',
					{ node: unquote(n.name) }
				);
		}
		for (const l of linked)
			if (!targets.has(l.to.id))
				report.error(
					at(item('links', l.index), 'to'),
					`${l.to.label} is not an alternative of ${n.name}: a choice node sends customers only to its alternatives — add { "to": "${l.to.id}" } to its alternatives, or remove this link`,
					'choice.linkNotAlternative',
					{ node: unquote(n.name), to: unquote(l.to.name) }
				);
	}
}

function checkPreference(value: unknown, path: string, segmentIds: readonly string[], report: Report): void {
	if (!isObj(value)) return;
	for (const key of Object.keys(value)) {
		const p = at(path, key);
		if (!segmentIds.includes(key)) {
			report.error(
				p,
				`${JSON.stringify(key)} is not a segment id — use one of ${idList(segmentIds)}${didYouMean(key, segmentIds)}`,
				'link.unknownSegment',
				{ id: key, choices: idChoices(segmentIds) }
			);
			continue;
		}
		const v = finite(own(value, key));
		if (v === undefined || Math.abs(v) > MAX_UTILITY)
			report.error(
				p,
				`must be a number from −${MAX_UTILITY} to ${MAX_UTILITY} (utility units) (got ${JSON.stringify(own(value, key))})`,
				'choice.preferenceNotNumber',
				{ max: MAX_UTILITY, got: JSON.stringify(own(value, key)) ?? 'nothing' }
			);
	}
}
