import { describe, expect, it } from 'vitest';
import { solveTraffic } from './traffic';

describe('traffic equations λ = λ₀ + Pᵀλ', () => {
	it('solve a tandem line with rework: 10/h through three stations, 20 % back from the third to the second', () => {
		const lambda = solveTraffic([10, 0, 0], [0, 1, 0, 0, 0, 1, 0, 0.2, 0])!;
		expect(lambda[0]).toBeCloseTo(10, 12);
		expect(lambda[1]).toBeCloseTo(12.5, 12);
		expect(lambda[2]).toBeCloseTo(12.5, 12);
	});

	it('need pivoting when a diagonal entry is zero and satisfy the balance of every node', () => {
		// node 0 routes everything to itself half the time and to node 2 otherwise; 2 feeds 1
		const p = [0.5, 0, 0.5, 0, 0, 0, 0, 0.9, 0];
		const ext = [3, 1, 0];
		const lambda = solveTraffic(ext, p)!;
		for (let j = 0; j < 3; j++) {
			let inflow = ext[j];
			for (let i = 0; i < 3; i++) inflow += lambda[i] * p[i * 3 + j];
			expect(lambda[j]).toBeCloseTo(inflow, 12);
		}
		expect(lambda[0]).toBeCloseTo(6, 12);
	});

	it('a feedback loop at exactly half gives exactly double the outside rate', () => {
		expect(solveTraffic([0.5], [0.5])![0]).toBe(1);
	});

	it('a loop customers never leave has no solution (null), however it is entered', () => {
		expect(solveTraffic([1, 0], [0, 1, 1, 0])).toBeNull();
		expect(solveTraffic([1, 0, 0], [0, 1, 0, 0, 0, 1, 0, 1, 0])).toBeNull();
	});

	it('refuses a routing matrix of the wrong size', () => {
		expect(() => solveTraffic([1, 0], [0, 1, 0])).toThrow(RangeError);
	});
});
