// The key numbers on a node card ("4 servers · 6 min", "40–60 /h") and a link's label
// ("40% · unresolved · VIP"), given the words of the current language.

import type { Distribution, FlowNode, Link, Segment, Staffing } from '$lib/sim';
import { meanOf } from './distribution';

export type Translate = (key: string, params?: Record<string, string | number>) => string;

// English, 简体中文 and 繁體中文 group thousands and mark decimals alike ("12,000.5").
const grouped = [0, 1, 2].map((d) => new Intl.NumberFormat('en', { maximumFractionDigits: d }));

/** A number for a card or a label: at most `digits` decimals, thousands grouped ("12,000"). */
export function num(x: number, digits = 1): string {
	if (!Number.isFinite(x)) return '—';
	return grouped[Math.min(Math.max(digits, 0), 2)].format(Math.round(x * 10 ** digits) / 10 ** digits);
}

function range(values: number[]): string {
	if (values.length === 0) return '—';
	const lo = Math.min(...values);
	const hi = Math.max(...values);
	return lo === hi ? num(lo) : `${num(lo)}–${num(hi)}`;
}

export function staffingText(s: Staffing): string {
	return typeof s === 'number' ? num(s, 0) : range(s.count);
}

export function distText(d: Distribution | null | undefined, t: Translate): string {
	return t('editor.minutes', { value: num(meanOf(d)) });
}

/** One line of key numbers for a node card. */
export function nodeSummary(n: FlowNode, t: Translate): string {
	switch (n.kind) {
		case 'source': {
			const a = n.arrivals;
			if (a.type === 'poisson')
				return t('editor.perHour', { value: typeof a.ratePerHour === 'number' ? num(a.ratePerHour) : range(a.ratePerHour) });
			if (a.type === 'renewal') return t('editor.every', { value: distText(a.interarrival, t) });
			return t('editor.traceCount', { count: a.times.length });
		}
		case 'station':
			return `${t(n.servers === 1 ? 'editor.server' : 'editor.servers', { value: staffingText(n.servers) })} · ${distText(n.service, t)}`;
		case 'self-service':
			return `${t(n.units === 1 ? 'editor.unit' : 'editor.units', { value: staffingText(n.units) })} · ${distText(n.service, t)}`;
		case 'delay':
			return distText(n.duration, t);
		case 'router':
			return n.policy === 'shortest-queue' ? t('editor.policyShortest') : t('editor.policyProbability');
		case 'choice': {
			const count = n.alternatives?.length ?? 0;
			const info = t(n.waitInfo === 'announced' ? 'channels-editor.summary.announced' : 'channels-editor.summary.observed');
			return `${t('channels-editor.summary.channels', { count })} · ${info}`;
		}
		case 'appointments': {
			const slots = t('channels-editor.summary.perSlot', { value: staffingText(n.perSlot), minutes: num(n.slotMinutes) });
			return n.noShowRate ? `${slots} · ${t('channels-editor.summary.noShow', { value: num(n.noShowRate * 100, 0) })}` : slots;
		}
		case 'exit':
			return '';
	}
}

/** A link's label: probability, outcome (when not "done") and segment names. */
export function linkLabel(l: Link, segments: readonly Segment[], t: Translate): string {
	const parts: string[] = [];
	if (l.probability !== undefined) parts.push(`${num(l.probability * 100, 1)}%`);
	if (l.on && l.on !== 'done') parts.push(t(`editor.outcome.${l.on}`));
	if (l.segments) parts.push(l.segments.map((id) => segments.find((s) => s.id === id)?.name ?? id).join(', ') || t('editor.noSegments'));
	return parts.join(' · ');
}

/** A message with a count; its plural form is chosen by the catalogue (Intl.PluralRules). */
export function counted(t: Translate, key: string, count: number): string {
	return t(key, { count });
}
