// The detailed tables: every KPI (rows) per station, per segment and per period of arrival
// (columns), each cell the mean with its 95 % interval, in the unit the engine's KPI registry gives.

import { GROUP_KPIS, kpiDefinition, kpiUnit, STATION_KPIS, type KpiSet, type KpiValue, type Results, type Scenario } from '$lib/sim';
import { hasDayAxis, periodLabel } from './charts';
import { formatCi, formatValue, type Formatters } from './format';
import { nodeName } from './kpi-cards';

export interface Cell {
	value: string;
	ci: string | null;
}

export interface KpiTable {
	id: 'stations' | 'segments' | 'periods';
	columns: string[];
	rows: { key: string; label: string; cells: Cell[] }[];
}

/** KPI keys in display order: the engine's list, then any extra ones present (csat, nps, …). */
function keysOf(base: readonly string[], sets: KpiSet[], skip: string[] = []): string[] {
	const extra = new Set<string>();
	for (const s of sets)
		for (const k of Object.keys(s)) if (!base.includes(k) && k !== 'start' && k !== 'end' && kpiDefinition(k)) extra.add(k);
	// Results stored by an older engine lack newer KPIs: leave out rows no column has.
	return [...base, ...extra].filter((k) => !skip.includes(k) && sets.some((s) => s[k] !== undefined));
}

function build(id: KpiTable['id'], columns: string[], sets: KpiSet[], keys: string[], f: Formatters): KpiTable {
	return {
		id,
		columns,
		rows: keys.map((key) => ({
			key,
			label: f.t(`results.kpi.${key}`),
			cells: sets.map((s) => {
				const v = s[key] as KpiValue | undefined;
				const unit = kpiUnit(key);
				return { value: formatValue(v?.mean ?? null, unit, f), ci: formatCi(v, unit, f) };
			})
		}))
	};
}

export function stationTable(results: Results, scenario: Scenario, f: Formatters): KpiTable {
	const ids = Object.keys(results.stations);
	const sets = ids.map((id) => results.stations[id]);
	return build(
		'stations',
		ids.map((id) => nodeName(scenario, id)),
		sets,
		keysOf(STATION_KPIS, sets),
		f
	);
}

export function segmentTable(results: Results, scenario: Scenario, f: Formatters): KpiTable {
	const ids = Object.keys(results.segments);
	const sets = ids.map((id) => results.segments[id]);
	const name = (id: string) => scenario.segments.find((s) => s.id === id)?.name ?? id;
	return build('segments', ids.map(name), sets, keysOf(GROUP_KPIS, sets, ['cost']), f);
}

/** Per period of arrival; null in steady state (a single period is the overall result). */
export function periodTable(results: Results, f: Formatters): KpiTable | null {
	if (!hasDayAxis(results)) return null;
	const sets = results.periods as KpiSet[];
	return build(
		'periods',
		results.periods.map((_, k) => periodLabel(results, k, f)),
		sets,
		keysOf(GROUP_KPIS, sets),
		f
	);
}
