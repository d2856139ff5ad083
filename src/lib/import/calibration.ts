// Putting calibrated satisfaction parameters into a scenario, marked as calibrated from the
// user's data (satisfaction.calibration: responses, parameters, source, date).

import type { CalibrationResult } from '../sim/fit/calibrate';
import type { Scenario } from '../sim/model/scenario';

export function applyCalibration(scenario: Scenario, result: CalibrationResult, source?: string, date?: string): Scenario {
	const next = structuredClone(scenario);
	const params = result.params;
	next.satisfaction = { ...(next.satisfaction ?? {}), ...params };
	next.satisfaction.calibration = {
		responses: result.responses,
		parameters: [...Object.keys(params), 'tolerance'],
		...(source ? { source } : {}),
		...(date ? { date } : {})
	};
	for (const seg of next.segments) seg.tolerance = { desired: result.tolerance.desired, adequate: result.tolerance.adequate };
	const line = `Satisfaction: calibrated to ${result.responses} survey answers${source ? ` (${source})` : ''} — ${Object.keys(params).join(', ')} and the desired/adequate wait (${result.tolerance.desired} / ${result.tolerance.adequate} min).`;
	const kept = (next.description ?? '').split('\n').filter((l) => !l.startsWith('Satisfaction: '));
	next.description = [...kept, line].filter(Boolean).join('\n');
	return next;
}
