// The bank-branch optimisation in the browser (Chromium), 100 replications per candidate,
// spread over one worker per core: seconds from "Find staffing" to the plan, and candidates.
// Needs a running app: `npm run build && npx vite preview --port 4173` (or a dev server), then
//   BENCH_URL=http://localhost:4173 npx tsx bench/optimise-browser.ts
// Not a test: the figure depends on the machine (docs/optimise.md says what was measured).

import { chromium } from '@playwright/test';

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
	await page.getByRole('button', { name: 'Find staffing' }).click();
	const plan = page.getByRole('region', { name: 'Staffing plan' });
	await plan.waitFor({ timeout: 600_000 });
	const seconds = (Date.now() - started) / 1000;
	const text = (await plan.textContent()) ?? '';
	const candidates = /(\d+) candidates simulated/.exec(text)?.[1] ?? '?';
	console.log(
		`bank branch optimisation in the browser: ${seconds.toFixed(1)} s, ${candidates} candidates, 100 replications each, ${cores} workers`
	);
} finally {
	await browser.close();
}
