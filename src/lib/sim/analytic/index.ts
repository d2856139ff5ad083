// Queueing theory in closed form: quick estimates, theory overlays for teaching, staffing
// seeds, and the exact oracles the simulation engine is validated against
// (docs: validation.md). Every function takes rates and returns times in ONE time unit of
// the caller's choice: give λ and μ per minute and the waits come back in minutes.

export { erlangB, erlangC, mmc, mmcServiceLevel, mmcWaitExceeds, mmcWaitQuantile } from './erlang';
export type { MmcParams, MmcResult } from './erlang';
export { mmcMinServers } from './staffing';
export type { StaffingTarget } from './staffing';
export { erlangA } from './erlang-a';
export type { ErlangAParams, ErlangAResult } from './erlang-a';
export { mmck } from './mmck';
export type { MmckParams, MmckResult } from './mmck';
export { mg1, allenCunneen } from './mg1';
export type { Mg1Params, Mg1Result, GgcParams, GgcResult } from './mg1';
export { priorityMmc } from './priority';
export type { PriorityParams, PriorityResult, PriorityClassResult } from './priority';
export { jackson, jacksonTraffic } from './jackson';
export type { JacksonParams, JacksonResult, JacksonStation, JacksonStationResult } from './jackson';
export type { DayProfile } from './day-profile';
export { sipp } from './sipp';
export type { SippPeriod, SippResult } from './sipp';
export { transientDay } from './transient';
export type { TransientOptions, TransientPeriod, TransientResult } from './transient';
