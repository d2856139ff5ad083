// Field descriptions of the scenario's `satisfaction` object: every parameter of the
// predicted-satisfaction model, with its range and its default (the numbers themselves live
// in satisfaction/params.ts; docs/satisfaction.md gives their sources and status).

import { DEFAULT_SATISFACTION as D } from '../satisfaction/params';
import type { Report } from './validate-report';
import { at, finite, fmt, item, own, type Obj } from './validate-text';
import { list, num, optional, required, text, whole, type Field, type ObjectSpec } from './validate-spec';

/** Latent-score parameters beyond this magnitude make every prediction 0 % or 100 %. */
const MAX_SCORE = 100;
const score = () => num({ limit: MAX_SCORE });
const penalty = (doc: string, def: number): Field =>
	optional(num({ min: 0, limit: MAX_SCORE }), `${doc} Latent-score units, subtracted.`, def);
const multiplier = (doc: string, def: number): Field => optional(num({ gt: 0, limit: MAX_SCORE }), doc, def);

function checkCutpoints(value: Obj, path: string, report: Report): void {
	const cut = own(value, 'cutpoints');
	if (!Array.isArray(cut)) return;
	if (cut.length !== 4) {
		report.error(
			at(path, 'cutpoints'),
			`must list exactly 4 cutpoints τ₁ < τ₂ < τ₃ < τ₄ of the 1–5 answer (got ${cut.length})`,
			'satisfaction.cutpointCount',
			{
				count: cut.length
			}
		);
		return;
	}
	for (let k = 1; k < 4; k++) {
		const a = finite(cut[k - 1]);
		const b = finite(cut[k]);
		if (a !== undefined && b !== undefined && !(b > a))
			report.error(
				item(at(path, 'cutpoints'), k),
				`must be greater than the cutpoint before it (${fmt(a)}) (got ${fmt(b)}) — cutpoints go up from answer 1|2 to 4|5`,
				'satisfaction.cutpointOrder',
				{
					previous: fmt(a),
					got: fmt(b)
				}
			);
	}
}

const waitExperienceSpec: ObjectSpec = {
	type: 'object',
	title: 'Wait-experience multipliers',
	noun: 'wait-experience multipliers { "unoccupied": 1.36, "phone": 1, "occupied": 0.85 }',
	doc: "How much longer (or shorter) a waited minute feels, by the queue's `waitExperience` (m_env of the satisfaction model).",
	fields: {
		unoccupied: multiplier('Unoccupied physical line (nothing to do): waits feel about 36 % longer.', D.waitExperience.unoccupied),
		phone: multiplier('Phone queue: the reference, 1.', D.waitExperience.phone),
		occupied: multiplier('Occupied wait (kiosk, something to do or watch).', D.waitExperience.occupied),
		away: multiplier(
			'Format v2: time away from the line in a virtual queue (callback, or called back to return): free to do something else.',
			D.waitExperience.away
		)
	}
};

const complaintsSpec: ObjectSpec = {
	type: 'object',
	title: 'Complaint settings',
	noun: 'complaint settings { "veryDissatisfied": 0.1 }',
	doc: 'Predicted complaints: a customer complains with probability P(answer 1 of 5) × veryDissatisfied (docs/satisfaction.md).',
	fields: {
		veryDissatisfied: optional(
			num({ min: 0, max: 1 }),
			'Probability that a very dissatisfied customer (answer 1 of 5) complains, 0–1; a modelling choice — calibrate it to your own complaint log.',
			D.complaints.veryDissatisfied
		)
	}
};

// Marks parameters fitted to the user's own survey answers (the import's calibration), so the
// evidence table can say "your data, n = …" instead of the default's source.
const calibrationSpec: ObjectSpec = {
	type: 'object',
	title: 'Calibration',
	noun: 'calibration { "responses": 412, "parameters": ["baseline", …] }',
	doc: "Which parameters were calibrated from the user's own survey answers, and from how many.",
	fields: {
		responses: required(whole({ min: 1 }), 'Survey responses the parameters were fitted to.', 412),
		parameters: required(
			list(text({ nonEmpty: true })),
			'Keys of this object (and "tolerance" for the segments\' desired and adequate waits) that were fitted.',
			['baseline']
		),
		source: optional(text(), 'Where the answers came from (a file name), for people.'),
		date: optional(text(), 'When the calibration was made (YYYY-MM-DD), for people.')
	}
};

export const satisfactionSpec: ObjectSpec = {
	type: 'object',
	defName: 'satisfaction',
	title: 'Satisfaction parameters',
	noun: 'satisfaction parameters { "toleranceSpread": 0.4, … }',
	doc: 'Parameters of the predicted-satisfaction model (docs/satisfaction.md); every key is optional and absent keys take the defaults. The latent score of a customer is μ = baseline − wait penalty − the penalties below; CSAT = Φ(μ − τ₃), top-box = Φ(μ − τ₄).',
	fields: {
		toleranceSpread: optional(
			num({ min: 0, max: 3 }),
			"Individual spread s of the wait tolerance: a customer's adequate and desired waits are the segment's × exp(s·Z − s²/2), Z standard normal from the customer's own draw. 0: everyone has the segment's tolerance.",
			D.toleranceSpread
		),
		baseline: optional(
			score(),
			'Latent score of a resolved customer with no wait and nothing else wrong (0.915: 82 % top-box).',
			D.baseline
		),
		zonePenalty: penalty('Wait penalty at the adequate wait, rising linearly from 0 at the desired wait.', D.zonePenalty),
		beyondPenalty: penalty('Further wait penalty per adequate wait waited beyond the adequate wait.', D.beyondPenalty),
		maxWaitPenalty: penalty('Largest wait penalty.', D.maxWaitPenalty),
		unresolved: penalty('Leaving with the issue unresolved (abandoned, balked and sent-home customers count too).', D.unresolved),
		abandoned: penalty('Abandoning a queue or balking at a full one.', D.abandoned),
		extraContact: penalty('Each extra contact for the same issue (coming back to a station already visited).', D.extraContact),
		transfer: penalty(
			'Each transfer (an unresolved hand-off to another station; a failed self-service ending at a staffed station).',
			D.transfer
		),
		overtake: penalty('Each overtake: someone who arrived later at the same queue started service first.', D.overtake),
		maxOvertakes: optional(whole({ min: 0, limit: 1_000_000 }), 'Overtakes beyond this many add no penalty.', D.maxOvertakes),
		cutpoints: optional(
			list(score(), 4),
			'Ordered-probit cutpoints τ₁ < τ₂ < τ₃ < τ₄ of the 1–5 answer: P(answer > k) = Φ(μ − τ_k). Exactly 4, ascending.',
			[...D.cutpoints]
		),
		promoterCut: optional(score(), 'P(promoter, 9–10) = Φ((μ − promoterCut)/npsScale).', D.promoterCut),
		detractorCut: optional(score(), 'P(detractor, 0–6) = Φ((detractorCut − μ)/npsScale).', D.detractorCut),
		npsScale: multiplier('Spread of the 0–10 recommend answer relative to the latent score.', D.npsScale),
		waitExperience: optional(waitExperienceSpec, "m_env: perceived minutes per waited minute, by the queue's waitExperience.", {}),
		expectedWaitShown: multiplier(
			'm_info: multiplier when the queue shows the expected wait or queue position (showsExpectedWait).',
			D.expectedWaitShown
		),
		afterServiceStarted: multiplier(
			'm_stage: multiplier for waits after the first service contact started (between steps).',
			D.afterServiceStarted
		),
		complaints: optional(complaintsSpec, 'Predicted complaints (the `complaints` KPI); absent: the default.', {}),
		calibration: optional(
			calibrationSpec,
			"Present when parameters were calibrated from the user's own survey data (see docs/data-import.md)."
		)
	},
	check: checkCutpoints
};
