import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import results from '../../src/lib/i18n/messages/results';
import run from '../../src/lib/i18n/messages/run';

// The "done" story, as a newcomer walks it: from the home page open the bank template,
// run 200 days, add a teller at the lunch peak (12:00–13:00) in the staffing panel, run 200
// days again, and read off what happened to the wait — then the same results in 简体中文.
// Elements are found by role and accessible name only.

test.use({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });

const DAYS = 200;
const LUNCH = '12:00–13:00';

/** "2.6 min" → 2.6 (the first number in minutes in a piece of text). */
function minutesIn(text: string): number {
	const m = /(\d[\d,]*(?:\.\d+)?)\s*min/.exec(text);
	if (!m) throw new Error(`no minutes in “${text}”`);
	return Number(m[1].replace(/,/g, ''));
}

async function runDays(page: Page) {
	const panel = page.getByRole('region', { name: 'Run' });
	await panel.getByRole('spinbutton', { name: 'Replications (days)' }).fill(String(DAYS));
	await panel.getByRole('button', { name: /^(Run simulation|Run again)$/ }).click();
	await expect(panel.getByRole('status')).toHaveText(`Done: ${DAYS} replications.`, { timeout: 120_000 });
	await expect(page.getByRole('region', { name: 'Results' }).first()).toContainText(`${DAYS} simulated days`);
}

/** The mean wait overall (from its KPI card) and for the lunch-hour arrivals (from the per-period table). */
async function readWaits(page: Page): Promise<{ overall: number; lunch: number }> {
	const resultsArea = page.getByRole('region', { name: 'Results' }).first();
	const card = resultsArea
		.getByRole('list', { name: 'Key figures' })
		.getByRole('listitem')
		.filter({ has: page.getByRole('heading', { name: 'Mean wait', exact: true }) });
	const overall = minutesIn(await card.innerText());

	const table = resultsArea.getByRole('table', { name: 'Per period of arrival' });
	if (!(await table.isVisible())) await resultsArea.getByRole('heading', { name: 'Per period of arrival' }).click();
	await expect(table).toBeVisible();
	const headers = await table.getByRole('columnheader').allInnerTexts();
	const column = headers.findIndex((h) => h.trim() === LUNCH);
	expect(column, `a ${LUNCH} column in ${headers.join(' | ')}`).toBeGreaterThan(0);
	const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Mean wait', exact: true }) });
	// cells exclude the row header, the column headers include the "KPI" corner
	const lunch = minutesIn(
		await row
			.getByRole('cell')
			.nth(column - 1)
			.innerText()
	);
	return { overall, lunch };
}

async function download(page: Page, button: Locator): Promise<{ name: string; bytes: Buffer }> {
	const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
	return { name: file.suggestedFilename(), bytes: await readFile((await file.path())!) };
}

test('a newcomer adds a teller at the lunch peak and reads off the wait, in English and Chinese', async ({ page }) => {
	test.setTimeout(180_000);

	// home → the bank branch baseline
	await page.goto('/');
	await page.getByRole('link', { name: 'Open baseline: Bank branch' }).click();
	await expect(page.getByRole('textbox', { name: 'Scenario name' })).toHaveValue(/^Bank branch — baseline/, { timeout: 30_000 });
	await expect(page.getByRole('region', { name: 'Run' }).getByText('Not run yet.')).toBeVisible();

	// the baseline, 200 days
	await runDays(page);
	const before = await readWaits(page);
	expect(before.lunch).toBeGreaterThan(before.overall); // the lunch peak is the worst hour

	// the days typed beside the Run button are the scenario's own setting, not a second one
	await page.getByRole('tab', { name: 'Run settings' }).click();
	await expect(page.getByRole('spinbutton', { name: 'Replications (simulated days)' })).toHaveValue(String(DAYS));

	// a sixth teller at 12:00–13:00, through the staffing panel
	await page.getByRole('tab', { name: 'Staffing' }).click();
	const tellers = page.getByRole('region', { name: 'Tellers' });
	await expect(tellers.getByRole('spinbutton', { name: 'Servers' })).toHaveValue('5');
	await tellers.getByRole('checkbox', { name: 'Varies over the day' }).check();
	await expect(tellers.getByRole('slider')).toHaveCount(8);
	const lunchStaff = tellers.getByRole('spinbutton', { name: `Servers, ${LUNCH}` });
	await expect(lunchStaff).toHaveValue('5');
	await lunchStaff.fill('6');
	await expect(tellers.getByRole('slider', { name: `Servers, ${LUNCH}` })).toHaveAttribute('aria-valuenow', '6');
	await expect(tellers.getByRole('slider', { name: 'Servers, 11:00–12:00' })).toHaveAttribute('aria-valuenow', '5');
	await expect(page.getByRole('button', { name: 'Undo' })).toBeEnabled();
	// the old results are marked out of date until the next run
	// (the note sits above the dashboard, whose own region is the one named "Results")
	await expect(page.getByText('These results are for an earlier version of the scenario.')).toBeVisible();
	// …and the quick estimate (which follows the edited scenario) is not shown beside them
	await expect(page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Mean wait', exact: true }) })).not.toContainText(
		'Estimate'
	);

	// the redesign, 200 days
	await runDays(page);
	await expect(page.getByText('These results are for an earlier version of the scenario.')).toHaveCount(0);
	const after = await readWaits(page);
	expect(after.lunch, `lunch-hour wait ${before.lunch} → ${after.lunch} min`).toBeLessThan(before.lunch);
	expect(after.overall, `mean wait ${before.overall} → ${after.overall} min`).toBeLessThanOrEqual(before.overall);

	// the page says so in one place, before beside after
	const change = page.getByRole('region', { name: 'Compared with your previous run' });
	await expect(change).toBeVisible();
	const lunchRow = change.getByRole('row').filter({ has: page.getByRole('rowheader', { name: `Mean wait, arrivals ${LUNCH}` }) });
	const [was, now] = (await lunchRow.getByRole('cell').allInnerTexts()).map(minutesIn);
	expect([was, now]).toEqual([before.lunch, after.lunch]);
	await change.scrollIntoViewIfNeeded();
	await page.screenshot({ path: 'test-results/story-after.png' });

	// the numbers as CSV: a header row, then one KPI per row
	const csv = await download(
		page,
		page.getByRole('group', { name: 'Download the numbers (CSV)' }).getByRole('button', { name: 'All KPIs' })
	);
	expect(csv.name).toMatch(/\.csv$/);
	const lines = csv.bytes
		.toString('utf8')
		.replace(/^\uFEFF/, '')
		.split(/\r?\n/);
	expect(lines[0]).toBe('scope,id,name,kpi,mean,low,high');
	expect(lines.some((l) => l.startsWith('overall,,,waitMean,'))).toBe(true);

	// a chart as PNG
	const png = await download(page, page.getByRole('button', { name: 'Download “Waits by time of arrival” as PNG' }));
	expect(png.name).toMatch(/\.png$/);
	expect(png.bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true);
	expect(png.bytes.length).toBeGreaterThan(5_000);

	// 简体中文: the same results, with Chinese labels
	const zh = results['zh-Hans'];
	await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: '简体中文' });
	const resultsZh = page.getByRole('region', { name: run['zh-Hans'].resultsArea }).first();
	await expect(resultsZh.getByRole('heading', { name: zh.title, level: 2 })).toBeVisible();
	const cardsZh = resultsZh.getByRole('list', { name: zh.kpisLabel });
	await expect(cardsZh.getByRole('heading', { name: zh['kpi.waitMean'], exact: true })).toBeVisible();
	await expect(cardsZh.getByRole('heading', { name: zh['kpi.serviceLevel'], exact: true })).toBeVisible();
	await expect(cardsZh.getByRole('heading', { name: zh['kpi.abandonment'], exact: true })).toBeVisible();
	await expect(resultsZh.getByRole('heading', { name: 'Mean wait', exact: true })).toHaveCount(0);
	await expect(
		cardsZh.getByRole('listitem').filter({ has: page.getByRole('heading', { name: zh['kpi.waitMean'], exact: true }) })
	).toContainText(`${after.overall.toFixed(1)} 分钟`);
	await expect(page.getByRole('region', { name: run['zh-Hans'].prevHeading })).toContainText(`${after.lunch.toFixed(1)} 分钟`);
	await expect(resultsZh.getByRole('figure', { name: zh['chart.waits'] })).toBeVisible();
});
