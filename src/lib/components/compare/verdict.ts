// The plain-language verdict of a comparison, from the numbers alone and honest about
// uncertainty: a difference whose 95 % interval crosses zero is "no clear difference",
// never a rise or a fall. Pure: (comparison, locale) → text, in any of the three languages.

import type { Scenario } from '$lib/sim';
import type { Locale } from '$lib/i18n/locales';
import { diff, direction, hasCost, kpiInfo, value, type Comparison, type DiffValue } from './comparison';
import { localeFormatters, signed } from '$lib/i18n/format';
import { targetChecks, targetTally } from './targets';
import { formatInterval } from '../results/format';

export type Tone = 'better' | 'worse' | 'mixed' | 'same';

export interface VerdictText {
	tone: Tone;
	/** One sentence: better, worse, mixed or no clear difference. */
	headline: string;
	/** What changed, KPI by KPI, with intervals. */
	details: string;
	/** Targets met by each variant, or '' without targets. */
	targets: string;
	/** How sure: paired days, common random numbers, 95 % intervals. */
	note: string;
	/** Everything above as one paragraph. */
	text: string;
}

const NEAR_ZERO = 0.0005;

export function verdict(
	c: Comparison,
	locale: Locale,
	scenarios: { baseline?: Scenario | null; redesign?: Scenario | null } = {}
): VerdictText {
	const f = localeFormatters(locale);
	const t = (key: string, params?: Record<string, string | number>) => f.t(`compare.verdict.${key}`, params);
	const base = c.baseline.overall;
	const next = c.redesign.overall;
	const D = c.difference.overall;
	const clauses: string[] = [];
	const moves: ('better' | 'worse' | null)[] = [];

	/** A relative change as a whole percentage (one decimal below 1 %), unsigned. */
	const rel = (x: number, digitsOf: number) => f.num(Math.abs(x) * 100, Math.abs(digitsOf) < 0.01 ? 1 : 0);
	const hasRelative = (d: DiffValue) =>
		d.relative !== null && d.relativeLow !== null && d.relativeHigh !== null && Number.isFinite(d.relative);

	/** Two shares, with a decimal when whole percentages would hide the change or round to 0. */
	const pair = (a: number, b: number, unit: 'share' | 'minutes' | 'money') => {
		if (unit === 'minutes') return { from: f.minutes(a, 1), to: f.minutes(b, 1) };
		if (unit === 'money') return { from: f.num(a, 0), to: f.num(b, 0) };
		const whole = f.pct(a, 0) !== f.pct(b, 0) && Math.min(a, b) >= 0.05;
		return { from: f.pct(a, whole ? 0 : 1), to: f.pct(b, whole ? 0 : 1) };
	};

	// waiting time: relative change of the mean wait of the same customers
	const w = diff(D, 'waitMean');
	const bw = value(base, 'waitMean').mean;
	const rw = value(next, 'waitMean').mean;
	if (bw !== null && rw !== null && (bw > 0.005 || rw > 0.005)) {
		moves.push(direction(w, kpiInfo('waitMean').better));
		// the point and both ends in the point's unit (formatInterval), never "−1.1 min … −45 s"
		const iv = formatInterval({ mean: w.mean ?? 0, low: w.low ?? 0, high: w.high ?? 0 }, 'minutes', f, { signed: true });
		const absolute = iv
			? { change: iv.value, low: iv.low, high: iv.high }
			: ((change) => ({ change, low: change, high: change }))(signed(f.minutes(Math.abs(w.mean ?? 0), 1), w.mean ?? 0));
		const r = w.relative;
		// the relative interval (delta method) is used only where it agrees with the paired test;
		// a fall in waiting cannot exceed 100 %, so that end is capped
		if (w.significant && w.mean !== null && w.mean < 0 && r !== null && hasRelative(w) && w.relativeHigh! < 0)
			clauses.push(t('waitLess', { value: rel(r, r), low: rel(w.relativeHigh!, r), high: rel(Math.max(w.relativeLow!, -1), r) }));
		else if (w.significant && w.mean !== null && w.mean > 0 && r !== null && hasRelative(w) && w.relativeLow! > 0)
			clauses.push(t('waitMore', { value: rel(r, r), low: rel(w.relativeLow!, r), high: rel(w.relativeHigh!, r) }));
		else if (w.significant && w.low !== null && w.high !== null) {
			const p = pair(bw, rw, 'minutes');
			clauses.push(t(rw > bw ? 'waitUp' : 'waitDown', { ...p, ...absolute }));
		} else if (w.low !== null && w.high !== null) clauses.push(t('waitSame', absolute));
		else clauses.push(t('waitSameAbs', pair(bw, rw, 'minutes')));
	}

	// shares: service level, abandonment, predicted CSAT — "rises from … to …"
	for (const id of ['serviceLevel', 'abandonment', 'csat']) {
		const a = value(base, id).mean;
		const b = value(next, id).mean;
		if (a === null || b === null) continue;
		if (id === 'abandonment' && a < NEAR_ZERO && b < NEAR_ZERO) continue;
		const d = diff(D, id);
		moves.push(direction(d, kpiInfo(id).better));
		const kpi = t(`kpi.${id}`);
		const change = !d.significant || d.mean === null || d.mean === 0 ? 'same' : d.mean > 0 ? 'up' : 'down';
		clauses.push(t(change, { kpi, ...pair(a, b, 'share') }));
	}

	// staff cost: relative change (not part of the customer verdict, but always said)
	if (hasCost(c)) {
		const d = diff(D, 'cost');
		const p = pair(value(base, 'cost').mean ?? 0, value(next, 'cost').mean ?? 0, 'money');
		const kpi = t('kpi.cost');
		if (!d.significant || d.mean === null || d.mean === 0) clauses.push(t('costSame', { kpi, ...p }));
		else if (hasRelative(d)) clauses.push(t(d.mean > 0 ? 'costUpBy' : 'costDownBy', { kpi, value: rel(d.relative!, d.relative!), ...p }));
		else clauses.push(t(d.mean > 0 ? 'up' : 'down', { kpi, ...p }));
	}

	const better = moves.filter((m) => m === 'better').length;
	const worse = moves.filter((m) => m === 'worse').length;
	const tone: Tone = better && worse ? 'mixed' : better ? 'better' : worse ? 'worse' : 'same';
	const headline = t(`headline.${tone}`);
	const details = clauses.length ? t('details', { clauses: clauses.join(t('separator')) }) : '';

	let targets = '';
	if (scenarios.baseline || scenarios.redesign) {
		const tally = targetTally(targetChecks(c, scenarios.baseline ?? null, scenarios.redesign ?? null));
		if (tally.baseline.of || tally.redesign.of)
			targets = t('targets', {
				baseline: tally.baseline.met,
				baselineOf: tally.baseline.of,
				redesign: tally.redesign.met,
				redesignOf: tally.redesign.of
			});
	}

	const n = Math.min(c.baseline.replications, c.redesign.replications);
	let note = t(c.baseline.mode === 'steady' ? 'noteSteady' : 'noteDay', { n: f.num(n) });
	if (tone === 'same') note += t('sentenceGap') + t('noteSame');
	const text = [headline, details, targets, note].filter(Boolean).join(t('sentenceGap'));
	return { tone, headline, details, targets, note, text };
}
