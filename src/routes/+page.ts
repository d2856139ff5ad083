import { asset } from '$app/paths';
import { summariseScenario, type ScenarioSummary } from '$lib/scenario-summary';
import type { PageLoad } from './$types';

const EXAMPLE_FILE = '/examples/bank-branch-baseline.json';

export const load: PageLoad = async ({ fetch }) => {
	const url = asset(EXAMPLE_FILE);
	let example: ScenarioSummary | null = null;
	let error: string | null = null;
	try {
		const response = await fetch(url);
		if (!response.ok) throw new Error(`${response.status} ${response.statusText}`.trim());
		example = summariseScenario(await response.json());
	} catch (e) {
		error = e instanceof Error ? e.message : String(e);
	}
	return { exampleUrl: url, example, error };
};
