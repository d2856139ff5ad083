import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogue } from '$lib/i18n/catalogue';
import { validateScenario, type Scenario } from '$lib/sim';
import { satisfactionSpec } from '$lib/sim/model/validate-fields-satisfaction';
import { DEFAULT_SATISFACTION, resolveSatisfaction } from '$lib/sim/satisfaction/params';
import { problemTarget } from './paths';
import {
	evidenceRows,
	groupMessage,
	GROUPS,
	paramMessage,
	PARAMS,
	readParam,
	statusCounts,
	writeCutpoint,
	writeParam
} from './satisfaction-evidence';

const bank = (): Scenario =>
	JSON.parse(readFileSync(new URL('../../../../static/examples/bank-branch-baseline.json', import.meta.url), 'utf8'));
const problems = (s: Scenario) => {
	const r = validateScenario(s);
	return r.ok ? [] : r.problems;
};

describe('satisfaction parameters of the panel', () => {
	it('cover every parameter of the model once, with its default', () => {
		const keys = PARAMS.map((d) => d.key);
		expect(new Set(keys).size).toBe(keys.length);
		const defaults = DEFAULT_SATISFACTION as unknown as Record<string, unknown>;
		const expected = Object.keys(defaults).flatMap((k) => {
			const v = defaults[k];
			return v && typeof v === 'object' && !Array.isArray(v) ? Object.keys(v).map((w) => `${k}.${w}`) : [k];
		});
		expect([...keys].sort()).toEqual(expected.sort());
		// every one is a field the validator knows
		const fields = Object.keys(satisfactionSpec.fields);
		for (const k of keys) expect(fields).toContain(k.split('.')[0]);
		const d = resolveSatisfaction(undefined) as unknown as Record<string, unknown>;
		for (const p of PARAMS) {
			const [a, b] = p.key.split('.') as [string, string?];
			const resolved = b ? (d[a] as Record<string, number> | undefined)?.[b] : d[a];
			expect(p.def, p.key).toEqual(resolved);
			expect(p.path).toBe(`satisfaction.${p.key}`);
			expect(GROUPS).toContain(p.group);
		}
	});

	it('say what each part rests on, with a source for evidence and practitioner data', () => {
		const rows = evidenceRows();
		expect(rows.length).toBe(PARAMS.length + 6);
		for (const r of rows)
			if (r.status === 'evidence' || r.status === 'practitioner' || r.status === 'magnitude')
				expect(r.sources.length, r.id).toBeGreaterThan(0);
		const by = (id: string) => rows.find((r) => r.id === id)!;
		expect(by('framework')).toMatchObject({
			status: 'evidence',
			sources: ['Oliver 1980', 'Zeithaml, Berry & Parasuraman 1993', 'Maister 1985']
		});
		expect(by('baseline')).toMatchObject({ status: 'practitioner', sources: ['SQM Group'] });
		expect(by('abandoned').status).toBe('choice');
		expect(by('expectedWaitShown')).toMatchObject({ status: 'choice', qualifier: 'directionEvidence' });
		expect(by('waitExperience.unoccupied').status).toBe('magnitude');
		expect(by('tolClinic')).toMatchObject({ status: 'evidence', sources: ['Pockros et al. 2021'], tolerance: [10, 20] });
		const c = statusCounts(rows);
		expect(c.evidence + c.practitioner + c.choice + c.magnitude).toBe(rows.length);
		// format v2 added two modelling choices: waiting away from the line, and complaints
		expect(by('waitExperience.away')).toMatchObject({ status: 'choice', qualifier: 'directionEvidence' });
		expect(by('complaints.veryDissatisfied')).toMatchObject({ status: 'choice', sources: ['TARP 1979'] });
		expect(c).toEqual({ evidence: 2, practitioner: 8, choice: 17, magnitude: 1 });
	});

	it('has every message it needs in the three languages', () => {
		const keys = [
			...PARAMS.flatMap((p) => [paramMessage(p, 'label'), paramMessage(p, 'hint')]),
			...GROUPS.map(groupMessage),
			...[
				...evidenceRows()
					.filter((r) => !r.param)
					.map((r) => `part.${r.id}`),
				...['evidence', 'practitioner', 'choice', 'magnitude'].map((s) => `status.${s}`),
				...['directionEvidence', 'asymmetryEvidence', 'calibrated', 'secondary'].map((q) => `qualifier.${q}`)
			].map((k) => `satisfaction.${k}`)
		];
		for (const locale of ['en', 'zh-Hans', 'zh-Hant'] as const)
			expect(
				keys.filter((k) => !(k in catalogue[locale])),
				locale
			).toEqual([]);
	});
});

describe('satisfaction edits', () => {
	it('create the object with just the key set, and drop it when emptied', () => {
		const s = bank();
		expect(s.satisfaction).toBeUndefined();
		writeParam(s, 'toleranceSpread', 0);
		expect(s.satisfaction).toEqual({ toleranceSpread: 0 });
		expect(readParam(s.satisfaction, 'toleranceSpread')).toBe(0);
		expect(readParam(s.satisfaction, 'baseline')).toBeUndefined();
		writeParam(s, 'waitExperience.occupied', 0.8);
		expect(s.satisfaction).toEqual({ toleranceSpread: 0, waitExperience: { occupied: 0.8 } });
		expect(readParam(s.satisfaction, 'waitExperience.occupied')).toBe(0.8);
		writeParam(s, 'waitExperience.occupied', undefined);
		expect(s.satisfaction).toEqual({ toleranceSpread: 0 });
		writeParam(s, 'toleranceSpread', undefined);
		expect('satisfaction' in s).toBe(false);
	});

	it('write the format-v2 keys where scenario.ts puts them, and drop emptied objects', () => {
		const s = bank();
		writeParam(s, 'waitExperience.away', 0.4);
		writeParam(s, 'complaints.veryDissatisfied', 0.25);
		expect(s.satisfaction).toEqual({ waitExperience: { away: 0.4 }, complaints: { veryDissatisfied: 0.25 } });
		expect(readParam(s.satisfaction, 'waitExperience.away')).toBe(0.4);
		expect(readParam(s.satisfaction, 'complaints.veryDissatisfied')).toBe(0.25);
		writeParam(s, 'complaints.veryDissatisfied', undefined);
		expect(s.satisfaction).toEqual({ waitExperience: { away: 0.4 } });
		writeParam(s, 'waitExperience.away', undefined);
		expect('satisfaction' in s).toBe(false);
	});

	it('write the cutpoints whole; back to the defaults removes them', () => {
		const s = bank();
		writeCutpoint(s, 1, -0.9);
		expect(s.satisfaction).toEqual({ cutpoints: [-1.138, -0.9, -0.56, 0] });
		expect(problems(s)).toEqual([]);
		writeCutpoint(s, 1, undefined);
		expect('satisfaction' in s).toBe(false);
	});

	it('problems land on the field paths the panel shows', () => {
		const s = bank();
		writeCutpoint(s, 2, -2);
		expect(problems(s).map((p) => p.path)).toEqual(['satisfaction.cutpoints[2]']);
		const t = bank();
		writeParam(t, 'toleranceSpread', -1);
		expect(problems(t).map((p) => p.path)).toEqual(['satisfaction.toleranceSpread']);
		const u = bank();
		writeParam(u, 'waitExperience.phone', 0);
		expect(problems(u).map((p) => p.path)).toEqual(['satisfaction.waitExperience.phone']);
		// a click on such a problem opens the satisfaction panel
		expect(problemTarget('satisfaction.cutpoints[2]')).toEqual({
			kind: 'panel',
			panel: 'satisfaction',
			field: 'satisfaction.cutpoints[2]'
		});
	});
});
