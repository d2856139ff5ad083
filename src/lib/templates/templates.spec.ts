import { describe, expect, it } from 'vitest';
import { runScenario, validateScenario, type Scenario } from '$lib/sim';
import bankBaselineFile from '../../../static/examples/bank-branch-baseline.json';
import bankKiosksFile from '../../../static/examples/bank-branch-kiosks.json';
import { blankScenario, parseTemplateId, TEMPLATES, templateScenario } from './index';
import { columns } from './layout';
import { catalogue } from '$lib/i18n/catalogue';

const all: [string, Scenario][] = TEMPLATES.flatMap((t) => [
	[`${t.id}-baseline`, t.baseline] as [string, Scenario],
	[`${t.id}-redesign`, t.redesign] as [string, Scenario]
]);

describe('templates', () => {
	it('has at least six settings, each with a baseline and a redesign', () => {
		expect(TEMPLATES.length).toBeGreaterThanOrEqual(6);
		expect(new Set(TEMPLATES.map((t) => t.id)).size).toBe(TEMPLATES.length);
	});

	it.each(all)('%s is a valid scenario without warnings, every node placed', (_id, s) => {
		const v = validateScenario(structuredClone(s));
		expect(v.ok ? [] : v.problems).toEqual([]);
		expect(v.warnings).toEqual([]);
		for (const n of s.nodes) expect(n.position, n.id).toBeDefined();
		expect(s.run.mode).toBe('day');
	});

	it.each(all)('%s runs and gives plausible results', (_id, s) => {
		const r = runScenario(structuredClone(s), { replications: 3 });
		const o = r.overall;
		expect(o.arrivals.mean!).toBeGreaterThan(100);
		expect(o.waitMean.mean!).toBeGreaterThanOrEqual(0);
		// no template should be absurd: waits within an hour, most customers served
		expect(o.waitMean.mean!).toBeLessThan(60);
		expect(o.servedShare.mean!).toBeGreaterThan(0.7);
		expect(o.abandonment.mean!).toBeLessThan(0.25);
		for (const [id, st] of Object.entries(r.stations)) {
			expect(st.utilisation.mean!, id).toBeLessThanOrEqual(1);
			expect(st.waitMean.mean ?? 0, id).toBeLessThan(90);
		}
	});

	it('uses the bank examples exactly as designed (positions added, migrated to the current format version only)', () => {
		const strip = (s: Scenario) => ({ ...s, version: 1, nodes: s.nodes.map(({ position: _p, ...n }) => n) });
		expect(TEMPLATES[0].baseline.version).toBe(2);
		expect(strip(TEMPLATES[0].baseline)).toEqual(bankBaselineFile);
		expect(strip(TEMPLATES[0].redesign)).toEqual(bankKiosksFile);
	});

	it('has a translated title, story and variant blurbs in every language', () => {
		for (const t of TEMPLATES)
			for (const key of ['title', 'story', 'baseline', 'redesign'])
				for (const locale of ['en', 'zh-Hans', 'zh-Hant'] as const)
					expect(catalogue[locale][`templates.${t.id}.${key}`], `${locale} ${t.id}.${key}`).toBeTruthy();
	});

	it('finds templates by link id and hands out copies', () => {
		expect(parseTemplateId('bank-baseline')?.variant).toBe('baseline');
		expect(parseTemplateId('airport-redesign')?.template.id).toBe('airport');
		expect(parseTemplateId('bank')).toBeNull();
		expect(parseTemplateId('nowhere-baseline')).toBeNull();
		const a = templateScenario('bank-baseline')!;
		a.name = 'changed';
		expect(templateScenario('bank-baseline')!.name).toBe('Bank branch — baseline');
	});

	it('lays a flow out left to right', () => {
		const s = TEMPLATES[0].redesign;
		const col = columns(s);
		expect(col.get('door')).toBe(0);
		expect(col.get('split')).toBe(1);
		// kiosk and teller are both reached from the split: one column, the kiosk's "failed" link does not push the teller on
		expect(col.get('kiosk')).toBe(2);
		expect(col.get('teller')).toBe(2);
		expect(col.get('back')).toBe(3);
		expect(col.get('out')).toBe(Math.max(...col.values()));
		const at = (id: string) => s.nodes.find((n) => n.id === id)!.position!;
		// side paths sit below the main line, and no two nodes share a place
		expect(at('back').y).toBeGreaterThan(at('teller').y);
		for (const t of TEMPLATES)
			for (const v of [t.baseline, t.redesign]) {
				const places = v.nodes.map((n) => `${n.position!.x},${n.position!.y}`);
				expect(new Set(places).size, `${t.id} ${v.name}`).toBe(places.length);
			}
	});

	it('makes a valid blank scenario', () => {
		const v = validateScenario(blankScenario('New scenario'));
		expect(v.ok).toBe(true);
	});
});
