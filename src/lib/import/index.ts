// Importing real data: arrival and service logs (CSV/TSV/XLSX, UTF-8/GB18030/Big5), the
// column mapping, the log's statistics, the scenario built from them, and survey calibration.
// Pure TS, no DOM: used by the /import page and by `flowbench import`.

export { ENCODINGS, decodeText, detectEncoding, type Detected, type Encoding } from './decode';
export { isExcel, readExcel, readTable, readText, type Cell, type ReadOptions, type RowProblem, type Table } from './table';
export { clockLabel, dayLabel, parseDateTime, parseDuration, weekday, type DateTime } from './datetime';
export { FIELDS, checkMapping, guessMapping, normaliseHeader, type Field, type Mapping } from './mapping';
export { parseFlag, readRecords, type LogRecord, type ReadRecords } from './records';
export { analyseLog, type AnalyseOptions, type LogAnalysis, type PeriodObserved, type ShareRow, type WeekdayRates } from './analyse';
export { buildScenario, type BuildChoices } from './build';
export { SURVEY_FIELDS, guessSurveyMapping, readSurvey, type ReadSurvey, type SurveyField, type SurveyMapping } from './survey';
export { applyCalibration } from './calibration';
export { applyImport } from './apply';
export { PROBLEM_TEXT_EN, problemText } from './problem-text';
