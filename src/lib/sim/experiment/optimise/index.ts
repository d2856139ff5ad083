// Optimisation on top of the run API: the staffing optimiser, sensitivity sweeps and
// "what helps most" (docs/optimise.md).

export { localEvaluator, evaluate, perReplication, type Evaluator, type Evaluation, type ProgressCallback } from './evaluate';
export {
	ParameterError,
	distributionMean,
	getParameter,
	pathSteps,
	setParameter,
	staffingPerPeriod,
	withMean,
	withStaffing
} from './scenario-edit';
export {
	checkPeriods,
	confidenceMet,
	resolveTargets,
	type PeriodCheck,
	type TargetCheck,
	type TargetKind,
	type TargetSpec
} from './targets';
export { formulaServers, seedPlan, type SeedPeriod } from './seed';
export {
	coverWithShifts,
	rosterCounts,
	rosterHours,
	rulesInPeriods,
	ShiftRuleError,
	type CoverOptions,
	type PeriodRules,
	type Shift,
	type ShiftRules
} from './roster';
export {
	OptimiseError,
	optimiseStaffing,
	staffedScenario,
	type OptimiseOptions,
	type OptimiseProgress,
	type OptimiseStage,
	type PeriodKpi,
	type StaffingPlan,
	type StationBounds,
	type UnmetTarget
} from './search';
export {
	gridValues,
	parseSweepParam,
	runSweep,
	scenarioAt,
	sweepGrid,
	sweepResult,
	type SweepOptions,
	type SweepParam,
	type SweepPoint,
	type SweepResult
} from './sweep';
export {
	HELPS_MOST_KPIS,
	HIGHER_IS_BETTER,
	helpsMost,
	type ChangeKind,
	type HelpsMostChange,
	type HelpsMostOptions,
	type HelpsMostResult
} from './helps-most';
