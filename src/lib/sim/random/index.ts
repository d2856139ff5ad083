// Randomness for the engine: integer hashing, seeded sequential streams, counter-based
// per-customer draws, and one inverse-transform sampler per service-time distribution.

export { combine, hashString, mix32 } from './hash';
export { seedKey, Stream, streamFor } from './stream';
export { drawUint32, drawUniform, PURPOSE, type Purpose } from './draw';
export { makeSampler, type Sampler } from './distribution';
export { DeterministicSampler } from './deterministic';
export { EmpiricalSampler } from './empirical';
export { ErlangSampler } from './erlang';
export { ExponentialSampler } from './exponential';
export { GammaSampler } from './gamma';
export { LognormalSampler } from './lognormal';
export { TriangularSampler } from './triangular';
export { UniformSampler } from './uniform';
export { WeibullSampler, weibullShapeForCv } from './weibull';
export { normalCdf, normalPdf, normalQuantile, normalSurvival } from './normal';
export { gammaFn, lnGamma } from './gamma-function';
export { gammaP, gammaQ, gammaPrefixConstant, gammaQuantileUnit } from './incomplete-gamma';
