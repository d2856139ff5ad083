// Choice nodes (format v2) compiled into flat arrays: per choice node a range of alternatives,
// and per alternative its target node, the resource whose live state gives its expected wait,
// that resource's mean service time, the effort term, the assumed wait (waitInfo "announced"
// where the node shows no wait), the per-segment preference constant and whether a link from the
// choice node to it applies to each segment. nodes/choice.ts makes the pick from these.

import type { Scenario } from '../model/scenario';
import type { Sampler } from '../random/distribution';

/** Default utility lost per minute of expected wait or effort (scenario.ts ChoiceNode). */
export const DEFAULT_WAIT_SENSITIVITY = 0.2;

export interface CompiledChoices {
	/** Alternatives of all choice nodes together. */
	size: number;
	/** Per node: index of its first alternative (−1: not a choice node), and how many it has. */
	first: Int32Array;
	count: Int32Array;
	/** Per node: utility lost per minute of wait or effort (β). */
	sensitivity: Float64Array;
	/** Choice nodes in scenario order (node indices), for the results. */
	nodes: Int32Array;
	/** Per alternative: target node, its resource (−1: none, wait 0) and that resource's mean service time. */
	target: Int32Array;
	resource: Int32Array;
	meanService: Float64Array;
	/** Per alternative: effort in minutes of wait. */
	effort: Float64Array;
	/** Per alternative: the wait customers assume instead of the live one (NaN: the live wait is known). */
	assumedWait: Float64Array;
	/** Per (alternative, segment) at alternative·S + segment: the preference constant. */
	preference: Float64Array;
	/** Per (alternative, segment): 1 when a "done" link from the choice node to it applies to the segment. */
	offered: Uint8Array;
	/** Per alternative: the channel label shown in results. */
	labels: string[];
	/** Scratch for one pick: the alternatives' utilities (no allocation per customer). */
	utility: Float64Array;
}

/** Compiles the choice nodes of a validated scenario (`index`: node id → index). */
export function compileChoices(
	scenario: Scenario,
	index: Map<string, number>,
	nodeResource: Int32Array,
	resService: readonly Sampler[]
): CompiledChoices {
	const N = scenario.nodes.length;
	const S = scenario.segments.length;
	const first = new Int32Array(N).fill(-1);
	const count = new Int32Array(N);
	const sensitivity = new Float64Array(N);
	const nodes: number[] = [];
	const target: number[] = [];
	const effort: number[] = [];
	const assumed: number[] = [];
	const preference: number[] = [];
	const offered: number[] = [];
	const labels: string[] = [];
	scenario.nodes.forEach((n, i) => {
		if (n.kind !== 'choice') return;
		nodes.push(i);
		first[i] = target.length;
		count[i] = n.alternatives.length;
		sensitivity[i] = n.waitSensitivity ?? DEFAULT_WAIT_SENSITIVITY;
		const announced = n.waitInfo === 'announced';
		for (const a of n.alternatives) {
			const to = index.get(a.to)!;
			const toNode = scenario.nodes[to];
			target.push(to);
			effort.push(a.effortMinutes ?? 0);
			const shows = (toNode.kind === 'station' || toNode.kind === 'self-service') && toNode.showsExpectedWait === true;
			assumed.push(announced && !shows ? (a.assumedWaitMinutes ?? 0) : NaN);
			labels.push(a.label ?? toNode.name);
			const pref = a.preference ?? 0;
			for (let s = 0; s < S; s++) preference.push(typeof pref === 'number' ? pref : (pref[scenario.segments[s].id] ?? 0));
			const links = scenario.links.filter((l) => l.from === n.id && l.to === a.to && (l.on ?? 'done') === 'done');
			for (let s = 0; s < S; s++) {
				const id = scenario.segments[s].id;
				offered.push(links.some((l) => !l.segments || l.segments.includes(id)) ? 1 : 0);
			}
		}
	});
	const resource = Int32Array.from(target, (t) => nodeResource[t]);
	return {
		size: target.length,
		first,
		count,
		sensitivity,
		nodes: Int32Array.from(nodes),
		target: Int32Array.from(target),
		resource,
		meanService: Float64Array.from(resource, (r) => (r < 0 ? 0 : resService[r].mean)),
		effort: Float64Array.from(effort),
		assumedWait: Float64Array.from(assumed),
		preference: Float64Array.from(preference),
		offered: Uint8Array.from(offered),
		labels,
		utility: new Float64Array(target.length)
	};
}
