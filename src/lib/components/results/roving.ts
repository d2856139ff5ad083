// Keyboard movement between a chart's data points: one tab stop per chart (its first point),
// then the arrow keys (and Home/End) move between points, whose tooltips follow focus.

const STEP: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

/** Index of the point to move to from `from` among `count` points for `key`, or null if the key is not for moving. */
export function nextPoint(key: string, from: number, count: number): number | null {
	if (key === 'Home') return 0;
	if (key === 'End') return count - 1;
	if (!(key in STEP)) return null;
	return Math.max(0, Math.min(count - 1, from + STEP[key]));
}

/** keydown handler for an element marked data-point inside a chart's svg. */
export function roving(event: KeyboardEvent): void {
	const here = event.currentTarget as SVGElement;
	const points = [...(here.closest('svg')?.querySelectorAll<SVGElement>('[data-point]') ?? [])];
	const to = nextPoint(event.key, points.indexOf(here), points.length);
	if (to === null) return;
	event.preventDefault();
	points[to].focus();
}
