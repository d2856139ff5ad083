// Scenario files and share links. A share link carries the whole scenario in the URL hash,
// compressed with lz-string (`/open#s=<compressed>`): the hash never reaches a server, so
// nothing is sent anywhere. Reading a file or a link validates it and either returns the
// scenario or every problem as "path: message", so bad input never replaces saved work.

import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import { validateScenario, type Problem, type Scenario } from '$lib/sim';

export type ReadResult = { ok: true; scenario: Scenario; warnings: Problem[] } | { ok: false; problems: Problem[] };

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

/** Validates parsed input as a scenario. */
export function readScenario(data: unknown): ReadResult {
	const v = validateScenario(data);
	return v.ok ? { ok: true, scenario: v.scenario, warnings: v.warnings } : { ok: false, problems: v.problems };
}

/** Reads a scenario file's text (JSON). */
export function readScenarioText(text: string): ReadResult {
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch (e) {
		const reason = e instanceof Error ? e.message : String(e);
		return { ok: false, problems: [{ path: '$', message: `is not a JSON file (${reason})` }] };
	}
	return readScenario(data);
}

/** The hash fragment (without "#") that carries a scenario. */
export function encodeShare(scenario: Scenario): string {
	return `s=${compressToEncodedURIComponent(JSON.stringify(scenario))}`;
}

/** A full share link for a scenario, from the app's origin (e.g. location.origin). */
export function shareUrl(origin: string, scenario: Scenario, base = ''): string {
	return `${origin}${base}/open#${encodeShare(scenario)}`;
}

/** Reads the scenario carried by a share link's hash ("#s=…" or "s=…"). */
export function decodeShare(hash: string): ReadResult {
	const params = new URLSearchParams(hash.replace(/^#/, ''));
	const packed = params.get('s');
	if (!packed) return { ok: false, problems: [{ path: '$', message: 'the link carries no scenario (nothing after "#s=")' }] };
	// URLSearchParams turns "+" into a space; lz-string's URI alphabet uses "+"
	const json = decompressFromEncodedURIComponent(packed.replace(/ /g, '+'));
	if (!json) return { ok: false, problems: [{ path: '$', message: 'the link is damaged or cut short (it could not be decompressed)' }] };
	return readScenarioText(json);
}

/** Problems as lines "path: message". */
export function problemLines(problems: Problem[]): string[] {
	return problems.map((p) => `${p.path}: ${p.message}`);
}
