// The template gallery: real service settings, each as a baseline and a redesign scenario.
// A template id in a link is "<setting>-baseline" or "<setting>-redesign" (e.g.
// "bank-baseline"). Scenario names stay in English inside the files; the gallery shows
// translated titles and stories (messages "templates.<setting>.title" / ".story" and
// ".baseline" / ".redesign" for what each variant does).

import type { Scenario } from '$lib/sim';
import { migrateScenario } from '$lib/sim/model/migrate';
import bankBaselineFile from '../../../static/examples/bank-branch-baseline.json';
import bankKiosksFile from '../../../static/examples/bank-branch-kiosks.json';
import { airportBaseline, airportRedesign } from './airport';
import { bankChannelsBaseline, bankChannelsRedesign } from './bank-channels';
import { callbackBaseline, callbackRedesign } from './callback-centre';
import { clinicBaseline, clinicRedesign } from './clinic';
import { contactBaseline, contactRedesign } from './contact-centre';
import { hotelBaseline, hotelRedesign } from './hotel';
import { withLayout } from './layout';
import { retailBaseline, retailRedesign } from './retail';
import { outpatientBaseline, outpatientRedesign } from './outpatient';
import { hallBaseline, hallRedesign } from './service-hall';

export type Variant = 'baseline' | 'redesign';

export interface Template {
	/** Setting id, e.g. "bank"; message keys are templates.<id>.title / .story / .baseline / .redesign. */
	id: string;
	baseline: Scenario;
	redesign: Scenario;
}

const setting = (id: string, baseline: Scenario, redesign: Scenario): Template => ({
	id,
	baseline: withLayout(baseline),
	redesign: withLayout(redesign)
});

/** A scenario file of an older format version read as any file is: migrated to the current version. */
const current = (file: unknown): Scenario => migrateScenario(file).scenario as Scenario;

export const TEMPLATES: readonly Template[] = [
	// The bank files are the design's reference examples (format version 1), used exactly as they are.
	setting('bank', current(bankBaselineFile), current(bankKiosksFile)),
	setting('clinic', clinicBaseline, clinicRedesign),
	setting('contact', contactBaseline, contactRedesign),
	setting('retail', retailBaseline, retailRedesign),
	setting('hall', hallBaseline, hallRedesign),
	setting('airport', airportBaseline, airportRedesign),
	// format v2 (issue 13): channel choice, booked arrivals and a virtual queue
	setting('channels', bankChannelsBaseline, bankChannelsRedesign),
	setting('hotel', hotelBaseline, hotelRedesign),
	setting('outpatient', outpatientBaseline, outpatientRedesign),
	setting('callback', callbackBaseline, callbackRedesign)
];

/** "bank-baseline" → the bank template and its variant; null when there is no such template. */
export function parseTemplateId(templateId: string): { template: Template; variant: Variant } | null {
	const m = /^(.+)-(baseline|redesign)$/.exec(templateId);
	if (!m) return null;
	const template = TEMPLATES.find((t) => t.id === m[1]);
	return template ? { template, variant: m[2] as Variant } : null;
}

/** A fresh copy of a template's scenario, ready to save as a new library entry. */
export function templateScenario(templateId: string): Scenario | null {
	const found = parseTemplateId(templateId);
	return found ? structuredClone(found.template[found.variant]) : null;
}

/** The smallest useful scenario: customers arrive, are served at one counter, and leave. */
export function blankScenario(name: string): Scenario {
	return withLayout({
		format: 'flowbench-scenario',
		version: 2,
		name,
		description: '',
		run: { mode: 'day', open: '09:00', hours: 8, drain: true, replications: 30, seed: 1 },
		segments: [{ id: 'customer', name: 'Customer', share: 1, priority: 0, patience: null, tolerance: { desired: 2, adequate: 5 } }],
		nodes: [
			{ id: 'arrive', kind: 'source', name: 'Customers arrive', arrivals: { type: 'poisson', periodMinutes: 60, ratePerHour: 20 } },
			{
				id: 'counter',
				kind: 'station',
				name: 'Counter',
				servers: 2,
				service: { dist: 'exponential', mean: 5 },
				discipline: 'fifo',
				resolutionRate: 1,
				costPerServerHour: 30
			},
			{ id: 'leave', kind: 'exit', name: 'Leave' }
		],
		links: [
			{ from: 'arrive', to: 'counter' },
			{ from: 'counter', to: 'leave' }
		],
		targets: { waitMinutes: 10, serviceLevel: 0.8, maxAbandonment: 0.05, minCsat: 0.85 }
	});
}
