// Serialises a chart's SVG into a standalone file: the styles the page's CSS gives each
// element are written inline (an SVG file or an <img> has no access to the page's styles),
// hidden elements are left out, and a title above and a legend below can be added, since
// the page draws those in HTML. Works on anything DOM-shaped, so it is tested without a
// browser; in the browser, `computedStyleOf` reads getComputedStyle.

export interface NodeLike {
	nodeType: number;
	nodeName: string;
	localName?: string;
	nodeValue?: string | null;
	attributes?: ArrayLike<{ name: string; value: string }>;
	childNodes: ArrayLike<NodeLike>;
}

/** The style properties that change how an SVG looks; everything else is left out. */
export const STYLE_PROPERTIES = [
	'fill',
	'fill-opacity',
	'stroke',
	'stroke-width',
	'stroke-dasharray',
	'stroke-opacity',
	'stroke-linecap',
	'stroke-linejoin',
	'opacity',
	'font-family',
	'font-size',
	'font-weight',
	'font-style',
	'text-anchor',
	'dominant-baseline',
	'visibility',
	'paint-order'
] as const;

/** Values equal to SVG's initial ones need not be written. */
const DEFAULTS: Record<string, string[]> = {
	'fill-opacity': ['1'],
	'stroke-opacity': ['1'],
	'stroke-dasharray': ['none'],
	'stroke-linecap': ['butt'],
	'stroke-linejoin': ['miter'],
	opacity: ['1'],
	'font-style': ['normal'],
	'text-anchor': ['start'],
	'dominant-baseline': ['auto'],
	visibility: ['visible'],
	'stroke-width': ['1', '1px'],
	stroke: ['none'],
	'paint-order': ['normal']
};

export type StyleOf = (el: NodeLike) => { display?: string; [property: string]: string | undefined } | null;

export interface LegendItem {
	label: string;
	color: string;
}

export interface SerializeOptions {
	styleOf?: StyleOf;
	/** A heading drawn above the chart. */
	title?: string;
	/** Coloured keys drawn below the chart. */
	legend?: LegendItem[];
	/** Page background behind the chart (default white; null for transparent). */
	background?: string | null;
	fontFamily?: string;
	/** Room left and right, for axis labels that sit on the plot's edge (default 12). */
	padding?: number;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
/** Attributes that only matter on the page (focus, ARIA state, framework marks). */
const DROP = /^(tabindex|aria-(?!label$).*|on\w+|data-svelte.*|contenteditable)$/i;

export function escapeXml(s: string): string {
	return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

function attr(node: NodeLike, name: string): string | null {
	const list = node.attributes;
	if (!list) return null;
	for (let i = 0; i < list.length; i++) if (list[i].name === name) return list[i].value;
	return null;
}

function styleText(style: ReturnType<StyleOf>, own: string | null): string {
	const parts: string[] = [];
	if (style)
		for (const p of STYLE_PROPERTIES) {
			const v = style[p];
			if (v === undefined || v === '' || DEFAULTS[p]?.includes(v)) continue;
			parts.push(`${p}:${v}`);
		}
	if (own) parts.push(own.replace(/;\s*$/, ''));
	return parts.join(';');
}

function serializeNode(node: NodeLike, styleOf: StyleOf | undefined, out: string[]): void {
	if (node.nodeType === 3) {
		out.push(escapeXml(node.nodeValue ?? ''));
		return;
	}
	if (node.nodeType !== 1) return; // comments, processing instructions
	const style = styleOf?.(node) ?? null;
	if (style?.display === 'none') return;
	// SVG elements keep their case (linearGradient); localName has no prefix
	const name = node.localName ?? node.nodeName;
	out.push(`<${name}`);
	const list = node.attributes ?? [];
	for (let i = 0; i < list.length; i++) {
		const { name: a, value } = list[i];
		if (DROP.test(a) || a === 'style' || a === 'class') continue;
		out.push(` ${a}="${escapeXml(value)}"`);
	}
	const css = styleText(style, attr(node, 'style'));
	if (css) out.push(` style="${escapeXml(css)}"`);
	const kids = node.childNodes;
	if (kids.length === 0) {
		out.push('/>');
		return;
	}
	out.push('>');
	for (let i = 0; i < kids.length; i++) serializeNode(kids[i], styleOf, out);
	out.push(`</${name}>`);
}

/** The chart's size from its viewBox ("0 0 560 250"). */
export function viewBoxSize(svg: NodeLike): { x: number; y: number; width: number; height: number } {
	const vb = (attr(svg, 'viewBox') ?? '')
		.trim()
		.split(/[\s,]+/)
		.map(Number);
	if (vb.length === 4 && vb.every(Number.isFinite)) return { x: vb[0], y: vb[1], width: vb[2], height: vb[3] };
	return { x: 0, y: 0, width: Number(attr(svg, 'width')) || 600, height: Number(attr(svg, 'height')) || 300 };
}

const TITLE_BAND = 30;
const LEGEND_BAND = 26;

/** A standalone SVG document of the chart, with inline styles, optional title and legend. */
export function serializeSvg(svg: NodeLike, options: SerializeOptions = {}): { text: string; width: number; height: number } {
	const box = viewBoxSize(svg);
	const top = options.title ? TITLE_BAND : 0;
	const bottom = options.legend?.length ? LEGEND_BAND : 0;
	const pad = options.padding ?? 12;
	const width = box.width + 2 * pad;
	const height = box.height + top + bottom;
	const font = escapeXml(
		options.fontFamily ?? "system-ui, 'Segoe UI', 'Noto Sans', 'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', sans-serif"
	);
	const out: string[] = [
		`<svg xmlns="${SVG_NS}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${font}">`
	];
	if (options.background !== null)
		out.push(`<rect x="0" y="0" width="${width}" height="${height}" fill="${escapeXml(options.background ?? '#ffffff')}"/>`);
	if (options.title)
		out.push(`<text x="${pad + 8}" y="20" style="font-size:15px;font-weight:600;fill:#1b2430">${escapeXml(options.title)}</text>`);
	out.push(
		`<svg x="${pad}" y="${top}" width="${box.width}" height="${box.height}" viewBox="${box.x} ${box.y} ${box.width} ${box.height}" overflow="visible">`
	);
	const kids = svg.childNodes;
	for (let i = 0; i < kids.length; i++) {
		// the page-only description is kept: it is the chart's caption, useful to screen readers of the file too
		serializeNode(kids[i], options.styleOf, out);
	}
	out.push('</svg>');
	if (bottom) {
		let x = pad + 56;
		const y = top + box.height + 16;
		for (const item of options.legend!) {
			out.push(`<rect x="${x}" y="${y - 9}" width="12" height="12" rx="2" fill="${escapeXml(item.color)}"/>`);
			out.push(`<text x="${x + 17}" y="${y + 1}" style="font-size:12px;fill:#3a4757">${escapeXml(item.label)}</text>`);
			x += 17 + approxTextWidth(item.label, 12) + 22;
		}
	}
	out.push('</svg>');
	return { text: out.join(''), width, height };
}

/** Rough width of a label (CJK characters are about twice as wide as Latin ones). */
export function approxTextWidth(text: string, size: number): number {
	let w = 0;
	for (const ch of text) w += /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/.test(ch) ? size : size * 0.58;
	return Math.ceil(w);
}

/** In the browser: an element's computed style, the properties that matter. */
export function computedStyleOf(el: NodeLike): Record<string, string> | null {
	const view = globalThis.getComputedStyle;
	if (!view) return null;
	const cs = view(el as unknown as Element);
	const out: Record<string, string> = { display: cs.getPropertyValue('display') };
	for (const p of STYLE_PROPERTIES) out[p] = cs.getPropertyValue(p);
	return out;
}
