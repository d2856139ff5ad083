import { expect, test, type Page } from '@playwright/test';

// Teaching mode: lessons open from their links, the animation of the engine's trace moves,
// play/pause/step work, sliders re-run the engine, theory sits beside the simulation, the
// student predicts before seeing the answer, and the presenter view is readable on a projector.

const clock = (page: Page) => page.getByTestId('clock');
/** Opens a page and waits until the lesson is on screen (a dev server compiles on first visit). */
async function open(page: Page, url: string) {
	await page.goto(url);
	await expect(page.getByTestId('clock')).toBeVisible({ timeout: 45_000 });
}
const canvasImage = (page: Page) => page.locator('canvas').evaluate((c: HTMLCanvasElement) => c.toDataURL());

test('the lesson list opens a lesson from its link', async ({ page }) => {
	await page.goto('/teach');
	await expect(page.getByRole('heading', { level: 1, name: 'Teaching mode' })).toBeVisible({ timeout: 45_000 });
	const links = page.getByRole('list').getByRole('link', { name: /^Lesson \d/ });
	await expect(links).toHaveCount(7);
	await page.getByRole('link', { name: /^Lesson \d+ Pooling: one line or many\?/ }).click();
	await expect(page).toHaveURL(/\/teach\/pooling$/);
	await expect(page.getByRole('heading', { level: 1, name: 'Pooling: one line or many?' })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Copy lesson link' })).toBeVisible();
});

test('the animation advances, pauses and steps event by event', async ({ page }) => {
	await open(page, '/teach/utilisation');
	await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
	await page.getByRole('combobox', { name: 'Speed' }).selectOption({ label: '300×' });
	const first = await canvasImage(page);
	const t0 = await clock(page).textContent();
	await expect.poll(() => clock(page).textContent(), { timeout: 15_000 }).not.toBe(t0);
	await expect.poll(() => canvasImage(page)).not.toBe(first);
	// the text alternative follows the clock
	await expect(page.locator('#stage-summary')).toContainText(/waiting at Counter, \d of 2 busy/);

	await page.getByRole('button', { name: 'Pause' }).click();
	await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
	const paused = await clock(page).textContent();
	await page.waitForTimeout(1500);
	await expect(clock(page)).toHaveText(paused!);

	// step to the next events of the trace: the scrubber moves forward, a little
	const scrub = page.getByRole('slider', { name: 'Time of day' });
	// the scrubber's value is rounded to its step (0.1 min) and events can be seconds apart, so the
	// exact time it shows is read from its data-time
	const time = async () => Number(await scrub.getAttribute('data-time'));
	const before = await time();
	for (let i = 0; i < 5; i++) await page.getByRole('button', { name: 'Next event' }).click();
	// once it has taken all five steps (the page follows the clicks a frame or so later)
	const steady = async () => {
		const a = await time();
		await page.waitForTimeout(250);
		return (await time()) === a ? a : Number.NaN;
	};
	await expect.poll(steady).toBeGreaterThan(before);
	const stepped = await time();
	expect(stepped - before).toBeLessThan(30);
	await page.getByRole('button', { name: 'Previous event' }).click();
	await expect.poll(time).toBeLessThan(stepped);
	expect(await time()).toBeGreaterThanOrEqual(before);

	// scrub back to the start of the day
	await scrub.fill('0');
	await expect(clock(page)).toHaveText('09:00');
	// keyboard: Space plays again
	await page.locator('h1').click();
	await page.keyboard.press('Space');
	await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
});

test('a slider change re-runs the engine with new numbers, and theory shows beside the simulation', async ({ page }) => {
	await open(page, '/teach/utilisation');
	const theory = page.getByTestId('theory-value').first();
	await expect(theory).toContainText('17.05 min');
	await expect(page.getByText('Erlang C (M/M/c)')).toBeVisible();
	await expect(page.getByText('exact').first()).toBeVisible();
	// the long-run simulation arrives from the workers
	await expect(page.getByTestId('simulated-value').first()).toContainText(/\d+\.\d\d min/, { timeout: 30_000 });
	await expect(page.getByText('Utilisation ρ = 90%')).toBeVisible();

	await page.getByRole('combobox', { name: 'Speed' }).selectOption({ label: '300×' });
	await expect.poll(() => clock(page).textContent()).not.toBe('09:00');

	await page.getByRole('slider', { name: 'Servers at the counter' }).fill('3');
	await expect(page.getByText('Utilisation ρ = 60%')).toBeVisible();
	await expect(theory).not.toContainText('17.05 min');
	await expect(page).toHaveURL(/[?&]c=3/);
	// the animation restarted from opening with the new day
	await expect(page.locator('#stage-summary')).toContainText(/of 3 busy/);

	// a variability the formula cannot give exactly: labelled approximate
	await page.getByRole('slider', { name: 'Service-time variability (cv)' }).fill('0.5');
	await expect(page.getByText('Allen–Cunneen / Kingman (G/G/c)')).toBeVisible();
	await expect(page.getByText('approximate').first()).toBeVisible();

	// the share link keeps the slider values
	await open(page, '/teach/utilisation?c=4&rate=40');
	await expect(page.getByRole('slider', { name: 'Servers at the counter' })).toHaveValue('4');
	await expect(page.getByRole('slider', { name: 'Arrivals per hour' })).toHaveValue('40');
});

test('predict first: the guess is kept and the answer shown beside it', async ({ page }) => {
	await open(page, '/teach/pooling');
	await page.evaluate(() => localStorage.removeItem('flowbench.teach.guess.pooling'));
	await page.reload();
	await expect(page.getByTestId('clock')).toBeVisible({ timeout: 45_000 });
	await page.getByRole('button', { name: 'Lock in my guess' }).click();
	await expect(page.getByRole('alert')).toHaveText('Pick an answer first.');
	await page.getByRole('radio', { name: 'does not change — same servers, same work' }).check();
	await page.getByRole('button', { name: 'Lock in my guess' }).click();
	await expect(page.getByText('Guess saved on this device.')).toBeVisible();
	await page.reload();
	await expect(page.getByTestId('clock')).toBeVisible({ timeout: 45_000 });
	await expect(page.getByText('does not change — same servers, same work')).toBeVisible();
	await page.getByRole('button', { name: 'Run it and show me' }).click();
	await expect(page.getByText('What the simulation says:')).toBeVisible({ timeout: 30_000 });
	await expect(page.getByText('The simulation disagrees — here is why.')).toBeVisible();
	await expect(page.getByText(/Separate lines waste capacity/)).toBeVisible();
	await page.getByRole('button', { name: 'Guess again' }).click();
	await expect(page.getByRole('button', { name: 'Lock in my guess' })).toBeVisible();
});

test('the lesson speaks Chinese', async ({ page }) => {
	await open(page, '/teach/impatience');
	await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-Hans');
	await expect(page.getByRole('heading', { level: 1, name: '不耐烦与放弃' })).toBeVisible();
	await page.getByRole('combobox', { name: '语言' }).selectOption('zh-Hant');
	await expect(page.getByRole('heading', { level: 1, name: '不耐煩與放棄' })).toBeVisible();
	await page.getByRole('combobox', { name: '語言' }).selectOption('en');
});

for (const [w, h] of [
	[1280, 800],
	[1920, 1080]
] as const) {
	test(`presenter view at ${w}×${h}`, async ({ page }) => {
		await page.setViewportSize({ width: w, height: h });
		await open(page, '/teach/priorities?present=1');
		await expect(page.getByRole('button', { name: 'Presenter view' })).toHaveAttribute('aria-pressed', 'true');
		await page.getByRole('combobox', { name: 'Speed' }).selectOption({ label: '300×' });
		await expect(page.getByTestId('simulated-value').first()).toContainText(/min/, { timeout: 30_000 });
		await page.waitForTimeout(6000);
		// keyboard control: P leaves and re-enters the presenter view, Space pauses
		await page.locator('h1').click();
		await page.keyboard.press('p');
		await expect(page.getByRole('button', { name: 'Presenter view' })).toHaveAttribute('aria-pressed', 'false');
		await page.keyboard.press('p');
		await expect(page).toHaveURL(/present=1/);
		await page.keyboard.press('Space');
		await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
		await page.screenshot({
			path: process.env.TEACH_SCREENSHOTS
				? `${process.env.TEACH_SCREENSHOTS}/presenter-${w}x${h}.png`
				: `test-results/teach-presenter-${w}x${h}.png`
		});
	});
}
