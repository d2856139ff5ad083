import { expect as baseExpect, test, type Page } from '@playwright/test';

// Generous: a dev server on two busy cores compiles d3 and the engine on first load.
const expect = baseExpect.configure({ timeout: 20_000 });

// The results dashboard on its dev harness (/dev/results), which shows stored results of the
// example scenarios (tests/fixtures/harness/) with the quick estimate computed in the page.

test.use({ viewport: { width: 1280, height: 800 } });

const CHARTS = [
	'Waits by time of arrival',
	'Queue length over the day',
	'Wait-time distribution',
	'Staff utilisation per station',
	'How visits ended'
];
const shots = process.env.RESULTS_SCREENSHOTS ?? 'test-results';

async function open(page: Page, query = '') {
	await page.goto(`/dev/results${query}`);
	await expect(page.getByRole('heading', { name: /^(Results|结果|結果)$/, level: 2 })).toBeVisible({ timeout: 30_000 });
}

test('KPI cards show values with intervals, targets and the quick estimate', async ({ page }) => {
	await open(page);
	const cards = page.getByRole('list', { name: 'Key figures' });
	const mean = cards.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Mean wait' }) });
	await expect(mean).toContainText(/\d+\.\d min/);
	await expect(mean).toContainText(/95% CI \d+\.\d–\d+\.\d min/);
	await expect(mean).toContainText(/Estimate ≈ \d+\.\d min/);
	const sl = cards.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Service level' }) });
	await expect(sl).toContainText(/\d+\.\d%/);
	await expect(sl).toContainText('target ≥ 80%');
	await expect(sl).toContainText(/Meets target|Misses target|Too close to call/);
	const ab = cards.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Abandonment' }) });
	await expect(ab).toContainText('target ≤ 5%');
	for (const name of [
		'90th percentile wait',
		'First-contact resolution',
		'Time in system',
		'Utilisation',
		'Staff cost',
		'Customer satisfaction (CSAT)'
	])
		await expect(cards.getByRole('heading', { name })).toBeVisible();
	await page.screenshot({ path: `${shots}/results-top.png` });
});

test('every chart has a caption, an accessible SVG and a table alternative with numbers', async ({ page }) => {
	await open(page);
	for (const title of CHARTS) {
		const figure = page.getByRole('figure', { name: title });
		await expect(figure).toBeVisible();
		const caption = figure.locator('figcaption');
		await expect(caption).toContainText(/\d/);
		const svg = figure.getByRole('img', { name: title });
		await expect(svg).toBeVisible();
		await expect(svg.locator('desc')).toHaveText(/\d/);
		await figure.getByRole('button', { name: 'Show table' }).click();
		const table = figure.getByRole('table');
		await expect(table).toBeVisible();
		await expect(table.getByRole('cell').first()).toHaveText(/\d/);
		await expect(figure.getByRole('button', { name: 'Show chart' })).toHaveAttribute('aria-pressed', 'true');
	}
	await expect(page.getByRole('figure', { name: 'Waits by time of arrival' })).toContainText(
		/Waits peak at \d+\.\d min for customers arriving \d\d:00–\d\d:00/
	);
	await page.getByRole('figure', { name: 'Wait-time distribution' }).scrollIntoViewIfNeeded();
	await page.screenshot({ path: `${shots}/results-tables.png` });
});

test('data points show their values on keyboard focus and on hover', async ({ page }) => {
	await open(page);
	const waits = page.getByRole('figure', { name: 'Waits by time of arrival' });
	// One tab stop per chart (its first point); the arrow keys move between points.
	await waits.getByRole('button', { name: 'Show table' }).focus();
	await page.keyboard.press('Tab');
	await expect(waits.getByRole('status')).toContainText(/09:00–10:00: Mean wait (\d+\.\d min|\d+ s) \(95% CI/);
	await page.keyboard.press('ArrowRight');
	await expect(waits.getByRole('status')).toContainText('10:00–11:00');
	await page.keyboard.press('End');
	await expect(waits.getByRole('status')).toContainText('16:00–17:00');
	await page.keyboard.press('Tab');
	await expect(waits.getByRole('status')).toHaveCount(0);
	const queue = page.getByRole('figure', { name: 'Queue length over the day' });
	await queue.locator('circle').nth(3).hover();
	await expect(queue.getByRole('status')).toContainText(/Tellers, 12:00–13:00: \d+\.\d waiting \(95% CI/);
	await page.screenshot({ path: `${shots}/results-tooltip.png` });
});

test('detailed tables per station, segment and period', async ({ page }) => {
	await open(page);
	const stations = page.getByRole('table', { name: 'Per station' });
	await expect(stations.getByRole('columnheader', { name: 'Tellers' })).toBeVisible();
	await expect(stations.getByRole('row', { name: /Mean wait/ })).toContainText(/\d+\.\d min/);
	await page.getByRole('heading', { name: 'Per period of arrival' }).click();
	await expect(page.getByRole('table', { name: 'Per period of arrival' }).getByRole('columnheader', { name: '12:00–13:00' })).toBeVisible();
	await page.getByRole('heading', { name: 'Quick estimate (approximation)' }).click();
	await expect(page.getByText(/Erlang A/).first()).toBeVisible();
});

test('steady state has no day axis; partial results carry a badge', async ({ page }) => {
	await open(page, '?example=call-centre-steady&partial');
	await expect(page.getByRole('status').filter({ hasText: 'Partial — 10 of 20 replications' })).toBeVisible();
	await expect(page.getByRole('figure', { name: 'Waits by customer segment' })).toBeVisible();
	await expect(page.getByRole('figure', { name: 'Mean queue length per station' })).toBeVisible();
	await expect(page.getByRole('figure', { name: 'Waits by time of arrival' })).toHaveCount(0);
	await expect(page.getByRole('heading', { name: 'Per period of arrival' })).toHaveCount(0);
	await page.screenshot({ path: `${shots}/results-steady.png` });
});

test('the dashboard speaks Chinese', async ({ page }) => {
	await open(page, '?lang=zh-Hans');
	const cards = page.getByRole('list', { name: '关键指标' });
	await expect(cards.getByRole('heading', { name: '服务水平' })).toBeVisible();
	await expect(cards.getByRole('heading', { name: '放弃率' })).toBeVisible();
	await expect(cards.getByRole('heading', { name: '一次解决率' })).toBeVisible();
	await expect(page.getByRole('figure', { name: '等待时间分布' })).toContainText('的顾客无需等待');
	await open(page, '?lang=zh-Hant');
	await expect(page.getByRole('list', { name: '關鍵指標' }).getByRole('heading', { name: '服務水準' })).toBeVisible();
});
