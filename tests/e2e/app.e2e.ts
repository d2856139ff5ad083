import { expect, test } from '@playwright/test';

test.use({ viewport: { width: 1280, height: 800 } });

test('edits are saved as you go: a reload restores the edited scenario', async ({ page }) => {
	await page.goto('/template/retail-redesign');
	const name = page.getByRole('textbox', { name: 'Scenario name' });
	await expect(name).toHaveValue('Retail checkout — with self-checkout', { timeout: 30_000 });
	await name.fill('Retail checkout — pilot store');
	const toolbar = page.getByRole('toolbar', { name: 'Scenario actions' });
	await expect(toolbar.getByRole('button', { name: 'Undo: Rename scenario' })).toBeEnabled();
	await expect(toolbar.getByRole('status')).toHaveText('All changes saved on this device');
	await page.reload();
	await expect(page.getByRole('textbox', { name: 'Scenario name' })).toHaveValue('Retail checkout — pilot store');
	await page.screenshot({ path: 'test-results/scenario-page.png' });
});

test('a reload straight after an edit keeps the edit', async ({ page }) => {
	await page.goto('/template/airport-baseline');
	const name = page.getByRole('textbox', { name: 'Scenario name' });
	await expect(name).toHaveValue('Airport check-in — baseline', { timeout: 30_000 });
	for (const text of ['Terminal 2', 'Terminal 2 — summer']) {
		await name.fill(text);
		await page.reload();
		await expect(name).toHaveValue(text, { timeout: 30_000 });
	}
	await expect(page.getByRole('toolbar', { name: 'Scenario actions' }).getByRole('status')).toHaveText('All changes saved on this device');
	await page.getByRole('link', { name: 'All scenarios' }).click();
	await expect(page.getByRole('list', { name: 'Saved scenarios' }).getByRole('link', { name: 'Terminal 2 — summer' })).toBeVisible();
});

test('undo and redo say what they undo', async ({ page }) => {
	await page.goto('/template/bank-redesign');
	const name = page.getByRole('textbox', { name: 'Scenario name' });
	await expect(name).toHaveValue('Bank branch — with self-service kiosks', { timeout: 30_000 });
	const toolbar = page.getByRole('toolbar', { name: 'Scenario actions' });
	await expect(toolbar.getByRole('button', { name: 'Undo', exact: true })).toBeDisabled();
	await name.fill('Kiosk pilot');
	await toolbar.getByRole('button', { name: 'Undo: Rename scenario' }).click();
	await expect(name).toHaveValue('Bank branch — with self-service kiosks');
	await toolbar.getByRole('button', { name: 'Redo: Rename scenario' }).click();
	await expect(name).toHaveValue('Kiosk pilot');
});

test('duplicate as redesign opens a linked copy', async ({ page }) => {
	await page.goto('/template/hall-baseline');
	await expect(page.getByRole('textbox', { name: 'Scenario name' })).toBeVisible({ timeout: 30_000 });
	const first = page.url();
	await page.getByRole('button', { name: 'Duplicate as redesign' }).click();
	await expect(page).not.toHaveURL(first);
	await expect(page.getByRole('textbox', { name: 'Scenario name' })).toHaveValue('Service hall — separate counters per matter — redesign');
	await expect(page.getByRole('link', { name: 'Compare with baseline' })).toHaveAttribute(
		'href',
		new RegExp(`^/compare/${first.split('/').pop()}/`)
	);
	await page.getByRole('link', { name: 'All scenarios' }).click();
	await expect(page.getByRole('list', { name: 'Saved scenarios' }).getByText('Redesign', { exact: true })).toBeVisible();
});
