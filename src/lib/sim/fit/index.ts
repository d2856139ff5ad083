// Fitting distributions and behaviour to observed data (the import of real logs).

export {
	EMPIRICAL_MAX,
	FIT_FAMILIES,
	digamma,
	empiricalOf,
	fitDistributions,
	gammaShapeMle,
	qqPoints,
	roundDistribution,
	trigamma,
	weibullShapeMle,
	type FitFamily,
	type FitResult,
	type FitSummary
} from './fit';
export { exponentialPatience, type PatienceEstimate } from './patience';
export { calibrateSatisfaction, type CalibrationOptions, type CalibrationResult, type SurveyResponse } from './calibrate';
