// Validation problems and engine errors in the user's language and in plain words: the step
// they concern by its name ("Tellers"), the field by its label ("servers"), and what is wrong
// from the catalogue (messages/problems.ts) filled with the problem's parameters — never a
// path such as `nodes[4].servers` or `$`. A problem without a known code (made outside the
// validator) keeps its English message.

import type { Problem } from '$lib/sim';
import { catalogue, format, lookup } from './catalogue';
import { LOCALE_TAGS, type Locale } from './locales';

export interface ProblemText {
	/** The step or part of the scenario: "Tellers", "Run settings", "Link Tellers → Leave". */
	place: string;
	/** What is wrong, starting with the field when there is one: "servers must be at least 1 (now 0)". */
	text: string;
	/** What is wrong without the field: "must be at least 1 (now 0)" (shown under the field itself). */
	what: string;
	/** "Tellers: servers must be at least 1 (now 0)". */
	full: string;
}

type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The path split into keys and indices: 'nodes[4].servers.count[2]' → ['nodes', 4, 'servers', 'count', 2]. */
export function pathParts(path: string): (string | number)[] {
	const out: (string | number)[] = [];
	const re = /\[(\d+)\]|\["((?:[^"\\]|\\.)*)"\]|\.?([^.[\]]+)/g;
	for (const m of path.replace(/^\$/, '').matchAll(re)) {
		if (m[1] !== undefined) out.push(Number(m[1]));
		else if (m[2] !== undefined) out.push(JSON.parse(`"${m[2]}"`) as string);
		else if (m[3] !== undefined) out.push(m[3]);
	}
	return out;
}

const chinese = (locale: Locale) => locale !== 'en';

/** A node's name (or id) by its index in the scenario. */
function nodeName(scenario: unknown, i: number): string | undefined {
	const nodes = isObj(scenario) ? scenario.nodes : undefined;
	const n = Array.isArray(nodes) ? nodes[i] : undefined;
	if (!isObj(n)) return undefined;
	if (typeof n.name === 'string' && n.name.trim() !== '') return n.name;
	return typeof n.id === 'string' ? n.id : undefined;
}

function nodeNameById(scenario: unknown, id: unknown): string {
	const nodes = isObj(scenario) ? scenario.nodes : undefined;
	if (Array.isArray(nodes)) {
		const i = nodes.findIndex((n) => isObj(n) && n.id === id);
		if (i >= 0) return nodeName(scenario, i) ?? String(id);
	}
	return typeof id === 'string' ? id : '?';
}

function numberLabel(locale: Locale, i: number): string {
	return chinese(locale) ? `第 ${i + 1} 项` : `#${i + 1}`;
}

/** Where a problem is, named for people, and the keys left over (the field inside that place). */
function placeOf(locale: Locale, parts: (string | number)[], scenario: unknown): { place: string; rest: (string | number)[] } {
	const t = (key: string, params?: Record<string, string | number>) => lookup(locale, `problems.${key}`, params);
	const [head, index] = parts;
	const indexed = typeof index === 'number';
	switch (head) {
		case undefined:
			return { place: t('place.file'), rest: [] };
		case 'nodes':
			if (indexed) return { place: nodeName(scenario, index) ?? t('place.nodes') + ' ' + numberLabel(locale, index), rest: parts.slice(2) };
			return { place: t('place.nodes'), rest: parts.slice(1) };
		case 'links': {
			if (!indexed) return { place: t('place.links'), rest: parts.slice(1) };
			const links = isObj(scenario) ? scenario.links : undefined;
			const l = Array.isArray(links) ? links[index] : undefined;
			if (!isObj(l)) return { place: `${t('place.links')} ${numberLabel(locale, index)}`, rest: parts.slice(2) };
			return { place: t('place.link', { from: nodeNameById(scenario, l.from), to: nodeNameById(scenario, l.to) }), rest: parts.slice(2) };
		}
		case 'segments': {
			if (!indexed) return { place: t('place.segments'), rest: parts.slice(1) };
			const segs = isObj(scenario) ? scenario.segments : undefined;
			const s = Array.isArray(segs) ? segs[index] : undefined;
			const name =
				isObj(s) && typeof s.name === 'string' && s.name.trim()
					? s.name
					: isObj(s) && typeof s.id === 'string'
						? s.id
						: numberLabel(locale, index);
			return { place: t('place.segment', { name }), rest: parts.slice(2) };
		}
		case 'run':
		case 'targets':
		case 'satisfaction':
			return { place: t(`place.${head}`), rest: parts.slice(1) };
		default:
			return { place: t('place.file'), rest: parts };
	}
}

/** A field's label in the language, or its key as the file writes it. */
function fieldLabel(locale: Locale, rest: (string | number)[]): string {
	return rest.map((k) => (typeof k === 'number' ? numberLabel(locale, k) : (catalogue[locale][`problems.field.${k}`] ?? k))).join(' › ');
}

/** Parameters that are names or ids, never numbers to format, even when they look like one. */
const NAMES = new Set([
	'node',
	'id',
	'name',
	'key',
	'on',
	'kind',
	'router',
	'field',
	'suggestion',
	'example',
	'segments',
	'choices',
	'version',
	'needs',
	'time'
]);

/** A number the validator wrote as text: "12000", "-2.5", "10,000" (never a quoted file value such as "\"12\""). */
const NUMERIC_TEXT = /^-?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/;

function localNumbers(locale: Locale, params: Record<string, string | number>): Record<string, string | number> {
	const nf = new Intl.NumberFormat(LOCALE_TAGS[locale], { maximumFractionDigits: 6 });
	const out: Record<string, string | number> = {};
	for (const [k, v] of Object.entries(params)) {
		if (typeof v === 'number') out[k] = k === 'count' ? v : nf.format(v);
		// numbers the validator already wrote as text ("got 12000") read with the locale's separators
		else if (!NAMES.has(k) && NUMERIC_TEXT.test(v)) out[k] = nf.format(Number(v.replace(/,/g, '')));
		else out[k] = v;
	}
	// lists of names read with the language's separator
	if (chinese(locale))
		for (const k of ['segments', 'choices'] as const) if (typeof out[k] === 'string') out[k] = (out[k] as string).replace(/", "/g, '"、"');
	return out;
}

/** Whether the catalogue can say this problem in every language. */
export function translatable(p: Problem): boolean {
	return p.code !== undefined && `problems.${p.code}` in catalogue.en;
}

/** A problem in the language, in plain words (see the top of this file). */
export function problemText(p: Problem, locale: Locale, scenario?: unknown): ProblemText {
	const { place, rest } = placeOf(locale, pathParts(p.path), scenario);
	const sep = chinese(locale) ? '：' : ': ';
	if (!translatable(p)) {
		const text = p.message;
		return { place, text, what: text, full: `${place}${sep}${text}` };
	}
	const template = catalogue[locale][`problems.${p.code}`] ?? catalogue.en[`problems.${p.code}`];
	const what = format(locale, template, localNumbers(locale, p.params ?? {}));
	// a whole sentence ("there is no exit", "{node} has no way out") follows a colon, without the field
	if (sentence(template)) return { place, text: capitalise(locale, what), what, full: `${place}${sep}${capitalise(locale, what)}` };
	const field = rest.length > 0 ? fieldLabel(locale, rest) : '';
	if (field) {
		const text = chinese(locale) ? `${field}${what}` : `${field} ${what}`;
		return { place, text, what, full: `${place}${sep}${text}` };
	}
	// a predicate ("is never reached") follows the step's name directly
	return { place, text: what, what, full: chinese(locale) ? `${place}${what}` : `${place} ${what}` };
}

function sentence(template: string): boolean {
	return /^(\{|"|“|「|there |the |…|[A-Z]|没有|沒有|各|运行|執行|系统|系統|进入|進入|顾客|顧客|…)/.test(template);
}

function capitalise(locale: Locale, s: string): string {
	return locale === 'en' ? s.charAt(0).toUpperCase() + s.slice(1) : s;
}
