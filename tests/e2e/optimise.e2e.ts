// The Optimise area in Chromium: staffing optimiser (progress, plan, save as redesign that the
// comparison opens), cancel, a sweep (chart, table, CSV, open a point) and "what helps most";
// small replication counts.
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';

test.use({ viewport: { width: 1280, height: 900 } });
// a dev server compiles the editor and the optimise page on first use: slow on a busy machine
test.setTimeout(300_000);

async function openOptimise(page: Page, template = 'bank-baseline') {
	await page.goto(`/template/${template}`);
	await expect(page).toHaveURL(/\/scenario\/[\w-]+$/, { timeout: 120_000 });
	await page.getByRole('link', { name: 'Optimise', exact: true }).click({ timeout: 120_000 });
	await expect(page).toHaveURL(/\/scenario\/[\w-]+\/optimise$/);
	await expect(page.getByRole('heading', { level: 1, name: /^Optimise: / })).toBeVisible({ timeout: 120_000 });
	await page.getByRole('spinbutton', { name: 'Replications per candidate' }).fill('8');
}

test('finds staffing per period, shows the plan against today, and saves it as a redesign', async ({ page }) => {
	await openOptimise(page);
	await expect(page.getByRole('textbox', { name: 'Service level at least (%)' })).toHaveValue('80');
	await expect(page.getByRole('textbox', { name: 'Served within (min)' })).toHaveValue('10');
	// the scenario's CSAT target is out of reach at these replications: drop it, keep the rest
	await page.getByRole('textbox', { name: 'Predicted CSAT at least (%)' }).fill('');
	await page.getByRole('textbox', { name: 'Most servers at Tellers' }).fill('9');
	await page.getByRole('button', { name: 'Find staffing' }).click();
	await expect(page.getByRole('status').filter({ hasText: /candidates tried/ })).toBeVisible();
	const plan = page.getByRole('region', { name: 'Staffing plan' });
	await expect(plan).toBeVisible({ timeout: 120_000 });
	await expect(plan.getByText('Every target is met in every period.')).toBeVisible();
	const table = plan.getByRole('table', { name: /Servers per period/ });
	await expect(table.getByRole('columnheader')).toHaveCount(9); // station + 8 hourly periods
	await expect(table.getByRole('rowheader', { name: 'Tellers' })).toBeVisible();
	// at least one cell differs from today's 5 tellers and is marked
	await expect(table.locator('td.up, td.down').first()).toBeVisible();
	await expect(plan).toContainText(/Planned staff cost [\d,]+ against 1,680 with the current staffing/);
	const kpis = plan.getByRole('table', { name: 'Every period with this plan' });
	await expect(kpis.getByRole('row')).toHaveCount(9);
	await expect(kpis.getByRole('cell', { name: 'no', exact: true })).toHaveCount(0);
	await page.screenshot({ path: 'test-results/optimise-plan.png', fullPage: true });

	await plan.getByRole('button', { name: 'Save as redesign' }).click();
	await expect(page.getByText(/Saved “.*optimised staffing” as a redesign/)).toBeVisible();
	await page.getByRole('link', { name: 'Compare with this scenario' }).click();
	await expect(page).toHaveURL(/\/compare\/[\w-]+\/[\w-]+$/);
	await expect(page.getByRole('heading', { level: 1, name: 'Before and after' })).toBeVisible({ timeout: 30_000 });
});

test('an unreachable target is named with when, where and the best reachable value; cancel stops at once', async ({ page }) => {
	await openOptimise(page);
	await page.getByRole('textbox', { name: 'Predicted CSAT at least (%)' }).fill('');
	await page.getByRole('textbox', { name: 'Most servers at Tellers' }).fill('4');
	await page.getByRole('button', { name: 'Find staffing' }).click();
	const plan = page.getByRole('region', { name: 'Staffing plan' });
	await expect(plan.getByText('Not every target can be met within the bounds.')).toBeVisible({ timeout: 120_000 });
	await expect(plan.getByRole('listitem').first()).toContainText(
		/is not met at \d\d:\d\d–\d\d:\d\d \(busiest: Tellers\).*the best reachable is/
	);

	// cancel: a long job stops, and says so
	await page.getByRole('spinbutton', { name: 'Replications per candidate' }).fill('400');
	await page.getByRole('textbox', { name: 'Most servers at Tellers' }).fill('12');
	await page.getByRole('button', { name: 'Find staffing' }).click();
	await page.getByRole('button', { name: 'Cancel' }).click();
	await expect(page.getByText('Cancelled.')).toBeVisible();
	await expect(page.getByRole('button', { name: 'Find staffing' })).toBeEnabled();
});

test('sweeps one parameter (line chart, table, CSV, open a point) and two (heat map)', async ({ page }) => {
	await openOptimise(page);
	await page.getByRole('tab', { name: 'Sensitivity sweep' }).click();
	await page.getByRole('combobox', { name: 'Parameter' }).first().selectOption({ label: 'Servers at Tellers' });
	await page.getByRole('textbox', { name: 'From' }).first().fill('4');
	await page.getByRole('textbox', { name: 'To' }).first().fill('7');
	await page.getByRole('button', { name: 'Run sweep' }).click();
	const chart = page.getByRole('figure', { name: 'Mean wait by Servers at Tellers' });
	await expect(chart).toBeVisible({ timeout: 120_000 });
	// the points sit inside the chart's role="img" svg, so they are found by their attribute
	const dots = chart.locator('[role="graphics-symbol"]');
	await expect(dots).toHaveCount(4);
	await dots.first().focus();
	await expect(chart.getByRole('status')).toContainText(/Servers at Tellers = 4: .*min/);
	await chart.getByRole('button', { name: 'Show table' }).click();
	await expect(chart.getByRole('table')).toContainText('95% CI');
	const csv = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download the grid (CSV)' }).click();
	const text = await readFile((await (await csv).path())!, 'utf8');
	expect(text.split(/\r?\n/)[0]).toContain('nodes.teller.servers,waitMean,waitMean_low,waitMean_high');
	expect(text.trim().split(/\r?\n/)).toHaveLength(5);
	await page.getByRole('combobox', { name: 'Grid point' }).selectOption({ index: 2 });
	await page.getByRole('button', { name: 'Open this point as a redesign' }).click();
	await expect(page.getByText(/Saved “.*Servers at Tellers = 6” as a redesign/)).toBeVisible();

	// two parameters: a heat map
	await page.getByRole('combobox', { name: 'Parameter' }).nth(1).selectOption({ label: 'Demand × at Customers arrive' });
	await page.getByRole('textbox', { name: 'From' }).nth(1).fill('0.8');
	await page.getByRole('textbox', { name: 'To' }).nth(1).fill('1.2');
	await page.getByRole('textbox', { name: 'Step' }).nth(1).fill('0.2');
	await page.getByRole('button', { name: 'Run sweep' }).click();
	const heat = page.getByRole('figure', { name: 'Mean wait over the grid' });
	await expect(heat).toBeVisible({ timeout: 120_000 });
	await expect(heat.locator('[role="graphics-symbol"]')).toHaveCount(12);
	await page.screenshot({ path: 'test-results/optimise-sweep.png', fullPage: true });
});

test('ranks what helps most with paired intervals, and speaks Chinese', async ({ page }) => {
	await openOptimise(page);
	await page.getByRole('tab', { name: 'What helps most' }).click();
	await page.getByRole('button', { name: 'Find what helps' }).click();
	const list = page.getByRole('region', { name: 'Changes ranked by their effect on Mean wait' });
	await expect(list).toBeVisible({ timeout: 120_000 });
	const items = list.getByRole('listitem');
	await expect(items.first()).toContainText('One more server at Tellers');
	await expect(items.first()).toContainText(/Mean wait\s*-[\d.]+ (min|s) \(95% CI -[\d.]+ (min|s) to -[\d.]+ (min|s)\)/);
	// showing the expected wait does not change the wait itself
	await expect(list.getByRole('listitem').filter({ hasText: 'Show the expected wait at Tellers' })).toContainText('no clear effect');
	await page.screenshot({ path: 'test-results/optimise-helps.png', fullPage: true });

	await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: '简体中文' });
	await expect(page.getByRole('tab', { name: '什么最有帮助' })).toBeVisible();
	await expect(page.getByRole('region', { name: '按对平均等待的影响排序的改变' })).toContainText('无明确效果');
	await page.getByRole('combobox', { name: '语言' }).selectOption({ label: '繁體中文' });
	await expect(page.getByRole('tab', { name: '敏感度掃描' })).toBeVisible();
});
