// The public API of the Flowbench engine: scenario types and validation, running
// scenarios and replications, results, errors and the event trace.
// Everything the app, the workers and the CLI use comes from here.

export type * from './model/scenario';
export { SCENARIO_FORMAT, SCENARIO_VERSION } from './model/scenario';
export { MAX_REPLICATIONS } from './model/validate-fields';
export { validateScenario, PROBLEM_CODES, type Problem, type ProblemCode, type ProblemParams } from './model/validate';
export { migrateScenario } from './model/migrate';
export { withDefaults } from './model/defaults';

export { compileScenario } from './core/compile';
export type { CompiledModel } from './core/model';
export { Simulation, type ReplicationHooks } from './core/simulation';
export { RunawayError, CancelledError } from './core/errors';
export { TRACE, TRACE_NAMES, TraceLog, type TraceSink, type TraceType } from './core/trace';

export {
	GROUP_KPIS,
	STATION_KPIS,
	STATION_PERIOD_KPIS,
	WAIT_BINS,
	waitBinUpperEdges,
	type GroupKpi,
	type StationKpi
} from './experiment/kpis';
export {
	KPIS,
	kpiBetter,
	kpiDefinition,
	kpiUnit,
	kpiValue,
	type KpiBetter,
	type KpiDefinition,
	type KpiId,
	type KpiScope,
	type KpiUnit
} from './experiment/kpi-registry';
export { replicationTable, type ReplicationTable } from './experiment/replication-table';
export { measureReplication, rowBuffers, TABLES, type ReplicationRow, type ReplicationTables, type TableName } from './experiment/measure';
export {
	ENGINE_VERSION,
	summarise,
	type AppointmentsResult,
	type CallbackResult,
	type ChannelResult,
	type KpiSet,
	type KpiValue,
	type Results
} from './experiment/results';
export { analyseStability, UnstableError, type StabilityReport, type StationLoad } from './experiment/stability';
export { prepareRun, runReplicationRange, runScenario, summariseRun, type PreparedRun, type RunOptions } from './experiment/run';

export { DEFAULT_SATISFACTION, resolveSatisfaction, type SatisfactionParams } from './satisfaction/params';
export {
	compileSatisfaction,
	csatProbability,
	detractorProbability,
	expectedScore,
	latentScore,
	predictCustomer,
	promoterProbability,
	scoreRecords,
	toleranceFactor,
	topBoxProbability,
	waitPenalty,
	type CompiledSatisfaction,
	type CustomerPrediction,
	type VisitOutcome
} from './satisfaction/customer';
export {
	expectedSatisfaction,
	mmcSatisfaction,
	type ExpectationOptions,
	type ExponentialWait,
	type SatisfactionExpectation
} from './satisfaction/expectation';

export {
	comparisonRowBuffers,
	comparisonSimulations,
	prepareComparison,
	runComparison,
	runComparisonRange,
	runComparisonReplication,
	type ComparisonOptions,
	type ComparisonRow,
	type ComparisonSimulations,
	type PreparedComparison
} from './experiment/compare';
export {
	pairedDifference,
	summariseComparison,
	type Comparison,
	type CustomerComparison,
	type DifferenceSet,
	type DifferenceValue,
	type PeriodDifference
} from './experiment/compare-summary';
export { CUSTOMER_STATS, UNCHANGED_MINUTES, pairCustomers, type CustomerStat } from './experiment/compare-customers';

// Queueing theory lives in './analytic/index' (import it from there): the simulation itself
// does not need it (only the traffic equations, ./analytic/traffic.ts, for the stability check).

export * from './fit/index';
export * from './experiment/optimise/index';
