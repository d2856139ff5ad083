// Reading a log file into a table of text cells: CSV/TSV (comma, semicolon, tab; quoted
// fields) through papaparse, Excel .xlsx through SheetJS (@e965/xlsx, loaded only when an
// Excel file is opened). The first non-empty row is the header. Pure TS, no DOM: the same
// code runs in the browser and in the CLI.

import Papa from 'papaparse';
import { decodeText, detectEncoding, type Detected, type Encoding } from './decode';

export type Cell = string | number;

export interface RowProblem {
	/** Row number as the user sees it in the file (1 = the first line / spreadsheet row). */
	row: number;
	/** A message key of import.ts ("import.problem.<reason>") and its placeholders. */
	reason: string;
	detail?: Record<string, string | number>;
}

export interface Table {
	kind: 'text' | 'xlsx';
	/** Text files: the encoding used and what was detected. */
	encoding?: Encoding;
	detected?: Detected;
	/** Characters that could not be decoded in the chosen encoding (a sign it is wrong). */
	replaced?: number;
	delimiter?: string;
	/** Excel: the sheets, and the one read. */
	sheets?: string[];
	sheet?: string;
	headers: string[];
	/** Data rows (header excluded), each as long as `headers`; `rowNumbers[i]` is row i's number in the file. */
	rows: Cell[][];
	rowNumbers: number[];
	/** Rows skipped while reading (blank rows are counted, not listed). */
	problems: RowProblem[];
	blankRows: number;
}

export interface ReadOptions {
	/** Overrides the detected encoding (text files). */
	encoding?: Encoding;
	/** Excel: the sheet to read (default: the first). */
	sheet?: string;
	/** Overrides papaparse's delimiter detection: ",", ";", "\t". */
	delimiter?: string;
}

export function isExcel(fileName: string, bytes: Uint8Array): boolean {
	// .xlsx is a zip: "PK\x03\x04"
	return /\.xlsx?$/i.test(fileName) || (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04);
}

function isBlank(row: readonly unknown[]): boolean {
	return row.every((c) => c === null || c === undefined || String(c).trim() === '');
}

function tableFrom(
	raw: Cell[][],
	lineOf: (i: number) => number,
	base: Omit<Table, 'headers' | 'rows' | 'rowNumbers' | 'problems' | 'blankRows'>
): Table {
	const problems: RowProblem[] = [];
	let blankRows = 0;
	let h = 0;
	while (h < raw.length && isBlank(raw[h])) h++;
	const header = (raw[h] ?? []).map((c, i) => String(c ?? '').trim() || `column ${i + 1}`);
	// duplicate headers get a suffix, so every column has its own name
	const seen = new Map<string, number>();
	const headers = header.map((name) => {
		const k = (seen.get(name) ?? 0) + 1;
		seen.set(name, k);
		return k === 1 ? name : `${name} (${k})`;
	});
	const rows: Cell[][] = [];
	const rowNumbers: number[] = [];
	for (let i = h + 1; i < raw.length; i++) {
		const r = raw[i];
		if (isBlank(r)) {
			blankRows++;
			continue;
		}
		let last = r.length;
		while (last > headers.length && (r[last - 1] === '' || r[last - 1] === null || r[last - 1] === undefined)) last--;
		if (last > headers.length) {
			problems.push({ row: lineOf(i), reason: 'tooManyFields', detail: { got: last, expected: headers.length } });
			continue;
		}
		const cells = headers.map((_, j) => {
			const c = r[j];
			return c === null || c === undefined ? '' : typeof c === 'number' ? c : String(c).trim();
		});
		rows.push(cells);
		rowNumbers.push(lineOf(i));
	}
	return { ...base, headers, rows, rowNumbers, problems, blankRows };
}

/** Reads a CSV/TSV text (already decoded). */
export function readText(text: string, options: Omit<ReadOptions, 'encoding' | 'sheet'> = {}): Table {
	// the line break that ends the last line does not start a blank row
	const parsed = Papa.parse<string[]>(text.replace(/\r?\n$/, ''), {
		delimiter: options.delimiter ?? '',
		delimitersToGuess: [',', ';', '\t', '|'],
		skipEmptyLines: false
	});
	// papaparse gives rows by record; a quoted field may span lines, so count lines ourselves
	const lines: number[] = [];
	let line = 1;
	for (const row of parsed.data) {
		lines.push(line);
		const rec = row.join(parsed.meta.delimiter);
		// advance past this record's text (approximately: count its line breaks)
		for (let i = 0; i < rec.length; i++) if (rec[i] === '\n') line++;
		line++;
	}
	const table = tableFrom(parsed.data, (i) => lines[i] ?? i + 1, { kind: 'text', delimiter: parsed.meta.delimiter });
	for (const e of parsed.errors) {
		if (e.type === 'Quotes' && e.row !== undefined) table.problems.push({ row: lines[e.row] ?? e.row + 1, reason: 'badQuotes' });
	}
	if (table.problems.length) {
		const bad = new Set(table.problems.filter((p) => p.reason === 'badQuotes').map((p) => p.row));
		if (bad.size) {
			const keep = table.rowNumbers.map((r) => !bad.has(r));
			table.rows = table.rows.filter((_, i) => keep[i]);
			table.rowNumbers = table.rowNumbers.filter((_, i) => keep[i]);
		}
		table.problems.sort((a, b) => a.row - b.row);
	}
	return table;
}

/** Reads an .xlsx workbook (one sheet). Dates stay Excel serial numbers; the date parser reads them. */
export async function readExcel(bytes: Uint8Array, options: Pick<ReadOptions, 'sheet'> = {}): Promise<Table> {
	const XLSX = await import('@e965/xlsx');
	const wb = XLSX.read(bytes, { type: 'array', cellDates: false, dense: true });
	const sheet = options.sheet && wb.SheetNames.includes(options.sheet) ? options.sheet : wb.SheetNames[0];
	const ws = wb.Sheets[sheet];
	const raw = XLSX.utils.sheet_to_json<Cell[]>(ws, { header: 1, raw: true, blankrows: true, defval: '' });
	const start = ws['!ref'] ? XLSX.utils.decode_range(ws['!ref']).s.r : 0;
	return tableFrom(raw, (i) => start + i + 1, { kind: 'xlsx', sheets: wb.SheetNames, sheet });
}

/** Reads a log file's bytes: Excel by its name or signature, else text in the detected (or given) encoding. */
export async function readTable(bytes: Uint8Array, fileName: string, options: ReadOptions = {}): Promise<Table> {
	if (isExcel(fileName, bytes)) return readExcel(bytes, options);
	const detected = detectEncoding(bytes);
	const encoding = options.encoding ?? detected.encoding;
	const { text, replaced } = decodeText(bytes, encoding);
	const table = readText(text, { delimiter: options.delimiter });
	return { ...table, encoding, detected, replaced };
}
