// The satisfaction panel's data: every parameter of the scenario's `satisfaction` object (its
// path, default, range and group) with what it rests on — evidence, practitioner data or a
// modelling choice — and the source, as in satisfaction-model.md and docs/satisfaction.md.
// Also the edits the panel makes: a scenario keeps only the keys the user set (sparse), and an
// empty `satisfaction` object is removed, so "absent" always means "the documented default".

import { DEFAULT_SATISFACTION as D } from '$lib/sim/satisfaction/params';
import type { SatisfactionSettings, Scenario, WaitExperienceMultipliers } from '$lib/sim';

export type EvidenceStatus = 'evidence' | 'practitioner' | 'choice' | 'magnitude';
/** Extra words on a status: "direction: evidence", "calibrated to practitioner data", … */
export type EvidenceQualifier = 'directionEvidence' | 'asymmetryEvidence' | 'calibrated' | 'secondary';

export type ScalarKey =
	| 'toleranceSpread'
	| 'baseline'
	| 'zonePenalty'
	| 'beyondPenalty'
	| 'maxWaitPenalty'
	| 'unresolved'
	| 'abandoned'
	| 'extraContact'
	| 'transfer'
	| 'overtake'
	| 'maxOvertakes'
	| 'promoterCut'
	| 'detractorCut'
	| 'npsScale'
	| 'expectedWaitShown'
	| 'afterServiceStarted';
type Multiplier = keyof WaitExperienceMultipliers;
/** A parameter: a top-level number, one wait-experience multiplier, the complaint probability, or the cutpoints (a list of 4). */
export type ParamKey = ScalarKey | `waitExperience.${Multiplier}` | 'complaints.veryDissatisfied' | 'cutpoints';
export type ParamGroup = 'tolerance' | 'perception' | 'penalties' | 'scales' | 'complaints';

export interface ParamDef {
	key: ParamKey;
	group: ParamGroup;
	/** Problem path of the field, e.g. "satisfaction.toleranceSpread". */
	path: string;
	/** The default (a list for the cutpoints). */
	def: number | readonly number[];
	min?: number;
	max?: number;
	step: number;
	status: EvidenceStatus;
	qualifier?: EvidenceQualifier;
	/** Short citations, author and year as written in satisfaction-model.md; empty: none. */
	sources: readonly string[];
	/** Message key prefix of its label and hint ("satisfaction"; format-v2 parameters: "channels-editor.sat"). */
	messages?: string;
}

/** Defaults of the format-v2 parameters: the engine's (satisfaction/params.ts). */
export const DEFAULT_AWAY = D.waitExperience.away;
export const DEFAULT_VERY_DISSATISFIED = D.complaints.veryDissatisfied;

const SQM = 'SQM Group';
const LARSON = 'Larson 1987';
const MAISTER = 'Maister 1985';

const p = (
	key: ParamKey,
	group: ParamGroup,
	def: number | readonly number[],
	rest: Omit<ParamDef, 'key' | 'group' | 'path' | 'def'>
): ParamDef => ({
	key,
	group,
	path: `satisfaction.${key}`,
	def,
	...rest
});

export const PARAMS: readonly ParamDef[] = [
	p('toleranceSpread', 'tolerance', D.toleranceSpread, { min: 0, max: 3, step: 0.05, status: 'choice', sources: [] }),
	p('waitExperience.unoccupied', 'perception', D.waitExperience.unoccupied, {
		min: 0,
		step: 0.01,
		status: 'magnitude',
		qualifier: 'secondary',
		sources: ['NYT 2012 "Why Waiting Is Torture"', MAISTER]
	}),
	p('waitExperience.phone', 'perception', D.waitExperience.phone, { min: 0, step: 0.01, status: 'choice', sources: [] }),
	p('waitExperience.occupied', 'perception', D.waitExperience.occupied, {
		min: 0,
		step: 0.01,
		status: 'choice',
		qualifier: 'directionEvidence',
		sources: [MAISTER]
	}),
	p('expectedWaitShown', 'perception', D.expectedWaitShown, {
		min: 0,
		step: 0.01,
		status: 'choice',
		qualifier: 'directionEvidence',
		sources: ['Munichor & Rafaeli 2007', 'Hui & Tse 1996']
	}),
	p('afterServiceStarted', 'perception', D.afterServiceStarted, {
		min: 0,
		step: 0.01,
		status: 'choice',
		qualifier: 'directionEvidence',
		sources: [MAISTER]
	}),
	p('waitExperience.away', 'perception', DEFAULT_AWAY, {
		min: 0,
		step: 0.05,
		status: 'choice',
		qualifier: 'directionEvidence',
		sources: [MAISTER],
		messages: 'channels-editor.sat'
	}),
	p('zonePenalty', 'penalties', D.zonePenalty, {
		min: 0,
		step: 0.05,
		status: 'choice',
		qualifier: 'directionEvidence',
		sources: ['Antonides, Verhoef & van Aalst 2002', 'Pruyn & Smidts 1998']
	}),
	p('beyondPenalty', 'penalties', D.beyondPenalty, {
		min: 0,
		step: 0.05,
		status: 'choice',
		qualifier: 'asymmetryEvidence',
		sources: ['Mittal, Ross & Baldasare 1998', LARSON]
	}),
	p('maxWaitPenalty', 'penalties', D.maxWaitPenalty, { min: 0, step: 0.1, status: 'choice', sources: [] }),
	p('unresolved', 'penalties', D.unresolved, { min: 0, step: 0.01, status: 'practitioner', sources: [SQM] }),
	p('abandoned', 'penalties', D.abandoned, {
		min: 0,
		step: 0.05,
		status: 'choice',
		qualifier: 'directionEvidence',
		sources: [LARSON, 'Pruyn & Smidts 1993']
	}),
	p('extraContact', 'penalties', D.extraContact, { min: 0, step: 0.05, status: 'practitioner', sources: [SQM] }),
	p('transfer', 'penalties', D.transfer, { min: 0, step: 0.05, status: 'practitioner', sources: [SQM] }),
	p('overtake', 'penalties', D.overtake, { min: 0, step: 0.05, status: 'choice', qualifier: 'directionEvidence', sources: [LARSON] }),
	p('maxOvertakes', 'penalties', D.maxOvertakes, { min: 0, step: 1, status: 'choice', sources: [] }),
	p('baseline', 'scales', D.baseline, { step: 0.01, status: 'practitioner', sources: [SQM] }),
	p('cutpoints', 'scales', D.cutpoints, { step: 0.01, status: 'practitioner', qualifier: 'calibrated', sources: [SQM] }),
	p('promoterCut', 'scales', D.promoterCut, { step: 0.01, status: 'practitioner', sources: [SQM] }),
	p('detractorCut', 'scales', D.detractorCut, { step: 0.01, status: 'practitioner', sources: [SQM] }),
	p('npsScale', 'scales', D.npsScale, { min: 0, step: 0.01, status: 'practitioner', sources: [SQM] }),
	p('complaints.veryDissatisfied', 'complaints', DEFAULT_VERY_DISSATISFIED, {
		min: 0,
		max: 1,
		step: 0.01,
		status: 'choice',
		qualifier: 'directionEvidence',
		sources: ['TARP 1979'],
		messages: 'channels-editor.sat'
	})
];

export const GROUPS: readonly ParamGroup[] = ['tolerance', 'perception', 'penalties', 'scales', 'complaints'];

/** The message key of a parameter's label or hint. */
export function paramMessage(d: Pick<ParamDef, 'key' | 'messages'>, part: 'label' | 'hint'): string {
	return `${d.messages ?? 'satisfaction'}.${part}.${d.key}`;
}

/** The message key of a group's heading. */
export function groupMessage(g: ParamGroup): string {
	return g === 'complaints' ? 'channels-editor.sat.group.complaints' : `satisfaction.group.${g}`;
}

/** Parts of the model that are not a `satisfaction` key but that the table must show. */
export interface EvidenceRow {
	/** Message key under "satisfaction.part." (framework, tolerances) or "satisfaction.label." (parameters). */
	id: string;
	/** The parameter it belongs to; absent for the framework and the tolerances (Segments panel). */
	param?: ParamKey;
	status: EvidenceStatus;
	qualifier?: EvidenceQualifier;
	sources: readonly string[];
	/** Desired / adequate wait, minutes (tolerance rows). */
	tolerance?: readonly [number, number];
}

const TOLERANCES: readonly EvidenceRow[] = [
	{ id: 'tolPhone', status: 'choice', sources: ['80/20 industry convention'], tolerance: [0.33, 2] },
	{ id: 'tolCounter', status: 'choice', sources: [], tolerance: [2, 5] },
	{ id: 'tolClinic', status: 'evidence', sources: ['Pockros et al. 2021'], tolerance: [10, 20] },
	{ id: 'tolKiosk', status: 'choice', sources: [], tolerance: [1, 3] },
	{ id: 'tolRestaurant', status: 'choice', sources: [], tolerance: [2, 5] }
];

/** The evidence / choice table: the framework, then every parameter, then the default tolerances. */
export function evidenceRows(): EvidenceRow[] {
	return [
		{ id: 'framework', status: 'evidence', sources: ['Oliver 1980', 'Zeithaml, Berry & Parasuraman 1993', MAISTER] },
		...PARAMS.map((d) => ({ id: d.key, param: d.key, status: d.status, qualifier: d.qualifier, sources: d.sources })),
		...TOLERANCES
	];
}

/** How many parts rest on each kind of ground (for the table's summary line). */
export function statusCounts(rows: readonly EvidenceRow[]): Record<EvidenceStatus, number> {
	const out: Record<EvidenceStatus, number> = { evidence: 0, practitioner: 0, choice: 0, magnitude: 0 };
	for (const r of rows) out[r.status]++;
	return out;
}

/** The value the scenario sets for a parameter, or undefined (the default applies). */
export function readParam(s: SatisfactionSettings | undefined, key: ParamKey): number | number[] | undefined {
	if (!s) return undefined;
	if (key.startsWith('waitExperience.')) return s.waitExperience?.[key.slice(15) as Multiplier];
	if (key === 'complaints.veryDissatisfied') return s.complaints?.veryDissatisfied;
	return s[key as ScalarKey | 'cutpoints'];
}

/** Sets (or, with undefined, removes) one scalar parameter; drops emptied objects. */
export function writeParam(d: Scenario, key: Exclude<ParamKey, 'cutpoints'>, v: number | undefined): void {
	const s: SatisfactionSettings = (d.satisfaction ??= {});
	if (key.startsWith('waitExperience.')) {
		const k = key.slice(15) as Multiplier;
		const w = (s.waitExperience ??= {});
		if (v === undefined) delete w[k];
		else w[k] = v;
		if (!Object.keys(w).length) delete s.waitExperience;
	} else if (key === 'complaints.veryDissatisfied') {
		const c = (s.complaints ??= {});
		if (v === undefined) delete c.veryDissatisfied;
		else c.veryDissatisfied = v;
		if (!Object.keys(c).length) delete s.complaints;
	} else if (v === undefined) delete s[key as ScalarKey];
	else s[key as ScalarKey] = v;
	if (!Object.keys(s).length) delete d.satisfaction;
}

/**
 * Sets cutpoint k (0–3). The list is always written whole (the validator wants exactly 4): the
 * other cutpoints keep the scenario's values or the defaults; clearing one puts its default
 * back, and a list equal to the defaults is removed.
 */
export function writeCutpoint(d: Scenario, k: number, v: number | undefined): void {
	const s: SatisfactionSettings = (d.satisfaction ??= {});
	const cut = s.cutpoints?.length === 4 ? [...s.cutpoints] : [...D.cutpoints];
	cut[k] = v ?? D.cutpoints[k];
	if (cut.every((c, i) => c === D.cutpoints[i])) delete s.cutpoints;
	else s.cutpoints = cut;
	if (!Object.keys(s).length) delete d.satisfaction;
}

/** Field paths the panel shows a field for (problems elsewhere under `satisfaction` are listed at the top). */
export function fieldPaths(): string[] {
	return PARAMS.map((d) => d.path);
}
