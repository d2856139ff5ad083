// The /import page's state: the file, its encoding and table, the column mapping, the rows
// read (and those skipped), the log's statistics, the service-time fits and the choice, the
// scenario built from them, an optional survey calibration, and the validation run.

import {
	analyseLog,
	applyCalibration,
	buildScenario,
	guessMapping,
	guessSurveyMapping,
	readRecords,
	readSurvey,
	readTable,
	type Encoding,
	type LogAnalysis,
	type Mapping,
	type ReadRecords,
	type ReadSurvey,
	type SurveyMapping,
	type Table,
	weekday
} from '$lib/import';
import {
	calibrateSatisfaction,
	fitDistributions,
	validateScenario,
	type CalibrationResult,
	type Distribution,
	type FitSummary,
	type Problem,
	type Scenario
} from '$lib/sim';

export type Group = 'all' | `segment:${string}` | `counter:${string}`;

export class ImportState {
	fileName = $state<string | null>(null);
	#bytes: Uint8Array | null = null;
	busy = $state<string | null>(null);
	error = $state<string | null>(null);
	table = $state.raw<Table | null>(null);
	/** The user's encoding choice (undefined: as detected). */
	encoding = $state<Encoding | undefined>(undefined);
	sheet = $state<string | undefined>(undefined);

	mapping = $state<Mapping>({});
	guessed = $state.raw<Mapping>({});
	dayFirst = $state(false);
	periodMinutes = $state(60);
	targetWait = $state(10);

	read = $state.raw<ReadRecords | null>(null);
	analysis = $state.raw<LogAnalysis | null>(null);
	/** Fit of all service times (the scenario's), and of the group being looked at. */
	fit = $state.raw<FitSummary | null>(null);
	group = $state<Group>('all');
	/** 'best' follows the lowest AIC; else a family name or 'empirical'. */
	choice = $state<string>('best');
	weekday = $state<number | null>(null);

	name = $state('');
	servers = $state<number | undefined>(undefined);
	patience = $state(true);

	survey = $state.raw<{ fileName: string; table: Table; mapping: SurveyMapping; read: ReadSurvey | null } | null>(null);
	calibration = $state.raw<CalibrationResult | null>(null);
	surveyMultiplier = $state(1.36);
	useCalibration = $state(true);

	groupFit = $derived.by(() => {
		const a = this.analysis;
		if (!a || this.group === 'all') return this.fit;
		const [kind, name] = [this.group.slice(0, this.group.indexOf(':')), this.group.slice(this.group.indexOf(':') + 1)];
		const times = kind === 'segment' ? a.service.bySegment[name] : a.service.byCounter[name];
		return times ? fitDistributions(times) : null;
	});

	/** The chosen service-time distribution and how it was chosen. */
	service = $derived.by((): { dist: Distribution; family: string; note: string } | null => {
		const f = this.fit;
		if (!f || !f.n) return null;
		if (this.choice === 'empirical' || !f.fits.length) return { dist: f.empirical, family: 'empirical', note: 'empirical' };
		const chosen = this.choice === 'best' ? f.fits[0] : (f.fits.find((x) => x.family === this.choice) ?? f.fits[0]);
		return {
			dist: chosen.distribution,
			family: chosen.family,
			note: `${chosen.method === 'mle' ? 'maximum likelihood' : 'moments'}; ${chosen === f.fits[0] ? `lowest AIC of ${f.fits.length} fits` : 'chosen by the user'}, KS D ${chosen.ks.toFixed(3)}, A² ${chosen.ad.toFixed(2)}`
		};
	});

	scenario = $derived.by((): Scenario | null => {
		const a = this.analysis;
		const s = this.service;
		if (!a || !s) return null;
		const built = buildScenario(a, {
			name: this.name.trim() || `From ${this.fileName}`,
			service: s.dist,
			serviceNote: s.note,
			weekday: this.weekday,
			patience: this.patience,
			servers: this.servers,
			source: this.fileName ?? undefined
		});
		return this.calibration && this.useCalibration
			? applyCalibration(built, this.calibration, this.survey?.fileName, new Date().toISOString().slice(0, 10))
			: built;
	});

	/** What the log shows for the days the scenario models: all days, or the chosen weekday's. */
	observed = $derived.by((): LogAnalysis | null => {
		const a = this.analysis;
		const read = this.read;
		if (!a || !read || this.weekday === null || read.firstDay === null) return a;
		const first = read.firstDay;
		const records = read.records.filter((r) => weekday(first + r.day) === this.weekday);
		if (!records.length) return a;
		return analyseLog(
			{ ...read, records },
			{ periodMinutes: this.periodMinutes, targetWait: this.targetWait, open: a.open, close: a.close }
		);
	});

	scenarioProblems = $derived.by((): Problem[] => {
		const s = this.scenario;
		if (!s) return [];
		const v = validateScenario(s);
		return v.ok ? [] : v.problems;
	});

	async open(name: string, bytes: Uint8Array): Promise<void> {
		this.reset();
		this.fileName = name;
		this.#bytes = bytes;
		await this.reread();
		if (this.table) {
			this.guessed = guessMapping(this.table.headers);
			this.mapping = { ...this.guessed };
		}
	}

	reset(): void {
		this.error = null;
		this.table = null;
		this.encoding = undefined;
		this.sheet = undefined;
		this.read = null;
		this.analysis = null;
		this.fit = null;
		this.group = 'all';
		this.choice = 'best';
		this.weekday = null;
		this.name = '';
		this.servers = undefined;
		this.calibration = null;
		this.survey = null;
	}

	/** Reads the table again (another encoding or sheet); the mapping is kept where its columns still exist. */
	async reread(): Promise<void> {
		if (!this.#bytes || !this.fileName) return;
		this.busy = 'file';
		try {
			const table = await readTable(this.#bytes, this.fileName, { encoding: this.encoding, sheet: this.sheet });
			const hadTable = this.table !== null;
			this.table = table;
			this.error = null;
			this.read = null;
			this.analysis = null;
			this.fit = null;
			if (hadTable) {
				const kept: Mapping = {};
				for (const [k, v] of Object.entries(this.mapping)) if (v !== undefined && table.headers.includes(v)) kept[k as keyof Mapping] = v;
				this.guessed = guessMapping(table.headers);
				this.mapping = { ...this.guessed, ...kept };
			}
		} catch (e) {
			this.table = null;
			this.error = e instanceof Error ? e.message : String(e);
		} finally {
			this.busy = null;
		}
	}

	setField(field: keyof Mapping, column: string): void {
		const next = { ...this.mapping };
		if (column) next[field] = column;
		else delete next[field];
		this.mapping = next;
		this.read = null;
		this.analysis = null;
		this.fit = null;
	}

	/** Reads the rows through the mapping, then analyses the log and fits the service times. */
	readLog(): void {
		if (!this.table || !this.mapping.arrival) return;
		const read = readRecords(this.table, this.mapping, { dayFirst: this.dayFirst });
		this.read = read;
		this.analysis = read.records.length ? analyseLog(read, { periodMinutes: this.periodMinutes, targetWait: this.targetWait }) : null;
		this.fit = this.analysis ? fitDistributions(this.analysis.service.all) : null;
		this.group = 'all';
		this.choice = 'best';
		if (!this.name) this.name = `From ${this.fileName}`;
	}

	/** Re-analyses after the period length or target changed (same rows). */
	reanalyse(): void {
		if (!this.read || !this.read.records.length) return;
		this.analysis = analyseLog(this.read, { periodMinutes: this.periodMinutes, targetWait: this.targetWait });
	}

	async openSurvey(name: string, bytes: Uint8Array): Promise<void> {
		this.calibration = null;
		try {
			const table = await readTable(bytes, name);
			this.survey = { fileName: name, table, mapping: guessSurveyMapping(table.headers), read: null };
		} catch (e) {
			this.error = e instanceof Error ? e.message : String(e);
		}
	}

	setSurveyField(field: keyof SurveyMapping, column: string): void {
		if (!this.survey) return;
		const mapping = { ...this.survey.mapping };
		if (column) mapping[field] = column;
		else delete mapping[field];
		this.survey = { ...this.survey, mapping, read: null };
		this.calibration = null;
	}

	/** Joins the survey to the log and calibrates (a few seconds for thousands of answers). */
	async calibrate(): Promise<void> {
		if (!this.survey) return;
		this.busy = 'survey';
		// let the page show "Calibrating…" before the work starts
		await new Promise((r) => setTimeout(r, 30));
		try {
			const read = readSurvey(this.survey.table, this.survey.mapping, this.read?.records ?? []);
			this.survey = { ...this.survey, read };
			this.calibration = read.responses.length >= 30 ? calibrateSatisfaction(read.responses, { multiplier: this.surveyMultiplier }) : null;
		} finally {
			this.busy = null;
		}
	}
}
