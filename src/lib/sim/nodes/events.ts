// Codes of the events that nodes schedule on the agenda (the core's own events — staffing
// changes, period boundaries, closing, warm-up, end — are in core/simulation.ts). The agenda
// stores a code and two integer payloads; nodes/kinds.ts says which function handles each.
// A new node kind that schedules its own events appends a code here.

/** Service ends: a = customer slot, b = resource. */
export const EV_SERVICE_END = 1;
/** Patience runs out: a = customer slot, b = the queue ticket it was scheduled for. */
export const EV_ABANDON = 2;
/** A delay (walking, filling in a form) ends: a = customer slot, b = delay node. */
export const EV_DELAY_END = 3;
/** A customer called back from a "return"-mode virtual queue is back in line: a = customer slot, b = queue ticket. */
export const EV_RETURN = 4;
