import { expect, test, type Page } from '@playwright/test';

// Issue 11, item 10: on a 390-px phone the header fits, the language menu is whole, library
// names are readable, the scenario page says the editor needs a wider screen (running still
// works), and no page scrolls sideways.

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
test.setTimeout(240_000);

const noSideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

async function inView(page: Page, locator: ReturnType<Page['locator']>) {
	const box = (await locator.boundingBox())!;
	expect(box.x).toBeGreaterThanOrEqual(0);
	expect(box.x + box.width).toBeLessThanOrEqual(390);
}

test('home, scenario and lessons work on a phone', async ({ page }) => {
	await page.goto('/template/bank-redesign');
	await expect(page.getByText('The flow editor needs a wider screen')).toBeVisible({ timeout: 45_000 });
	await expect(page.getByRole('application', { name: /canvas/i })).toBeHidden();
	await expect(page.getByRole('button', { name: 'Run simulation' })).toBeVisible();
	expect(await noSideways(page)).toBeLessThanOrEqual(390);
	await inView(page, page.getByRole('combobox', { name: 'Language' }));
	await page.screenshot({ path: 'test-results/ux-phone-scenario.png' });

	await page.goto('/');
	const list = page.getByRole('list', { name: 'Saved scenarios' });
	const name = list.getByRole('link').first();
	await expect(name).toBeVisible({ timeout: 30_000 });
	// a name reads along the line, not a letter per line
	expect((await name.boundingBox())!.width).toBeGreaterThan(150);
	await inView(page, page.getByRole('combobox', { name: 'Language' }));
	await inView(page, page.getByRole('link', { name: 'Teaching mode' }));
	expect(await noSideways(page)).toBeLessThanOrEqual(390);
	await page.screenshot({ path: 'test-results/ux-phone-home.png', fullPage: true });

	await page.goto('/teach');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible({ timeout: 45_000 });
	expect(await noSideways(page)).toBeLessThanOrEqual(390);
});

test('the comparison fits a phone: the table scrolls inside its box', async ({ page }) => {
	await page.goto('/compare/dev-seed?replications=4');
	await expect(page.getByRole('heading', { name: 'Verdict' })).toBeVisible({ timeout: 180_000 });
	expect(await noSideways(page)).toBeLessThanOrEqual(390);
	await page.screenshot({ path: 'test-results/ux-phone-compare.png' });
});
