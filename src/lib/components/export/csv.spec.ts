import { describe, expect, it } from 'vitest';
import { GROUP_KPIS } from '$lib/sim';
import { bankComparison, baselineScenario, redesignScenario } from '$lib/components/compare/spec-data';
import {
	comparisonKpiCsv,
	comparisonPeriodCsv,
	csvField,
	csvText,
	replicationCsv,
	replicationTable,
	resultsKpiCsv,
	resultsPeriodCsv
} from './csv';

/** A small RFC 4180 reader, to check that what we write reads back. */
function parse(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const ch = text[i];
		if (quoted) {
			if (ch === '"' && text[i + 1] === '"') ((field += '"'), i++);
			else if (ch === '"') quoted = false;
			else field += ch;
		} else if (ch === '"') quoted = true;
		else if (ch === ',') (row.push(field), (field = ''));
		else if (ch === '\r' && text[i + 1] === '\n') {
			row.push(field);
			rows.push(row);
			row = [];
			field = '';
			i++;
		} else field += ch;
	}
	return rows;
}

describe('CSV fields', () => {
	it('quotes commas, quotes and line breaks, and leaves plain text alone', () => {
		expect(csvField('Teller')).toBe('Teller');
		expect(csvField('Tellers, front')).toBe('"Tellers, front"');
		expect(csvField('the "VIP" desk')).toBe('"the ""VIP"" desk"');
		expect(csvField('two\nlines')).toBe('"two\nlines"');
		expect(csvField('柜台 窗口')).toBe('柜台 窗口');
	});

	it('writes numbers in full precision with a dot, and nothing for missing values', () => {
		expect(csvField(0.1 + 0.2)).toBe('0.30000000000000004');
		expect(csvField(-1.5)).toBe('-1.5');
		expect(csvField(null)).toBe('');
		expect(csvField(undefined)).toBe('');
		expect(csvField(Number.NaN)).toBe('');
		expect(csvField(Infinity)).toBe('');
		expect(csvField(true)).toBe('true');
	});

	it('neutralises text that a spreadsheet would run as a formula', () => {
		expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
		expect(csvField('+1')).toBe("'+1");
		expect(csvField('@SUM')).toBe("'@SUM");
	});

	it('joins rows with CRLF and reads back', () => {
		const rows = [
			['a', 'b, c'],
			['1', 'x"y']
		];
		const text = csvText(rows);
		expect(text).toBe('a,"b, c"\r\n1,"x""y"\r\n');
		expect(parse(text)).toEqual(rows);
	});
});

describe('comparison CSV', () => {
	const c = bankComparison();

	it('has one row per KPI with both variants, the paired difference and its interval', () => {
		const rows = parse(comparisonKpiCsv(c, { baseline: baselineScenario, redesign: redesignScenario }));
		const head = rows[0];
		expect(head.slice(0, 5)).toEqual(['scope', 'id', 'name', 'kpi', 'baseline']);
		expect(rows.every((r) => r.length === head.length)).toBe(true);
		const col = (name: string) => head.indexOf(name);
		const wait = rows.find((r) => r[0] === 'overall' && r[3] === 'waitMean')!;
		expect(Number(wait[col('baseline')])).toBe(c.baseline.overall.waitMean.mean);
		expect(Number(wait[col('redesign')])).toBe(c.redesign.overall.waitMean.mean);
		expect(Number(wait[col('difference')])).toBe(c.difference.overall.waitMean.mean);
		expect(Number(wait[col('differenceLow')])).toBe(c.difference.overall.waitMean.low);
		expect(wait[col('significant')]).toBe('true');
		// the kiosk exists only in the redesign: its baseline cells are empty
		const stations = rows.filter((r) => r[0] === 'station');
		expect(new Set(stations.map((r) => r[1]))).toEqual(new Set([...Object.keys(c.baseline.stations), ...Object.keys(c.redesign.stations)]));
		const onlyRedesign = Object.keys(c.redesign.stations).find((id) => !c.baseline.stations[id]);
		if (onlyRedesign) {
			const row = stations.find((r) => r[1] === onlyRedesign && r[3] === 'utilisation')!;
			expect(row[col('baseline')]).toBe('');
			expect(row[col('redesign')]).not.toBe('');
		}
		expect(rows.some((r) => r[0] === 'segment' && r[3] === 'csat')).toBe(true);
		expect(rows.some((r) => r[0] === 'customers' && r[3] === 'betterOff')).toBe(true);
	});

	it('has per-period rows in minutes since opening', () => {
		const rows = parse(comparisonPeriodCsv(c));
		expect(rows[0].slice(0, 4)).toEqual(['periodStart', 'periodEnd', 'kpi', 'baseline']);
		const first = rows.filter((r) => r[0] === '0');
		expect(first.map((r) => r[2])).toContain('waitMean');
		expect(rows.length - 1).toBe(c.baseline.periods.length * first.length);
	});

	it('has every replication of both variants', () => {
		const values = (k: number) => Float64Array.from(GROUP_KPIS, (_, i) => k * 100 + i);
		const table = replicationTable([
			{ baseline: { overall: values(1) }, redesign: { overall: values(2) } },
			{ baseline: { overall: values(3) }, redesign: { overall: values(4) } }
		]);
		const rows = parse(replicationCsv(table));
		expect(rows[0]).toEqual(['replication', 'variant', ...GROUP_KPIS]);
		expect(rows.slice(1).map((r) => r.slice(0, 3))).toEqual([
			['0', 'baseline', '100'],
			['0', 'redesign', '200'],
			['1', 'baseline', '300'],
			['1', 'redesign', '400']
		]);
	});

	it('also writes a single run', () => {
		const rows = parse(resultsKpiCsv(c.baseline, baselineScenario));
		expect(rows[0]).toEqual(['scope', 'id', 'name', 'kpi', 'mean', 'low', 'high']);
		expect(rows.find((r) => r[0] === 'overall' && r[3] === 'csat')?.[4]).toBe(String(c.baseline.overall.csat.mean));
		expect(parse(resultsPeriodCsv(c.baseline)).length).toBe(c.baseline.periods.length + 1);
	});
});
