import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../model/scenario';
import { getParameter, setParameter, staffingPerPeriod, withStaffing } from './scenario-edit';
import { coverWithShifts, rosterCounts, rulesInPeriods } from './roster';

const s: Scenario = {
	format: 'flowbench-scenario',
	version: 2,
	name: 'x',
	run: { mode: 'day', hours: 4, replications: 2, seed: 1 },
	segments: [{ id: 'a', name: 'A', share: 1, patience: { dist: 'exponential', mean: 10 } }],
	nodes: [
		{ id: 'in', kind: 'source', name: 'In', arrivals: { type: 'renewal', interarrival: { dist: 'uniform', min: 1, max: 3 } } },
		{
			id: 'desk',
			kind: 'station',
			name: 'Desk',
			servers: { periodMinutes: 60, count: [1, 2, 3] },
			service: { dist: 'lognormal', mean: 5, cv: 0.5 }
		},
		{ id: 'out', kind: 'exit', name: 'Out' }
	],
	links: []
};

describe('parameter paths', () => {
	it('reads and sets means, keeping the shape', () => {
		expect(getParameter(s, 'nodes.desk.service.mean')).toBe(5);
		const t = setParameter(s, 'nodes.desk.service.mean', 6);
		expect(t.nodes[1]).toMatchObject({ service: { dist: 'lognormal', mean: 6, cv: 0.5 } });
		expect(s.nodes[1]).toMatchObject({ service: { mean: 5 } }); // the input is untouched
		expect(setParameter(s, 'segments.a.patience.mean', 20).segments[0].patience).toEqual({ dist: 'exponential', mean: 20 });
	});
	it('scales a renewal source by dividing its interarrival times', () => {
		const t = setParameter(s, 'nodes.in.arrivals.scale', 2);
		expect(t.nodes[0]).toMatchObject({ arrivals: { interarrival: { dist: 'uniform', min: 0.5, max: 1.5 } } });
	});
	it('servers: the largest count of a plan; setting one replaces the plan', () => {
		expect(getParameter(s, 'nodes.desk.servers')).toBe(3);
		expect(setParameter(s, 'nodes.desk.servers', 4).nodes[1]).toMatchObject({ servers: 4 });
		expect(() => setParameter(s, 'nodes.desk.servers', 2.5)).toThrow(/whole number/);
	});
	it('names what is wrong', () => {
		expect(() => setParameter(s, 'nodes.nope.servers', 1)).toThrow('nodes.nope.servers: there is no node "nope"');
		expect(() => setParameter(s, 'servers', 1)).toThrow(/not a parameter path/);
		expect(() => setParameter(s, 'nodes.desk.discipline', 1)).toThrow(/not set on this node/);
	});
	it('staffing plans per period, written back compactly', () => {
		expect(staffingPerPeriod({ periodMinutes: 120, count: [1, 4] }, 4, 60)).toEqual([1, 1, 4, 4]);
		expect(staffingPerPeriod({ periodMinutes: 60, count: [2] }, 3, 60)).toEqual([2, 2, 2]);
		const w = withStaffing(s, { desk: [2, 2, 2, 2] }, 60);
		expect(w.nodes[1]).toMatchObject({ servers: 2 });
		expect(withStaffing(s, { desk: [1, 3, 2, 2] }, 60).nodes[1]).toMatchObject({ servers: { periodMinutes: 60, count: [1, 3, 2, 2] } });
	});
});

describe('shift cover', () => {
	it('covers the need with allowed shifts inside the window', () => {
		const rules = rulesInPeriods({ lengths: [2, 4], earliestStart: 0, latestEnd: 360 }, 60, 8);
		expect(rules).toEqual({ lengths: [2, 4], first: 0, last: 6 });
		const need = [1, 1, 2, 3, 2, 1, 0, 0];
		const shifts = coverWithShifts(need, rules);
		const c = rosterCounts(shifts, 8);
		need.forEach((n, p) => p < 6 && expect(c[p]).toBeGreaterThanOrEqual(n));
		for (const sh of shifts) {
			expect([2, 4]).toContain(sh.to - sh.from);
			expect(sh.to).toBeLessThanOrEqual(6);
		}
	});
	it('refuses rules no shift can satisfy', () => {
		expect(() => rulesInPeriods({ lengths: [8], latestEnd: 240 }, 60, 8)).toThrow(/no allowed shift fits/);
	});
});
