// `flowbench import <log.csv|tsv|xlsx> [--map mapping.json] [--out scenario.json] …`: the
// browser's import, headless — read the log (encoding detected), map the columns (from
// --map, or guessed from obvious names and printed to stderr so it can be saved and
// edited), list the rows that could not be used, fit the service times and write a scenario.
// A survey (--survey) calibrates the satisfaction model.
//
// Exit codes: 0 done, 1 the log could not be used (no rows, bad mapping), 2 bad command line.

import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import {
	analyseLog,
	applyCalibration,
	buildScenario,
	checkMapping,
	ENCODINGS,
	guessMapping,
	guessSurveyMapping,
	readRecords,
	readSurvey,
	readTable,
	type Encoding,
	type Mapping
} from '../../lib/import/index';
import { calibrateSatisfaction, fitDistributions, FIT_FAMILIES, type FitFamily } from '../../lib/sim/fit/index';
import { validateScenario, type Distribution } from '../../lib/sim/index';
import { problemText } from '../../lib/import/problem-text';

export const IMPORT_USAGE = `  flowbench import <log.csv|tsv|xlsx> [--map mapping.json] [--out scenario.json] [--service best|empirical|FAMILY]
                   [--period MINUTES] [--weekday 0-6] [--encoding utf-8|gb18030|big5] [--sheet NAME] [--name NAME]
                   [--survey survey.csv] [--replications N] [--seed S]
`;

const HELP = `Usage:
${IMPORT_USAGE}
Reads an arrival/service log and writes a scenario (to stdout without --out).
Without --map, columns with obvious names (arrival_time/到达时间, service_start/开始办理时间,
service_end/结束时间, counter/窗口, …) are mapped automatically; the mapping used is printed to
stderr as JSON, to save, edit and pass back with --map. Rows that cannot be used are listed.
--service  best (default: lowest AIC), empirical (the observed times), or one of
           ${FIT_FAMILIES.join(', ')}.
--weekday  use one weekday's arrival rates (0 = Monday … 6 = Sunday) instead of the mean over all days.
--survey   survey answers (CSAT 1–5 and/or recommend 0–10, with a wait column or the log's ticket id)
           to calibrate the satisfaction model.
`;

class Usage extends Error {}

interface Options {
	file: string;
	map?: string;
	out?: string;
	service: string;
	period: number;
	weekday: number | null;
	encoding?: Encoding;
	sheet?: string;
	name?: string;
	survey?: string;
	replications?: number;
	seed?: number;
}

function parse(argv: string[]): Options | 'help' {
	const o: Partial<Options> = { service: 'best', period: 60, weekday: null };
	const value = (flag: string, v: string | undefined) => {
		if (v === undefined || v.startsWith('--')) throw new Usage(`${flag} needs a value`);
		return v;
	};
	const whole = (flag: string, v: string | undefined, lo: number, hi: number) => {
		const n = Number(value(flag, v));
		if (!Number.isInteger(n) || n < lo || n > hi) throw new Usage(`${flag} must be a whole number from ${lo} to ${hi} (got "${v}")`);
		return n;
	};
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i];
		switch (a) {
			case '--help':
			case '-h':
				return 'help';
			case '--map':
				o.map = value(a, argv[++i]);
				break;
			case '--out':
				o.out = value(a, argv[++i]);
				break;
			case '--service': {
				const s = value(a, argv[++i]);
				if (s !== 'best' && s !== 'empirical' && !(FIT_FAMILIES as readonly string[]).includes(s))
					throw new Usage(`--service must be best, empirical or one of ${FIT_FAMILIES.join(', ')} (got "${s}")`);
				o.service = s;
				break;
			}
			case '--period':
				o.period = whole(a, argv[++i], 5, 240);
				break;
			case '--weekday':
				o.weekday = whole(a, argv[++i], 0, 6);
				break;
			case '--encoding': {
				const e = value(a, argv[++i]).toLowerCase();
				if (!(ENCODINGS as readonly string[]).includes(e))
					throw new Usage(`--encoding must be one of ${ENCODINGS.join(', ')} (got "${e}")`);
				o.encoding = e as Encoding;
				break;
			}
			case '--sheet':
				o.sheet = value(a, argv[++i]);
				break;
			case '--name':
				o.name = value(a, argv[++i]);
				break;
			case '--survey':
				o.survey = value(a, argv[++i]);
				break;
			case '--replications':
				o.replications = whole(a, argv[++i], 1, 100000);
				break;
			case '--seed':
				o.seed = whole(a, argv[++i], 0, 2 ** 32 - 1);
				break;
			default:
				if (a.startsWith('--')) throw new Usage(`unknown option "${a}"`);
				if (o.file) throw new Usage(`one log file at a time (got "${o.file}" and "${a}")`);
				o.file = a;
		}
	}
	if (!o.file) throw new Usage('import needs a log file (CSV, TSV or .xlsx)');
	return o as Options;
}

function readBytes(file: string, what: string): Uint8Array {
	try {
		return new Uint8Array(readFileSync(file));
	} catch (e) {
		const code = (e as NodeJS.ErrnoException).code;
		throw new Usage(`cannot read the ${what} ${file}: ${code === 'ENOENT' ? 'no such file' : (e as Error).message}`);
	}
}

function describe(d: Distribution): string {
	return JSON.stringify(d).replace(/"values":\[[^\]]*\]/, `"values":[…]`);
}

export async function commandImport(argv: string[]): Promise<number> {
	let o: Options | 'help';
	try {
		o = parse(argv);
	} catch (e) {
		if (e instanceof Usage) {
			process.stderr.write(`${e.message}\n\n${HELP}`);
			return 2;
		}
		throw e;
	}
	if (o === 'help') {
		process.stdout.write(HELP);
		return 0;
	}
	const err = (s: string) => process.stderr.write(s + '\n');
	let bytes: Uint8Array;
	let mapFile: Mapping | null = null;
	let dayFirst = false;
	try {
		bytes = readBytes(o.file, 'log');
		if (o.map) {
			let json: unknown;
			try {
				json = JSON.parse(new TextDecoder().decode(readBytes(o.map, 'mapping')).replace(/^\uFEFF/, ''));
			} catch (e) {
				if (e instanceof Usage) throw e;
				throw new Usage(`${o.map}: not valid JSON: ${(e as Error).message}`);
			}
			if (!json || typeof json !== 'object' || Array.isArray(json))
				throw new Usage(`${o.map}: must be an object like {"arrival": "到达时间", …}`);
			const { dayFirst: df, ...rest } = json as Record<string, unknown>;
			dayFirst = df === true;
			mapFile = rest as Mapping;
		}
	} catch (e) {
		if (e instanceof Usage) {
			err(`error: ${e.message}`);
			return 2;
		}
		throw e;
	}
	const table = await readTable(bytes, o.file, { encoding: o.encoding, sheet: o.sheet });
	if (table.kind === 'text')
		err(
			`${o.file}: ${table.encoding}${o.encoding ? ' (as given)' : ` (detected: ${table.detected!.reason})`}, separator ${JSON.stringify(table.delimiter)}, ${table.rows.length + table.problems.length} data rows`
		);
	else err(`${o.file}: Excel sheet "${table.sheet}" of ${table.sheets!.length}, ${table.rows.length + table.problems.length} data rows`);
	if (table.replaced) err(`warning: ${table.replaced} characters could not be decoded as ${table.encoding}; try --encoding`);
	const mapping = mapFile ?? guessMapping(table.headers);
	const bad = checkMapping(mapping as Record<string, unknown>, table.headers);
	if (!mapFile) err(`mapping used (save it, edit it, pass it with --map):\n${JSON.stringify(mapping, null, 2)}`);
	if (bad.length) {
		for (const b of bad) err(`${o.map ?? 'mapping'}: ${b}`);
		return 1;
	}
	const read = readRecords(table, mapping, { dayFirst });
	for (const p of read.problems) err(problemText(p));
	if (table.blankRows) err(`${table.blankRows} blank rows ignored`);
	err(
		`used ${read.records.length} of ${read.rowsRead} rows${read.problems.length ? `; ${read.problems.length} skipped (listed above)` : ''}`
	);
	if (!read.records.length) {
		err('error: no rows could be used: check the mapping and the encoding');
		return 1;
	}
	const a = analyseLog(read, { periodMinutes: o.period });
	if (o.weekday !== null && !a.weekdays.some((w) => w.weekday === o.weekday)) {
		err(`error: --weekday ${o.weekday}: the log has no such weekday (it has ${a.weekdays.map((w) => w.weekday).join(', ') || 'no dates'})`);
		return 1;
	}
	const fit = fitDistributions(a.service.all);
	let service: Distribution;
	let note: string;
	if (!fit.n) {
		err('error: the log has no service times (map service start and end, or a duration)');
		return 1;
	}
	if (o.service === 'empirical' || !fit.fits.length) {
		service = fit.empirical;
		note = 'empirical';
	} else {
		const chosen = o.service === 'best' ? fit.fits[0] : fit.fits.find((f) => f.family === (o.service as FitFamily));
		if (!chosen) {
			err(`error: ${o.service} could not be fitted to these times`);
			return 1;
		}
		service = chosen.distribution;
		note = `${chosen.method === 'mle' ? 'maximum likelihood' : 'moments'}; ${o.service === 'best' ? `lowest AIC of ${fit.fits.length} fits` : 'chosen with --service'}, KS D ${chosen.ks.toFixed(3)}, A² ${chosen.ad.toFixed(2)}`;
	}
	err(
		`service times: n ${fit.n}, mean ${fit.mean.toFixed(2)} min, cv ${fit.cv.toFixed(2)}${fit.zeros ? `, ${fit.zeros} zeros set to ${fit.zeroReplacement} min for the log-based fits` : ''}`
	);
	err('  distribution   AIC        ΔAIC     KS D    A²      parameters');
	for (const f of fit.fits)
		err(
			`  ${f.family.padEnd(13)}  ${f.aic.toFixed(1).padStart(9)}  ${(f.aic - fit.fits[0].aic).toFixed(1).padStart(7)}  ${f.ks.toFixed(3)}  ${f.ad.toFixed(2).padStart(6)}  ${describe(f.distribution)}`
		);
	let scenario = buildScenario(a, {
		name: o.name ?? `From ${basename(o.file)}`,
		service,
		serviceNote: note,
		weekday: o.weekday,
		source: basename(o.file),
		replications: o.replications,
		seed: o.seed
	});
	if (o.survey) {
		let sb: Uint8Array;
		try {
			sb = readBytes(o.survey, 'survey');
		} catch (e) {
			err(`error: ${(e as Error).message}`);
			return 2;
		}
		const st = await readTable(sb, o.survey);
		const sm = guessSurveyMapping(st.headers);
		err(`survey mapping used:\n${JSON.stringify(sm, null, 2)}`);
		const sr = readSurvey(st, sm, read.records);
		for (const p of sr.problems) err(`${basename(o.survey)}: ${problemText(p)}`);
		err(`survey: used ${sr.responses.length} of ${sr.rowsRead} answers (${sr.joined} joined to the log by ticket)`);
		if (sr.responses.length < 30) {
			err('error: fewer than 30 usable survey answers: too few to calibrate');
			return 1;
		}
		const cal = calibrateSatisfaction(sr.responses);
		err(
			`calibrated: ${JSON.stringify(cal.params)}, tolerance ${JSON.stringify(cal.tolerance)}; log-likelihood ${cal.logLikelihood.toFixed(1)} (default model ${cal.defaultLogLikelihood.toFixed(1)})`
		);
		err('  wait band (min)   n     CSAT survey  calibrated  default');
		for (const b of cal.bands)
			err(
				`  ${b.from.toFixed(1).padStart(5)}–${b.to.toFixed(1).padEnd(8)} ${String(b.n).padStart(5)}  ${b.observedCsat === null ? '   —  ' : (100 * b.observedCsat).toFixed(1).padStart(6) + ' %'}   ${(100 * b.predictedCsat).toFixed(1).padStart(6)} %  ${(100 * b.defaultCsat).toFixed(1).padStart(6)} %`
			);
		scenario = applyCalibration(scenario, cal, basename(o.survey), new Date().toISOString().slice(0, 10));
	}
	const v = validateScenario(scenario);
	if (!v.ok) {
		for (const p of v.problems) err(`internal: built scenario: ${p.path}: ${p.message}`);
		return 70;
	}
	const json = JSON.stringify(scenario, null, 2) + '\n';
	if (o.out) {
		writeFileSync(o.out, json);
		err(`wrote ${o.out}`);
	} else process.stdout.write(json);
	return 0;
}
