import { expect, test } from '@playwright/test';

test.use({ viewport: { width: 1280, height: 800 } });

test('runs a template in workers: progress, then results', async ({ page }) => {
	await page.goto('/template/bank-baseline');
	const panel = page.getByRole('region', { name: 'Run' });
	// the first visit can be slow on a dev server that compiles the editor on demand
	await expect(panel.getByRole('spinbutton', { name: 'Replications (days)' })).toHaveValue('50', { timeout: 30_000 });
	await expect(panel.getByText('Not run yet.')).toBeVisible();
	await panel.getByRole('button', { name: 'Run simulation' }).click();
	await expect(panel.getByRole('status')).toHaveText(/Done: 50 replications\./, { timeout: 60_000 });
	const results = page.getByRole('region', { name: 'Results' }).first();
	await expect(results).toBeVisible();
	await expect(panel.getByRole('button', { name: 'Run again' })).toBeEnabled();
	await page.screenshot({ path: 'test-results/scenario-results.png', fullPage: false });

	// the results are kept with the scenario: a reload shows them without running again
	await page.reload();
	await expect(page.getByRole('region', { name: 'Run' }).getByRole('status')).toHaveText(/Done: 50 replications\./);
});

test('shows progress while running, and Cancel stops at once', async ({ page }) => {
	await page.goto('/template/contact-baseline');
	const panel = page.getByRole('region', { name: 'Run' });
	await expect(panel).toBeVisible({ timeout: 30_000 });
	await panel.getByRole('spinbutton', { name: 'Replications (days)' }).fill('10000');
	await panel.getByRole('button', { name: 'Run simulation' }).click();
	await expect(panel.getByRole('progressbar', { name: 'Run progress' })).toBeVisible();
	await expect(panel.getByRole('status')).toHaveText(/Running… [1-9][\d,]* of 10,000 replications/, { timeout: 30_000 });
	await panel.getByRole('button', { name: 'Cancel run' }).click();
	await expect(panel.getByRole('status')).toHaveText(/Cancelled after [\d,]+ of 10,000 replications\./);
	const after = await panel.getByRole('status').textContent();
	await page.waitForTimeout(1000);
	// nothing keeps running in the background
	await expect(panel.getByRole('status')).toHaveText(after!);
	await expect(panel.getByRole('button', { name: 'Run again' })).toBeEnabled();
});

test('a run interrupted by a reload is reported, and the scenario is kept', async ({ page }) => {
	await page.goto('/template/contact-baseline');
	const panel = page.getByRole('region', { name: 'Run' });
	await expect(panel).toBeVisible({ timeout: 30_000 });
	await panel.getByRole('spinbutton', { name: 'Replications (days)' }).fill('10000');
	await panel.getByRole('button', { name: 'Run simulation' }).click();
	await expect(panel.getByRole('status')).toHaveText(/Running… [1-9]/, { timeout: 30_000 });
	await page.waitForTimeout(500);
	await page.reload();
	await expect(page.getByText('A run was interrupted')).toBeVisible();
	await expect(page.getByRole('textbox', { name: 'Scenario name' })).toHaveValue(/^Contact centre — baseline/);
});
