// What a scenario file may ask for. Every bound keeps one request within what a browser tab and
// the command line can hold in memory and finish: a file that asks for more is refused with a
// message naming the field and the allowed range (docs/scenario-format.md, "Limits"). The bounds
// are far above every template and example, so only slips and hostile files meet them.

/** Any time in minutes (service, patience, delays, trace times, periods, targets): ≈ 694 days. */
export const MAX_MINUTES = 1_000_000;
/** Day mode: opening hours (one week). */
export const MAX_HOURS = 168;
/** Steady mode: warm-up plus measured length, minutes (≈ 694 days). */
export const MAX_RUN_MINUTES = 1_000_000;
/** Reporting periods of one day (opening hours ÷ the shortest demand period, at most 60 minutes each). */
export const MAX_PERIODS = 1000;
/** Entries of a per-period table (hourly rates, a staffing plan's counts). */
export const MAX_TABLE = MAX_PERIODS;
/** Arrival times of one trace, and observed times of one empirical distribution. */
export const MAX_SAMPLES = 1_000_000;
/** Arrivals per hour at one source (in any period). */
export const MAX_RATE_PER_HOUR = 100_000;
/** Servers or units of one node in any period. */
export const MAX_SERVERS = 10_000;
/** Coefficient of variation of a distribution. */
export const MAX_CV = 20;
/** Phases of an Erlang distribution. */
export const MAX_ERLANG_K = 1000;
/** Cost per server-hour, any currency. */
export const MAX_COST = 1e9;
/** Waiting places of one queue. */
export const MAX_QUEUE = 1e9;
/** Segment priorities: from −MAX_PRIORITY to MAX_PRIORITY. */
export const MAX_PRIORITY = 1_000_000;
/** Editor positions: from −MAX_POSITION to MAX_POSITION. */
export const MAX_POSITION = 1e7;
/** The event limit a file may set. */
export const MAX_EVENTS = 1e11;
/** Any other number (e.g. satisfaction parameters): magnitude at most this. */
export const MAX_MAGNITUDE = 1e9;
/** Nesting of objects and lists in the whole file (a scenario needs about 6). */
export const MAX_DEPTH = 32;
