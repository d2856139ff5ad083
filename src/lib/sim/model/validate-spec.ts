// The declarative vocabulary the scenario format is described in: each object lists its fields
// with type, range, allowed words, whether required, default and a one-line doc. The validator
// checks input against these descriptions, the JSON Schema and the field reference in the docs
// are generated from them, and withDefaults fills defaults from them — so the four cannot drift.
// Rules that relate several fields (min ≤ max, shares sum to 1, the flow graph) are code: an
// object description may carry a `check` hook, and the graph checks live in validate-graph.ts.

import { MAX_MAGNITUDE } from './validate-limits';
import type { Report } from './validate-report';
import type { Obj } from './validate-text';

interface Common {
	/** Name under `$defs` in the JSON Schema when the description is shared. */
	defName?: string;
}

export interface NumberSpec extends Common {
	type: 'number';
	integer?: boolean;
	/** Inclusive lower bound. */
	min?: number;
	/** Exclusive lower bound ("> 0"). */
	gt?: number;
	/** Inclusive upper bound. */
	max?: number;
	/**
	 * Largest magnitude accepted (|value| ≤ limit): not part of the meaning but what one file may
	 * ask for (validate-limits.ts). Absent: MAX_MAGNITUDE.
	 */
	limit?: number;
	unit?: string;
}

export interface StringSpec extends Common {
	type: 'string';
	enum?: readonly string[];
	nonEmpty?: boolean;
	/** Regular-expression source, anchored. */
	pattern?: string;
	/** How the pattern is explained to people, e.g. 'a time of day like "09:00"'. */
	patternText?: string;
}

export interface ConstSpec extends Common {
	type: 'const';
	value: string | number;
}

export interface BooleanSpec extends Common {
	type: 'boolean';
}

export interface NullSpec extends Common {
	type: 'null';
}

export interface ArraySpec extends Common {
	type: 'array';
	items: Spec;
	minItems?: number;
	/** Most items accepted (per-period tables, traces): keeps what one file can ask for bounded. */
	maxItems?: number;
}

/** A field of an object: its description, whether required, its default and a doc line. */
export interface Field {
	spec: Spec;
	required?: boolean;
	/** The value withDefaults writes when the field is absent (JSON value). */
	default?: unknown;
	/** Explains a default that depends on other fields (not written into the JSON Schema). */
	defaultDoc?: string;
	doc: string;
	/** Shown in "missing — add …" messages. */
	example?: unknown;
	/** Appended to "must be …" messages for this field, e.g. what a wrong value usually means. */
	hint?: string;
}

/** "When `when` equals `equals` (or is a list), the fields in `require` are required because …". */
export interface Condition {
	when: string;
	equals?: string;
	isList?: true;
	require: readonly string[];
	because: string;
}

/** Cross-field rule run after the fields of an object were checked one by one. */
export type Hook = (value: Obj, path: string, report: Report) => void;

export interface ObjectSpec extends Common {
	type: 'object';
	/** How the object is named in messages, e.g. 'a distribution such as { "dist": "exponential", "mean": 5 }'. */
	noun: string;
	/** Title used in the docs' field reference and the schema. */
	title: string;
	doc?: string;
	fields: Record<string, Field>;
	conditions?: readonly Condition[];
	check?: Hook;
	/** Free-form (e.g. satisfaction parameters): unknown keys are not typo-checked. */
	open?: true;
}

/** An object whose kind is chosen by one field (`dist`, `kind`, `type`). */
export interface TaggedSpec extends Common {
	type: 'tagged';
	tag: string;
	noun: string;
	title: string;
	variants: Record<string, ObjectSpec>;
}

/** One of several descriptions of different JSON types (e.g. a number or a list). */
export interface EitherSpec extends Common {
	type: 'either';
	options: readonly Spec[];
}

export type Spec = NumberSpec | StringSpec | ConstSpec | BooleanSpec | NullSpec | ArraySpec | ObjectSpec | TaggedSpec | EitherSpec;

export type JsonType = 'null' | 'boolean' | 'number' | 'string' | 'array' | 'object' | 'other';

export function jsonType(v: unknown): JsonType {
	if (v === null) return 'null';
	if (Array.isArray(v)) return 'array';
	switch (typeof v) {
		case 'boolean':
			return 'boolean';
		case 'number':
			return 'number';
		case 'string':
			return 'string';
		case 'object':
			return 'object';
		default:
			return 'other';
	}
}

/** The JSON type a description accepts (an `either` is dispatched by it). */
export function specJsonType(spec: Spec): JsonType {
	switch (spec.type) {
		case 'const':
			return typeof spec.value === 'number' ? 'number' : 'string';
		case 'tagged':
			return 'object';
		case 'either':
			return 'other';
		default:
			return spec.type;
	}
}

/** What a value of this description is, in words: "a whole number ≥ 0", "one of "fifo" or "priority"". */
export function describe(spec: Spec): string {
	switch (spec.type) {
		case 'number':
			return describeNumber(spec);
		case 'string':
			if (spec.enum) return spec.enum.length === 1 ? JSON.stringify(spec.enum[0]) : `one of ${quoteAll(spec.enum)}`;
			if (spec.patternText) return spec.patternText;
			return spec.nonEmpty ? 'a non-empty text in quotes' : 'a text in quotes';
		case 'const':
			return JSON.stringify(spec.value);
		case 'boolean':
			return 'true or false';
		case 'null':
			return 'null';
		case 'array':
			return `${spec.minItems ? 'a non-empty list' : 'a list'} [ … ] of ${plural(spec.items)}`;
		case 'object':
		case 'tagged':
			return spec.noun;
		case 'either':
			return spec.options.map(describe).join(', or ');
	}
}

/** The magnitude limit of a number description (validate-limits.ts). */
export function numberLimit(spec: NumberSpec): number {
	return spec.limit ?? Math.max(MAX_MAGNITUDE, Math.abs(spec.max ?? 0), Math.abs(spec.min ?? 0));
}

/** The allowed range of a number with its limit, e.g. "> 0 and ≤ 1,000,000 minutes", "from −100 to 100". */
export function limitText(spec: NumberSpec): string {
	const limit = numberLimit(spec);
	const top = spec.max !== undefined ? Math.min(spec.max, limit) : limit;
	const unit = spec.unit ? ` ${spec.unit}` : '';
	if (spec.min !== undefined) return `from ${bound(spec.min)} to ${bound(top)}${unit}`;
	if (spec.gt !== undefined) return `> ${bound(spec.gt)} and ≤ ${bound(top)}${unit}`;
	return `from ${bound(-limit)} to ${bound(top)}${unit}`;
}

/** A bound as people read it: 100,000 rather than 100000 or 1e5. */
export function bound(n: number): string {
	return Math.abs(n) >= 10_000 ? n.toLocaleString('en', { maximumFractionDigits: 12 }) : String(n);
}

function describeNumber(spec: NumberSpec): string {
	const base = spec.integer ? 'a whole number' : 'a number';
	let range = '';
	if (spec.min !== undefined && spec.max !== undefined) range = ` from ${spec.min} to ${spec.max}`;
	else if (spec.gt !== undefined) range = ` > ${spec.gt}${spec.max !== undefined ? ` and ≤ ${spec.max}` : ''}`;
	else if (spec.min !== undefined) range = ` ≥ ${spec.min}`;
	else if (spec.max !== undefined) range = ` ≤ ${spec.max}`;
	return `${base}${range}${spec.unit ? `, in ${spec.unit}` : ''}`;
}

/** A description in the plural: "numbers ≥ 0", "whole numbers ≥ 0". */
export function plural(spec: Spec): string {
	const one = describe(spec);
	const m = /^an? (whole number|number|text)(.*)$/.exec(one);
	if (m) return `${m[1] === 'whole number' ? 'whole numbers' : m[1] + 's'}${m[2]}`;
	return `items, each ${one}`;
}

function quoteAll(words: readonly string[]): string {
	const q = words.map((w) => JSON.stringify(w));
	return q.length <= 1 ? q.join('') : `${q.slice(0, -1).join(', ')} or ${q[q.length - 1]}`;
}

// Builders keep the field descriptions in validate-fields.ts short.

export const num = (o: Omit<NumberSpec, 'type'> = {}): NumberSpec => ({ type: 'number', ...o });
export const whole = (o: Omit<NumberSpec, 'type' | 'integer'> = {}): NumberSpec => ({ type: 'number', integer: true, ...o });
export const text = (o: Omit<StringSpec, 'type'> = {}): StringSpec => ({ type: 'string', ...o });
export const oneOf = (values: readonly string[]): StringSpec => ({ type: 'string', enum: values });
export const constant = (value: string | number): ConstSpec => ({ type: 'const', value });
export const bool = (): BooleanSpec => ({ type: 'boolean' });
export const nul = (): NullSpec => ({ type: 'null' });
export const list = (items: Spec, minItems?: number, maxItems?: number): ArraySpec => ({
	type: 'array',
	items,
	...(minItems ? { minItems } : {}),
	...(maxItems ? { maxItems } : {})
});
export const either = (...options: Spec[]): EitherSpec => ({ type: 'either', options });

export function required(spec: Spec, doc: string, example?: unknown): Field {
	return { spec, required: true, doc, ...(example !== undefined ? { example } : {}) };
}

export function optional(spec: Spec, doc: string, def?: unknown, defaultDoc?: string): Field {
	return {
		spec,
		doc,
		...(def !== undefined ? { default: def } : {}),
		...(defaultDoc !== undefined ? { defaultDoc } : {})
	};
}
