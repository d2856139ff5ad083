import { expect, test, type Page } from '@playwright/test';

// The satisfaction panel of the editor (scenario panels, when nothing is selected): every
// parameter of the model, the evidence / choice table, problems next to the field, undo.
// Run beside others with: E2E_DEV=1 E2E_PORT=5302 npx playwright test tests/e2e/satisfaction.e2e.ts
test.use({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });

const shots = process.env.EDITOR_SCREENSHOTS ?? 'test-results/editor';
const inspector = (page: Page) => page.getByRole('complementary', { name: 'Inspector' });
const satisfaction = (page: Page) =>
	page.evaluate(() => (window as unknown as { __doc: { scenario: { satisfaction?: unknown } } }).__doc.scenario.satisfaction ?? null);

async function open(page: Page) {
	await page.goto('/dev/editor?example=bank-branch-baseline');
	await expect(page.getByRole('tab', { name: 'Satisfaction' })).toBeVisible({ timeout: 30_000 });
	await page.getByRole('tab', { name: 'Satisfaction' }).click();
}

/** The problem message shown under a field (its input's aria-describedby). */
async function messageOf(page: Page, label: string) {
	const input = inspector(page).getByLabel(label, { exact: true });
	await expect(input).toHaveAttribute('aria-invalid', 'true');
	const id = await input.getAttribute('aria-describedby');
	return page.locator(`[id="${id}"]`);
}

test('satisfaction panel: evidence table, edit, problems beside the field, undo, reset', async ({ page }) => {
	await open(page);
	const panel = inspector(page);

	// the evidence / choice table
	const table = panel.getByRole('table', { name: 'What each part of the satisfaction model rests on' });
	await expect(table).toBeVisible();
	await expect(table.getByRole('row', { name: /Baseline score.*Practitioner data.*SQM Group/ })).toBeVisible();
	await expect(table.getByRole('row', { name: /zone of tolerance.*Evidence.*Oliver 1980/ })).toBeVisible();
	await expect(table.getByRole('row', { name: /Abandoned or balked.*Modelling choice/ })).toBeVisible();
	await expect(table.getByRole('row', { name: /clinic.*Evidence.*Pockros et al\. 2021/ })).toBeVisible();

	// every field empty, the default as placeholder
	const spread = panel.getByLabel('Tolerance spread s', { exact: true });
	await expect(spread).toHaveValue('');
	await expect(spread).toHaveAttribute('placeholder', '0.4');
	await expect(panel.getByLabel('Unoccupied physical line (×)', { exact: true })).toHaveAttribute('placeholder', '1.36');
	await expect(panel.getByRole('button', { name: 'Reset to defaults' })).toBeDisabled();
	expect(await satisfaction(page)).toBeNull();
	await page.screenshot({ path: `${shots}/satisfaction.png` });
	await table.scrollIntoViewIfNeeded();
	await page.screenshot({ path: `${shots}/satisfaction-evidence.png` });

	// spread 0: the object is created with just that key
	await spread.fill('0');
	await expect.poll(() => satisfaction(page)).toEqual({ toleranceSpread: 0 });
	await expect(panel.getByText('1 of 22 parameters changed from the default')).toBeVisible();

	// cutpoints out of order: the problem shows under τ3
	await page.waitForTimeout(1100);
	await panel.getByLabel('τ3 (answer 3|4)', { exact: true }).fill('-2');
	await expect(await messageOf(page, 'τ3 (answer 3|4)')).toContainText('must be greater than the cutpoint before it');
	await expect.poll(() => satisfaction(page)).toEqual({ toleranceSpread: 0, cutpoints: [-1.138, -0.835, -2, 0] });

	// a negative spread: the problem shows under the spread
	await page.waitForTimeout(1100);
	await spread.fill('-1');
	await expect(await messageOf(page, 'Tolerance spread s')).toBeVisible();
	await panel.getByLabel('τ3 (answer 3|4)', { exact: true }).scrollIntoViewIfNeeded();
	await page.screenshot({ path: `${shots}/satisfaction-problem.png` });

	// a click on the problem in the list (from another panel) opens this panel and focuses the field
	await page.getByRole('tab', { name: 'Targets' }).click();
	await page
		.getByRole('region', { name: 'Problems' })
		.first()
		.getByRole('button', { name: /Satisfaction model: cutpoints › #3 must be greater than the cutpoint before it/ })
		.click();
	await expect(page.getByRole('tab', { name: 'Satisfaction' })).toHaveAttribute('aria-selected', 'true');
	await expect(panel.getByLabel('τ3 (answer 3|4)', { exact: true })).toBeFocused();

	// undo, step by step
	const undo = page.getByRole('button', { name: 'Undo' });
	await undo.click();
	await expect.poll(() => satisfaction(page)).toEqual({ toleranceSpread: 0, cutpoints: [-1.138, -0.835, -2, 0] });
	await expect(spread).toHaveValue('0');
	await expect(spread).toHaveAttribute('aria-invalid', 'false');
	await undo.click();
	await expect.poll(() => satisfaction(page)).toEqual({ toleranceSpread: 0 });
	await expect(panel.getByLabel('τ3 (answer 3|4)', { exact: true })).toHaveAttribute('aria-invalid', 'false');

	// reset to defaults removes the object, and is undoable
	await panel.getByRole('button', { name: 'Reset to defaults' }).click();
	await expect.poll(() => satisfaction(page)).toBeNull();
	await expect(spread).toHaveValue('');
	await expect(undo).toHaveAttribute('title', 'Undo: Reset satisfaction parameters');
	await undo.click();
	await expect.poll(() => satisfaction(page)).toEqual({ toleranceSpread: 0 });

	// per-segment tolerances live in the Segments panel
	await panel.getByRole('button', { name: 'Open the Segments panel' }).click();
	await expect(page.getByRole('tab', { name: 'Segments' })).toHaveAttribute('aria-selected', 'true');
});

test('satisfaction panel in 简体中文', async ({ page }) => {
	await page.goto('/dev/editor?example=bank-branch-baseline&lang=zh-Hans');
	await page.getByRole('tab', { name: '满意度' }).click({ timeout: 30_000 });
	await expect(page.getByRole('table', { name: '满意度模型各部分的依据' })).toBeVisible();
	await expect(page.getByRole('row', { name: /基准得分.*业界数据.*SQM Group/ })).toBeVisible();
	await page.screenshot({ path: `${shots}/satisfaction-zh-Hans.png` });
});
