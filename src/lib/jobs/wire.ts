// Lossless JSON for job rows, whatever they hold, so shards computed on other machines merge
// into byte-identical results: typed arrays and ArrayBuffers (their bytes in base64, so every
// bit of every double, NaN and −0 included, survives), -0, NaN and ±Infinity, undefined,
// bigint, Map, Set, Date, nested objects and arrays. Nothing here knows a row's fields.
// Encoded values are plain JSON; objects with keys starting with "$" are wrapped so they
// never read as a tag.

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

const TYPED: Record<string, new (buffer: ArrayBuffer) => ArrayBufferView> = {
	Int8Array,
	Uint8Array,
	Uint8ClampedArray,
	Int16Array,
	Uint16Array,
	Int32Array,
	Uint32Array,
	Float32Array,
	Float64Array,
	BigInt64Array,
	BigUint64Array,
	DataView
};

function toBase64(bytes: Uint8Array): string {
	let s = '';
	for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	return btoa(s);
}

function fromBase64(text: string): ArrayBuffer {
	const s = atob(text);
	const bytes = new Uint8Array(s.length);
	for (let i = 0; i < s.length; i++) bytes[i] = s.charCodeAt(i);
	return bytes.buffer;
}

export function encodeValue(v: unknown): Json {
	if (v === null || typeof v === 'boolean' || typeof v === 'string') return v;
	if (typeof v === 'number') {
		if (Number.isFinite(v) && !Object.is(v, -0)) return v;
		return { $num: Object.is(v, -0) ? '-0' : String(v) };
	}
	if (v === undefined) return { $undef: 1 };
	if (typeof v === 'bigint') return { $bigint: v.toString() };
	if (Array.isArray(v)) return Array.from(v, encodeValue);
	if (ArrayBuffer.isView(v)) {
		const name = v.constructor.name;
		if (!(name in TYPED)) throw new Error(`cannot encode a ${name}`);
		return { $typed: name, base64: toBase64(new Uint8Array(v.buffer, v.byteOffset, v.byteLength)) };
	}
	if (v instanceof ArrayBuffer) return { $buffer: toBase64(new Uint8Array(v)) };
	if (v instanceof Map) return { $map: Array.from(v, ([k, x]) => [encodeValue(k), encodeValue(x)]) };
	if (v instanceof Set) return { $set: Array.from(v, encodeValue) };
	if (v instanceof Date) return { $date: v.getTime() };
	if (typeof v === 'object') {
		const out: { [k: string]: Json } = {};
		let tagged = false;
		for (const [k, x] of Object.entries(v)) {
			if (k.startsWith('$')) tagged = true;
			out[k] = encodeValue(x);
		}
		return tagged ? { $object: out } : out;
	}
	throw new Error(`cannot encode a ${typeof v}`);
}

export function decodeValue(j: Json): unknown {
	if (j === null || typeof j !== 'object') return j;
	if (Array.isArray(j)) return j.map(decodeValue);
	if ('$num' in j) return j.$num === '-0' ? -0 : Number(j.$num);
	if ('$undef' in j) return undefined;
	if ('$bigint' in j) return BigInt(j.$bigint as string);
	if ('$typed' in j) {
		const Ctor = TYPED[j.$typed as string];
		if (!Ctor) throw new Error(`unknown typed array ${String(j.$typed)}`);
		return new Ctor(fromBase64(j.base64 as string));
	}
	if ('$buffer' in j) return fromBase64(j.$buffer as string);
	if ('$map' in j) return new Map((j.$map as [Json, Json][]).map(([k, x]) => [decodeValue(k), decodeValue(x)]));
	if ('$set' in j) return new Set((j.$set as Json[]).map(decodeValue));
	if ('$date' in j) return new Date(j.$date as number);
	const src = ('$object' in j ? j.$object : j) as { [k: string]: Json };
	const out: Record<string, unknown> = {};
	for (const [k, x] of Object.entries(src)) out[k] = decodeValue(x);
	return out;
}
