// Staffing optimiser benchmark: the bank-branch template (8 hourly periods, 2 stations),
// 100 replications per candidate (20 with --quick), on one thread. Prints seconds, candidates
// tried and the plan. The browser runs the same search as a job on the app's worker pool:
// bench/optimise-browser.ts (docs/optimise.md). Part of `npm run bench` (bundled as dist-cli/bench-optimise.js).
//   npm run bench:optimise [-- replications] [-- --quick]

import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { optimiseStaffing, validateScenario, type Scenario } from '../src/lib/sim/index';

const count = process.argv.slice(2).find((a) => /^\d+$/.test(a));
const replications = count ? Number(count) : process.argv.includes('--quick') ? 20 : 100;
const raw = JSON.parse(readFileSync(new URL('../static/examples/bank-branch-baseline.json', import.meta.url), 'utf8'));
const v = validateScenario(raw);
if (!v.ok) throw new Error('template invalid');
const scenario: Scenario = v.scenario;
const started = performance.now();
const cpu0 = process.cpuUsage();
const stages: Record<string, number> = {};
const plan = await optimiseStaffing(scenario, {
	replications,
	onProgress: (p) => {
		stages[p.stage] = p.candidates;
	}
});
const seconds = (performance.now() - started) / 1000;
const used = process.cpuUsage(cpu0);
const cpuSeconds = (used.user + used.system) / 1e6;
console.log(`bank branch optimisation: ${replications} replications per candidate (Node, one thread, no workers)`);
console.log(
	`  ${seconds.toFixed(2)} s on one thread (CPU time ${cpuSeconds.toFixed(2)} s), ${plan.candidates} candidates (${((seconds / plan.candidates) * 1000).toFixed(0)} ms each)`
);
console.log(`  candidates by end of stage: ${JSON.stringify(stages)}`);
console.log(`  feasible: ${plan.feasible}; planned cost ${plan.plannedCost.toFixed(0)} vs current ${plan.baselinePlannedCost.toFixed(0)}`);
for (const [id, s] of Object.entries(plan.stations)) console.log(`  ${id}: ${s.servers.join(' ')}   (current ${s.current.join(' ')})`);
for (const u of plan.unmet) console.log(`  unmet: ${u.message}`);
console.log(
	`  load average ${loadavg()[0].toFixed(1)} during the run: on a shared machine the time is an upper bound. ` +
		'The browser (workers, the app) is measured by bench/optimise-browser.ts (docs/optimise.md).'
);
