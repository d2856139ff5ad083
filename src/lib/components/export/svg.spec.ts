import { describe, expect, it } from 'vitest';
import { approxTextWidth, escapeXml, serializeSvg, viewBoxSize, type NodeLike, type StyleOf } from './svg';

/** A tiny DOM-shaped tree: el('rect', { x: '1' }, [children], style). */
type Fake = NodeLike & { style?: Record<string, string> };
function el(name: string, attrs: Record<string, string> = {}, children: (Fake | string)[] = [], style?: Record<string, string>): Fake {
	return {
		nodeType: 1,
		nodeName: name,
		localName: name,
		attributes: Object.entries(attrs).map(([n, value]) => ({ name: n, value })),
		childNodes: children.map((c) => (typeof c === 'string' ? { nodeType: 3, nodeName: '#text', nodeValue: c, childNodes: [] } : c)),
		style
	};
}
const styleOf: StyleOf = (n) => (n as Fake).style ?? null;

const chart = el('svg', { viewBox: '0 0 560 250', role: 'img', 'aria-label': 'Waits', class: 'chart' }, [
	el('desc', {}, ['Waits fall & rise <a lot>']),
	el('g', { tabindex: '0', role: 'graphics-symbol', 'aria-label': 'Baseline 12:00: 6.1 min', class: 'bar svelte-abc' }, [
		el('rect', { x: '10', y: '20', width: '30', height: '40' }, [], { fill: 'rgb(29, 95, 168)', opacity: '1', stroke: 'none' })
	]),
	el('line', { class: 'target', x1: '0', x2: '560', y1: '50', y2: '50' }, [], {
		stroke: 'rgb(192, 57, 43)',
		'stroke-width': '1.5px',
		'stroke-dasharray': '5px, 3px'
	}),
	el('text', { x: '5', y: '9' }, ['平均等待'], { 'font-size': '11px', fill: 'rgb(74, 90, 110)', 'text-anchor': 'end' }),
	el('g', { class: 'hidden' }, [el('text', {}, ['not shown'])], { display: 'none' }),
	el('linearGradient', { id: 'grad' }, [])
]);

describe('SVG serializer', () => {
	const { text, width, height } = serializeSvg(chart, { styleOf, padding: 0 });

	it('writes a standalone SVG document sized from the viewBox, on a white background', () => {
		expect(text.startsWith('<svg xmlns="http://www.w3.org/2000/svg" width="560" height="250" viewBox="0 0 560 250"')).toBe(true);
		expect(width).toBe(560);
		expect(height).toBe(250);
		expect(text).toContain('<rect x="0" y="0" width="560" height="250" fill="#ffffff"/>');
		expect(text.endsWith('</svg>')).toBe(true);
	});

	it('inlines the computed styles that matter, leaving out initial values', () => {
		expect(text).toContain('<rect x="10" y="20" width="30" height="40" style="fill:rgb(29, 95, 168)"/>');
		expect(text).toContain('style="stroke:rgb(192, 57, 43);stroke-width:1.5px;stroke-dasharray:5px, 3px"');
		expect(text).toContain('<text x="5" y="9" style="fill:rgb(74, 90, 110);font-size:11px;text-anchor:end">平均等待</text>');
	});

	it('drops page-only attributes and hidden elements, keeps labels and element case', () => {
		expect(text).not.toContain('tabindex');
		expect(text).not.toContain('class=');
		expect(text).toContain('aria-label="Baseline 12:00: 6.1 min"');
		expect(text).not.toContain('not shown');
		expect(text).toContain('<linearGradient id="grad"/>');
	});

	it('escapes text and attribute values', () => {
		expect(text).toContain('<desc>Waits fall &amp; rise &lt;a lot&gt;</desc>');
		expect(escapeXml(`a"b'c`)).toBe('a&quot;b&apos;c');
	});

	it('adds a title above and a legend below, growing the picture', () => {
		const out = serializeSvg(chart, {
			styleOf,
			title: 'Waits by time of arrival',
			legend: [
				{ label: 'Baseline', color: '#8593a3' },
				{ label: '改进方案', color: '#1d5fa8' }
			]
		});
		expect(out.height).toBe(250 + 30 + 26);
		expect(out.width).toBe(560 + 2 * 12);
		expect(out.text).toContain('>Waits by time of arrival</text>');
		expect(out.text).toContain('<svg x="12" y="30" width="560" height="250" viewBox="0 0 560 250"');
		expect(out.text).toContain('fill="#1d5fa8"');
		expect(out.text).toContain('>改进方案</text>');
	});

	it('is well-formed XML (every element closed)', () => {
		const opened = (text.match(/<[a-zA-Z][^>]*[^/]>/g) ?? []).length;
		const closed = (text.match(/<\/[a-zA-Z]+>/g) ?? []).length;
		expect(opened).toBe(closed);
	});

	it('reads the size from viewBox or width/height', () => {
		expect(viewBoxSize(el('svg', { viewBox: '0,0,300,200' }))).toEqual({ x: 0, y: 0, width: 300, height: 200 });
		expect(viewBoxSize(el('svg', { width: '120', height: '80' }))).toEqual({ x: 0, y: 0, width: 120, height: 80 });
		expect(approxTextWidth('改进', 12)).toBe(24);
	});
});
