// Small helpers the validator uses to read untrusted input safely (own properties only, so keys
// such as "__proto__" are plain data) and to write its messages: paths like `nodes[2].servers`,
// values quoted the way the file shows them, and "did you mean …?" suggestions for typos.

export type Obj = Record<string, unknown>;

/** A plain JSON object (not null, not a list). */
export function isObj(v: unknown): v is Obj {
	return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The value stored under `key` in the object itself, never one inherited from a prototype. */
export function own(o: unknown, key: string): unknown {
	if (!isObj(o) || !Object.prototype.hasOwnProperty.call(o, key)) return undefined;
	return o[key];
}

export function has(o: unknown, key: string): boolean {
	return isObj(o) && Object.prototype.hasOwnProperty.call(o, key);
}

/** A finite number, or undefined for anything else (including NaN and Infinity). */
export function finite(v: unknown): number | undefined {
	return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

export function str(v: unknown): string | undefined {
	return typeof v === 'string' ? v : undefined;
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** The path of a key inside the object at `path`. */
export function at(path: string, key: string): string {
	const part = IDENTIFIER.test(key) ? key : `[${JSON.stringify(key)}]`;
	if (path === '' || path === '$') return part.startsWith('[') ? `$${part}` : part;
	return part.startsWith('[') ? `${path}${part}` : `${path}.${part}`;
}

/** The path of item `i` of the list at `path`. */
export function item(path: string, i: number): string {
	return `${path === '' ? '$' : path}[${i}]`;
}

/** A number as people read it: no floating-point noise such as 0.30000000000000004. */
export function fmt(n: number): string {
	if (!Number.isFinite(n)) return String(n);
	return String(Number(n.toPrecision(12)));
}

/** How a value looks in the file, for "(got …)" in messages. */
export function show(v: unknown): string {
	if (v === undefined) return 'nothing';
	if (v === null) return 'null';
	if (typeof v === 'number') return fmt(v);
	if (typeof v === 'boolean') return String(v);
	if (typeof v === 'string') {
		const s = v.length > 40 ? `${v.slice(0, 37)}...` : v;
		return JSON.stringify(s);
	}
	if (Array.isArray(v)) return v.length === 0 ? 'an empty list' : `a list of ${v.length}`;
	if (typeof v === 'object') return 'an object { … }';
	return `a ${typeof v}`;
}

/** A value as the file shows it, in no language: 5, "abc", null, [ ], [ … ], { … }, — for nothing. */
export function shown(v: unknown): string {
	if (v === undefined) return '—';
	if (typeof v === 'string') return JSON.stringify(v.length > 40 ? `${v.slice(0, 37)}...` : v);
	if (Array.isArray(v)) return v.length === 0 ? '[ ]' : '[ … ]';
	if (typeof v === 'object' && v !== null) return '{ … }';
	return show(v);
}

/** A node's name or id without the quotes messages put around it. */
export function unquote(label: string): string {
	try {
		const v: unknown = JSON.parse(label);
		return typeof v === 'string' ? v : label;
	} catch {
		return label;
	}
}

/** Words joined as a list of quoted choices: "a", "b" or "c". */
export function choices(words: readonly string[]): string {
	const q = words.map((w) => JSON.stringify(w));
	if (q.length <= 1) return q.join('');
	return `${q.slice(0, -1).join(', ')} or ${q[q.length - 1]}`;
}

/** Levenshtein distance, giving up (returning `limit + 1`) once it must exceed `limit`. */
export function editDistance(a: string, b: string, limit = 3): number {
	if (Math.abs(a.length - b.length) > limit) return limit + 1;
	let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const cur = [i];
		let best = i;
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
			best = Math.min(best, cur[j]);
		}
		if (best > limit) return limit + 1;
		prev = cur;
	}
	return prev[b.length];
}

/** The known word a typo most likely meant, if one is close enough (case is ignored). */
export function suggest(word: string, known: Iterable<string>): string | undefined {
	if (word.length === 0 || word.length > 64) return undefined;
	const w = word.toLowerCase();
	const limit = w.length <= 4 ? 1 : 2;
	let bestWord: string | undefined;
	let bestDistance = limit + 1;
	for (const k of known) {
		if (k === word) continue;
		if (w.length >= 3 && k.toLowerCase().startsWith(w)) return k;
		const d = editDistance(w, k.toLowerCase(), limit);
		if (d < bestDistance) {
			bestDistance = d;
			bestWord = k;
		}
	}
	return bestWord;
}

/** " — did you mean "x"?" or nothing. */
export function didYouMean(word: unknown, known: Iterable<string>): string {
	if (typeof word !== 'string') return '';
	const s = suggest(word, known);
	return s === undefined ? '' : ` — did you mean ${JSON.stringify(s)}?`;
}

/** JSON on one line with spaces, as people write it: { "mode": "day", "hours": 8 }. */
export function inlineJson(v: unknown): string {
	if (Array.isArray(v)) return `[${v.map(inlineJson).join(', ')}]`;
	if (isObj(v)) {
		const parts = Object.keys(v).map((k) => `${JSON.stringify(k)}: ${inlineJson(v[k])}`);
		return parts.length ? `{ ${parts.join(', ')} }` : '{}';
	}
	return JSON.stringify(v) ?? String(v);
}
