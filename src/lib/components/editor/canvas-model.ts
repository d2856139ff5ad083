// The scenario as Svelte Flow nodes and edges: positions, card contents, link labels, selection,
// problem badges. Pure, so the canvas component only wires events.

import { MarkerType, type Edge, type Node } from '@xyflow/svelte';
import type { NodeKind, Position, Problem, Scenario } from '$lib/sim';
import { problemTarget } from './paths';
import { counted, linkLabel, nodeSummary, type Translate } from './summary';

export interface CardData extends Record<string, unknown> {
	kind: NodeKind;
	name: string;
	summary: string;
	problems: number;
	warnings: number;
}

export type CardNode = Node<CardData, 'card'>;

function countBy(problems: readonly Problem[], kind: 'node' | 'link'): Map<number, number> {
	const out = new Map<number, number>();
	for (const p of problems) {
		const target = problemTarget(p.path);
		if (target.kind === kind) out.set(target.index, (out.get(target.index) ?? 0) + 1);
	}
	return out;
}

export function flowNodes(
	s: Scenario,
	positions: Map<string, Position>,
	selected: readonly string[],
	problems: readonly Problem[],
	warnings: readonly Problem[],
	t: Translate,
	previous: readonly CardNode[] = []
): CardNode[] {
	const errs = countBy(problems, 'node');
	const warns = countBy(warnings, 'node');
	const prev = new Map(previous.map((n) => [n.id, n]));
	return s.nodes.map((n, i) => {
		const summary = nodeSummary(n, t);
		const count = errs.get(i) ?? 0;
		const kindName = t(`editor.kind.${n.kind}`);
		const label = [kindName, n.name, summary, count ? counted(t, 'editor.problemCount', count) : ''].filter(Boolean).join(', ');
		return {
			id: n.id,
			type: 'card',
			position: positions.get(n.id) ?? { x: 0, y: 0 },
			data: { kind: n.kind, name: n.name, summary, problems: count, warnings: warns.get(i) ?? 0 },
			selected: selected.includes(n.id),
			ariaLabel: label,
			// Keep the measured size so the card does not vanish while Svelte Flow measures it again.
			measured: prev.get(n.id)?.measured
		};
	});
}

export function flowEdges(s: Scenario, selectedLink: number | null, problems: readonly Problem[], t: Translate): Edge[] {
	const errs = countBy(problems, 'link');
	const ids = new Set(s.nodes.map((n) => n.id));
	const name = (id: string) => s.nodes.find((n) => n.id === id)?.name ?? id;
	// Links between the same two nodes (one per segment, or per outcome) share one path; the first
	// carries all their labels, so none is drawn over another. The inspector switches between them.
	const labels = new Map<string, string[]>();
	for (const l of s.links) {
		const pair = `${l.from}→${l.to}`;
		labels.set(pair, [...(labels.get(pair) ?? []), linkLabel(l, s.segments, t) || t('editor.outcome.done')]);
	}
	const seen = new Set<string>();
	return s.links.flatMap((l, i) => {
		const pair = `${l.from}→${l.to}`;
		const first = !seen.has(pair);
		seen.add(pair);
		const group = labels.get(pair) ?? [];
		if (!ids.has(l.from) || !ids.has(l.to)) return [];
		const label = linkLabel(l, s.segments, t);
		const on = l.on ?? 'done';
		return [
			{
				id: `link-${i}`,
				source: l.from,
				target: l.to,
				type: 'default',
				label: first ? (group.length > 1 ? group.join(' / ') : label) || undefined : undefined,
				selected: selectedLink === i,
				class: [`outcome-${on}`, errs.has(i) ? 'has-problem' : ''].join(' '),
				markerEnd: {
					type: MarkerType.ArrowClosed,
					width: 18,
					height: 18,
					color: on === 'done' ? '#64748b' : on === 'failed' ? '#dc2626' : '#d97706'
				},
				ariaLabel: t('editor.linkAria', { from: name(l.from), to: name(l.to), label: label || t('editor.outcome.done') }),
				data: { index: i }
			}
		];
	});
}

export function linkIndexOf(edgeId: string): number | null {
	const m = /^link-(\d+)$/.exec(edgeId);
	return m ? Number(m[1]) : null;
}
