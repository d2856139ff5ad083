import { describe, expect, it } from 'vitest';
import { jackson, jacksonTraffic } from './jackson';
import { mmc } from './erlang';

describe('open Jackson network', () => {
	// JN-1, minutes: 10/h → reception (c 1, 4 min) → processing (c 3, 12 min) → check (c 1, 3 min);
	// 20 % of checked customers go back to processing.
	const jn1 = {
		stations: [
			{ c: 1, mu: 1 / 4 },
			{ c: 3, mu: 1 / 12 },
			{ c: 1, mu: 1 / 3 }
		],
		external: [10 / 60, 0, 0],
		routing: [
			[0, 1, 0],
			[0, 0, 1],
			[0, 0.2, 0]
		]
	};

	it('JN-1: tandem with rework has mean sojourn 58.07 min', () => {
		const r = jackson(jn1);
		expect(r.stable).toBe(true);
		expect(r.sojourn).toBeCloseTo(58.07, 2);
		// Rework inflates the flow through processing and check to 10/0.8 = 12.5 per hour.
		expect(r.stations[1].lambda * 60).toBeCloseTo(12.5, 12);
		expect(r.stations[2].visits).toBeCloseTo(1.25, 12);
	});

	it('the rates solve the traffic equations λ = λ₀ + Pᵀλ', () => {
		const lambda = jacksonTraffic(jn1.external, jn1.routing);
		for (let j = 0; j < 3; j++) {
			let inflow = jn1.external[j];
			for (let i = 0; i < 3; i++) inflow += lambda[i] * jn1.routing[i][j];
			expect(lambda[j]).toBeCloseTo(inflow, 12);
		}
	});

	it('a single station is M/M/c', () => {
		const r = jackson({ stations: [{ c: 4, mu: 2 }], external: [7], routing: [[0]] });
		const m = mmc({ lambda: 7, mu: 2, c: 4 });
		expect(r.sojourn).toBeCloseTo(m.w, 12);
		expect(r.stations[0].wq).toBeCloseTo(m.wq, 12);
	});

	it('a single station with feedback p: λ = λ₀/(1 − p), sojourn = L/λ₀', () => {
		const r = jackson({ stations: [{ c: 2, mu: 3 }], external: [2], routing: [[0.25]] });
		const m = mmc({ lambda: 2 / 0.75, mu: 3, c: 2 });
		expect(r.sojourn).toBeCloseTo(m.l / 2, 12);
	});

	it('a pure tandem line takes the sum of the stations’ times in system', () => {
		const r = jackson({
			stations: [
				{ c: 1, mu: 2 },
				{ c: 2, mu: 1 }
			],
			external: [1.5, 0],
			routing: [
				[0, 1],
				[0, 0]
			]
		});
		const expected = mmc({ lambda: 1.5, mu: 2, c: 1 }).w + mmc({ lambda: 1.5, mu: 1, c: 2 }).w;
		expect(r.sojourn).toBeCloseTo(expected, 12);
	});

	it('flags the overloaded station and gives an infinite sojourn, never NaN', () => {
		const r = jackson({ ...jn1, routing: [jn1.routing[0], jn1.routing[1], [0, 0.8, 0]] });
		expect(r.stable).toBe(false);
		expect(r.stations[1].stable).toBe(false); // processing: 50/h offered to 15/h capacity
		expect(r.stations[0].stable).toBe(true);
		expect(r.sojourn).toBe(Infinity);
		expect(Number.isNaN(r.l)).toBe(false);
	});

	it('rejects a closed loop and malformed routing', () => {
		const loop = [
			[0, 1],
			[1, 0]
		];
		const stations = [
			{ c: 1, mu: 1 },
			{ c: 1, mu: 1 }
		];
		expect(() => jackson({ stations, external: [1, 0], routing: loop })).toThrow(RangeError);
		expect(() =>
			jackson({
				stations,
				external: [1, 0],
				routing: [
					[0.7, 0.7],
					[0, 0]
				]
			})
		).toThrow(RangeError);
		expect(() =>
			jackson({
				stations,
				external: [1],
				routing: [
					[0, 0],
					[0, 0]
				]
			})
		).toThrow(RangeError);
		expect(() => jackson({ stations, external: [1, 0], routing: [[0, 0]] })).toThrow(RangeError);
	});
});
