import { expect, test } from '@playwright/test';

test.use({ viewport: { width: 1280, height: 800 } });

test('the home page shows the template gallery and opens a template as a new scenario', async ({ page }) => {
	await page.goto('/');
	await expect(page).toHaveTitle(/Flowbench/);
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	const gallery = page.getByRole('list', { name: 'Templates' });
	await expect(gallery.getByRole('listitem')).toHaveCount(10);
	for (const title of [
		'Bank branch',
		'Outpatient clinic',
		'Contact centre',
		'Retail checkout',
		'Government service hall',
		'Airport check-in',
		'Bank channels',
		'Hotel check-in',
		'Outpatient appointments',
		'Contact centre with callback'
	])
		await expect(gallery.getByRole('heading', { name: title, exact: true })).toBeVisible();
	await expect(page.getByText('Nothing saved yet.')).toBeVisible();
	await page.screenshot({ path: process.env.HOME_SCREENSHOT ?? 'test-results/e2e/home.png', fullPage: true });

	await page.getByRole('link', { name: 'Open baseline: Bank branch' }).click();
	await expect(page).toHaveURL(/\/scenario\/[\w-]+$/);
	await expect(page.getByRole('textbox', { name: 'Scenario name' })).toHaveValue('Bank branch — baseline');

	await page.getByRole('link', { name: 'All scenarios' }).click();
	const saved = page.getByRole('list', { name: 'Saved scenarios' });
	await expect(saved.getByRole('link', { name: 'Bank branch — baseline' })).toBeVisible();
});

test('a new blank scenario opens, is saved, and an unknown template says so', async ({ page }) => {
	await page.goto('/');
	await page.getByRole('button', { name: 'New blank scenario' }).click();
	await expect(page.getByRole('textbox', { name: 'Scenario name' })).toHaveValue('New scenario');
	await page.goto('/template/nowhere-baseline');
	await expect(page.getByRole('heading', { name: 'There is no such template' })).toBeVisible();
});
