import { describe, expect, it } from 'vitest';
import { decodeValue, encodeValue } from './wire';

const roundTrip = (v: unknown) => decodeValue(JSON.parse(JSON.stringify(encodeValue(v))));

describe('lossless row encoding', () => {
	it('keeps typed arrays bit for bit, NaN, -0 and infinities included', () => {
		const f = new Float64Array([1.1, -0, NaN, Infinity, -Infinity, 5e-324, 1 / 3]);
		const back = roundTrip(f) as Float64Array;
		expect(back).toBeInstanceOf(Float64Array);
		expect(new Uint8Array(back.buffer)).toEqual(new Uint8Array(f.buffer));
		const sub = new Int32Array([1, 2, 3, 4]).subarray(1, 3);
		expect(Array.from(roundTrip(sub) as Int32Array)).toEqual([2, 3]);
		expect(roundTrip(new Uint8Array(0))).toEqual(new Uint8Array(0));
	});

	it('keeps numbers, nesting, null, undefined and objects whose keys look like tags', () => {
		const v = { a: [-0, NaN, null, undefined, 'x', true], b: { $typed: 'not a tag', c: { d: 2 ** 53 } }, e: new Map([[1, new Set([2n])]]) };
		const back = roundTrip(v) as typeof v;
		expect(Object.is(back.a[0], -0)).toBe(true);
		expect(back.a[1]).toBeNaN();
		expect(back.a.slice(2)).toEqual([null, undefined, 'x', true]);
		expect(back.b).toEqual({ $typed: 'not a tag', c: { d: 2 ** 53 } });
		expect(back.e).toEqual(new Map([[1, new Set([2n])]]));
	});
});
