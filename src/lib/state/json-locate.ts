// Where a JSON text stops being JSON. JSON.parse's messages name a position only for some
// errors (and never a line), so when it fails this scanner finds the first offending
// character and gives its line and column (1-based; a tab or any character counts as one
// column). It uses an explicit stack, so deep nesting cannot overflow it.

export type JsonFault = 'end' | 'unexpected' | 'string' | 'escape' | 'control' | 'number' | 'extra';

export interface JsonErrorAt {
	offset: number;
	line: number;
	column: number;
	fault: JsonFault;
	/** The offending character, when there is one. */
	found?: string;
}

/** Line and column (1-based) of an offset in text. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
	let line = 1;
	let start = 0;
	for (let i = 0; i < offset && i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
			line++;
			start = i + 1;
		}
	}
	return { line, column: offset - start + 1 };
}

const WS = new Set([32, 9, 10, 13]);

/** The first syntax error of a JSON text, or null if it is valid JSON. */
export function findJsonError(text: string): JsonErrorAt | null {
	let i = 0;
	const n = text.length;
	const fail = (fault: JsonFault, at = i): JsonErrorAt => {
		const end = at >= n;
		const f: JsonFault = end && fault !== 'extra' ? 'end' : fault;
		return { offset: at, ...lineColumn(text, at), fault: f, ...(end ? {} : { found: String.fromCodePoint(text.codePointAt(at)!) }) };
	};
	const ws = () => {
		while (i < n && WS.has(text.charCodeAt(i))) i++;
	};
	const literal = (word: string): boolean => {
		for (let k = 0; k < word.length; k++) if (text[i + k] !== word[k]) return ((i += k), false);
		i += word.length;
		return true;
	};
	const string = (): JsonErrorAt | null => {
		i++; // opening quote
		for (;;) {
			if (i >= n) return fail('string');
			const c = text.charCodeAt(i);
			if (c === 34) {
				i++;
				return null;
			}
			if (c < 32) return fail('control');
			if (c === 92) {
				const e = text[i + 1];
				if (e === 'u') {
					if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return fail('escape');
					i += 6;
				} else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
				else return fail('escape');
			} else i++;
		}
	};
	const number = (): JsonErrorAt | null => {
		const m = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
		if (!m) return fail('number');
		i += m[0].length;
		return null;
	};
	// one value; containers push what they expect next
	type Frame = { kind: '{' | '['; state: 'first' | 'key' | 'colon' | 'value' | 'comma' };
	const stack: Frame[] = [];
	let expectValue = true;
	for (;;) {
		ws();
		const top = stack[stack.length - 1];
		if (expectValue) {
			if (i >= n) return fail('end');
			const ch = text[i];
			if (top?.state === 'first' && ch === (top.kind === '{' ? '}' : ']')) {
				i++;
				stack.pop();
				expectValue = false;
				continue;
			}
			if (top?.kind === '{' && (top.state === 'first' || top.state === 'key')) {
				if (ch !== '"') return fail('unexpected');
				const e = string();
				if (e) return e;
				top.state = 'colon';
				ws();
				if (text[i] !== ':') return fail('unexpected');
				i++;
				top.state = 'value';
				continue;
			}
			if (top) top.state = 'comma';
			if (ch === '{' || ch === '[') {
				i++;
				stack.push({ kind: ch, state: 'first' });
				continue;
			}
			let e: JsonErrorAt | null = null;
			if (ch === '"') e = string();
			else if (ch === '-' || (ch >= '0' && ch <= '9')) e = number();
			else if (ch === 't' || ch === 'f' || ch === 'n') {
				if (!literal(ch === 't' ? 'true' : ch === 'f' ? 'false' : 'null')) return fail('unexpected');
			} else return fail('unexpected');
			if (e) return e;
			expectValue = false;
			continue;
		}
		// after a value
		if (!top) {
			if (i < n) return fail('extra');
			return null;
		}
		if (i >= n) return fail('end');
		const ch = text[i];
		if (ch === ',') {
			i++;
			top.state = top.kind === '{' ? 'key' : 'value';
			expectValue = true;
		} else if (ch === (top.kind === '{' ? '}' : ']')) {
			i++;
			stack.pop();
		} else return fail('unexpected');
	}
}
