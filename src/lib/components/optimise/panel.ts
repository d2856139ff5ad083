// What the three optimise panels (staffing, sweep, what helps most) share: the props the
// workspace hands each of them, and the number formatters their tables and charts use.
import { clock, fmt, minutes, pct, t } from '$lib/i18n/i18n.svelte';
import type { Scenario } from '$lib/sim';
import type { OptimiseController } from '$lib/state/optimise.svelte';
import type { Formatters } from '$lib/components/results/format';

export interface OptimisePanelProps {
	scenario: Scenario;
	ctrl: OptimiseController;
	replications: number;
	seed: number;
	/** True while the scenario cannot be run (problems in it). */
	disabled: boolean;
	/** Saves a result as a redesign with this name. */
	onsave: (s: Scenario, name: string) => void;
}

/** Formatters in the current language, clock times from the scenario's opening time (read when used). */
export function panelFormatters(scenario: () => Scenario): Formatters {
	return { num: fmt, pct, minutes, clock: (m) => clock(scenario().run.open, m), t };
}
