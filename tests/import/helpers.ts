export * from '../../src/lib/import/index';
import { validateScenario, type Scenario } from '../../src/lib/sim/index';
export function validate(s: Scenario) {
	const r = validateScenario(s);
	return { problems: r.ok ? [] : r.problems, warnings: r.warnings };
}
