// Scenario files and share links. A share link carries the whole scenario in the URL hash,
// compressed with lz-string (`/open#s=<compressed>`): the hash never reaches a server, so
// nothing is sent anywhere. Reading a file or a link validates it and either returns the
// scenario or every problem as "path: message", so bad input never replaces saved work.

//
// Links and files come from anywhere, so reading them is bounded: a link longer than any the
// app makes, one that unpacks into more than a scenario could be (a decompression bomb), a
// nesting deeper than a scenario has, or anything that throws is refused with a message,
// quickly, never with an exception.

import { compressToEncodedURIComponent } from 'lz-string';
import { translate } from '$lib/i18n/catalogue';
import { validateScenario, type Problem, type Scenario } from '$lib/sim';
import { findJsonError } from './json-locate';
import { unpackShare } from './share-decode';

export type ReadResult = { ok: true; scenario: Scenario; warnings: Problem[] } | { ok: false; problems: Problem[] };

/** Words for messages: `say('harden.key', params)`; the app passes its t(), tests and tools get English. */
export type Say = (key: string, params?: Record<string, string | number>) => string;
export const english: Say = (key, params) => translate('en', key, params);

/** The longest share link hash read (characters); the app's links of the largest templates are a few thousand. */
export const MAX_LINK_CHARS = 200_000;
/** The most characters a link may unpack into (a scenario's JSON is tens of kilobytes). */
export const MAX_SCENARIO_CHARS = 2_000_000;
/** The deepest nesting of objects and arrays accepted in a scenario (real ones are under 10). */
export const MAX_DEPTH = 64;

/** The scenario file's text: exactly the scenario, as indented JSON. */
export function exportScenario(scenario: Scenario): string {
	return JSON.stringify(scenario, null, 2) + '\n';
}

/** A file name for a scenario: its name in lower case with dashes, ending in .json. */
export function exportFileName(scenario: Pick<Scenario, 'name'>): string {
	const slug = scenario.name
		.normalize('NFKD')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60);
	return `${slug || 'scenario'}.flowbench.json`;
}

/** The path of the first place nested deeper than `max` levels, or null; iterative, so any depth is safe. */
export function tooDeepAt(data: unknown, max = MAX_DEPTH): string | null {
	const stack: { value: unknown; depth: number; path: string }[] = [{ value: data, depth: 0, path: '' }];
	while (stack.length) {
		const { value, depth, path } = stack.pop()!;
		if (!value || typeof value !== 'object') continue;
		if (depth >= max) return path || '$';
		if (Array.isArray(value))
			for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], depth: depth + 1, path: `${path}[${i}]` });
		else
			for (const key of Object.keys(value).reverse())
				stack.push({ value: (value as Record<string, unknown>)[key], depth: depth + 1, path: path ? `${path}.${key}` : key });
	}
	return null;
}

const fail = (message: string, path = '$'): ReadResult => ({ ok: false, problems: [{ path, message }] });

/** Validates parsed input as a scenario. */
export function readScenario(data: unknown, say: Say = english): ReadResult {
	try {
		const deep = tooDeepAt(data);
		if (deep) return fail(say('harden.tooDeep', { max: MAX_DEPTH, path: deep.length > 80 ? `${deep.slice(0, 77)}…` : deep }));
		const v = validateScenario(data);
		return v.ok ? { ok: true, scenario: v.scenario, warnings: v.warnings } : { ok: false, problems: v.problems };
	} catch (e) {
		return fail(say('harden.unreadable', { reason: e instanceof Error ? e.message : String(e) }));
	}
}

/** The message for text that is not JSON: always with a line and column. */
export function jsonProblem(text: string, say: Say = english): Problem {
	const at = findJsonError(text) ?? { line: 1, column: 1, fault: 'unexpected' as const, found: text.charAt(0) };
	const key = {
		end: 'jsonEnd',
		unexpected: 'jsonUnexpected',
		string: 'jsonString',
		escape: 'jsonEscape',
		control: 'jsonControl',
		number: 'jsonNumber',
		extra: 'jsonExtra'
	}[at.fault];
	const code = at.found?.codePointAt(0) ?? 0;
	const found = at.found === undefined ? '' : code < 32 ? `U+${code.toString(16).padStart(4, '0').toUpperCase()}` : at.found;
	return { path: '$', message: say('harden.notJson', { line: at.line, column: at.column, what: say(`harden.${key}`, { found }) }) };
}

/** Reads a scenario file's text (JSON). */
export function readScenarioText(text: string, say: Say = english): ReadResult {
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return { ok: false, problems: [jsonProblem(text, say)] };
	}
	return readScenario(data, say);
}

/** The hash fragment (without "#") that carries a scenario. */
export function encodeShare(scenario: Scenario): string {
	return `s=${compressToEncodedURIComponent(JSON.stringify(scenario))}`;
}

/** A full share link for a scenario, from the app's origin (e.g. location.origin). */
export function shareUrl(origin: string, scenario: Scenario, base = ''): string {
	return `${origin}${base}/open#${encodeShare(scenario)}`;
}

/** Reads the scenario carried by a share link's hash ("#s=…" or "s=…"); never throws. */
export function decodeShare(hash: string, say: Say = english): ReadResult {
	try {
		if (hash.length > MAX_LINK_CHARS + 3) return fail(say('harden.linkTooLong', { count: hash.length, max: MAX_LINK_CHARS }));
		const params = new URLSearchParams(hash.replace(/^#/, ''));
		const packed = params.get('s');
		if (!packed) return fail(say('harden.linkNone'));
		// URLSearchParams turns "+" into a space; the reader takes a space as "+" (lz-string's URI alphabet)
		const unpacked = unpackShare(packed, MAX_SCENARIO_CHARS);
		if (!unpacked.ok) {
			if (unpacked.reason === 'too-large') return fail(say('harden.linkTooLarge', { max: MAX_SCENARIO_CHARS }));
			return fail(say(unpacked.reason === 'truncated' ? 'harden.linkTruncated' : 'harden.linkDamaged'));
		}
		return readScenarioText(unpacked.text, say);
	} catch (e) {
		return fail(say('harden.unreadable', { reason: e instanceof Error ? e.message : String(e) }));
	}
}

/** Problems as lines "path: message". */
export function problemLines(problems: Problem[]): string[] {
	return problems.map((p) => `${p.path}: ${p.message}`);
}
