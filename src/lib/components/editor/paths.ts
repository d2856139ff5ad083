// Validation problems come with a path into the scenario file (`nodes[2].servers.count[3]`).
// These helpers find the problems for one field, and where in the editor a problem belongs.

import type { Problem } from '$lib/sim';

export type Segment = string | number;

/** "nodes[2].servers.count[3]" → ["nodes", 2, "servers", "count", 3]; "$" → []. */
export function parsePath(path: string): Segment[] {
	if (!path || path === '$') return [];
	const out: Segment[] = [];
	for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) out.push(m[2] !== undefined ? Number(m[2]) : m[1]);
	return out;
}

/** True when path is field itself or inside it ("nodes[2].servers" covers "nodes[2].servers.count[3]"). */
export function within(path: string, field: string): boolean {
	return path === field || path.startsWith(field + '.') || path.startsWith(field + '[');
}

/** The problems at or inside field. */
export function problemsAt(problems: readonly Problem[], field: string): Problem[] {
	return problems.filter((p) => within(p.path, field));
}

/** Where the editor shows a problem: a node's or link's inspector, or one of the scenario panels. */
export type ProblemTarget =
	| { kind: 'node'; index: number; field: string }
	| { kind: 'link'; index: number; field: string }
	| { kind: 'panel'; panel: 'segments' | 'demand' | 'staffing' | 'targets' | 'satisfaction' | 'run' | 'scenario'; field: string };

export function problemTarget(path: string): ProblemTarget {
	const p = parsePath(path);
	const [head, index] = p;
	if (head === 'nodes' && typeof index === 'number') return { kind: 'node', index, field: path };
	if (head === 'links' && typeof index === 'number') return { kind: 'link', index, field: path };
	if (head === 'segments') return { kind: 'panel', panel: 'segments', field: path };
	if (head === 'targets') return { kind: 'panel', panel: 'targets', field: path };
	if (head === 'satisfaction') return { kind: 'panel', panel: 'satisfaction', field: path };
	if (head === 'run') return { kind: 'panel', panel: 'run', field: path };
	return { kind: 'panel', panel: 'scenario', field: path };
}

/** Indices of nodes that have at least one problem (for the warning badge on a node card). */
export function nodesWithProblems(problems: readonly Problem[]): Set<number> {
	const out = new Set<number>();
	for (const p of problems) {
		const t = problemTarget(p.path);
		if (t.kind === 'node') out.add(t.index);
	}
	return out;
}

/** Indices of links that have at least one problem. */
export function linksWithProblems(problems: readonly Problem[]): Set<number> {
	const out = new Set<number>();
	for (const p of problems) {
		const t = problemTarget(p.path);
		if (t.kind === 'link') out.add(t.index);
	}
	return out;
}

/** A DOM id for a field's input, so a problem can focus it ("nodes[2].servers" → "f-nodes-2-servers"). */
export function fieldDomId(path: string): string {
	return (
		'f-' +
		parsePath(path)
			.join('-')
			.replace(/[^\w-]/g, '_')
	);
}
