import { describe, expect, it } from 'vitest';
import { mmc, mmcServiceLevel } from './erlang';
import { mmcMinServers } from './staffing';

describe('Erlang C staffing', () => {
	const load = { lambda: 12, mu: 1 / 4 }; // MMC-4: a = 48 Erlangs, minutes

	it('finds the smallest c meeting a service level (MMC-4 load, 80 % within 15 s)', () => {
		const c = mmcMinServers(load, { serviceLevel: { t: 0.25, atLeast: 0.8 } });
		expect(mmcServiceLevel({ ...load, c }, 0.25)).toBeGreaterThanOrEqual(0.8);
		expect(mmcServiceLevel({ ...load, c: c - 1 }, 0.25)).toBeLessThan(0.8);
		// The published example: 55 agents give SL 0.846, so the answer is at most 55.
		expect(c).toBeLessThanOrEqual(55);
	});

	it('honours every target at once', () => {
		const c = mmcMinServers(load, { maxWq: 0.1, maxProbWait: 0.2, maxUtilisation: 0.85 });
		const r = mmc({ ...load, c });
		expect(r.wq).toBeLessThanOrEqual(0.1);
		expect(r.probWait).toBeLessThanOrEqual(0.2);
		expect(r.rho).toBeLessThanOrEqual(0.85);
		const fewer = mmc({ ...load, c: c - 1 });
		expect(fewer.wq > 0.1 || fewer.probWait > 0.2 || fewer.rho > 0.85).toBe(true);
	});

	it('always returns a stable staffing', () => {
		expect(mmcMinServers({ lambda: 10, mu: 1 }, { maxProbWait: 1 })).toBe(11);
	});

	it('needs one server when nobody comes, and rejects impossible targets', () => {
		expect(mmcMinServers({ lambda: 0, mu: 1 }, { maxWq: 1 })).toBe(1);
		expect(() => mmcMinServers(load, {})).toThrow(RangeError);
		expect(() => mmcMinServers(load, { serviceLevel: { t: 1, atLeast: 1 } })).toThrow(RangeError);
		expect(() => mmcMinServers(load, { maxWq: 0 })).toThrow(RangeError);
	});
});
