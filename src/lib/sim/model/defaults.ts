// Fills every optional field a scenario leaves out with its documented default, so code that
// runs or displays a scenario never guesses. The defaults are declared once, in the field
// descriptions (validate-fields*.ts), which also feed the JSON Schema and the docs; the one
// default that depends on the rest of the scenario — a segment's wait tolerance — is here.

import type { Scenario, Tolerance } from './scenario';
import { scenarioSpec } from './validate-fields';
import { jsonType, specJsonType, type Spec } from './validate-spec';
import { has, isObj, own } from './validate-text';

/** Bank or retail counter (satisfaction-model.md, default tolerances), perceived minutes. */
export const COUNTER_TOLERANCE: Readonly<Tolerance> = { desired: 2, adequate: 5 };
/** Phone queue: 20 seconds desired (the 80/20 convention), 2 minutes adequate. */
export const PHONE_TOLERANCE: Readonly<Tolerance> = { desired: 1 / 3, adequate: 2 };

/**
 * A new scenario with every absent optional field set to its default; the input is not changed.
 * Expects a scenario that passed validateScenario.
 */
export function withDefaults(s: Scenario): Scenario {
	const out = fill(copy(s), scenarioSpec) as Scenario;
	const tolerance = defaultTolerance(out);
	for (const segment of out.segments) if (segment.tolerance === undefined) segment.tolerance = { ...tolerance };
	return out;
}

/** The tolerance a segment gets when it gives none: phone when every queue in the flow is a phone queue. */
export function defaultTolerance(s: Pick<Scenario, 'nodes'>): Tolerance {
	const queues = s.nodes.filter((n) => n.kind === 'station' || n.kind === 'self-service');
	const phone = queues.length > 0 && queues.every((n) => own(n, 'waitExperience') === 'phone');
	return { ...(phone ? PHONE_TOLERANCE : COUNTER_TOLERANCE) };
}

function fill(v: unknown, spec: Spec): unknown {
	switch (spec.type) {
		case 'object': {
			if (!isObj(v)) return v;
			for (const [key, field] of Object.entries(spec.fields)) {
				if (has(v, key)) fill(v[key], field.spec);
				else if (field.default !== undefined) put(v, key, fill(copy(field.default), field.spec));
			}
			return v;
		}
		case 'tagged': {
			const tag = own(v, spec.tag);
			if (typeof tag === 'string' && Object.prototype.hasOwnProperty.call(spec.variants, tag)) fill(v, spec.variants[tag]);
			return v;
		}
		case 'array':
			if (Array.isArray(v)) for (const x of v) fill(x, spec.items);
			return v;
		case 'either': {
			const option = spec.options.find((o) => specJsonType(o) === jsonType(v));
			if (option) fill(v, option);
			return v;
		}
		default:
			return v;
	}
}

/**
 * A deep copy of JSON data; keys such as "__proto__" stay plain data. A value that contains
 * itself (possible only when built in code, never from a file) is shared, not copied forever.
 */
function copy(v: unknown, inside = new Set<unknown>()): unknown {
	if (typeof v !== 'object' || v === null || inside.has(v)) return v;
	inside.add(v);
	let out: unknown;
	if (Array.isArray(v)) out = v.map((x) => copy(x, inside));
	else {
		const o: Record<string, unknown> = {};
		for (const key of Object.keys(v)) put(o, key, copy((v as Record<string, unknown>)[key], inside));
		out = o;
	}
	inside.delete(v);
	return out;
}

function put(o: Record<string, unknown>, key: string, value: unknown): void {
	Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });
}
