import { expect, test } from '@playwright/test';

test.use({ viewport: { width: 1280, height: 800 } });

test('switch to 简体中文 and back; the choice is remembered', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByRole('heading', { name: 'Start from a template' })).toBeVisible();
	await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-Hans');
	await expect(page.getByRole('heading', { name: '从模板开始' })).toBeVisible();
	await expect(page.getByRole('heading', { name: '银行网点' })).toBeVisible();
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans-CN');
	await page.screenshot({ path: 'test-results/home-zh-Hans.png', fullPage: true });

	await page.reload();
	await expect(page.getByRole('heading', { name: '从模板开始' })).toBeVisible();
	await expect(page.getByRole('combobox', { name: '语言' })).toHaveValue('zh-Hans');
	await page.getByRole('link', { name: '打开基准方案：政务服务大厅' }).click();
	await expect(page.getByRole('button', { name: '运行仿真' })).toBeVisible({ timeout: 30_000 });

	await page.getByRole('combobox', { name: '语言' }).selectOption('zh-Hant');
	await expect(page.getByRole('button', { name: '執行模擬' })).toBeVisible();
	await page.getByRole('combobox', { name: '語言' }).selectOption('en');
	await expect(page.getByRole('button', { name: 'Run simulation' })).toBeVisible();
	await page.reload();
	await expect(page.getByRole('button', { name: 'Run simulation' })).toBeVisible({ timeout: 30_000 });
	await expect(page.getByRole('combobox', { name: 'Language' })).toHaveValue('en');
});
