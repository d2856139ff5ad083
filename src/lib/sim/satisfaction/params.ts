// The parameters of the predicted-satisfaction model and their defaults, declared once:
// the scenario validator's field descriptions (and so the JSON Schema, the docs' field
// reference and withDefaults) take their defaults from here, and the engine resolves a
// scenario's partial `satisfaction` object against them. Sources and the status of each
// number (evidence, practitioner data, modelling choice) are in docs/satisfaction.md.

import type { SatisfactionSettings, WaitExperience } from '../model/scenario';

/** Every parameter of the model, resolved (no key missing). */
export interface SatisfactionParams {
	toleranceSpread: number;
	baseline: number;
	zonePenalty: number;
	beyondPenalty: number;
	maxWaitPenalty: number;
	unresolved: number;
	abandoned: number;
	extraContact: number;
	transfer: number;
	overtake: number;
	maxOvertakes: number;
	/** τ₁ … τ₄, ascending. */
	cutpoints: number[];
	promoterCut: number;
	detractorCut: number;
	npsScale: number;
	/** m_env per station waitExperience, and `away`: time away from the line in a virtual queue (format v2). */
	waitExperience: Record<WaitExperience | 'away', number>;
	expectedWaitShown: number;
	afterServiceStarted: number;
	/** Predicted complaints: the probability that a very dissatisfied customer (answer 1 of 5) complains. */
	complaints: { veryDissatisfied: number };
}

/** The default model (satisfaction-model.md). */
export const DEFAULT_SATISFACTION: Readonly<SatisfactionParams> = Object.freeze({
	// lognormal spread of personal tolerance; exp(0.4Z − 0.08) has mean 1
	toleranceSpread: 0.4,
	// Φ(0.915) = 82 % top-box for a resolved customer who did not wait (SQM Group)
	baseline: 0.915,
	zonePenalty: 0.5,
	beyondPenalty: 0.75,
	maxWaitPenalty: 2.5,
	// Φ(0.915 − 0.79) = 55 % top-box when unresolved (SQM Group)
	unresolved: 0.79,
	abandoned: 0.5,
	extraContact: 0.4,
	transfer: 0.35,
	overtake: 0.25,
	maxOvertakes: 2,
	cutpoints: Object.freeze([-1.138, -0.835, -0.56, 0]) as number[],
	promoterCut: 0.684,
	detractorCut: -0.033,
	npsScale: 0.915,
	// away: a virtual-queue minute spent elsewhere feels half a phone-queue minute (docs/satisfaction.md)
	waitExperience: Object.freeze({ unoccupied: 1.36, phone: 1.0, occupied: 0.85, away: 0.5 }),
	expectedWaitShown: 0.9,
	afterServiceStarted: 0.7,
	// modelling choice: TARP — few dissatisfied customers complain, very dissatisfied ones more often
	complaints: Object.freeze({ veryDissatisfied: 0.1 })
});

/** The full parameter set of a scenario: its `satisfaction` keys over the defaults. */
export function resolveSatisfaction(settings: SatisfactionSettings | undefined): SatisfactionParams {
	const d = DEFAULT_SATISFACTION;
	const s = settings ?? {};
	const pick = <K extends keyof SatisfactionSettings & keyof SatisfactionParams>(k: K): SatisfactionParams[K] =>
		(s[k] ?? d[k]) as SatisfactionParams[K];
	return {
		toleranceSpread: pick('toleranceSpread'),
		baseline: pick('baseline'),
		zonePenalty: pick('zonePenalty'),
		beyondPenalty: pick('beyondPenalty'),
		maxWaitPenalty: pick('maxWaitPenalty'),
		unresolved: pick('unresolved'),
		abandoned: pick('abandoned'),
		extraContact: pick('extraContact'),
		transfer: pick('transfer'),
		overtake: pick('overtake'),
		maxOvertakes: pick('maxOvertakes'),
		cutpoints: [...(s.cutpoints ?? d.cutpoints)],
		promoterCut: pick('promoterCut'),
		detractorCut: pick('detractorCut'),
		npsScale: pick('npsScale'),
		waitExperience: {
			unoccupied: s.waitExperience?.unoccupied ?? d.waitExperience.unoccupied,
			phone: s.waitExperience?.phone ?? d.waitExperience.phone,
			occupied: s.waitExperience?.occupied ?? d.waitExperience.occupied,
			away: s.waitExperience?.away ?? d.waitExperience.away
		},
		expectedWaitShown: pick('expectedWaitShown'),
		afterServiceStarted: pick('afterServiceStarted'),
		complaints: { veryDissatisfied: s.complaints?.veryDissatisfied ?? d.complaints.veryDissatisfied }
	};
}
