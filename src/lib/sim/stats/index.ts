// Statistics helpers for the engine and the experiment runner: confidence intervals across
// replications, exact percentiles, time-weighted averages and Student t quantiles.

export { meanInterval, Welford, type MeanInterval } from './interval';
export { ratioInterval } from './ratio-interval';
export { percentile, GrowableFloat64 } from './percentile';
export { lnBeta, tQuantile, tQuantile975 } from './student-t';
export { TimeWeighted } from './time-weighted';
