// Building, changing and removing flow nodes and links in a scenario draft — the data side of
// the canvas (add from the palette, connect, delete), kept free of Svelte so it can be tested.

import type { FlowNode, Link, LinkOutcome, NodeKind, Position, Scenario } from '$lib/sim';
import { renameChoiceTargets, syncChoices } from './choice';
import { uniqueId } from './ids';

/** The palette's order: arrivals first (walk-in, then booked), the steps, exit last. */
export const NODE_KINDS: readonly NodeKind[] = ['source', 'appointments', 'station', 'self-service', 'choice', 'router', 'delay', 'exit'];

/** Kinds customers start at: they take no link in. */
export function isSourceKind(kind: NodeKind | undefined): boolean {
	return kind === 'source' || kind === 'appointments';
}

/** A new node of a kind with sensible values (a manager then edits them in the inspector). */
export function newNode(kind: NodeKind, id: string, name: string, position?: Position): FlowNode {
	const base = { id, name, ...(position ? { position: { x: Math.round(position.x), y: Math.round(position.y) } } : {}) };
	switch (kind) {
		case 'source':
			return { ...base, kind, arrivals: { type: 'poisson', ratePerHour: 30 } };
		case 'station':
			return { ...base, kind, servers: 2, service: { dist: 'exponential', mean: 5 } };
		case 'self-service':
			return { ...base, kind, units: 2, service: { dist: 'lognormal', mean: 3, cv: 0.6 }, successRate: 0.9 };
		case 'router':
			return { ...base, kind };
		case 'delay':
			return { ...base, kind, duration: { dist: 'uniform', min: 0.5, max: 1.5 } };
		case 'exit':
			return { ...base, kind };
		case 'choice':
			// alternatives follow the links out (choice.ts: syncChoices); the defaults of the contract apply
			return { ...base, kind, alternatives: [] };
		case 'appointments':
			// a 15-minute slot per hour's quarter, one customer each, everyone booked and on time
			return { ...base, kind, slotMinutes: 15, perSlot: 1 };
	}
}

/** Adds a node of kind to the draft; returns its id. */
export function addNode(draft: Scenario, kind: NodeKind, name: string, position?: Position): string {
	const id = uniqueId(
		kind,
		draft.nodes.map((n) => n.id)
	);
	draft.nodes.push(newNode(kind, id, name, position));
	return id;
}

/** Which outcomes may leave a node (sources, routers and delays only "done"; exits none). */
export function outcomesFrom(node: FlowNode | undefined): LinkOutcome[] {
	if (!node || node.kind === 'exit') return [];
	if (node.kind === 'station') return ['done', 'unresolved'];
	if (node.kind === 'self-service') return ['done', 'failed'];
	return ['done'];
}

/**
 * The outcome a new link from a node gets: "done", unless the node already has a "done" link
 * and can also end unresolved (a station with resolutionRate < 1) or fail (self-service).
 */
export function defaultOutcome(draft: Pick<Scenario, 'nodes' | 'links'>, from: string): LinkOutcome {
	const node = draft.nodes.find((n) => n.id === from);
	const hasDone = draft.links.some((l) => l.from === from && (l.on ?? 'done') === 'done');
	if (!hasDone || !node) return 'done';
	if (node.kind === 'station' && (node.resolutionRate ?? 1) < 1 && !draft.links.some((l) => l.from === from && l.on === 'unresolved'))
		return 'unresolved';
	if (node.kind === 'self-service' && !draft.links.some((l) => l.from === from && l.on === 'failed')) return 'failed';
	return 'done';
}

/** Why a link from → to cannot be made, or null when it can. */
export function connectionError(
	draft: Pick<Scenario, 'nodes' | 'links'>,
	from: string,
	to: string
): 'self' | 'into-source' | 'from-exit' | 'missing' | null {
	const a = draft.nodes.find((n) => n.id === from);
	const b = draft.nodes.find((n) => n.id === to);
	if (!a || !b) return 'missing';
	if (from === to) return 'self';
	if (isSourceKind(b.kind)) return 'into-source';
	if (a.kind === 'exit') return 'from-exit';
	return null;
}

/** Adds a link with the default outcome; returns its index, or -1 when it cannot be made. */
export function connect(draft: Scenario, from: string, to: string): number {
	if (connectionError(draft, from, to)) return -1;
	const on = defaultOutcome(draft, from);
	const link: Link = on === 'done' ? { from, to } : { from, to, on };
	draft.links.push(link);
	syncChoices(draft, [from]);
	return draft.links.length - 1;
}

/** Removes nodes and every link touching them. */
export function removeNodes(draft: Scenario, ids: Iterable<string>): void {
	const gone = new Set(ids);
	draft.nodes = draft.nodes.filter((n) => !gone.has(n.id));
	draft.links = draft.links.filter((l) => !gone.has(l.from) && !gone.has(l.to));
	syncChoices(draft);
}

/** Removes links by index. */
export function removeLinks(draft: Scenario, indices: Iterable<number>): void {
	const gone = new Set(indices);
	draft.links = draft.links.filter((_, i) => !gone.has(i));
	syncChoices(draft);
}

/** Renames a node id everywhere it is used (links). Returns false when the new id is taken or empty. */
export function renameNodeId(draft: Scenario, from: string, to: string): boolean {
	if (!to || draft.nodes.some((n) => n.id === to)) return false;
	for (const n of draft.nodes) if (n.id === from) n.id = to;
	for (const l of draft.links) {
		if (l.from === from) l.from = to;
		if (l.to === from) l.to = to;
	}
	renameChoiceTargets(draft, from, to);
	return true;
}

export function isNodeKind(x: unknown): x is NodeKind {
	return typeof x === 'string' && (NODE_KINDS as readonly string[]).includes(x);
}
