// Finds the loops customers can be caught in: among the nodes from which no path leads out,
// the groups of nodes that lead only into each other (closed strongly connected components,
// Tarjan 1972, iterative so a long flow cannot overflow the stack).

/**
 * The closed loops inside `inside`: sets of nodes that can all reach each other and lead to
 * no node outside the set. A single node counts only when it links to itself.
 */
export function closedLoops(next: readonly (readonly number[])[], inside: readonly boolean[]): number[][] {
	const n = next.length;
	const index = new Int32Array(n).fill(-1);
	const low = new Int32Array(n);
	const onStack = new Uint8Array(n);
	const component = new Int32Array(n).fill(-1);
	const stack: number[] = [];
	const components: number[][] = [];
	let counter = 0;
	for (let root = 0; root < n; root++) {
		if (!inside[root] || index[root] >= 0) continue;
		const work: [number, number][] = [[root, 0]];
		index[root] = low[root] = counter++;
		stack.push(root);
		onStack[root] = 1;
		while (work.length > 0) {
			const frame = work[work.length - 1];
			const [v, k] = frame;
			if (k < next[v].length) {
				frame[1] = k + 1;
				const w = next[v][k];
				if (!inside[w]) continue;
				if (index[w] < 0) {
					index[w] = low[w] = counter++;
					stack.push(w);
					onStack[w] = 1;
					work.push([w, 0]);
				} else if (onStack[w]) low[v] = Math.min(low[v], index[w]);
				continue;
			}
			work.pop();
			if (work.length > 0) {
				const parent = work[work.length - 1][0];
				low[parent] = Math.min(low[parent], low[v]);
			}
			if (low[v] === index[v]) {
				const members: number[] = [];
				let w: number;
				do {
					w = stack.pop() as number;
					onStack[w] = 0;
					component[w] = components.length;
					members.push(w);
				} while (w !== v);
				components.push(members.sort((a, b) => a - b));
			}
		}
	}
	return components.filter((members, c) => {
		const closed = members.every((v) => next[v].every((w) => !inside[w] || component[w] === c));
		const loops = members.length > 1 || next[members[0]].includes(members[0]);
		return closed && loops;
	});
}
