// The bank-branch optimisation in the browser (Chromium), 100 replications per candidate,
// spread over one worker per core: seconds from "Find staffing" to the plan, and candidates.
// Needs a running app: `npm run build && npx vite preview --port 4173` (or a dev server), then
//   BENCH_URL=http://localhost:4173 npx tsx bench/optimise-browser.ts
// Not a test: the figure depends on the machine (docs/optimise.md says what was measured).
// On Linux it also prints the CPU time the browser's processes spent during the optimisation
// (all threads: page and workers), which says more than the wall time on a busy machine.

import { readFileSync, readdirSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** CPU seconds (user + system) used so far by every process descended from this one; null without /proc. */
function browserCpuSeconds(): number | null {
	try {
		const parent = new Map<number, number>();
		const ticks = new Map<number, number>();
		for (const name of readdirSync('/proc')) {
			if (!/^\d+$/.test(name)) continue;
			try {
				const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
				const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
				parent.set(Number(name), Number(f[1]));
				ticks.set(Number(name), Number(f[11]) + Number(f[12]));
			} catch {
				// the process ended meanwhile
			}
		}
		const descends = (pid: number): boolean => {
			for (let p = parent.get(pid); p !== undefined && p > 1; p = parent.get(p)) if (p === process.pid) return true;
			return false;
		};
		let total = 0;
		for (const [pid, t] of ticks) if (descends(pid)) total += t;
		return total / 100; // USER_HZ is 100 on Linux
	} catch {
		return null;
	}
}

const base = process.env.BENCH_URL ?? 'http://localhost:4173';
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--disable-gpu'] });
try {
	const page = await browser.newPage();
	await page.goto(`${base}/template/bank-baseline`);
	await page.waitForURL(/\/scenario\/[\w-]+$/, { timeout: 180_000 });
	await page.getByRole('link', { name: 'Optimise', exact: true }).click({ timeout: 180_000 });
	await page.getByRole('spinbutton', { name: 'Replications per candidate' }).fill('100', { timeout: 180_000 });
	const cores = await page.evaluate(() => navigator.hardwareConcurrency);
	const started = Date.now();
	const cpuBefore = browserCpuSeconds();
	await page.getByRole('button', { name: 'Find staffing' }).click();
	const plan = page.getByRole('region', { name: 'Staffing plan' });
	await plan.waitFor({ timeout: 600_000 });
	const seconds = (Date.now() - started) / 1000;
	const cpuAfter = browserCpuSeconds();
	const text = (await plan.textContent()) ?? '';
	const candidates = /(\d+) candidates simulated/.exec(text)?.[1] ?? '?';
	console.log(
		`bank branch optimisation in the browser: ${seconds.toFixed(1)} s, ${candidates} candidates, 100 replications each, ${cores} workers` +
			(cpuBefore !== null && cpuAfter !== null ? `; browser CPU time ${(cpuAfter - cpuBefore).toFixed(1)} s` : '')
	);
} finally {
	await browser.close();
}
