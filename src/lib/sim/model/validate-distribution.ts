// Rules for time distributions that relate several parameters (uniform min ≤ max, triangular
// min ≤ mode ≤ max), warnings for extreme spread, and the mean of a distribution as the file
// gives it (used to reject inter-arrival times that average 0 minutes). Every distribution in
// a scenario is a time in minutes, so no parameter may be negative.

import type { Report } from './validate-report';
import { at, finite, fmt, isObj, own, str, type Obj } from './validate-text';

/** Above this coefficient of variation a distribution is legal but almost certainly a slip. */
export const SUSPICIOUS_CV = 5;

export function checkUniform(d: Obj, path: string, report: Report): void {
	const min = finite(own(d, 'min'));
	const max = finite(own(d, 'max'));
	if (min === undefined || max === undefined) return;
	if (min > max) maxBelowMin(path, min, max, report);
	else if (min === max) warnFixed(path, min, report);
}

function maxBelowMin(path: string, min: number, max: number, report: Report): void {
	report.error(at(path, 'max'), `must be at least "min" (${fmt(min)}) (got ${fmt(max)}) — swap "min" and "max"`, 'dist.maxBelowMin', {
		min: fmt(min),
		got: fmt(max)
	});
}

export function checkTriangular(d: Obj, path: string, report: Report): void {
	const min = finite(own(d, 'min'));
	const mode = finite(own(d, 'mode'));
	const max = finite(own(d, 'max'));
	if (min === undefined || max === undefined) return;
	if (min > max) {
		maxBelowMin(path, min, max, report);
		return;
	}
	if (mode !== undefined && (mode < min || mode > max))
		report.error(
			at(path, 'mode'),
			`must lie between "min" (${fmt(min)}) and "max" (${fmt(max)}) (got ${fmt(mode)}) — the most likely time is inside the range`,
			'dist.modeOutside',
			{ min: fmt(min), max: fmt(max), got: fmt(mode) }
		);
	else if (min === max) warnFixed(path, min, report);
}

function warnFixed(path: string, value: number, report: Report): void {
	report.warn(
		path,
		`"min" equals "max", so this always takes ${fmt(value)} minutes — { "dist": "deterministic", "value": ${fmt(value)} } says so more simply`,
		'dist.fixed',
		{ value: fmt(value) }
	);
}

export function checkSpread(d: Obj, path: string, report: Report): void {
	const cv = finite(own(d, 'cv'));
	if (cv !== undefined && cv > SUSPICIOUS_CV)
		report.warn(
			at(path, 'cv'),
			`is very large (${fmt(cv)}): a few customers would take extremely long — check it (1 is as spread out as exponential; 0.3–1.5 is usual)`,
			'dist.cvLarge',
			{ cv: fmt(cv) }
		);
}

/** The mean of a distribution as written in the file, in minutes; undefined if it cannot be read. */
export function distributionMean(d: unknown): number | undefined {
	if (!isObj(d)) return undefined;
	switch (str(own(d, 'dist'))) {
		case 'exponential':
		case 'lognormal':
		case 'gamma':
		case 'weibull':
		case 'erlang':
			return finite(own(d, 'mean'));
		case 'deterministic':
			return finite(own(d, 'value'));
		case 'uniform': {
			const min = finite(own(d, 'min'));
			const max = finite(own(d, 'max'));
			return min === undefined || max === undefined ? undefined : (min + max) / 2;
		}
		case 'triangular': {
			const min = finite(own(d, 'min'));
			const mode = finite(own(d, 'mode'));
			const max = finite(own(d, 'max'));
			return min === undefined || mode === undefined || max === undefined ? undefined : (min + mode + max) / 3;
		}
		case 'empirical': {
			const values = own(d, 'values');
			if (!Array.isArray(values) || values.length === 0) return undefined;
			let sum = 0;
			for (const v of values) {
				const x = finite(v);
				if (x === undefined) return undefined;
				sum += x;
			}
			return sum / values.length;
		}
		default:
			return undefined;
	}
}
