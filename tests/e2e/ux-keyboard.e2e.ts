import { expect, test, type Page } from '@playwright/test';

// Issue 11, item 6: the whole flow can be built without a mouse — add steps from the palette,
// link them, retarget and remove links from the inspector. Item 14: Enter on a node selects
// the name field's text, so typing replaces the name.

test.use({ viewport: { width: 1440, height: 900 } });
test.setTimeout(120_000);

const node = (page: Page, name: RegExp) => page.getByRole('group', { name }).and(page.locator('[aria-roledescription="node"]'));
const link = (page: Page, name: RegExp) => page.getByRole('group', { name }).and(page.locator('[aria-roledescription="edge"]'));
const inspector = (page: Page) => page.getByRole('complementary', { name: 'Inspector' });

test('a flow built from the keyboard: add a step, link it in and out, retarget and remove a link', async ({ page }) => {
	await page.goto('/dev/editor?example=bank-branch-baseline');
	await expect(node(page, /^Staffed service, Tellers/)).toBeVisible({ timeout: 45_000 });

	// add a delay step from the palette with the keyboard
	await page.getByRole('button', { name: 'Add Delay' }).focus();
	await page.keyboard.press('Enter');
	const name = inspector(page).getByLabel('Name', { exact: true });
	await expect(name).toBeVisible();
	await name.fill('Walk to the counter');
	const walk = node(page, /Walk to the counter/);
	await expect(walk).toBeVisible();

	// its link out, from the inspector
	const ins = inspector(page);
	await expect(ins.getByText('No link out yet')).toBeVisible();
	await ins.getByRole('combobox', { name: 'Add a link to' }).selectOption({ label: 'Tellers' });
	await ins.getByRole('button', { name: 'Add link' }).press('Enter');
	await expect(link(page, /^Link from Walk to the counter to Tellers/)).toHaveCount(1);

	// retarget it to the exit, then remove it
	await ins.getByRole('combobox', { name: 'Link 1 goes to' }).selectOption({ label: 'Leave' });
	await expect(link(page, /^Link from Walk to the counter to Leave/)).toHaveCount(1);
	await expect(link(page, /^Link from Walk to the counter to Tellers/)).toHaveCount(0);
	await ins.getByRole('button', { name: 'Remove link 1' }).press('Enter');
	await expect(link(page, /^Link from Walk to the counter/)).toHaveCount(0);

	// a link into the new step, from the arrivals
	await node(page, /^Arrivals, Customers arrive/).focus();
	await page.keyboard.press('Enter');
	await inspector(page).getByRole('combobox', { name: 'Add a link to' }).selectOption({ label: 'Walk to the counter' });
	await inspector(page).getByRole('button', { name: 'Add link' }).press('Enter');
	await expect(link(page, /^Link from Customers arrive to Walk to the counter/)).toHaveCount(1);
});

test('Enter on a node selects the name, so typing replaces it', async ({ page }) => {
	await page.goto('/dev/editor?example=bank-branch-baseline');
	const tellers = node(page, /^Staffed service, Tellers/);
	await expect(tellers).toBeVisible({ timeout: 45_000 });
	await tellers.focus();
	await page.keyboard.press('Enter');
	const name = inspector(page).getByLabel('Name', { exact: true });
	await expect(name).toBeFocused();
	await page.keyboard.type('Cashiers');
	await expect(name).toHaveValue('Cashiers');
});
