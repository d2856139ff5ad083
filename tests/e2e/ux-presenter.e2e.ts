// The presenter view fits the projector (issue 11, item 13): at 1920×1080 and 1280×720 the
// lesson's animation, controls, live charts and theory fill the screen without scrolling, with
// large type on the charts.

import { expect, test } from '@playwright/test';

test.describe.configure({ timeout: 180_000 });

for (const [width, height] of [
	[1920, 1080],
	[1280, 720]
] as const) {
	test(`presenter view fills ${width}×${height} without scrolling, in large type`, async ({ page }) => {
		await page.setViewportSize({ width, height });
		await page.goto('/teach/utilisation?present=1');
		const stage = page.getByRole('region', { name: 'Animation' });
		await expect(stage).toBeVisible({ timeout: 120_000 });
		await expect(page.getByRole('heading', { name: 'Live charts' })).toBeVisible();
		await page.waitForTimeout(500);

		const size = await page.evaluate(() => ({
			w: document.documentElement.scrollWidth,
			h: document.documentElement.scrollHeight,
			body: document.body.scrollHeight
		}));
		expect(size.w, 'no sideways scrolling').toBeLessThanOrEqual(width);
		expect(size.h, 'no scrolling down').toBeLessThanOrEqual(height);
		// nor does the right column scroll on its own (it did at 1280×720)
		const side = await page.locator('.side').evaluate((el) => ({ scroll: el.scrollHeight, client: el.clientHeight }));
		expect(side.scroll, 'the right column fits without its own scroll bar').toBeLessThanOrEqual(side.client + 1);

		// what the room must see lies inside the screen
		for (const name of ['Live charts', 'Theory and simulation'])
			await expect(page.getByRole('heading', { name })).toBeInViewport({ ratio: 1 });
		const canvas = (await stage.locator('canvas').boundingBox())!;
		expect(canvas.y + canvas.height).toBeLessThanOrEqual(height);
		// the animation takes a good part of the screen
		await page.screenshot({ path: `test-results/ux-presenter-${width}.png` });
		expect(canvas.width * canvas.height).toBeGreaterThan(width * height * 0.2);
		const charts = page.locator('.charts-col svg');
		for (const box of await charts.evaluateAll((svgs) => svgs.map((s) => s.getBoundingClientRect().bottom)))
			expect(box).toBeLessThanOrEqual(height);

		// chart tick labels are large on the projector (≈ 9 px before)
		const ticks = await page
			.locator('.charts-col svg text.tick')
			.evaluateAll((texts) => texts.map((t) => t.getBoundingClientRect().height).filter((h) => h > 0));
		expect(ticks.length).toBeGreaterThan(4);
		expect(Math.min(...ticks), 'rendered height of the tick labels').toBeGreaterThanOrEqual(width >= 1920 ? 16 : 13);
		await page.screenshot({ path: `test-results/ux-presenter-${width}.png` });
	});
}

test('presenter view in 繁體中文 fits 1280×720 too', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 720 });
	await page.addInitScript(() => localStorage.setItem('flowbench.locale', 'zh-Hant'));
	await page.goto('/teach/pooling?present=1');
	await expect(page.locator('.stage-col canvas')).toBeVisible({ timeout: 120_000 });
	await page.waitForTimeout(500);
	const h = await page.evaluate(() => document.documentElement.scrollHeight);
	expect(h).toBeLessThanOrEqual(720);
	await page.screenshot({ path: 'test-results/ux-presenter-zh-Hant.png' });
});

test('at 1280×720 the right column of every lesson fits without its own scroll bar', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 720 });
	for (const lesson of ['utilisation', 'variability', 'pooling', 'priorities', 'impatience', 'self-service', 'channel-shift']) {
		await page.goto(`/teach/${lesson}?present=1`);
		await expect(page.locator('.stage-col canvas')).toBeVisible({ timeout: 120_000 });
		// the theory card grows once its long run is in
		await page.waitForTimeout(2000);
		const side = await page.locator('.side').evaluate((el) => ({ scroll: el.scrollHeight, client: el.clientHeight }));
		expect(side.scroll, `${lesson}: the right column's content fits its height`).toBeLessThanOrEqual(side.client + 1);
	}
});
