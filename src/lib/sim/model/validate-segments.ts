// Customer segments as a whole: unique ids, shares that add up to 1 (within 1e-6), and each
// segment's wait tolerance (the desired wait is the shorter one).

import type { Report } from './validate-report';
import { at, finite, fmt, isObj, item, own, str, type Obj } from './validate-text';

/** Shares (and link probabilities) may miss 1 by this much, for rounding in hand-written files. */
export const SUM_TOLERANCE = 1e-6;

export function checkTolerance(t: Obj, path: string, report: Report): void {
	const desired = finite(own(t, 'desired'));
	const adequate = finite(own(t, 'adequate'));
	if (desired !== undefined && adequate !== undefined && desired > adequate)
		report.error(
			at(path, 'desired'),
			`must not be more than "adequate" (${fmt(adequate)}) (got ${fmt(desired)}) — the desired wait is the shorter, ideal one; swap the two`,
			'segment.toleranceOrder',
			{ adequate: fmt(adequate), got: fmt(desired) }
		);
}

export interface SegmentInfo {
	id: string;
	label: string;
	share: number;
}

/** Checks the segment list as a whole and returns the segments usable by later checks. */
export function checkSegments(segments: unknown, report: Report): SegmentInfo[] {
	if (!Array.isArray(segments)) return [];
	const out: SegmentInfo[] = [];
	const seen = new Map<string, number>();
	let sum = 0;
	let sharesReadable = true;
	for (let i = 0; i < segments.length; i++) {
		const s = segments[i];
		const share = finite(own(s, 'share'));
		if (share === undefined || share < 0 || share > 1) sharesReadable = false;
		else sum += share;
		const id = str(own(s, 'id'));
		if (!isObj(s) || id === undefined || id.trim() === '') continue;
		const first = seen.get(id);
		if (first !== undefined) {
			report.error(
				at(item('segments', i), 'id'),
				`"${id}" is already the id of segments[${first}] — each segment needs its own id; rename one`,
				'segment.duplicateId',
				{
					id,
					first: first + 1
				}
			);
			continue;
		}
		seen.set(id, i);
		const name = str(own(s, 'name'));
		out.push({ id, label: JSON.stringify(name && name.trim() !== '' ? name : id), share: share ?? 0 });
	}
	if (sharesReadable && segments.length > 0 && Math.abs(sum - 1) > SUM_TOLERANCE)
		report.error(
			'segments',
			`the shares add up to ${fmt(sum)}; they must add up to 1 — change them so that together they make 1 (e.g. 0.8 and 0.2)`,
			'segment.sharesSum',
			{ sum: fmt(sum) }
		);
	return out;
}
