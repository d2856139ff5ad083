import { expect, test } from '@playwright/test';

test('the landing page introduces Flowbench and opens the bank-branch example', async ({ page }) => {
	await page.goto('/');

	await expect(page).toHaveTitle(/Flowbench/);
	await expect(page.getByRole('heading', { level: 1, name: 'Flowbench' })).toBeVisible();

	// Loaded at run time from static/examples/bank-branch-baseline.json.
	await expect(page.getByRole('heading', { level: 2, name: 'Bank branch — baseline' })).toBeVisible();
	await expect(page.getByText('Eight-hour day with a lunch peak.')).toBeVisible();

	const nodes = page.getByRole('list', { name: 'Nodes in the flow' }).getByRole('listitem');
	await expect(nodes).toHaveCount(4);
	await expect(nodes.nth(0)).toContainText('Customers arrive');
	await expect(nodes.nth(1)).toContainText('Tellers');
	await expect(nodes.nth(1)).toContainText('Staffed station');
	await expect(nodes.nth(3)).toContainText('Leave');

	await expect(page.getByRole('link', { name: 'Download the scenario file' })).toHaveAttribute(
		'href',
		'/examples/bank-branch-baseline.json'
	);

	await page.screenshot({ path: process.env.HOME_SCREENSHOT ?? 'test-results/e2e/home.png', fullPage: true });
});
