import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { normalQuantile } from '../random/normal';
import { toleranceAt, toleranceTable } from './tolerance-table';
import type { Scenario } from '../model/scenario';
import { prepareRun } from '../experiment/run';
import { Simulation } from '../core/simulation';
import { customerLatent } from './customer';
import { scoreTable } from './table';
import { A_COLS, A_CSAT, A_N } from '../stats/visit-tally';

describe('tabulated tolerance factor', () => {
	it('is within 1e-9 relative of exp(s·Φ⁻¹(u) − s²/2) over all of (0, 1)', () => {
		for (const s of [0.05, 0.4, 1, 2.5]) {
			const t = toleranceTable(s);
			let worst = 0;
			for (let i = 0; i < 200_000; i++) {
				const u = (i + 0.618) / 200_000;
				const exact = Math.exp(s * normalQuantile(u) - (s * s) / 2);
				worst = Math.max(worst, Math.abs(toleranceAt(t, u) / exact - 1));
			}
			expect(worst, `spread ${s}`).toBeLessThan(1e-9);
		}
	});

	it('gives 1 without spread and matches the grid points exactly', () => {
		expect(toleranceAt(toleranceTable(0), 0.3)).toBe(1);
		const t = toleranceTable(0.4);
		expect(toleranceAt(t, 1 / 64)).toBe(t.factor[0]);
	});
});

describe('the tally scores customers as customerLatent does', () => {
	it('sums the same CSAT over a bank day as scoring its recorded customers one by one', () => {
		const bank = JSON.parse(
			readFileSync(new URL('../../../../static/examples/bank-branch-baseline.json', import.meta.url), 'utf8')
		) as Scenario;
		const run = prepareRun(bank, { replications: 3 });
		const sim = new Simulation(run.model, run.seed);
		const sat = run.model.satisfaction;
		const tab = scoreTable(sat.params);
		for (let rep = 0; rep < 3; rep++) {
			sim.run(rep, { records: true });
			const rec = sim.records;
			let csat = 0;
			let waited = 0;
			for (let i = 0; i < rec.count; i++) {
				const mu = customerLatent(
					sat,
					rec.segment[i],
					rec.key[i],
					rec.perceived[i],
					rec.flags[i],
					rec.transfers[i],
					rec.extraContacts[i],
					rec.overtakes[i]
				);
				if (rec.perceived[i] > 0) waited++;
				expect(mu >= tab.lo && mu <= tab.hi).toBe(true);
				const x = (mu - tab.lo) * tab.scale;
				const k = x | 0;
				csat += tab.csat[k] + (x - k) * (tab.csat[k + 1] - tab.csat[k]);
			}
			let n = 0;
			let tallied = 0;
			for (let a = 0; a < sim.tally.cells.length; a += A_COLS) {
				n += sim.tally.cells[a + A_N];
				tallied += sim.tally.cells[a + A_CSAT];
			}
			expect(n).toBe(rec.count);
			expect(waited).toBeGreaterThan(50);
			expect(Math.abs(tallied - csat)).toBeLessThan(1e-9 * rec.count);
		}
	});
});
