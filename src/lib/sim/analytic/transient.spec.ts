import { describe, expect, it } from 'vitest';
import { transientDay } from './transient';
import { sipp } from './sipp';
import { mmc } from './erlang';

// The validation day ("the trap"), minutes: 6 servers, E[S] 6 min, hourly rates, opens empty.
const hourly = [30, 45, 55, 58, 50, 40, 50, 57, 45, 30];
const day = { periodLength: 60, lambda: hourly.map((x) => x / 60), c: 6, mu: 1 / 6 };

/**
 * Independent oracle: classical RK4 on the Kolmogorov forward equations of the chain cut at
 * `top` (reflecting), with the arrivals' wait integrated alongside. Returns per-period Wq.
 */
function rk4Waits(lambdas: number[], c: number, mu: number, length: number, top: number, dt: number): number[] {
	const size = top + 1;
	const d = (n: number) => Math.min(n, c) * mu;
	const deriv = (p: Float64Array, lambda: number, out: Float64Array) => {
		for (let n = 0; n < size; n++) {
			let x = -(n < top ? lambda : 0) * p[n] - d(n) * p[n];
			if (n > 0) x += lambda * p[n - 1];
			if (n < top) x += d(n + 1) * p[n + 1];
			out[n] = x;
		}
	};
	const wait = (p: Float64Array) => {
		let s = 0;
		for (let n = c; n < size; n++) s += ((n - c + 1) / (c * mu)) * p[n];
		return s;
	};
	const p = new Float64Array(size);
	p[0] = 1;
	const k1 = new Float64Array(size);
	const k2 = new Float64Array(size);
	const k3 = new Float64Array(size);
	const k4 = new Float64Array(size);
	const tmp = new Float64Array(size);
	const steps = Math.round(length / dt);
	return lambdas.map((lambda) => {
		let integral = 0;
		for (let s = 0; s < steps; s++) {
			deriv(p, lambda, k1);
			for (let n = 0; n < size; n++) tmp[n] = p[n] + (dt / 2) * k1[n];
			const f2 = wait(tmp);
			deriv(tmp, lambda, k2);
			for (let n = 0; n < size; n++) tmp[n] = p[n] + (dt / 2) * k2[n];
			const f3 = wait(tmp);
			deriv(tmp, lambda, k3);
			for (let n = 0; n < size; n++) tmp[n] = p[n] + dt * k3[n];
			const f4 = wait(tmp);
			deriv(tmp, lambda, k4);
			integral += (dt / 6) * (wait(p) + 2 * f2 + 2 * f3 + f4);
			for (let n = 0; n < size; n++) p[n] += (dt / 6) * (k1[n] + 2 * k2[n] + 2 * k3[n] + k4[n]);
		}
		return integral / length;
	});
}

describe('exact transient day M(t)/M/c (the trap case of validation.md)', () => {
	const r = transientDay(day);

	it('reproduces the exact figures: hour 4 6.4 min, hour 5 6.3 min, day mean 3.597 min', () => {
		expect(r.periods[3].wq).toBeCloseTo(6.4, 1);
		expect(r.periods[4].wq).toBeCloseTo(6.3, 1);
		expect(r.wq).toBeCloseTo(3.597, 3);
		expect(Math.abs(r.wq - 3.597) / 3.597).toBeLessThan(0.005);
	});

	it('shows the SIPP trap: SIPP overstates the peak and understates the hour after it', () => {
		const s = sipp(day);
		expect(s.periods[3].wq).toBeGreaterThan(3 * r.periods[3].wq);
		expect(s.periods[4].wq).toBeLessThan(0.7 * r.periods[4].wq);
		expect(s.wq).toBeGreaterThan(2 * r.wq);
	});

	it('agrees with an independent RK4 integration to 1e-9 relative', () => {
		const oracle = rk4Waits(day.lambda, 6, 1 / 6, 60, 250, 0.02);
		r.periods.forEach((p, i) => expect(Math.abs(p.wq - oracle[i]) / oracle[i]).toBeLessThan(1e-9));
	});

	it('does not depend on the output sampling, and a tighter cut-off changes nothing', () => {
		expect(transientDay(day, { samplesPerPeriod: 1 }).wq).toBeCloseTo(r.wq, 11);
		expect(transientDay(day, { tolerance: 1e-15 }).wq).toBeCloseTo(r.wq, 11);
		expect(r.lostMass).toBeLessThanOrEqual(1e-12);
	});

	it('conserves customers: E[N] at close = arrivals − μ·∫busy', () => {
		const served = r.periods.reduce((s, p) => s + (1 / 6) * p.c * p.utilisation * 60, 0);
		const arrived = r.periods.reduce((s, p) => s + p.arrivals, 0);
		expect(r.inSystemAtClose).toBeCloseTo(arrived - served, 8);
	});

	it('returns a queue series that starts empty and matches the period averages', () => {
		expect(r.series.t.length).toBe(10 * 30 + 1);
		expect(r.series.queue[0]).toBe(0);
		expect(r.series.t[r.series.t.length - 1]).toBeCloseTo(600, 10);
		// Trapezoid average of the hour-4 samples ≈ the exact time average of E[Q].
		let sum = 0;
		for (let k = 90; k < 120; k++) sum += (r.series.queue[k] + r.series.queue[k + 1]) / 2;
		expect(sum / 30).toBeCloseTo(r.periods[3].meanQueue, 2);
		// Little's law per period does not hold in transient, but E[Q] ≥ 0 and E[N] ≥ E[Q] do.
		for (let k = 0; k < r.series.t.length; k++) expect(r.series.inSystem[k]).toBeGreaterThanOrEqual(r.series.queue[k]);
	});
});

describe('transient families', () => {
	it('a long day at constant demand converges to the steady-state M/M/c wait', () => {
		for (const [lambda, hours, tol] of [
			[0.6, 24, 1e-4],
			[0.8, 96, 1e-3]
		]) {
			const r = transientDay({ periodLength: 60, lambda: Array(hours).fill(lambda), c: 6, mu: 1 / 6 });
			const m = mmc({ lambda, mu: 1 / 6, c: 6 });
			const last = r.periods[hours - 1];
			expect(Math.abs(last.wq - m.wq) / m.wq).toBeLessThan(tol);
			expect(Math.abs(last.probWait - m.probWait) / m.probWait).toBeLessThan(tol);
			expect(Math.abs(last.meanQueue - m.lq) / m.lq).toBeLessThan(tol);
			// Opening empty, waits only grow towards the steady state.
			for (let i = 1; i < hours; i++) expect(r.periods[i].wq).toBeGreaterThanOrEqual(r.periods[i - 1].wq - 1e-12);
		}
	});

	it('servers per period: a constant array equals the scalar; more staff in the peak cuts its wait', () => {
		const same = transientDay({ ...day, c: Array(10).fill(6) });
		expect(same.wq).toBeCloseTo(transientDay(day).wq, 12);
		const more = transientDay({ ...day, c: [6, 6, 7, 7, 7, 6, 6, 7, 6, 6] });
		expect(more.periods[3].wq).toBeLessThan(same.periods[3].wq);
		expect(more.periods[3].c).toBe(7);
	});

	it('stays finite through an overloaded period (a finite day has no steady state to lose)', () => {
		const r = transientDay({ periodLength: 60, lambda: [0.5, 2, 0.5], c: 6, mu: 1 / 6 });
		for (const p of r.periods) expect(Number.isFinite(p.wq)).toBe(true);
		expect(r.periods[1].wq).toBeGreaterThan(10);
		expect(r.lostMass).toBeLessThanOrEqual(1e-12);
	});

	it('a large centre through overload and a closed hour keeps its books (customers conserved)', () => {
		const mu = 1 / 8;
		const r = transientDay({ periodLength: 30, lambda: [5, 9, 0], c: [40, 60, 40], mu });
		const served = r.periods.reduce((s, p) => s + mu * p.c * p.utilisation * 30, 0);
		const arrived = r.periods.reduce((s, p) => s + p.arrivals, 0);
		expect(r.inSystemAtClose).toBeCloseTo(arrived - served, 6);
		expect(r.lostMass).toBeLessThanOrEqual(1e-12);
		// Nobody arrives in the closed hour; its wq is the wait a hypothetical arrival would face
		// (the λ → 0 limit) and it carries no weight in the day mean.
		expect(r.periods[2].wq).toBeGreaterThan(0);
		const dayMean = (r.periods[0].arrivals * r.periods[0].wq + r.periods[1].arrivals * r.periods[1].wq) / arrived;
		expect(r.wq).toBeCloseTo(dayMean, 12);
		expect(transientDay({ periodLength: 30, lambda: [5, 9, 0], c: [40, 60, 40], mu }, { tolerance: 1e-16 }).wq).toBeCloseTo(r.wq, 9);
	});

	it('no arrivals: no waits', () => {
		const r = transientDay({ periodLength: 30, lambda: [0, 0], c: 2, mu: 1 });
		expect(r.wq).toBe(0);
		expect(r.periods[0].wq).toBe(0);
	});

	it('rejects invalid inputs', () => {
		expect(() => transientDay({ ...day, c: 0 })).toThrow(RangeError);
		expect(() => transientDay({ ...day, lambda: [] })).toThrow(RangeError);
		expect(() => transientDay(day, { samplesPerPeriod: 0 })).toThrow(RangeError);
		expect(() => transientDay({ ...day, periodLength: -1 })).toThrow(RangeError);
	});
});
