import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';

test.use({ viewport: { width: 1280, height: 800 } });

async function exportJson(page: Page): Promise<string> {
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export JSON' }).click()]);
	expect(download.suggestedFilename()).toMatch(/\.flowbench\.json$/);
	return readFileSync((await download.path())!, 'utf8');
}

const savedList = (page: Page) => page.getByRole('list', { name: 'Saved scenarios' }).getByRole('listitem');

test('export then import gives back exactly the same scenario, as a new entry', async ({ page }) => {
	await page.goto('/template/bank-baseline');
	await expect(page.getByRole('textbox', { name: 'Scenario name' })).toHaveValue('Bank branch — baseline', { timeout: 30_000 });
	const exported = await exportJson(page);
	// the file is the design's bank example (plus where the editor draws each node), in the current format version
	const reference = { ...JSON.parse(readFileSync('static/examples/bank-branch-baseline.json', 'utf8')), version: 2 };
	const parsed = JSON.parse(exported);
	for (const n of parsed.nodes) delete n.position;
	expect(parsed).toEqual(reference);

	await page.goto('/');
	await expect(savedList(page)).toHaveCount(1);
	await page
		.getByLabel('Scenario file to open')
		.setInputFiles({ name: 'bank.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
	await expect(page).toHaveURL(/\/scenario\//);
	await expect(page.getByRole('textbox', { name: 'Scenario name' })).toHaveValue('Bank branch — baseline');
	expect(await exportJson(page)).toBe(exported);
	await page.getByRole('link', { name: 'All scenarios' }).click();
	await expect(savedList(page)).toHaveCount(2);
});

test('a share link opens the same scenario as a new entry', async ({ page }) => {
	await page.goto('/template/clinic-redesign');
	await expect(page.getByRole('textbox', { name: 'Scenario name' })).toHaveValue(/Outpatient clinic/, { timeout: 30_000 });
	const original = await exportJson(page);
	await page.getByRole('button', { name: 'Share link' }).click();
	const dialog = page.getByRole('dialog', { name: 'Share this scenario' });
	const link = await dialog.getByRole('textbox', { name: 'Share link' }).inputValue();
	expect(link).toMatch(/\/open#s=/);
	await dialog.getByRole('button', { name: 'Close' }).click();
	await expect(dialog).toBeHidden();

	await page.goto(link);
	await expect(page).toHaveURL(/\/scenario\//);
	await expect(page.getByRole('textbox', { name: 'Scenario name' })).toHaveValue('Outpatient clinic — appointments and a peak doctor');
	expect(await exportJson(page)).toBe(original);
	await page.getByRole('link', { name: 'All scenarios' }).click();
	// the template redesign, the baseline saved with it (to compare against), and the shared copy
	await expect(savedList(page)).toHaveCount(3);
});

test('a broken share link says what is wrong and leaves the library alone', async ({ page }) => {
	await page.goto('/template/retail-baseline');
	await expect(page.getByRole('textbox', { name: 'Scenario name' })).toBeVisible({ timeout: 30_000 });
	await page.goto('/open#s=N4IgdghgtgpiBcIDCB7ANgFwJYDsDmAwlhAE4');
	await expect(page.getByRole('heading', { name: 'This link could not be opened' })).toBeVisible();
	// in plain words, never a path such as "$"
	await expect(page.getByRole('alert')).toContainText('File: the link is cut short');
	await expect(page.getByRole('alert')).not.toContainText('$');
	await page.getByRole('link', { name: 'Back to all scenarios' }).click();
	await expect(savedList(page)).toHaveCount(1);
});
