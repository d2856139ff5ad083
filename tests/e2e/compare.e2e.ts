import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';

test.use({ viewport: { width: 1280, height: 800 } });

/** Saves the bank template's baseline and redesign in the library and opens their comparison. */
async function seedAndCompare(page: Page, replications = 12) {
	await page.goto(`/compare/dev-seed?replications=${replications}`);
	await expect(page).toHaveURL(/\/compare\/[\w-]+\/[\w-]+$/, { timeout: 30_000 });
	await expect(page.getByRole('heading', { name: 'Verdict' })).toBeVisible({ timeout: 120_000 });
}

test('compares a redesign with its baseline on the same customers and says what changed', async ({ page }) => {
	await seedAndCompare(page);
	await expect(page.getByRole('heading', { level: 1, name: 'Before and after' })).toBeVisible();
	const verdict = page.locator('section.verdict');
	await expect(verdict).toContainText('The redesign is better for customers.');
	await expect(verdict).toContainText(/After the redesign, the same customers wait \d+% less on average \(95% CI \d+–\d+%\)/);
	await expect(verdict).toContainText(/abandonment falls from \d+% to \d+%/);
	await expect(verdict).toContainText(/predicted CSAT rises from \d+% to \d+%/);
	await expect(verdict).toContainText('12 simulated days');

	const table = page.getByRole('table', { name: 'Key figures, before and after' });
	await expect(table.getByRole('rowheader', { name: 'Mean wait', exact: true })).toBeVisible();
	await expect(table.getByRole('row', { name: /^Mean wait/ })).toContainText('Better');
	await expect(table.getByRole('row', { name: /^Abandonment/ })).toContainText('≤ 5%');

	await expect(page.getByRole('heading', { name: 'Waits by time of arrival' })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Wait-time distribution' })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Same customers, better or worse off' })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Predicted satisfaction by segment' })).toBeVisible();
	await expect(page.getByRole('table', { name: 'Stations: staff, utilisation, waits and cost' })).toContainText('Kiosks');
	await page.screenshot({ path: process.env.COMPARE_SCREENSHOT ?? 'test-results/compare.png' });

	// the verdict in 简体中文
	await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: '简体中文' });
	await expect(page.locator('section.verdict')).toContainText('改进方案对顾客更好。');
	await expect(page.locator('section.verdict')).toContainText(/采用改进方案后，同一批顾客的平均等待时间缩短 \d+%/);
});

test('downloads a chart as PNG and SVG, and the numbers as CSV', async ({ page }) => {
	await seedAndCompare(page, 6);

	const png = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download “Waits by time of arrival” as PNG' }).click();
	const pngFile = await png;
	expect(pngFile.suggestedFilename()).toBe('flowbench-compare-waits.png');
	const pngBytes = await readFile((await pngFile.path())!);
	expect([...pngBytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
	expect(pngBytes.readUInt32BE(16)).toBeGreaterThanOrEqual(1100); // 2× the 560-wide chart

	const svg = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download “Wait-time distribution” as SVG' }).click();
	const svgFile = await svg;
	expect(svgFile.suggestedFilename()).toBe('flowbench-compare-distribution.svg');
	const svgText = await readFile((await svgFile.path())!, 'utf8');
	expect(svgText.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
	expect(svgText).toContain('>Wait-time distribution</text>');
	expect(svgText).toContain('>Redesign</text>');
	expect(svgText).toMatch(/style="fill:rgb\(/);
	expect(svgText).not.toContain('tabindex');

	const csv = page.waitForEvent('download');
	await page.getByRole('button', { name: 'All KPIs' }).click();
	const csvText = await readFile((await (await csv).path())!, 'utf8');
	expect(csvText.startsWith('\ufeffscope,id,name,kpi,baseline,baselineLow,baselineHigh,redesign')).toBe(true);
	expect(csvText).toMatch(/\r\noverall,,,waitMean,[\d.]+,/);

	const reps = page.waitForEvent('download');
	await page.getByRole('button', { name: 'By replication' }).click();
	const repText = await readFile((await (await reps).path())!, 'utf8');
	expect(repText.trim().split('\r\n')).toHaveLength(1 + 2 * 6);
});

test('a long comparison shows progress and can be cancelled', async ({ page }) => {
	await seedAndCompare(page, 4);
	await page.getByRole('spinbutton', { name: 'Paired days' }).fill('3000');
	await page.getByRole('button', { name: 'Run again' }).click();
	await expect(page.getByRole('progressbar', { name: 'Comparison progress' })).toBeVisible();
	await expect(page.getByText(/Simulating both designs on the same customers: \d+ of 3000/)).toBeVisible();
	await page.getByRole('button', { name: 'Cancel' }).click();
	await expect(page.getByText('Cancelled. Run the comparison again to see the results.')).toBeVisible();
	await expect(page.getByRole('button', { name: 'Run again' })).toBeEnabled();
});

test('a missing scenario is said plainly', async ({ page }) => {
	await page.goto('/compare/nothing-here/nor-here');
	await expect(page.getByRole('heading', { name: 'One of the two scenarios is not in this browser’s library.' })).toBeVisible();
});
