import { expect as baseExpect, test, type Page } from '@playwright/test';

// Generous: a dev server on two busy cores compiles d3 and the engine on first load.
const expect = baseExpect.configure({ timeout: 20_000 });

// Multi-channel journeys (format v2) on the results dashboard's harness (/dev/results): the
// hand-made fixtures channels-branch (channels, appointments, callbacks, complaints) and
// channels-branch-baseline (channels and complaints only); ?shift= adds the comparison's
// channel-shift panel. Screenshots at 1280 and 390 px, English and 繁體中文.

const shots = process.env.RESULTS_SCREENSHOTS ?? 'test-results';
// each test opens the harness one to four times; a dev server on busy cores is slow to compile it
test.setTimeout(240_000);

async function open(page: Page, query: string) {
	await page.goto(`/dev/results${query}`);
	await expect(page.getByRole('heading', { name: /^(Results|结果|結果)$/, level: 2 })).toBeVisible({ timeout: 90_000 });
}

test.describe('at 1280 px', () => {
	test.use({ viewport: { width: 1280, height: 800 } });

	test('channel shares, appointments, callbacks and complaints appear with their numbers', async ({ page }) => {
		await open(page, '?example=channels-branch');
		const section = page.getByRole('region', { name: 'Channels, appointments and complaints' });
		await expect(section).toBeVisible();
		const shares = section.getByRole('figure', { name: 'Channel shares: Which channel?' });
		await expect(shares).toContainText(/Of the customers at “Which channel\?”: Counter \d+%, Kiosk \d+%, App \d+%\./);
		// the bars carry their values and intervals for keyboard and screen-reader users
		const kiosk = shares.locator('[data-point][aria-label^="Kiosk:"]');
		await expect(kiosk).toHaveAttribute('aria-label', /^Kiosk: \d+\.\d% \(95% CI \d+\.\d%–\d+\.\d%\)$/);
		await kiosk.focus();
		await expect(shares.getByRole('status')).toContainText(/^Kiosk: \d+\.\d%/);
		await shares.getByRole('button', { name: 'Show table' }).click();
		await expect(shares.getByRole('table')).toContainText('Counter');
		await expect(section.getByRole('figure', { name: 'Channel shares by time of arrival: Which channel?' })).toContainText(
			/moves most over the day/
		);
		const appt = section.getByRole('region', { name: 'Appointments' });
		await expect(appt).toContainText(/of 16 slots are booked/);
		await expect(appt.getByRole('row', { name: /Idle slots/ })).toContainText(/\d+\.\d%/);
		await expect(appt.getByRole('row', { name: /Mean lateness/ })).toContainText(/[+−]\d+\.\d min/);
		const cb = section.getByRole('region', { name: 'Callbacks and virtual queue' });
		await expect(cb).toContainText('Tellers (return when called)');
		await expect(cb.getByRole('row', { name: /Not back when their turn came/ })).toBeVisible();
		await expect(section.getByRole('figure', { name: 'Predicted complaints by segment' })).toContainText(
			/Predicted complaints: \d+\.\d% of customers, about/
		);
		const queue = section.getByRole('figure', { name: 'Complaints against the queue, by time of arrival' });
		await expect(queue).toContainText(/complain most/);
		await expect(queue.locator('[data-point]')).toHaveCount(8);
		await page.screenshot({ path: `${shots}/channels-results-en-1280.png`, fullPage: true });
	});

	test('the panels appear only with their sections', async ({ page }) => {
		await open(page, '?example=bank-branch-baseline');
		await expect(page.getByRole('figure', { name: 'How visits ended' })).toBeVisible();
		// every run predicts complaints; a flow without v2 nodes shows only those
		const plain = page.getByRole('region', { name: 'Channels, appointments and complaints' });
		await expect(plain.getByRole('figure', { name: 'Predicted complaints by segment' })).toBeVisible();
		await expect(plain.getByRole('figure', { name: /^Channel shares/ })).toHaveCount(0);
		await expect(plain.getByRole('region', { name: 'Appointments' })).toHaveCount(0);
		await expect(plain.getByRole('region', { name: 'Callbacks and virtual queue' })).toHaveCount(0);
		await open(page, '?example=channels-branch-baseline');
		const section = page.getByRole('region', { name: 'Channels, appointments and complaints' });
		await expect(section.getByRole('figure', { name: 'Channel shares: Which channel?' })).toBeVisible();
		await expect(section.getByRole('region', { name: 'Appointments' })).toHaveCount(0);
		await expect(section.getByRole('region', { name: 'Callbacks and virtual queue' })).toHaveCount(0);
	});

	test('channel shift between baseline and redesign, in English and 繁體中文', async ({ page }) => {
		await open(page, '?example=channels-branch&shift=channels-branch-baseline');
		const shift = page.getByRole('figure', { name: 'Channel shift: Which channel?' });
		await expect(shift).toContainText(
			/Kiosk gains most: not offered → \d+% \(\+\d+\.\d pp\)\. Counter loses most: \d+% → \d+% \(−\d+\.\d pp\)\./
		);
		const table = page.getByRole('table', { name: 'Shares before and after' });
		await expect(table.getByRole('row', { name: /Kiosk/ })).toContainText('not offered');
		await page.getByRole('region', { name: 'Channel shift: Which channel?' }).screenshot({ path: `${shots}/channels-shift-en-1280.png` });
		await open(page, '?example=channels-branch&shift=channels-branch-baseline&lang=zh-Hant');
		await expect(page.getByRole('figure', { name: '通路轉移：Which channel?' })).toContainText(
			/Kiosk增加最多：未提供 → \d+%（\+\d+\.\d 個百分點）。/
		);
		await expect(page.getByRole('region', { name: '通路、預約與投訴' })).toContainText('回撥與虛擬排隊');
		await page.screenshot({ path: `${shots}/channels-results-zh-Hant-1280.png`, fullPage: true });
	});
});

test.describe('at 390 px', () => {
	test.use({ viewport: { width: 390, height: 844 } });

	test('fits the phone without sideways scrolling', async ({ page }) => {
		for (const lang of ['en', 'zh-Hant']) {
			await open(page, `?example=channels-branch&shift=channels-branch-baseline&lang=${lang}`);
			await expect(page.getByRole('region', { name: /Channels, appointments and complaints|通路、預約與投訴/ })).toBeVisible();
			const width = await page.evaluate(() => document.documentElement.scrollWidth);
			expect(width).toBeLessThanOrEqual(390);
			await page.screenshot({ path: `${shots}/channels-results-${lang}-390.png`, fullPage: true });
		}
	});
});
