// A before/after comparison of two library scenarios: both run with the same seed in web
// workers (common random numbers), with progress, time left, cancel and errors (JobController),
// then the rows are summarised into paired differences in the summary worker. The last comparison of each pair is kept for
// this tab (memory and sessionStorage), so the printable report opens without running again
// as long as neither scenario changed.

import { prepareRun, type Comparison, type ComparisonRow, type Scenario } from '$lib/sim';
import { compareJob, replicationTable, type ReplicationTable } from '$lib/jobs/specs';
import { JobController, type JobControllerStatus } from './job-controller.svelte';
import { refusalText } from './job-error';

export type { ReplicationTable };

export type CompareStatus = JobControllerStatus;

export interface CompareSettings {
	replications: number;
	seed: number;
}

/** What a stored comparison was computed from: both scenarios and the run settings. */
export function comparisonKey(baseline: Scenario, redesign: Scenario, settings: CompareSettings): string {
	return JSON.stringify([baseline, redesign, settings.replications, settings.seed >>> 0]);
}

const STORAGE_PREFIX = 'flowbench.comparison.';
interface Stored {
	key: string;
	comparison: Comparison;
	replications: ReplicationTable | null;
}
const memory = new Map<string, Stored>();

/** The comparison last computed for these two library entries, if it still matches their scenarios. */
export function storedComparison(
	pair: string,
	baseline: Scenario,
	redesign: Scenario
): { comparison: Comparison; replications: ReplicationTable | null; settings: CompareSettings } | null {
	let stored: Stored | null = memory.get(pair) ?? null;
	if (!stored) {
		try {
			const raw = globalThis.sessionStorage?.getItem(STORAGE_PREFIX + pair);
			if (raw) stored = JSON.parse(raw);
		} catch {
			stored = null;
		}
	}
	if (!stored) return null;
	const settings = { replications: stored.comparison.replications, seed: stored.comparison.seed };
	return stored.key === comparisonKey(baseline, redesign, settings)
		? { comparison: stored.comparison, replications: stored.replications ?? null, settings }
		: null;
}

function remember(pair: string, stored: Stored): void {
	memory.set(pair, stored);
	try {
		globalThis.sessionStorage?.setItem(STORAGE_PREFIX + pair, JSON.stringify(stored));
	} catch {
		// storage full or blocked: the memory copy still serves this page's report link
	}
}

/** Why the comparison cannot run (a scenario that cannot run, named), or null. */
export function compareBlocker(baseline: Scenario, redesign: Scenario): { which: 'baseline' | 'redesign'; reason: string } | null {
	for (const [which, scenario] of [
		['baseline', baseline],
		['redesign', redesign]
	] as const) {
		try {
			prepareRun(scenario);
		} catch (e) {
			return { which, reason: refusalText(e) };
		}
	}
	return null;
}

export class CompareController extends JobController<ComparisonRow, Comparison> {
	comparison = $state.raw<Comparison | null>(null);
	/** Each replication's overall KPIs of both variants (for the CSV export). */
	replications = $state.raw<ReplicationTable | null>(null);

	#pair: string;

	/** `pair` names the two library entries ("baselineId/redesignId"), for the stored copy. */
	constructor(pair: string, initial?: { comparison: Comparison; replications: ReplicationTable | null } | null) {
		super();
		this.#pair = pair;
		if (initial) {
			this.comparison = initial.comparison;
			this.replications = initial.replications;
			this.restore(initial.comparison.replications);
		}
	}

	start(baseline: Scenario, redesign: Scenario, settings: CompareSettings): void {
		const key = comparisonKey(baseline, redesign, settings);
		this.launch(() => compareJob(baseline, redesign, settings), {
			onDone: (comparison, job) => {
				// the comparison was summarised in the summary worker; the table is per-replication KPIs only
				const replications = replicationTable(job.rowsSoFar());
				remember(this.#pair, { key, comparison, replications });
				this.comparison = comparison;
				this.replications = replications;
			}
		});
	}
}
