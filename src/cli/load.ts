// Reading a scenario file for the command line: the text encoding (UTF-8 with or without a
// byte-order mark, UTF-16 LE/BE, or another encoding detected and named, e.g. GB18030), JSON
// errors always with line and column, migration from older format versions, then the engine's
// validator. Never throws for a bad file; returns the problems as `path: message` lines.

import { readFileSync } from 'node:fs';
import jschardet from 'jschardet';
import { migrateScenario, validateScenario, type Problem, type Scenario } from '../lib/sim/index';

export type Loaded = { ok: true; scenario: Scenario; warnings: Problem[] } | { ok: false; problems: Problem[] };

export type Decoded = { ok: true; text: string; encoding: string } | { ok: false; message: string };

function tryDecode(label: string, bytes: Uint8Array): string | null {
	try {
		return new TextDecoder(label, { fatal: true }).decode(bytes);
	} catch {
		return null;
	}
}

/** The text of a file's bytes and the encoding it was read in (UTF-8 unless said otherwise). */
export function decodeText(bytes: Uint8Array): Decoded {
	const b = bytes;
	const bom = (label: string, name: string, skip: number): Decoded => {
		const text = tryDecode(label, b.subarray(skip));
		return text === null
			? { ok: false, message: `the file starts with a ${name} byte-order mark but is not valid ${name}` }
			: { ok: true, text, encoding: name };
	};
	if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return bom('utf-8', 'UTF-8', 3);
	if (b[0] === 0xff && b[1] === 0xfe) return bom('utf-16le', 'UTF-16 LE', 2);
	if (b[0] === 0xfe && b[1] === 0xff) return bom('utf-16be', 'UTF-16 BE', 2);
	// UTF-16 without a mark: JSON starts with an ASCII character, so one of its first two bytes is 0
	if (b.length >= 2 && b.length % 2 === 0 && (b[0] === 0) !== (b[1] === 0)) {
		const label = b[0] === 0 ? 'utf-16be' : 'utf-16le';
		const text = tryDecode(label, b);
		if (text !== null) return { ok: true, text, encoding: label === 'utf-16be' ? 'UTF-16 BE' : 'UTF-16 LE' };
	}
	const utf8 = tryDecode('utf-8', b);
	if (utf8 !== null) return { ok: true, text: utf8, encoding: 'UTF-8' };
	// a scenario is mostly ASCII (keys, numbers): detect on the runs of other bytes alone (names), or
	// the detector sees too little of them to recognise, say, GB18030
	const runs: number[] = [];
	for (let i = 0; i < b.length; i++) {
		if (b[i] >= 0x80) runs.push(b[i]);
		else if (runs.length && runs[runs.length - 1] !== 0x20) runs.push(0x20);
	}
	const guess = jschardet.detect(Buffer.from(runs)).encoding;
	const label = guess ? (/^gb/i.test(guess) ? 'gb18030' : guess.toLowerCase()) : null;
	const name = label === 'gb18030' ? 'GB18030' : guess;
	if (label) {
		const text = tryDecode(label, b);
		if (text !== null) return { ok: true, text, encoding: name! };
	}
	return {
		ok: false,
		message: `the file is not UTF-8${name ? ` (it looks like ${name}, which could not be read)` : ''}: save it as UTF-8 and try again`
	};
}

/** Offset of the first JSON syntax error in text (the engine's JSON.parse does not always say). */
export function jsonErrorOffset(text: string): number {
	let i = 0;
	const n = text.length;
	const fail = (): never => {
		throw i;
	};
	const ws = () => {
		while (i < n && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
	};
	const string = () => {
		i++;
		while (i < n) {
			const c = text.charCodeAt(i);
			if (c === 34) return void i++;
			if (c < 32) fail();
			if (c === 92) {
				const e = text[i + 1];
				if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
				else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 6;
				else return void ((i += 1), fail());
			} else i++;
		}
		fail();
	};
	const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
	const value = (): void => {
		ws();
		const c = text[i];
		if (c === '{' || c === '[') {
			const close = c === '{' ? '}' : ']';
			i++;
			ws();
			if (text[i] === close) return void i++;
			for (;;) {
				if (c === '{') {
					ws();
					if (text[i] !== '"') fail();
					string();
					ws();
					if (text[i] !== ':') fail();
					i++;
				}
				value();
				ws();
				if (text[i] === ',') i++;
				else if (text[i] === close) return void i++;
				else fail();
			}
		}
		if (c === '"') return string();
		NUMBER.lastIndex = i;
		if (NUMBER.test(text)) return void (i = NUMBER.lastIndex);
		for (const lit of ['true', 'false', 'null']) if (text.startsWith(lit, i)) return void (i += lit.length);
		fail();
	};
	try {
		value();
		ws();
		if (i < n) fail();
		return -1;
	} catch (e) {
		return typeof e === 'number' ? e : -1;
	}
}

/** "line L, column C" of an offset in text (1-based, columns in characters). */
export function lineColumn(text: string, offset: number): string {
	const before = text.slice(0, offset);
	const line = before.split('\n').length;
	const column = offset - before.lastIndexOf('\n');
	return `line ${line}, column ${column}`;
}

function jsonProblem(text: string, message: string): string {
	const reason = message
		.replace(/^JSON\.parse: /, '')
		.replace(/ in JSON at position \d+.*$/, '')
		.replace(/, ".*" is not valid JSON$/s, '');
	const m = / at position (\d+)/.exec(message);
	let offset = m ? Number(m[1]) : jsonErrorOffset(text);
	if (offset < 0) offset = text.length;
	return `not valid JSON at ${lineColumn(text, offset)}: ${offset >= text.length ? 'the file ends too early' : reason}`;
}

export function loadScenario(file: string): Loaded {
	let bytes: Uint8Array;
	try {
		bytes = readFileSync(file);
	} catch (e) {
		const code = (e as NodeJS.ErrnoException).code;
		const why =
			code === 'ENOENT'
				? 'no such file'
				: code === 'EISDIR'
					? 'is a folder, not a file'
					: code === 'EACCES'
						? 'permission denied'
						: (e as Error).message;
		return { ok: false, problems: [{ path: file, message: `cannot read the scenario: ${why}` }] };
	}
	const decoded = decodeText(bytes);
	if (!decoded.ok) return { ok: false, problems: [{ path: file, message: decoded.message }] };
	const text = decoded.text.replace(/^\uFEFF/, '');
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch (e) {
		return { ok: false, problems: [{ path: file, message: jsonProblem(text, (e as Error).message) }] };
	}
	const migrated = migrateScenario(json);
	const result = validateScenario(migrated.scenario);
	if (!result.ok) return { ok: false, problems: result.problems };
	const warnings = [...result.warnings];
	if (decoded.encoding !== 'UTF-8' && !decoded.encoding.startsWith('UTF-16'))
		warnings.unshift({
			path: file,
			message: `read as ${decoded.encoding} (the file is not UTF-8); check the names, and save it as UTF-8 to be sure`
		});
	return { ok: true, scenario: result.scenario, warnings };
}
