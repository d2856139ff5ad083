// Checks a value against a declarative description (validate-spec.ts), field by field, and
// reports every mismatch at its exact path with a message that says what is expected.
// Unknown keys are allowed (files from newer versions may carry them) but a key that looks
// like a typo of a known one, or that belongs to another kind of object, gets a warning.

import type { ProblemCode } from './problem-codes';
import type { ProblemParams, Report } from './validate-report';
import {
	bound,
	describe,
	jsonType,
	limitText,
	numberLimit,
	specJsonType,
	type Field,
	type ObjectSpec,
	type Spec,
	type TaggedSpec
} from './validate-spec';
import { at, choices, didYouMean, has, inlineJson, isObj, item, own, show, shown, suggest } from './validate-text';

/** Keys looked at for typos per object; beyond this a pathological object is not scanned further. */
const MAX_KEYS_SCANNED = 500;

/** Checks `value` at `path` against `spec`, reporting into `report`. */
export function walk(value: unknown, spec: Spec, path: string, report: Report, hint?: string): void {
	const got = shown(value);
	const fail = (code: ProblemCode, params: ProblemParams = {}, extra = '') =>
		report.error(path, `must be ${describe(spec)} (got ${show(value)})${extra}${hint ? ` — ${hint}` : ''}`, code, { got, ...params });
	switch (spec.type) {
		case 'number': {
			if (typeof value !== 'number' || !Number.isFinite(value)) return fail(spec.integer ? 'value.notWhole' : 'value.notNumber');
			if (spec.integer && !Number.isInteger(value)) return fail('value.notWhole');
			if (spec.min !== undefined && value < spec.min) return fail('value.min', { min: spec.min });
			if (spec.gt !== undefined && value <= spec.gt) return fail('value.gt', { gt: spec.gt });
			if (spec.max !== undefined && value > spec.max) return fail('value.max', { max: spec.max });
			const limit = numberLimit(spec);
			if (Math.abs(value) > limit)
				return report.error(
					path,
					`is too large (got ${show(value)}): the allowed range is ${limitText(spec)} — larger values are beyond what a run can simulate; check the number and its unit`,
					'value.outOfRange',
					{ got, low: bound(spec.min ?? spec.gt ?? -limit), high: bound(spec.max !== undefined ? Math.min(spec.max, limit) : limit) }
				);
			return;
		}
		case 'string': {
			if (typeof value !== 'string') return fail('value.notText');
			if (spec.enum && !spec.enum.includes(value))
				return fail('value.notOneOf', { choices: choices(spec.enum) }, didYouMean(value, spec.enum));
			if (spec.nonEmpty && value.trim() === '') return fail('value.empty');
			if (spec.pattern && !new RegExp(`^(?:${spec.pattern})$`).test(value)) return fail('value.time');
			return;
		}
		case 'const':
			if (value !== spec.value)
				fail(
					'value.const',
					{ expected: JSON.stringify(spec.value) },
					typeof spec.value === 'string' ? didYouMean(value, [spec.value]) : ''
				);
			return;
		case 'boolean':
			if (typeof value !== 'boolean') fail('value.notBoolean');
			return;
		case 'null':
			if (value !== null) fail('value.notNull');
			return;
		case 'array': {
			if (!Array.isArray(value)) return fail('value.notList');
			if (spec.minItems !== undefined && value.length < spec.minItems) return fail('value.emptyList');
			if (spec.maxItems !== undefined && value.length > spec.maxItems)
				return report.error(
					path,
					`lists ${bound(value.length)} entries; at most ${bound(spec.maxItems)} are allowed (what one run can hold in memory) — shorten the list, e.g. with longer periods`,
					'value.tooMany',
					{ count: value.length, max: spec.maxItems }
				);
			for (let i = 0; i < value.length; i++) walk(value[i], spec.items, item(path, i), report);
			return;
		}
		case 'object':
			if (!isObj(value)) return fail('value.notObject', { example: example(spec.noun) });
			return walkObject(value, spec, path, report, []);
		case 'tagged':
			if (!isObj(value)) return fail('value.notObject', { example: example(spec.noun) });
			return walkTagged(value, spec, path, report);
		case 'either': {
			const t = jsonType(value);
			const option = spec.options.find((o) => specJsonType(o) === t);
			if (!option) return fail('value.wrongType');
			return walk(value, option, path, report, hint);
		}
	}
}

/** The JSON part of an object's noun ('a position { "x": 100, "y": 50 }' → '{ "x": 100, "y": 50 }'). */
function example(noun: string): string {
	const i = noun.indexOf('{');
	return i >= 0 ? noun.slice(i) : '{ … }';
}

function walkTagged(value: Record<string, unknown>, spec: TaggedSpec, path: string, report: Report): void {
	const tags = Object.keys(spec.variants);
	const tagPath = at(path, spec.tag);
	if (!has(value, spec.tag)) {
		report.error(tagPath, `missing — add "${spec.tag}" with one of ${tags.map((t) => JSON.stringify(t)).join(', ')}`, 'kind.missing', {
			field: spec.tag,
			choices: choices(tags)
		});
		return;
	}
	const tag = own(value, spec.tag);
	const variant = typeof tag === 'string' && Object.prototype.hasOwnProperty.call(spec.variants, tag) ? spec.variants[tag] : undefined;
	if (!variant) {
		report.error(
			tagPath,
			`must be one of ${tags.map((t) => JSON.stringify(t)).join(', ')} (got ${show(tag)})${didYouMean(tag, tags)}`,
			'kind.unknown',
			{
				field: spec.tag,
				choices: choices(tags),
				got: shown(tag)
			}
		);
		return;
	}
	const elsewhere = new Set<string>();
	for (const v of Object.values(spec.variants)) for (const k of Object.keys(v.fields)) elsewhere.add(k);
	walkObject(value, variant, path, report, [...elsewhere], `when "${spec.tag}" is ${JSON.stringify(tag)}`);
}

function walkObject(
	value: Record<string, unknown>,
	spec: ObjectSpec,
	path: string,
	report: Report,
	otherKinds: readonly string[],
	kindText = ''
): void {
	for (const [key, field] of Object.entries(spec.fields)) {
		const p = at(path, key);
		if (has(value, key)) walk(own(value, key), field.spec, p, report, field.hint);
		else if (field.required) report.error(p, missingMessage(key, field), 'field.missing', missingParams(key, field));
	}
	for (const c of spec.conditions ?? []) {
		const v = own(value, c.when);
		const applies = c.isList ? Array.isArray(v) : v === c.equals;
		if (!applies) continue;
		for (const key of c.require) {
			if (!has(value, key))
				report.error(
					at(path, key),
					`${missingMessage(key, spec.fields[key])} — ${c.because}`,
					'field.missing',
					missingParams(key, spec.fields[key])
				);
		}
	}
	if (!spec.open) warnUnknownKeys(value, spec, path, report, otherKinds, kindText);
	spec.check?.(value, path, report);
}

function missingParams(key: string, field: Field): ProblemParams {
	const e = field.spec.type === 'const' ? field.spec.value : field.example;
	return { field: key, example: e === undefined ? '…' : `"${key}": ${inlineJson(e)}` };
}

function missingMessage(key: string, field: Field): string {
	const what = describe(field.spec);
	if (field.spec.type === 'const') return `missing — add "${key}": ${JSON.stringify(field.spec.value)}`;
	if (typeof field.example === 'object' && field.example !== null) return `missing — add it, e.g. "${key}": ${inlineJson(field.example)}`;
	if (field.example !== undefined) return `missing — add it, e.g. "${key}": ${inlineJson(field.example)} (${what})`;
	return `missing — add "${key}" with ${what}`;
}

function warnUnknownKeys(
	value: Record<string, unknown>,
	spec: ObjectSpec,
	path: string,
	report: Report,
	otherKinds: readonly string[],
	kindText: string
): void {
	const known = Object.keys(spec.fields);
	let scanned = 0;
	for (const key of Object.keys(value)) {
		if (Object.prototype.hasOwnProperty.call(spec.fields, key)) continue;
		if (++scanned > MAX_KEYS_SCANNED) return;
		const p = at(path, key);
		if (otherKinds.includes(key)) {
			report.warn(p, `is not used ${kindText} and is ignored — remove it, or change the kind if it was meant`, 'key.otherKind', { key });
			continue;
		}
		if (key.length < 3) continue;
		const s = suggest(key, known);
		if (s !== undefined && !has(value, s))
			report.warn(p, `unknown key, ignored — did you mean "${s}"? Rename it if so`, 'key.typo', { key, suggestion: s });
	}
}
