// The committed JSON Schema and the docs' field reference are exactly what the field
// descriptions generate (run `npm run schema` when this fails), and the schema agrees with the
// validator on the examples and on broken copies of them.

import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { withDefaults } from './defaults';
import type { Scenario } from './scenario';
import { fieldReference, insertReference, scenarioSchema, scenarioSchemaText, type JsonSchema } from './schema';
import { scenarioSpec } from './validate-fields';
import type { Spec } from './validate-spec';

const root = new URL('../../../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');
const EXAMPLES = ['bank-branch-baseline', 'bank-branch-kiosks', 'call-centre-steady'];
// the schema describes the current format; the examples are version-1 files, which differ only in the version (tests/migration.test.ts)
const example = (name: string): any => ({ ...JSON.parse(read(`static/examples/${name}.json`)), version: 2 });

/** A small checker for the subset of JSON Schema 2020-12 the generator emits. */
function conforms(v: unknown, s: JsonSchema, defs: Record<string, JsonSchema>): boolean {
	if (typeof s.$ref === 'string') {
		const target = defs[s.$ref.replace('#/$defs/', '')];
		if (!target || !conforms(v, target, defs)) return false;
	}
	if ('const' in s && v !== s.const) return false;
	if (Array.isArray(s.enum) && !s.enum.includes(v)) return false;
	if (typeof s.type === 'string' && !hasType(v, s.type)) return false;
	if (typeof v === 'number') {
		if (typeof s.minimum === 'number' && v < s.minimum) return false;
		if (typeof s.exclusiveMinimum === 'number' && v <= s.exclusiveMinimum) return false;
		if (typeof s.maximum === 'number' && v > s.maximum) return false;
	}
	if (typeof v === 'string' && typeof s.pattern === 'string' && !new RegExp(s.pattern, 'u').test(v)) return false;
	if (Array.isArray(v)) {
		if (typeof s.minItems === 'number' && v.length < s.minItems) return false;
		if (s.items && !v.every((x) => conforms(x, s.items as JsonSchema, defs))) return false;
	}
	if (typeof v === 'object' && v !== null && !Array.isArray(v)) {
		const o = v as Record<string, unknown>;
		if (Array.isArray(s.required) && !s.required.every((k) => k in o)) return false;
		const props = (s.properties ?? {}) as Record<string, JsonSchema>;
		for (const [k, ps] of Object.entries(props)) if (k in o && !conforms(o[k], ps, defs)) return false;
	}
	if (Array.isArray(s.oneOf) && s.oneOf.filter((x) => conforms(v, x, defs)).length !== 1) return false;
	if (Array.isArray(s.allOf))
		for (const c of s.allOf as JsonSchema[])
			if (conforms(v, c.if as JsonSchema, defs) && !conforms(v, c.then as JsonSchema, defs)) return false;
	return true;
}

function hasType(v: unknown, type: string): boolean {
	switch (type) {
		case 'integer':
			return Number.isInteger(v);
		case 'number':
			return typeof v === 'number' && Number.isFinite(v);
		case 'array':
			return Array.isArray(v);
		case 'object':
			return typeof v === 'object' && v !== null && !Array.isArray(v);
		case 'null':
			return v === null;
		default:
			return typeof v === type;
	}
}

const schema = scenarioSchema();
const valid = (v: unknown) => conforms(v, schema, schema.$defs as Record<string, JsonSchema>);

describe('generated files are up to date (run `npm run schema` if not)', () => {
	test('docs/scenario.schema.json equals the generated schema', () => {
		expect(read('docs/scenario.schema.json')).toBe(scenarioSchemaText());
	});

	test('the field reference in docs/scenario-format.md equals the generated one', () => {
		const docs = read('docs/scenario-format.md');
		expect(docs).toBe(insertReference(docs));
		expect(docs).toContain(fieldReference());
	});
});

describe('the schema', () => {
	test('is draft 2020-12 with every $ref defined', () => {
		expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
		const refs = [...scenarioSchemaText().matchAll(/"\$ref": "#\/\$defs\/([^"]+)"/g)].map((m) => m[1]);
		expect(refs.length).toBeGreaterThan(0);
		for (const r of refs) expect(schema.$defs).toHaveProperty(r);
	});

	test.each(EXAMPLES)('accepts %s, with and without defaults filled in', (name) => {
		expect(valid(example(name))).toBe(true);
		expect(valid(withDefaults(example(name) as Scenario))).toBe(true);
	});

	test.each([
		['a wrong format', (s: Record<string, any>) => (s.format = 'x')],
		['an unknown mode', (s: Record<string, any>) => (s.run.mode = 'night')],
		['0 replications', (s: Record<string, any>) => (s.run.replications = 0)],
		['day mode without hours', (s: Record<string, any>) => delete s.run.hours],
		['a list of rates without periodMinutes', (s: Record<string, any>) => delete s.nodes[0].arrivals.periodMinutes],
		['an unknown distribution', (s: Record<string, any>) => (s.nodes[1].service.dist = 'normal')],
		['a fractional server count', (s: Record<string, any>) => (s.nodes[1].servers = 2.5)],
		['an empty node id', (s: Record<string, any>) => (s.nodes[1].id = ' ')],
		['a late opening label', (s: Record<string, any>) => (s.run.open = '24:00')],
		['a missing segment share', (s: Record<string, any>) => delete s.segments[0].share]
	])('rejects %s, as the validator does', (_, mutate) => {
		const s = example('bank-branch-baseline');
		mutate(s);
		expect(valid(s)).toBe(false);
	});

	test('documents every field', () => {
		const missing: string[] = [];
		const visit = (spec: Spec, path: string, seen: Set<Spec>): void => {
			if (seen.has(spec)) return;
			seen.add(spec);
			if (spec.type === 'object')
				for (const [k, f] of Object.entries(spec.fields)) {
					if (!f.doc.trim()) missing.push(`${path}.${k}`);
					visit(f.spec, `${path}.${k}`, seen);
				}
			else if (spec.type === 'tagged') for (const [t, v] of Object.entries(spec.variants)) visit(v, `${path}<${t}>`, seen);
			else if (spec.type === 'array') visit(spec.items, `${path}[]`, seen);
			else if (spec.type === 'either') spec.options.forEach((o) => visit(o, path, seen));
		};
		visit(scenarioSpec, '$', new Set());
		expect(missing).toEqual([]);
	});
});
