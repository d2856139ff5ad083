import { describe, expect, it } from 'vitest';
import type { Scenario } from '$lib/sim';
import { localeFormatters } from '$lib/i18n/format';
import { baselineScenario, redesignScenario } from '$lib/components/compare/spec-data';
import { assumptionTables, distributionText, PARAMETER_STATUS } from './assumptions';

const en = localeFormatters('en', '09:00');
const run = { replications: 20, seed: 7, engine: '0.1.0' };
const tables = assumptionTables(baselineScenario, redesignScenario, run, en);
const table = (id: string) => tables.find((t) => t.id === id)!;

describe('the assumptions of both designs', () => {
	it('has run settings, demand, staff, stations, flow, segments and satisfaction', () => {
		expect(tables.map((t) => t.id)).toEqual(['run', 'demand', 'staffing', 'stations', 'flow', 'segments', 'satisfaction']);
		const r = table('run').rows;
		expect(r[0]).toMatchObject({ label: 'Opening hours', baseline: '09:00–17:00; everyone inside at closing is served', changed: false });
		expect(r.find((x) => x.label === 'Random seed (shared)')?.baseline).toBe('7');
		expect(r.find((x) => x.label === 'Flowbench engine version')?.redesign).toBe('0.1.0');
	});

	it('gives demand per period of the day', () => {
		const d = table('demand');
		expect(d.rows).toHaveLength(8);
		expect(d.rows[0]).toMatchObject({ label: '09:00–10:00', baseline: '30', redesign: '30', changed: false });
		expect(d.rows[3].baseline).toBe('60');
	});

	it('marks what the redesign changes: staff, the kiosks, routing', () => {
		const s = table('staffing');
		expect(s.rows.find((x) => x.label === 'Kiosks')).toMatchObject({ baseline: 'not in this design', redesign: '2', changed: true });
		const st = table('stations').rows.find((x) => x.label === 'Kiosks')!;
		expect(st.redesign).toContain('lognormal, mean 3 min, CV 0.60');
		expect(st.redesign).toContain('succeeds 85%');
		expect(table('flow').rows.some((x) => x.changed && x.redesign === '40% · Regular')).toBe(true);
		expect(table('flow').rows.find((x) => x.label === 'Tellers → Back office')).toMatchObject({
			baseline: 'if unresolved',
			changed: false
		});
	});

	it('describes segments with patience and tolerance', () => {
		const vip = table('segments').rows.find((x) => x.label === 'Priority client')!;
		expect(vip.baseline).toBe('15% of arrivals · priority 1 · patience exponential, mean 15 min · desired wait 1.0 min, adequate 3.0 min');
	});

	it('lists every satisfaction parameter with where its value comes from', () => {
		const s = table('satisfaction');
		expect(s.noteHead).toBe('Source of the value');
		expect(s.rows).toHaveLength(Object.keys(PARAMETER_STATUS).length);
		expect(s.rows.find((x) => x.label === 'Penalty: left unresolved')).toMatchObject({ baseline: '0.79', note: 'practitioner data' });
		expect(s.rows.find((x) => x.label === 'Penalty per overtake')?.note).toBe('modelling choice');
		const edited: Scenario = { ...redesignScenario, satisfaction: { overtake: 0.3 } };
		const e = assumptionTables(baselineScenario, edited, run, en).find((t) => t.id === 'satisfaction')!;
		expect(e.rows.find((x) => x.label === 'Penalty per overtake')).toMatchObject({
			redesign: '0.3',
			changed: true,
			note: 'modelling choice · changed from the default'
		});
	});

	it('uses staff per period when a shift plan is set', () => {
		const shifts: Scenario = structuredClone(redesignScenario);
		const teller = shifts.nodes.find((n) => n.id === 'teller');
		if (teller?.kind === 'station') teller.servers = { periodMinutes: 120, count: [3, 4, 5, 3] };
		const s = assumptionTables(baselineScenario, shifts, run, en).find((t) => t.id === 'staffing')!;
		expect(s.rows[0].label).toBe('09:00–11:00');
		expect(s.rows.map((r) => r.redesign)).toEqual(['3 · 2 · 2', '4 · 2 · 2', '5 · 2 · 2', '3 · 2 · 2']);
	});

	it('describes distributions in words, in each language', () => {
		expect(distributionText({ dist: 'exponential', mean: 25 }, en)).toBe('exponential, mean 25 min');
		expect(distributionText({ dist: 'deterministic', value: 2.5 }, en)).toBe('always 2.5 min');
		expect(distributionText({ dist: 'triangular', min: 1, mode: 2, max: 4 }, en)).toBe('triangular, 1 min / 2 min / 4 min');
		expect(distributionText(null, en)).toBe('never gives up');
		expect(distributionText({ dist: 'gamma', mean: 6, cv: 0.5 }, localeFormatters('zh-Hant'))).toBe('伽瑪分布，平均 6 分鐘，變異係數 0.50');
	});
});
