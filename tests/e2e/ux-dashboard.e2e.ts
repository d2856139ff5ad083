// The dashboard reads easily (issue 11, item 14): waits under a minute in seconds, no chart
// alone in a half-empty row (the utilisation chart used to sit by itself in a third of a row),
// large numbers in problems with the locale's thousands separators.

import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';

test.use({ viewport: { width: 1440, height: 900 }, locale: 'en-GB' });
// the editor's first load and a run can be slow on a busy machine (dev server)
test.describe.configure({ timeout: 180_000 });

const shots = 'test-results';

async function runTemplate(page: Page, template: string, replications: number) {
	await page.goto(`/template/${template}`);
	const panel = page.getByRole('region', { name: 'Run' });
	const reps = panel.getByRole('spinbutton', { name: 'Replications (days)' });
	await expect(reps).toBeVisible({ timeout: 120_000 });
	await reps.fill(String(replications));
	await panel.getByRole('button', { name: 'Run simulation' }).click();
	await expect(panel.getByRole('status')).toHaveText(new RegExp(`Done: ${replications} replications`), { timeout: 120_000 });
}

async function useLanguage(page: Page, locale: string) {
	await page.evaluate((l) => localStorage.setItem('flowbench.locale', l), locale);
	await page.reload();
}

test('a contact centre shows its sub-minute waits in seconds, in three languages', async ({ page }) => {
	await runTemplate(page, 'contact-baseline', 5);
	const cards = page.getByRole('list', { name: 'Key figures' });
	const mean = cards.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Mean wait' }) });
	// about 16 s: not "0.3 min"
	await expect(mean).toContainText(/^\D*\d{1,2} s\b/);
	await expect(mean).toContainText(/95% CI \d{1,2}–\d{1,2} s/);
	await expect(mean).not.toContainText(/0\.\d min/);
	const station = page
		.getByRole('table')
		.filter({ has: page.getByRole('columnheader', { name: 'Agents' }) })
		.first();
	await expect(station.getByRole('row', { name: /^Mean wait/ })).toContainText(/\d{1,2} s/);
	// the service-level target (1 min) stays in minutes
	await expect(cards.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Service level' }) })).toContainText(
		'served within 1 min'
	);

	for (const [locale, name, unit] of [
		['zh-Hans', '平均等待', '秒'],
		['zh-Hant', '平均等待', '秒']
	] as const) {
		await useLanguage(page, locale);
		const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name }) });
		await expect(card).toContainText(new RegExp(`\\d{1,2} ${unit}`), { timeout: 30_000 });
		await expect(card).not.toContainText('分钟');
		await page.locator('#results-heading').scrollIntoViewIfNeeded();
		await page.screenshot({ path: `${shots}/ux-dashboard-seconds-${locale}.png` });
	}
});

test('every row of charts is full: the utilisation chart never sits alone in a row', async ({ page }) => {
	await runTemplate(page, 'contact-baseline', 3);
	const grid = page.locator('.dashboard .charts');
	await expect(grid.getByRole('figure', { name: 'Staff utilisation per station' })).toBeVisible();
	for (const width of [1440, 1920, 1100, 700]) {
		await page.setViewportSize({ width, height: 900 });
		await page.waitForTimeout(200);
		const gridBox = (await grid.boundingBox())!;
		const boxes = await grid.locator(':scope > figure, :scope > div > figure').evaluateAll((figs) =>
			figs.map((f) => {
				const r = f.getBoundingClientRect();
				return { name: f.querySelector('h3')?.textContent ?? '', top: Math.round(r.top), left: r.left, right: r.right };
			})
		);
		expect(boxes.length, `${width} px`).toBe(5);
		const rows = new Map<number, typeof boxes>();
		for (const b of boxes) rows.set(b.top, [...(rows.get(b.top) ?? []), b]);
		for (const row of rows.values()) {
			const left = Math.min(...row.map((b) => b.left));
			const right = Math.max(...row.map((b) => b.right));
			expect(right - left, `${width} px: row of ${row.map((b) => b.name).join(', ')} fills the width`).toBeGreaterThan(gridBox.width - 4);
		}
		const utilisation = [...rows.values()].find((row) => row.some((b) => b.name === 'Staff utilisation per station'))!;
		// never squeezed into a third of the row
		expect(Math.min(...utilisation.map((b) => b.right - b.left))).toBeGreaterThan(Math.min(gridBox.width, 26 * 16) - 4);
	}
	await page.setViewportSize({ width: 1440, height: 900 });
	await grid.scrollIntoViewIfNeeded();
	await page.screenshot({ path: `${shots}/ux-dashboard-charts.png`, fullPage: true });
});

test('large numbers in problems read with thousands separators, in the locale', async ({ page }) => {
	const s = JSON.parse(readFileSync(new URL('../../static/examples/bank-branch-kiosks.json', import.meta.url), 'utf8'));
	s.nodes[3].servers = 25000;
	await page.goto('/');
	await page
		.getByLabel('Scenario file to open')
		.setInputFiles({ name: 'big.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(s)) });
	await expect(page).toHaveURL(/\/scenario\//, { timeout: 120_000 });
	const panel = page.getByRole('region', { name: 'Problems' }).or(page.locator('section[aria-label="Problems"]')).first();
	await expect(panel).toContainText('Tellers: servers is too large (now 25,000): allowed from 0 to 10,000');
	await expect(panel).not.toContainText('25000');
	await useLanguage(page, 'zh-Hans');
	await expect(page.getByText(/现为 25,000/).first()).toBeVisible({ timeout: 30_000 });
	await expect(page.getByText(/25000/)).toHaveCount(0);
});

// Issue 11 item 12: the page never summarises a run itself — partial and final results are
// computed in the summary worker (src/lib/workers/summary.worker.ts), so the main thread only draws.
test('a run is summarised in the summary worker, not on the page', async ({ page }) => {
	await page.goto('/template/bank-baseline');
	const panel = page.getByRole('region', { name: 'Run' });
	const reps = panel.getByRole('spinbutton', { name: 'Replications (days)' });
	await expect(reps).toBeVisible({ timeout: 120_000 });
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Profiler.enable');
	await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
	await cdp.send('Profiler.start');
	await reps.fill('300');
	await panel.getByRole('button', { name: 'Run simulation' }).click();
	await expect(panel.getByRole('status')).toHaveText(/Done: 300 replications/, { timeout: 120_000 });
	const { profile } = await cdp.send('Profiler.stop');
	expect(page.workers().some((w) => /summary\.worker/.test(w.url()))).toBe(true);
	// the engine's summary code (sim/experiment/results.ts, summariseRun) never ran on the page;
	// module names survive in the dev server only, so the production build checks the worker alone
	const onPage = profile.nodes.filter(
		(n) => /sim\/experiment\/(results|run)\.ts/.test(n.callFrame.url) && /summari/.test(n.callFrame.functionName)
	);
	expect(onPage.map((n) => n.callFrame.functionName)).toEqual([]);
	await expect(page.getByRole('list', { name: 'Key figures' })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Details' })).toBeVisible();
});
