import { describe, expect, it } from 'vitest';
import { drawFromKey, drawKey, drawUint32, drawUniform, PURPOSE } from './draw';
import { hashString } from './hash';

const N = 100000;
/** |r| bound: 5 standard errors of a correlation between independent samples. */
const R_BOUND = 5 / Math.sqrt(N);

function correlation(f: (i: number) => number, g: (i: number) => number, n = N): number {
	let sx = 0;
	let sy = 0;
	let sxy = 0;
	let sxx = 0;
	let syy = 0;
	for (let i = 0; i < n; i++) {
		const x = f(i);
		const y = g(i);
		sx += x;
		sy += y;
		sxy += x * y;
		sxx += x * x;
		syy += y * y;
	}
	return (sxy - (sx * sy) / n) / Math.sqrt((sxx - (sx * sx) / n) * (syy - (sy * sy) / n));
}

function chiSquare10(f: (i: number) => number, n = N): number {
	const bins = new Array(10).fill(0);
	for (let i = 0; i < n; i++) bins[Math.floor(f(i) * 10)]++;
	const e = n / 10;
	return bins.reduce((acc, o) => acc + ((o - e) * (o - e)) / e, 0);
}

/** χ²₉ 0.999 quantile: a fixed-seed test that fails only for a real defect. */
const CHI2_9_999 = 27.88;

describe('drawUniform', () => {
	const node = hashString('teller');

	it('is pinned', () => {
		expect(drawUniform(0, PURPOSE.SERVICE, node, 0)).toBe(PINNED[0]);
		expect(drawUniform(1, PURPOSE.SERVICE, node, 0)).toBe(PINNED[1]);
		expect(drawUniform(1, PURPOSE.PATIENCE, node, 3)).toBe(PINNED[2]);
		expect(drawUint32(123, 4, 5, 6)).toBe(PINNED_UINT);
	});

	it('equals drawFromKey(drawKey(key), …) and the four rounds of drawUint32, bit for bit', () => {
		for (let k = -500; k < 500; k++) {
			const key = Math.imul(k, 0x9e3779b1);
			for (const [p, n, v] of [
				[PURPOSE.SERVICE, node, 0],
				[PURPOSE.ROUTE, k, k & 7],
				[PURPOSE.TOLERANCE, 0, 0]
			]) {
				const u = drawUniform(key, p, n, v);
				expect(drawFromKey(drawKey(key), p, n, v)).toBe(u);
				expect((drawUint32(key, p, n, v) + 0.5) / 4294967296).toBe(u);
			}
		}
	});

	it('is a pure function of its inputs, in the open interval (0, 1)', () => {
		for (let k = 0; k < 1000; k++) {
			const u = drawUniform(k, PURPOSE.ROUTE, node, k % 3);
			expect(u).toBe(drawUniform(k, PURPOSE.ROUTE, node, k % 3));
			expect(u).toBeGreaterThan(0);
			expect(u).toBeLessThan(1);
		}
		expect(drawUniform(-1, 0, 0, 0)).toBe(drawUniform(0xffffffff, 0, 0, 0));
	});

	it('is uniform over successive customer keys, visits, nodes and purposes (chi-square, 10 bins, 10^5 draws)', () => {
		expect(chiSquare10((i) => drawUniform(i, PURPOSE.SERVICE, node, 0))).toBeLessThan(CHI2_9_999);
		expect(chiSquare10((i) => drawUniform(42, PURPOSE.SERVICE, node, i))).toBeLessThan(CHI2_9_999);
		expect(chiSquare10((i) => drawUniform(42, PURPOSE.SERVICE, i, 0))).toBeLessThan(CHI2_9_999);
		expect(chiSquare10((i) => drawUniform(42, i, node, 0))).toBeLessThan(CHI2_9_999);
		expect(chiSquare10((i) => drawUniform(i * 65536, 0, 0, 0))).toBeLessThan(CHI2_9_999);
	});

	it('gives uncorrelated values for neighbouring visits, keys, purposes and nodes', () => {
		const p = PURPOSE.SERVICE;
		expect(
			Math.abs(
				correlation(
					(i) => drawUniform(i, p, node, 0),
					(i) => drawUniform(i, p, node, 1)
				)
			)
		).toBeLessThan(R_BOUND);
		expect(
			Math.abs(
				correlation(
					(i) => drawUniform(i, p, node, 0),
					(i) => drawUniform(i + 1, p, node, 0)
				)
			)
		).toBeLessThan(R_BOUND);
		expect(
			Math.abs(
				correlation(
					(i) => drawUniform(i, p, node, 0),
					(i) => drawUniform(i, p + 1, node, 0)
				)
			)
		).toBeLessThan(R_BOUND);
		expect(
			Math.abs(
				correlation(
					(i) => drawUniform(i, p, 0, 0),
					(i) => drawUniform(i, p, 1, 0)
				)
			)
		).toBeLessThan(R_BOUND);
		// Serial correlation along a customer's visits, and along a node's successive customers.
		expect(
			Math.abs(
				correlation(
					(i) => drawUniform(7, p, node, i),
					(i) => drawUniform(7, p, node, i + 1)
				)
			)
		).toBeLessThan(R_BOUND);
		expect(
			Math.abs(
				correlation(
					(i) => drawUniform(i, p, node, 5),
					(i) => drawUniform(i + 1, p, node, 5)
				)
			)
		).toBeLessThan(R_BOUND);
	});

	it('gives independent-looking pairs: (draw(k), draw(k+1)) fills the unit square evenly', () => {
		const cells = new Array(100).fill(0);
		for (let i = 0; i < N; i++) {
			const a = drawUniform(i, PURPOSE.PATIENCE, node, 0);
			const b = drawUniform(i + 1, PURPOSE.PATIENCE, node, 0);
			cells[Math.floor(a * 10) * 10 + Math.floor(b * 10)]++;
		}
		const e = N / 100;
		const chi2 = cells.reduce((acc, o) => acc + ((o - e) * (o - e)) / e, 0);
		expect(chi2).toBeLessThan(148.2); // χ²₉₉ 0.999 quantile
	});

	it('never collides when exactly one argument changes', () => {
		const seen = new Set<number>();
		for (let v = 0; v < 20000; v++) seen.add(drawUint32(99, PURPOSE.SERVICE, node, v));
		expect(seen.size).toBe(20000);
		seen.clear();
		for (let k = 0; k < 20000; k++) seen.add(drawUint32(k, PURPOSE.SERVICE, node, 2));
		expect(seen.size).toBe(20000);
	});

	it('keeps the purpose numbers fixed (they are part of the reproducibility contract)', () => {
		expect(PURPOSE).toEqual({
			SEGMENT: 1,
			PATIENCE: 2,
			SERVICE: 3,
			ROUTE: 4,
			RESOLVE: 5,
			SUCCESS: 6,
			TOLERANCE: 7,
			DELAY: 8,
			SATISFACTION: 9,
			CHOICE: 10,
			BOOKED: 21,
			NO_SHOW: 22,
			LATENESS: 23,
			CALLBACK: 24,
			RETURN: 25
		});
	});
});

// Pinned, and cross-checked against a Python transcription of the hash chain.
const PINNED = [0.7776402019662783, 0.6810996661661193, 0.4838281007250771];
const PINNED_UINT = 4060821881;
