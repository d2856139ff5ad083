import { describe, expect, it } from 'vitest';
import { validateScenario } from '$lib/sim';
import { LESSONS, lessonById, lessonText, paramsFromQuery, queryFromParams } from './lessons';
import { engineRuns, formulaAnswer, measureAnswer, runTracedDay, longRun, simulatedValue } from './session';
import { channelEquilibrium, hockeyStick, logitShares, theoryFor } from './theory';
import { catalogue } from '$lib/i18n/catalogue';

describe('lessons', () => {
	it('has at least six lessons with unique ids', () => {
		expect(LESSONS.length).toBeGreaterThanOrEqual(6);
		expect(new Set(LESSONS.map((l) => l.id)).size).toBe(LESSONS.length);
	});

	for (const lesson of LESSONS) {
		describe(lesson.id, () => {
			it('runs in the engine', () => expect(engineRuns(lesson.build(lesson.defaults))).toBe(true));
			it('builds valid scenarios at the defaults and at every slider end', () => {
				const variants = [lesson.defaults];
				for (const s of lesson.sliders) variants.push({ ...lesson.defaults, [s.key]: s.min }, { ...lesson.defaults, [s.key]: s.max });
				for (const p of variants) {
					const v = validateScenario(lesson.build(p));
					expect(v.ok ? [] : v.problems.map((x) => `${x.path}: ${x.message}`), JSON.stringify(p)).toEqual([]);
				}
			});

			it('runs a traced day', () => {
				const day = runTracedDay(lesson.build(lesson.defaults));
				expect(day.replay.totals.arrived).toBeGreaterThan(20);
				expect(day.replay.events).toBeGreaterThan(100);
			});

			it('measures its question with the engine, and one option holds', () => {
				const answer = measureAnswer(lesson, lesson.defaults, 8);
				expect(Number.isFinite(answer.result)).toBe(true);
				if (lesson.question.kind === 'choice') expect(answer.correct).toBeGreaterThanOrEqual(0);
			});

			it('has its texts in all three languages', () => {
				const keys = [lessonText(lesson, 'title'), lessonText(lesson, 'summary'), lessonText(lesson, 'question')];
				for (let i = 1; i <= lesson.steps; i++) keys.push(lessonText(lesson, `step${i}`));
				for (const o of lesson.question.options ?? []) keys.push(lessonText(lesson, `option.${o.key}`));
				for (const locale of ['en', 'zh-Hans', 'zh-Hant'] as const)
					for (const k of keys) expect(catalogue[locale][k], `${locale} ${k}`).toBeTruthy();
			});
		});
	}

	it('round-trips slider values through the share link, clamped to the slider range', () => {
		const lesson = lessonById('pooling')!;
		const p = { ...lesson.defaults, servers: 3, pooled: 1 };
		const q = queryFromParams(lesson, p);
		expect(q).toContain('c=3');
		expect(paramsFromQuery(lesson, new URLSearchParams(q))).toEqual(p);
		expect(paramsFromQuery(lesson, new URLSearchParams('c=99&rate=abc')).servers).toBe(5);
		expect(queryFromParams(lesson, lesson.defaults)).toBe('');
	});

	it('puts theory beside the simulation: Erlang C within a few percent of the long run', () => {
		const lesson = lessonById('utilisation')!;
		const p = { ...lesson.defaults, rate: 24 };
		const th = theoryFor(lesson, p);
		expect(th.rho).toBeCloseTo(0.8, 9);
		const line = th.lines[0];
		expect(line.model).toBe('erlangC');
		const sim = simulatedValue(longRun(lesson.build(p), 'steady', 30, 6000), 'waitMean')!;
		expect(Math.abs(sim.mean - line.value) / line.value).toBeLessThan(0.12);
	});

	it('labels Allen–Cunneen approximate and P–K exact', () => {
		const lesson = lessonById('variability')!;
		expect(theoryFor(lesson, lesson.defaults).lines[0]).toMatchObject({ model: 'pk', approximate: false });
		expect(theoryFor(lesson, { ...lesson.defaults, servers: 2 }).lines[0]).toMatchObject({ model: 'allenCunneen', approximate: true });
		const imp = lessonById('impatience')!;
		expect(theoryFor(imp, imp.defaults).lines.map((l) => l.model)).toEqual(['erlangA', 'erlangA']);
	});

	describe('channel shift: the logit formula', () => {
		const lesson = lessonById('channel-shift')!;
		const p = lesson.defaults;

		it('logit shares sum to 1 and follow the utility differences', () => {
			const [a, b] = logitShares([0, -1.2]);
			expect(a + b).toBeCloseTo(1, 12);
			expect(b).toBeCloseTo(1 / (1 + Math.exp(1.2)), 12);
			expect(logitShares([-Infinity, -Infinity])).toEqual([0.5, 0.5]);
		});
		it('with waits not shown only the effort counts: P(kiosk) = 1 / (1 + e^(β·effort))', () => {
			const eq = channelEquilibrium(p);
			expect(eq.kioskShare).toBeCloseTo(1 / (1 + Math.exp(p.sensitivity * p.effort)), 9);
			expect(eq.counterSeen).toBe(0);
		});
		it('with waits shown the shares are where choice and queues agree, and more choose the kiosk', () => {
			const shown = { ...p, published: 1 };
			const eq = channelEquilibrium(shown);
			const [, pk] = logitShares([-shown.sensitivity * eq.counterSeen, -shown.sensitivity * (eq.kioskSeen + shown.effort)]);
			expect(pk).toBeCloseTo(eq.kioskShare, 9);
			expect(eq.kioskShare).toBeGreaterThan(channelEquilibrium(p).kioskShare);
			expect(eq.counterWait).toBeLessThan(channelEquilibrium(p).counterWait);
			// a harder kiosk keeps more customers at the counter
			expect(channelEquilibrium({ ...shown, effort: 8 }).kioskShare).toBeLessThan(eq.kioskShare);
		});
		it('the answer from the formula is a difference in points, and one option holds', () => {
			const a = formulaAnswer(lesson, p)!;
			expect(a.source).toBe('formula');
			expect(a.result).toBeCloseTo(channelEquilibrium({ ...p, published: 1 }).kioskShare - channelEquilibrium(p).kioskShare, 12);
			expect(a.correct).toBeGreaterThanOrEqual(0);
			expect(theoryFor(lesson, p).lines.map((l) => l.metric)).toEqual(['kioskShare', 'counterWait']);
		});
	});

	it('draws a hockey stick that rises ever faster', () => {
		const pts = hockeyStick(2, 4, 1);
		for (let i = 1; i < pts.length; i++) expect(pts[i].wq).toBeGreaterThan(pts[i - 1].wq);
		expect(pts.at(-1)!.wq / pts[Math.floor(pts.length / 2)].wq).toBeGreaterThan(10);
	});
});
