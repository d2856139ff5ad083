// Errors a run can end with, each with a message that names the place and the fix:
// a runaway model (too many events, customers looping through routers without time
// passing, customers trapped in a loop of links with no way to an exit), an unstable system (the queue grows without limit), or a cancelled run.
// Each also carries a problem code, the path in the scenario it concerns and parameters
// (`problem`), so an interface can say it in its own language; `message` stays English.

import type { CompiledModel } from './model';
import type { Resources } from '../nodes/resources';
import type { ProblemCode } from '../model/problem-codes';
import type { Problem, ProblemParams } from '../model/validate-report';

const PROBLEM_OF: Record<RunawayError['code'], ProblemCode> = {
	'too-many-events': 'run.tooManyEvents',
	'routing-loop': 'run.routingLoop',
	trapped: 'run.trapped',
	unstable: 'run.unstableGrowth'
};

/** The path of a node of the scenario, from the compiled model (nodes keep the file's order). */
function nodePath(m: CompiledModel, id: string | null): string {
	const i = id === null ? -1 : m.nodeIds.indexOf(id);
	return i >= 0 ? `nodes[${i}]` : 'nodes';
}

function clock(minutes: number): string {
	const h = Math.floor(minutes / 60);
	const m = Math.floor(minutes - h * 60);
	return `${h}h${String(m).padStart(2, '0')}`;
}

export class RunawayError extends Error {
	override name = 'RunawayError';
	readonly code: 'too-many-events' | 'routing-loop' | 'trapped' | 'unstable';
	/** Node id the problem is at, when one is known. */
	readonly nodeId: string | null;
	/** Where in the scenario: `nodes[3]`, `run.maxEvents`. */
	readonly path: string;
	/** Values for the translated text of `problem`. */
	readonly params: ProblemParams;

	constructor(code: RunawayError['code'], message: string, nodeId: string | null = null, path = '$', params: ProblemParams = {}) {
		super(message);
		this.code = code;
		this.nodeId = nodeId;
		this.path = path;
		this.params = params;
	}

	/** This error as a problem (code, path, parameters), for an interface to say in its language. */
	get problem(): Problem {
		return { path: this.path, message: this.message, code: PROBLEM_OF[this.code], params: this.params };
	}

	static tooManyEvents(m: CompiledModel, max: number, rep: number, t: number): RunawayError {
		return new RunawayError(
			'too-many-events',
			`run stopped after ${max.toLocaleString('en')} events in replication ${rep + 1} (simulated time ${clock(t)}): ` +
				`the model may be running away (customers cycling without leaving, or a far too long run). ` +
				`Check the links for loops, or raise run.maxEvents if the run really is this long.`,
			null,
			'run.maxEvents',
			{ max: max, replication: rep + 1, time: clock(t) }
		);
	}

	static loop(m: CompiledModel, node: number): RunawayError {
		return new RunawayError(
			'routing-loop',
			`customers loop through "${m.nodeNames[node]}" (${m.nodeIds[node]}) without time passing: ` +
				`routers link to each other in a cycle. Give the cycle a way out to a station, delay or exit.`,
			m.nodeIds[node],
			nodePath(m, m.nodeIds[node]),
			{ node: m.nodeNames[node], id: m.nodeIds[node] }
		);
	}

	/**
	 * Customers who reach `node` can never leave: every link from there leads on round `round`
	 * (node indices, in the order customers go) and none reaches an exit. Found from the traffic
	 * equations before a run (../experiment/stability.ts), so the run is refused instead of
	 * cycling until the event limit or feeding infinite rates to the formulas.
	 */
	static trapped(m: CompiledModel, node: number, round: readonly number[]): RunawayError {
		const names = round.slice(0, 6).map((n) => m.nodeNames[n]);
		const more = round.length > 6 ? ' → …' : '';
		return new RunawayError(
			'trapped',
			`customers who reach "${m.nodeNames[node]}" (${m.nodeIds[node]}) can never leave: the links from there go round ` +
				`${names.map((n) => `"${n}"`).join(' → ')}${more} and never reach an exit. Add a link to an exit from one of these steps.`,
			m.nodeIds[node],
			nodePath(m, m.nodeIds[node]),
			{ node: m.nodeNames[node], id: m.nodeIds[node], round: names.join(' → ') + more }
		);
	}

	static unstable(m: CompiledModel, res: Resources, t: number): RunawayError {
		let worst = 0;
		for (let r = 1; r < res.count; r++) if (res.waiting[r] > res.waiting[worst]) worst = r;
		const node = m.resNode[worst];
		return new RunawayError(
			'unstable',
			`the system is unstable: more than ${(2_000_000).toLocaleString('en')} customers inside at ${clock(t)}, ` +
				`${res.waiting[worst].toLocaleString('en')} of them waiting at "${m.nodeNames[node]}". ` +
				`Demand exceeds capacity (utilisation ≥ 100%): add servers, shorten service, or lower the arrival rate.`,
			m.nodeIds[node],
			nodePath(m, m.nodeIds[node]),
			{ limit: 2_000_000, time: clock(t), waiting: res.waiting[worst], node: m.nodeNames[node] }
		);
	}
}

export class CancelledError extends Error {
	override name = 'CancelledError';
	readonly code = 'cancelled';
	readonly path = '$';
	readonly params: ProblemParams = {};
	constructor() {
		super('run cancelled');
	}

	get problem(): Problem {
		return { path: this.path, message: this.message, code: 'run.cancelled', params: this.params };
	}
}
