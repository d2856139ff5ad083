import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Results, Scenario } from '$lib/sim';
import { bankComparison } from '$lib/components/compare/spec-data';
import { comparisonKpiCsv, resultsKpiCsv, resultsPeriodCsv } from './csv';

const root = new URL('../../../../tests/fixtures/harness/', import.meta.url);
const load = <T>(path: string) => JSON.parse(readFileSync(new URL(path, root), 'utf8')) as T;
const results = load<Results>('results-channels-branch.json');
const scenario = load<Scenario>('scenario-channels-branch.json');
const before = load<Results>('results-channels-branch-baseline.json');

// the fixtures' names hold no comma or quote, so a plain split reads the rows
const rows = (text: string) =>
	text
		.trimEnd()
		.split('\r\n')
		.map((r) => r.split(','));

describe('CSV of the format-v2 sections', () => {
	it('KPI file: a row per channel share, appointment figure and callback figure, with the interval', () => {
		const r = rows(resultsKpiCsv(results, scenario));
		const kiosk = r.find((x) => x[0] === 'channel' && x[1] === 'channel/kiosk')!;
		const share = results.channels!.channel.alternatives[1].share;
		expect(kiosk).toEqual([
			'channel',
			'channel/kiosk',
			'Which channel? / Kiosk',
			'share',
			String(share.mean),
			String(share.low),
			String(share.high)
		]);
		const appt = r.filter((x) => x[0] === 'appointments');
		expect(appt.map((x) => x[3])).toEqual(['slots', 'booked', 'noShow', 'late', 'turnedAway', 'latenessMean', 'idleSlots']);
		expect(appt[0][2]).toBe('Advice appointments');
		const cb = r.filter((x) => x[0] === 'callback');
		expect(cb.map((x) => x[3])).toEqual(['offered', 'accepted', 'awayMean', 'lateReturn']);
		expect(cb[0][2]).toBe('Tellers');
		// complaints travel with the other KPIs of a scope
		expect(r.some((x) => x[0] === 'overall' && x[3] === 'complaints')).toBe(true);
	});
	it('period file: complaints and every channel’s share per period', () => {
		const r = rows(resultsPeriodCsv(results));
		expect(r[0]).toContain('complaints');
		const col = r[0].indexOf('share:channel/kiosk');
		expect(col).toBeGreaterThan(0);
		expect(r[0][col + 1]).toBe('share:channel/kioskLow');
		expect(r).toHaveLength(results.periods.length + 1);
		expect(Number(r[4][col])).toBe(results.channels!.channel.periods[3].share[1].mean);
	});
	it('a v1 result writes none of them', () => {
		const v1 = load<Results>('results-bank-branch-baseline.json');
		const r = rows(resultsKpiCsv(v1));
		expect(r.some((x) => ['channel', 'appointments', 'callback'].includes(x[0]))).toBe(false);
		expect(rows(resultsPeriodCsv(v1))[0].some((h) => h.startsWith('share:'))).toBe(false);
	});
	it('comparison file: channel shares of both designs with the change; a channel not offered is 0', () => {
		const c = { ...bankComparison(), baseline: before, redesign: results };
		const r = rows(comparisonKpiCsv(c));
		const kiosk = r.find((x) => x[0] === 'channel' && x[1] === 'channel/kiosk')!;
		// baseline, low, high, redesign, low, high, difference, low, high, relative ×3, significant
		expect(kiosk.slice(4, 7)).toEqual(['0', '0', '0']);
		expect(Number(kiosk[10])).toBeCloseTo(results.channels!.channel.alternatives[1].share.mean!, 12);
		expect(kiosk[13]).toBe('');
		expect(kiosk[16]).toBe('true');
		// appointments exist only in the redesign: the baseline's cells are empty
		const noShow = r.find((x) => x[0] === 'appointments' && x[3] === 'noShow')!;
		expect(noShow[4]).toBe('');
		expect(Number(noShow[7])).toBe(results.appointments!.booked.noShow.mean);
	});
});
