// A replication's row: every table a view into one buffer, none overlapping another.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Scenario } from '../model/scenario';
import { prepareRun, runReplicationRange } from './run';
import { rowBuffers, TABLES } from './measure';

const bank = JSON.parse(readFileSync('static/examples/bank-branch-baseline.json', 'utf8')) as Scenario;

describe('replication rows', () => {
	it('cut every table and weight table from one buffer, without overlaps, and fill it', () => {
		const [row] = runReplicationRange(prepareRun(bank, { replications: 1 }), 0, 1);
		const buffers = rowBuffers(row);
		expect(buffers).toHaveLength(1);
		const views = TABLES.flatMap((t) => [row[t], row.weights[t]]).filter((v) => v.length > 0);
		const spans = views.map((v) => [v.byteOffset, v.byteOffset + v.byteLength]).sort((a, b) => a[0] - b[0]);
		for (let i = 1; i < spans.length; i++) expect(spans[i][0]).toBeGreaterThanOrEqual(spans[i - 1][1]);
		const used = views.reduce((s, v) => s + v.byteLength, 0);
		expect(used).toBe(buffers[0].byteLength);
	});

	it('keep their values when another table is written', () => {
		const [row] = runReplicationRange(prepareRun(bank, { replications: 1 }), 0, 1);
		const before = TABLES.map((t) => Array.from(row[t]));
		row.weights.callbacks.fill(-1);
		row.weights.appointments.fill(-1);
		expect(TABLES.map((t) => Array.from(row[t]))).toEqual(before);
	});
});
