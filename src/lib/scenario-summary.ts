// A scenario file read just far enough to introduce it: its name, description and
// the nodes of its flow. The engine's model (src/lib/sim/model) does the full validation;
// this only guards the landing page against a file that is not a scenario at all.

export interface NodeSummary {
	id: string;
	kind: string;
	name: string;
}

export interface ScenarioSummary {
	name: string;
	description: string;
	nodes: NodeSummary[];
}

const KIND_LABELS: Record<string, string> = {
	source: 'Arrivals',
	station: 'Staffed station',
	'self-service': 'Self-service',
	router: 'Router',
	delay: 'Delay',
	exit: 'Exit'
};

/** The interface's word for a node kind; unknown kinds are shown as written. */
export function kindLabel(kind: string): string {
	return KIND_LABELS[kind] ?? kind;
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads the summary of a parsed scenario file; throws an Error that says what is missing. */
export function summariseScenario(data: unknown): ScenarioSummary {
	if (!isRecord(data) || data.format !== 'flowbench-scenario') {
		throw new Error('not a Flowbench scenario file (format is not "flowbench-scenario")');
	}
	if (typeof data.name !== 'string') throw new Error('the scenario has no name');
	if (!Array.isArray(data.nodes)) throw new Error('the scenario has no list of nodes');
	const nodes = data.nodes.map((node, i): NodeSummary => {
		if (!isRecord(node) || typeof node.id !== 'string' || typeof node.kind !== 'string') {
			throw new Error(`node ${i + 1} has no id or kind`);
		}
		return { id: node.id, kind: node.kind, name: typeof node.name === 'string' ? node.name : node.id };
	});
	return {
		name: data.name,
		description: typeof data.description === 'string' ? data.description : '',
		nodes
	};
}
