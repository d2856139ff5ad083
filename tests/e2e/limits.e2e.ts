// A valid-looking file that asks for more than a run can hold (issue 15 item 2): 0.1-minute
// periods over an 8-hour day used to freeze the page for about 100 s while the run built 4,800
// periods. Now the file opens with the problem flagged in plain words, and the run waits until it
// is fixed, so nothing is simulated at all.

import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';

test.use({ viewport: { width: 1440, height: 900 }, locale: 'en-GB' });
test.describe.configure({ timeout: 180_000 });

type Json = any;
const bank = (): Json => JSON.parse(readFileSync(new URL('../../static/examples/bank-branch-baseline.json', import.meta.url), 'utf8'));

async function openFile(page: Page, scenario: unknown) {
	await page.goto('/');
	await page.getByLabel(/Scenario file to open/).setInputFiles({
		name: 'huge.json',
		mimeType: 'application/json',
		buffer: Buffer.from(JSON.stringify(scenario))
	});
	await expect(page).toHaveURL(/\/scenario\//, { timeout: 120_000 });
}

const region = (page: Page, name: string) =>
	page
		.getByRole('region', { name })
		.or(page.locator(`section[aria-label="${name}"]`))
		.first();

test('0.1-minute periods open with the problem named, and nothing runs', async ({ page }) => {
	const s = bank();
	s.nodes[0].arrivals.periodMinutes = 0.1;
	await openFile(page, s);
	const problems = region(page, 'Problems');
	await expect(problems).toContainText(/at most 1,?000 are allowed/);
	await expect(problems).toContainText('use periods of at least 0.48 minutes');
	await expect(problems).not.toContainText('nodes[');
	await expect(region(page, 'Run')).toContainText('Fix the problem in the scenario before running.');
	// the page still answers at once (no run was started to build thousands of periods)
	await expect(page.getByRole('button', { name: /^Run/ })).toBeDisabled();
});

test('a day of a billion hours is refused in plain words and nothing is saved', async ({ page }) => {
	const s = bank();
	s.run.hours = 1e9;
	await page.goto('/');
	await page.getByLabel(/Scenario file to open/).setInputFiles({
		name: 'endless.json',
		mimeType: 'application/json',
		buffer: Buffer.from(JSON.stringify(s))
	});
	// either opened with the problem flagged or refused with it: in both cases it names the limit
	await expect(page.getByText(/168/).first()).toBeVisible({ timeout: 60_000 });
	await expect(page.getByText(/run\.hours|\$/)).toHaveCount(0);
});
