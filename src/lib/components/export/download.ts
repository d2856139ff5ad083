// Saving a file from the page (no server): a blob behind a temporary download link.
// And a chart to PNG: its serialised SVG drawn into a canvas at 2× scale.

import { computedStyleOf, serializeSvg, type LegendItem } from './svg';

export function saveBlob(blob: Blob, filename: string): void {
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = filename;
	a.rel = 'noopener';
	a.style.display = 'none';
	document.body.append(a);
	a.click();
	a.remove();
	// the download has started from the URL by now; give slow browsers a moment before freeing it
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function saveText(text: string, filename: string, type: string): void {
	saveBlob(new Blob([text], { type }), filename);
}

/** A CSV file: UTF-8 with a byte-order mark, so spreadsheet programs read Chinese names correctly. */
export function saveCsv(csv: string, filename: string): void {
	saveBlob(new Blob(['\ufeff', csv], { type: 'text/csv;charset=utf-8' }), filename);
}

export interface ChartFile {
	svg: SVGSVGElement;
	title?: string;
	legend?: LegendItem[];
}

/** The chart as a standalone SVG document (inline styles). */
export function chartSvg(chart: ChartFile): { text: string; width: number; height: number } {
	return serializeSvg(chart.svg, { styleOf: computedStyleOf, title: chart.title, legend: chart.legend });
}

/** Draws an SVG document into a canvas at `scale` and returns the PNG. */
export async function svgToPng(svg: { text: string; width: number; height: number }, scale = 2): Promise<Blob> {
	const url = URL.createObjectURL(new Blob([svg.text], { type: 'image/svg+xml;charset=utf-8' }));
	try {
		const img = new Image();
		img.decoding = 'sync';
		await new Promise<void>((resolve, reject) => {
			img.onload = () => resolve();
			img.onerror = () => reject(new Error('the chart could not be drawn as an image'));
			img.src = url;
		});
		const canvas = document.createElement('canvas');
		canvas.width = Math.round(svg.width * scale);
		canvas.height = Math.round(svg.height * scale);
		const ctx = canvas.getContext('2d');
		if (!ctx) throw new Error('no canvas available');
		ctx.fillStyle = '#ffffff';
		ctx.fillRect(0, 0, canvas.width, canvas.height);
		ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
		return await new Promise<Blob>((resolve, reject) =>
			canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png')
		);
	} finally {
		URL.revokeObjectURL(url);
	}
}

/** A file name from a chart id: "flowbench-waits-by-period.png". */
export function fileName(base: string, ext: string): string {
	const slug = base
		.normalize('NFKD')
		.replace(/[^\w\s-]/g, '')
		.trim()
		.replace(/[\s_]+/g, '-')
		.toLowerCase();
	return `flowbench-${slug || 'chart'}.${ext}`;
}
