import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { APPOINTMENT_KPIS, CALLBACK_KPIS, GROUP_KPIS, STATION_KPIS, STATION_PERIOD_KPIS } from './kpis';
import { KPIS, kpiBetter, kpiDefinition, kpiUnit, kpiValue } from './kpi-registry';

describe('the KPI registry', () => {
	it('defines every KPI a scope reports, once, with the scopes of the lists', () => {
		const ids = KPIS.map((k) => k.id);
		expect(new Set(ids).size).toBe(ids.length);
		const lists = [...GROUP_KPIS, ...STATION_KPIS, ...APPOINTMENT_KPIS, ...CALLBACK_KPIS];
		expect(ids).toEqual(expect.arrayContaining(lists));
		expect(ids).toHaveLength(new Set(lists).size);
		for (const k of KPIS) {
			expect(k.scopes.includes('overall'), k.id).toBe((GROUP_KPIS as readonly string[]).includes(k.id));
			expect(k.scopes.includes('station'), k.id).toBe((STATION_KPIS as readonly string[]).includes(k.id));
			expect(k.scopes.includes('stationPeriod'), k.id).toBe((STATION_PERIOD_KPIS as readonly string[]).includes(k.id));
			expect(k.scopes.includes('appointment'), k.id).toBe((APPOINTMENT_KPIS as readonly string[]).includes(k.id));
			expect(k.scopes.includes('callback'), k.id).toBe((CALLBACK_KPIS as readonly string[]).includes(k.id));
			expect(k.labelKey).toBe(`results.kpi.${k.id}`);
			expect(k.description.length, k.id).toBeGreaterThan(10);
		}
		expect(kpiDefinition('cost')!.scopes).toEqual(['overall', 'period', 'station']);
	});

	it('gives the unit and the better direction that decide formatting and verdicts', () => {
		expect([kpiUnit('waitMean'), kpiBetter('waitMean')]).toEqual(['minutes', 'lower']);
		expect([kpiUnit('serviceLevel'), kpiBetter('serviceLevel')]).toEqual(['share', 'higher']);
		expect([kpiUnit('nps'), kpiBetter('nps')]).toEqual(['score', 'higher']);
		expect([kpiUnit('throughput'), kpiBetter('throughput')]).toEqual(['perHour', 'neutral']);
		expect([kpiUnit('cost'), kpiBetter('cost')]).toEqual(['money', 'lower']);
		expect([kpiUnit('start'), kpiBetter('start'), kpiDefinition('start')]).toEqual(['count', 'neutral', undefined]);
	});

	it('covers every KPI key of stored results, with a value only in the scopes it is defined for', () => {
		const r = JSON.parse(
			readFileSync(new URL('../../../../tests/fixtures/harness/results-bank-branch-kiosks.json', import.meta.url), 'utf8')
		);
		const check = (scope: string, set: Record<string, unknown>) => {
			for (const key of Object.keys(set)) {
				if (key === 'start' || key === 'end') continue;
				expect(kpiDefinition(key), `${scope}.${key}`).toBeDefined();
				// a KPI not defined for a scope is carried there without a value (a segment's staff cost)
				if (!kpiDefinition(key)!.scopes.includes(scope as never))
					expect(set[key], `${scope}.${key}`).toEqual({ mean: null, low: null, high: null });
			}
		};
		check('overall', r.overall);
		for (const s of Object.values(r.stations)) check('station', s as Record<string, unknown>);
		for (const s of Object.values(r.segments)) check('segment', s as Record<string, unknown>);
		for (const p of r.periods) check('period', p);
		for (const p of r.stationPeriods) for (const s of Object.values(p)) check('stationPeriod', s as Record<string, unknown>);
	});

	it('reads a KPI of a set, or an empty value when it is absent', () => {
		expect(kpiValue({ waitMean: { mean: 2, low: 1, high: 3 } }, 'waitMean')).toEqual({ mean: 2, low: 1, high: 3 });
		expect(kpiValue({}, 'waitMean')).toEqual({ mean: null, low: null, high: null });
		expect(kpiValue(undefined, 'waitMean')).toEqual({ mean: null, low: null, high: null });
	});
});
