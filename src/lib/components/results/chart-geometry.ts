// Chart geometry computed with d3 (scales, ticks, paths) in plain data, so the Svelte
// components only draw SVG elements, and the numbers can be unit-tested. Every chart is
// drawn in a fixed viewBox (WIDTH × HEIGHT) that scales to its container.

import { area, line, max, scaleBand, scaleLinear } from 'd3';
import type { KpiValue } from '$lib/sim';

export const WIDTH = 560;
export const HEIGHT = 250;
export const MARGIN = { top: 16, right: 16, bottom: 42, left: 56 };
export const PLOT = { left: MARGIN.left, right: WIDTH - MARGIN.right, top: MARGIN.top, bottom: HEIGHT - MARGIN.bottom };

export interface Tick {
	pos: number;
	label: string;
}

/** A line across the plot at a value (a target, 100 %), with its label. */
export interface RefLine {
	pos: number;
	label: string;
}

/** A focusable data point: where its tooltip sits and what it says. */
export interface Tip {
	x: number;
	y: number;
	text: string;
}

export interface Bar {
	x: number;
	y: number;
	w: number;
	h: number;
	/** CI whisker ends (y), null without an interval. */
	low: number | null;
	high: number | null;
	color: string;
	tip: Tip;
}

export interface BarChart {
	bars: Bar[];
	xLabels: Tick[];
	yTicks: Tick[];
	refLines: RefLine[];
	/** Turns a value into y, for overlays (e.g. P90 markers). */
	y: (v: number) => number;
}

export interface BarInput {
	label: string;
	value: KpiValue;
	color: string;
	tip: string;
}

/** Widest bar drawn, so two or three stations do not become slabs. */
const MAX_BAR = 90;

/** An interval end worth drawing: with one replication there is none (null, NaN or infinite). */
const finite = (x: number | null): x is number => x !== null && Number.isFinite(x);
const hi = (v: KpiValue) => (finite(v.high) ? v.high : (v.mean ?? 0));

/** Rough width of a character of the 11 px axis font (CJK characters are about twice as wide). */
const charWidth = (c: string) => (c.charCodeAt(0) > 0x2e80 ? 11 : 6.3);
const textWidth = (s: string) => [...s].reduce((w, c) => w + charWidth(c), 0);

/** A label shortened with an ellipsis to fit `width` (the full text is in the tooltip and the table). */
export function fit(label: string, width: number): string {
	if (textWidth(label) <= width - 4) return label;
	let out = '';
	for (const c of label) {
		if (textWidth(out + c + '…') > width - 4) break;
		out += c;
	}
	return out + '…';
}

/** Show every n-th label when many short labels (clock times) would collide; long names are shortened instead. */
function labelEvery(inputs: { label: string }[], step: number): number {
	const widest = Math.min(48, Math.max(0, ...inputs.map((i) => textWidth(i.label))));
	return widest + 6 <= step ? 1 : Math.ceil((widest + 6) / step);
}

/** Vertical bars with CI whiskers on a shared value axis starting at 0. */
export function barChart(
	inputs: BarInput[],
	opts: { format: (v: number) => string; refs?: { value: number; label: string }[]; extra?: number[]; yMax?: number }
): BarChart {
	const x = scaleBand<number>()
		.domain(inputs.map((_, i) => i))
		.range([PLOT.left, PLOT.right])
		.paddingInner(0.25)
		.paddingOuter(0.15);
	const top =
		opts.yMax ??
		Math.max(max(inputs, (d) => hi(d.value)) ?? 0, ...(opts.refs ?? []).map((r) => r.value), ...(opts.extra ?? []), 1e-9) * 1.08;
	const y = scaleLinear().domain([0, top]).nice(5).range([PLOT.bottom, PLOT.top]);
	const every = labelEvery(inputs, x.step());
	const bars = inputs.map((input, i) => {
		const v = input.value;
		const yv = y(v.mean ?? 0);
		const w = Math.min(x.bandwidth(), MAX_BAR);
		const bx = (x(i) ?? 0) + (x.bandwidth() - w) / 2;
		return {
			x: bx,
			y: yv,
			w,
			h: PLOT.bottom - yv,
			low: finite(v.low) ? y(v.low) : null,
			high: finite(v.high) ? y(v.high) : null,
			color: input.color,
			tip: { x: bx + w / 2, y: yv, text: input.tip }
		};
	});
	return {
		bars,
		xLabels: inputs
			.map((input, i) => ({ pos: (x(i) ?? 0) + x.bandwidth() / 2, label: fit(input.label, x.step() * every) }))
			.filter((_, i) => i % every === 0),
		yTicks: y.ticks(5).map((v) => ({ pos: y(v), label: opts.format(v) })),
		refLines: (opts.refs ?? []).map((r) => ({ pos: y(r.value), label: r.label })),
		y: (v: number) => y(v)
	};
}

export interface Series {
	id: string;
	name: string;
	color: string;
	line: string;
	band: string;
	points: Tip[];
}

export interface LineChart {
	series: Series[];
	xTicks: Tick[];
	yTicks: Tick[];
}

/** Lines with 95 % bands over time: x in minutes since opening, one point per period midpoint. */
export function lineChart(
	input: { id: string; name: string; color: string; points: { t: number; v: KpiValue; tip: string }[] }[],
	opts: { domain: [number, number]; xTicks: number[]; formatX: (t: number) => string; formatY: (v: number) => string }
): LineChart {
	const x = scaleLinear().domain(opts.domain).range([PLOT.left, PLOT.right]);
	const top = Math.max(max(input.flatMap((s) => s.points.map((p) => hi(p.v)))) ?? 0, 1e-9) * 1.08;
	const y = scaleLinear().domain([0, top]).nice(5).range([PLOT.bottom, PLOT.top]);
	type P = { t: number; v: KpiValue };
	const defined = (p: P) => p.v.mean !== null;
	const path = line<P>()
		.defined(defined)
		.x((p) => x(p.t))
		.y((p) => y(p.v.mean ?? 0));
	const band = area<P>()
		.defined((p) => finite(p.v.low) && finite(p.v.high))
		.x((p) => x(p.t))
		.y0((p) => y(p.v.low ?? 0))
		.y1((p) => y(p.v.high ?? 0));
	return {
		series: input.map((s) => ({
			id: s.id,
			name: s.name,
			color: s.color,
			line: path(s.points) ?? '',
			band: band(s.points) ?? '',
			points: s.points.filter(defined).map((p) => ({ x: x(p.t), y: y(p.v.mean ?? 0), text: p.tip }))
		})),
		xTicks: opts.xTicks.map((t) => ({ pos: x(t), label: opts.formatX(t) })),
		yTicks: y.ticks(5).map((v) => ({ pos: y(v), label: opts.formatY(v) }))
	};
}

export interface ScatterPoint {
	x: number;
	y: number;
	/** CI whisker ends (y), null without an interval. */
	low: number | null;
	high: number | null;
	/** Short label drawn beside the point (a clock time). */
	label: string;
	tip: Tip;
}

export interface ScatterChart {
	points: ScatterPoint[];
	xTicks: Tick[];
	yTicks: Tick[];
}

/** Points (x, y with a 95 % interval on y) on two linear axes from 0, e.g. complaints against queue length by period. */
export function scatterChart(
	input: { x: number; y: KpiValue; label: string; tip: string }[],
	opts: { formatX: (v: number) => string; formatY: (v: number) => string }
): ScatterChart {
	const xs = input.filter((p) => p.y.mean !== null);
	const x = scaleLinear()
		.domain([0, Math.max(max(xs, (p) => p.x) ?? 0, 1e-9) * 1.08])
		.nice(5)
		.range([PLOT.left + 8, PLOT.right - 8]);
	const y = scaleLinear()
		.domain([0, Math.max(max(xs, (p) => hi(p.y)) ?? 0, 1e-9) * 1.1])
		.nice(5)
		.range([PLOT.bottom, PLOT.top]);
	const points = xs.map((p) => ({
		x: x(p.x),
		y: y(p.y.mean ?? 0),
		low: finite(p.y.low) ? y(p.y.low) : null,
		high: finite(p.y.high) ? y(p.y.high) : null,
		label: p.label,
		tip: { x: x(p.x), y: y(p.y.mean ?? 0), text: p.tip }
	}));
	// labels that would overlap an already placed one are left to the tooltip and the table (highest points first)
	const placed: { x0: number; x1: number; y0: number; y1: number }[] = [];
	for (const p of [...points].sort((a, b) => a.y - b.y)) {
		const box = { x0: p.x + 5, x1: p.x + 9 + textWidth(p.label) * 0.9, y0: p.y - 17, y1: p.y - 3 };
		const hitsPoint = points.some((q) => q !== p && box.x0 < q.x + 5 && q.x - 5 < box.x1 && box.y0 < q.y + 5 && q.y - 5 < box.y1);
		if (hitsPoint || placed.some((q) => box.x0 < q.x1 && q.x0 < box.x1 && box.y0 < q.y1 && q.y0 < box.y1)) p.label = '';
		else placed.push(box);
	}
	return {
		points,
		xTicks: x.ticks(5).map((v) => ({ pos: x(v), label: opts.formatX(v) })),
		yTicks: y.ticks(5).map((v) => ({ pos: y(v), label: opts.formatY(v) }))
	};
}
