// The locale's formatters bundled for the chart and table helpers (see format.ts).
import { clock, fmt, minutes, pct, t } from '$lib/i18n/i18n.svelte';
import type { Formatters } from './format';

export function formatters(open: string | undefined, currency?: string): Formatters {
	const code = currency?.trim();
	return { num: fmt, pct, minutes, clock: (m) => clock(open, m), t, ...(code ? { currency: code } : {}) };
}
