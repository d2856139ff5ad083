import { expect, test } from '@playwright/test';

// Issue 11, item 5: in 简体中文 a template opens with its own text in Chinese (steps, segments,
// name, description) and the teaching stage labels its steps in Chinese.

test.use({ viewport: { width: 1440, height: 900 } });
test.setTimeout(240_000);

test('a template and a lesson in 简体中文 show no English template or stage text', async ({ page }) => {
	await page.goto('/');
	// the library has opened its store before we leave the page
	await expect(page.getByText('Nothing saved yet', { exact: false })).toBeVisible({ timeout: 45_000 });
	await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: '简体中文' });
	await page.goto('/template/bank-baseline');
	const canvas = page.locator('.svelte-flow');
	await expect(canvas.getByText('柜员窗口')).toBeVisible({ timeout: 45_000 });
	await expect(page.getByRole('textbox', { name: '场景名称' })).toHaveValue('银行网点 — 基准方案');
	const text = await canvas.innerText();
	for (const english of ['Tellers', 'Customers arrive', 'Back office', 'Leave']) expect(text).not.toContain(english);
	await page.screenshot({ path: 'test-results/ux-zh-editor.png' });

	await page.goto('/teach/pooling');
	await expect(page.getByTestId('clock')).toBeVisible({ timeout: 45_000 });
	const stage = page.locator('.stage-col');
	await expect(stage.getByText('窗口 1').first()).toBeVisible();
	const stageText = await stage.innerText();
	for (const english of ['Counter', 'Customers arrive', 'Leave', 'Pick a line']) expect(stageText).not.toContain(english);
	const charts = await page.locator('section.charts').innerText();
	expect(charts).not.toContain('Counter');
	await expect(page.locator('section.charts').getByText('窗口 1').first()).toBeVisible();
	await page.screenshot({ path: 'test-results/ux-zh-lesson.png' });

	// item 13: the charts' tick labels never repeat (0.25 steps are not all shown as "0" and "1")
	const perChart = await page
		.locator('section.charts svg')
		.evaluateAll((svgs) =>
			svgs.map((svg) =>
				[...svg.querySelectorAll('text.tick[text-anchor="end"]')].map((t) => t.textContent ?? '').filter((x) => /^[\d.,]+$/.test(x))
			)
		);
	for (const numbers of perChart) expect(new Set(numbers).size, numbers.join(' ')).toBe(numbers.length);
});
