// Sweeps and "what helps most": common random numbers across points, paired differences.
import { describe, expect, it } from 'vitest';
import { helpsMost, parseSweepParam, runSweep, setParameter } from '../../src/lib/sim/index';
import { peaked } from './fixtures';

describe('sweep', () => {
	it('runs every grid point on the same customers: same arrivals at every point, and the wait falls with every server added', async () => {
		const s = peaked();
		const r = await runSweep(s, [parseSweepParam('nodes.desk.servers=5:9:1')], { seed: 3, replications: 15 });
		expect(r.points.map((p) => p.values[0])).toEqual([5, 6, 7, 8, 9]);
		expect(r.params[0].current).toBe(6);
		const waits = r.points.map((p) => p.overall.waitMean.mean!);
		for (let i = 1; i < waits.length; i++) expect(waits[i]).toBeLessThan(waits[i - 1]);
		// with independent seeds the noise between neighbouring points would be far larger than this
		// difference; with the same seed, the arrivals are identical at every point
		const arrivals = r.points.map((p) => p.overall.arrivals.mean);
		expect(new Set(arrivals).size).toBe(1);
	});

	it('sweeps two parameters as a grid, the last one fastest', async () => {
		const r = await runSweep(
			peaked(),
			[parseSweepParam('nodes.in.arrivals.scale=0.8:1.2:0.4'), parseSweepParam('nodes.desk.service.mean=4:5:1')],
			{ seed: 1, replications: 4 }
		);
		expect(r.points.map((p) => p.values)).toEqual([
			[0.8, 4],
			[0.8, 5],
			[1.2, 4],
			[1.2, 5]
		]);
		expect(r.points[2].overall.arrivals.mean!).toBeGreaterThan(r.points[0].overall.arrivals.mean!);
	});

	it('names the path and the fix when a point is not a valid scenario', async () => {
		await expect(runSweep(peaked(), [parseSweepParam('nodes.nope.servers=1:2:1')])).rejects.toThrow(/there is no node "nope"/);
		await expect(runSweep(peaked(), [parseSweepParam('segments.all.share=0.5:1:0.5')])).rejects.toThrow(/segments.all.share=0.5/);
		expect(() => parseSweepParam('nodes.desk.servers=1-3')).toThrow(/path=from:to:step/);
	});

	it('scales demand without touching the rest', () => {
		const s = setParameter(peaked(), 'nodes.in.arrivals.scale', 1.5);
		const src = s.nodes.find((n) => n.id === 'in')!;
		expect(src.kind === 'source' && src.arrivals.type === 'poisson' && src.arrivals.ratePerHour).toEqual([30, 60, 135, 165, 75, 37.5]);
	});
});

describe('what helps most', () => {
	it('ranks clear effects first and marks "no clear effect" exactly when the interval contains 0', async () => {
		const r = await helpsMost(peaked(), { seed: 2, replications: 20, kpi: 'waitMean' });
		expect(r.changes.length).toBeGreaterThanOrEqual(4);
		for (const c of r.changes) {
			const d = c.effects.waitMean;
			expect(c.noClearEffect).toBe(d.low! <= 0 && d.high! >= 0);
		}
		// showing the expected wait changes satisfaction, never the wait itself: a zero difference
		const show = r.changes.find((c) => c.kind === 'show-wait')!;
		expect(show.effects.waitMean.mean).toBe(0);
		expect(show.noClearEffect).toBe(true);
		// one more server all day is the clearest help for the wait
		expect(r.changes[0]).toMatchObject({ kind: 'server-plus', node: 'desk', noClearEffect: false });
		expect(r.changes[0].effects.waitMean.high!).toBeLessThan(0);
		expect(r.changes[0].effects.cost.mean!).toBeGreaterThan(0);
		// clear ones before unclear ones
		const firstUnclear = r.changes.findIndex((c) => c.noClearEffect);
		expect(r.changes.slice(firstUnclear).every((c) => c.noClearEffect)).toBe(true);
	});
});
