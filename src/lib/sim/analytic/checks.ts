// Input guards shared by the analytic formulas. A queueing formula fed a negative rate or a
// fractional number of servers returns a plausible-looking number that means nothing, so bad
// inputs are rejected loudly (RangeError) instead. Overload (ρ ≥ 1) is NOT an input error:
// it is a legitimate question whose answer is "unstable", and each formula flags it.

/** Throws unless `x` is a finite number ≥ 0 (an arrival rate, a patience rate, a time). */
export function assertNonNegative(name: string, x: number): void {
	if (!Number.isFinite(x) || x < 0) {
		throw new RangeError(`${name} must be a finite number ≥ 0, got ${x}`);
	}
}

/** Throws unless `x` is a finite number > 0 (a service rate, a period length). */
export function assertPositive(name: string, x: number): void {
	if (!Number.isFinite(x) || x <= 0) {
		throw new RangeError(`${name} must be a finite number > 0, got ${x}`);
	}
}

/** Throws unless `x` is an integer ≥ `min` (a number of servers, a capacity). */
export function assertInteger(name: string, x: number, min: number): void {
	if (!Number.isInteger(x) || x < min) {
		throw new RangeError(`${name} must be an integer ≥ ${min}, got ${x}`);
	}
}
