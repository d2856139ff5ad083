import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';

// Issue 11, items 1–3: compare any two scenarios (template pairs linked, a picker, the link kept
// through export and import, comparisons listed in the library); the description is editable
// and a redesign is named and described as one; costs in a currency, and a warning when a
// staffed station has no cost.

test.use({ viewport: { width: 1440, height: 900 } });
test.setTimeout(180_000);

const nameBox = (page: Page) => page.getByRole('textbox', { name: 'Scenario name' });

test('a template redesign opens with its baseline linked, and the comparison is kept in the library', async ({ page }) => {
	await page.goto('/template/bank-redesign');
	await expect(nameBox(page)).toHaveValue('Bank branch — with self-service kiosks', { timeout: 45_000 });
	const compare = page.getByRole('link', { name: 'Compare with baseline' });
	await expect(compare).toBeVisible();
	await compare.click();
	await expect(page).toHaveURL(/\/compare\/[\w-]+\/[\w-]+$/);
	await expect(page.getByRole('heading', { level: 1, name: 'Before and after' })).toBeVisible({ timeout: 45_000 });
	await expect(page.locator('.pair')).toContainText('Bank branch — baseline');

	await page.goto('/');
	const saved = page.getByRole('list', { name: 'Saved comparisons' });
	await expect(saved.getByRole('link', { name: 'Bank branch — baseline → Bank branch — with self-service kiosks' })).toBeVisible({
		timeout: 30_000
	});
	await saved.getByRole('link').first().click();
	await expect(page).toHaveURL(/\/compare\//);
	await expect(page.getByRole('heading', { level: 1, name: 'Before and after' })).toBeVisible();
});

test('the library picker compares any two scenarios', async ({ page }) => {
	await page.goto('/template/clinic-baseline');
	await expect(nameBox(page)).toBeVisible({ timeout: 45_000 });
	await page.goto('/template/retail-baseline');
	await expect(nameBox(page)).toBeVisible({ timeout: 45_000 });
	await page.goto('/');
	const picker = page.getByRole('form', { name: 'Compare two scenarios' });
	await picker.getByRole('combobox', { name: 'Before (baseline)' }).selectOption({ label: 'Retail checkout — cashiers only' });
	await picker.getByRole('combobox', { name: 'After (redesign)' }).selectOption({ label: 'Retail checkout — cashiers only' });
	await expect(picker.getByRole('button', { name: 'Compare' })).toBeDisabled();
	const clinic = (await picker.getByRole('combobox', { name: 'After (redesign)' }).locator('option').allTextContents()).find((n) =>
		/clinic/i.test(n)
	);
	expect(clinic, 'the clinic template is in the picker').toBeDefined();
	await picker.getByRole('combobox', { name: 'After (redesign)' }).selectOption({ label: clinic! });
	await picker.getByRole('button', { name: 'Compare' }).click();
	await expect(page).toHaveURL(/\/compare\/[\w-]+\/[\w-]+$/);
	await expect(page.locator('.pair')).toContainText('Retail checkout — cashiers only');
	await expect(page.locator('.pair')).toContainText(clinic!);
});

test('duplicate as redesign: a proper name, a description that says so, and the link survives export and import', async ({ page }) => {
	await page.goto('/template/bank-baseline');
	await expect(nameBox(page)).toHaveValue('Bank branch — baseline', { timeout: 45_000 });
	await page.getByRole('button', { name: 'Duplicate as redesign' }).click();
	await expect(nameBox(page)).toHaveValue('Bank branch — redesign');
	await page.getByText('About this scenario').click();
	const description = page.getByRole('textbox', { name: 'Description' });
	await expect(description).toHaveValue('Redesign of Bank branch — baseline.');
	await description.fill('Two more tellers at lunch.');
	await expect(page.getByRole('toolbar', { name: 'Scenario actions' }).getByRole('status')).toHaveText('All changes saved on this device');
	await page.reload();
	await page.getByText('About this scenario').click();
	await expect(page.getByRole('textbox', { name: 'Description' })).toHaveValue('Two more tellers at lunch.');

	// the exported file names its baseline; opening it again links the copy to that baseline
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export JSON' }).click();
	const file = await (await download).path();
	const json = JSON.parse(await readFile(file!, 'utf8'));
	expect(json.redesignOf).toBe('Bank branch — baseline');
	expect(json.description).toBe('Two more tellers at lunch.');

	await page.goto('/');
	await page.getByLabel('Scenario file to open').setInputFiles(file!);
	await expect(nameBox(page)).toBeVisible({ timeout: 30_000 });
	await expect(page.getByRole('link', { name: 'Compare with baseline' })).toBeVisible();
});

test('costs carry the scenario currency, and a staffed station without a cost is named', async ({ page }) => {
	await page.goto('/template/bank-baseline');
	await expect(nameBox(page)).toBeVisible({ timeout: 45_000 });
	await page.getByText('About this scenario').click();
	await page.getByRole('combobox', { name: 'Currency' }).fill('CNY');
	await expect(page.getByText(/without a cost per hour/)).toHaveCount(0);
	// the tellers' cost removed: the editor names them
	await page.locator('.svelte-flow__node', { hasText: 'Tellers' }).click();
	await page.getByRole('spinbutton', { name: 'Cost per server-hour' }).fill('');
	await expect(page.getByText('Staffed stations without a cost per hour: Tellers.', { exact: false })).toBeVisible();

	const panel = page.getByRole('region', { name: 'Run' });
	await panel.getByRole('spinbutton', { name: 'Replications (days)' }).fill('4');
	await panel.getByRole('button', { name: 'Run simulation' }).click();
	await expect(panel.getByRole('status')).toHaveText(/Done: 4 replications\./, { timeout: 90_000 });
	const results = page.getByRole('region', { name: 'Results' }).first();
	await expect(results.getByText(/\d CNY/).first()).toBeVisible();
	await expect(results.getByText(/Staff cost leaves out Tellers/)).toBeVisible();
});
