// Problems in plain words and in the user's language (issues 8 and 11): a file with wrong values
// opens in the editor with its problems flagged, naming the step ("Tellers: servers …"), never
// a path or "$"; counts are proper plurals; a second link out of a station suggests a Split; a
// broken structure is refused in plain words; Chinese shows translated problems; the Run box
// takes the same replication range as the file.

import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';

test.use({ viewport: { width: 1440, height: 900 }, locale: 'en-GB' });
// the editor's first load can be slow on a busy machine (dev server)
test.describe.configure({ timeout: 180_000 });

type Json = any;
const kiosks = (): Json => JSON.parse(readFileSync(new URL('../../static/examples/bank-branch-kiosks.json', import.meta.url), 'utf8'));

async function openFile(page: Page, scenario: unknown, name = 'bank.json') {
	await page.goto('/');
	await page.getByLabel(/Scenario file to open|要打开的场景文件|要開啟的情境檔案/).setInputFiles({
		name,
		mimeType: 'application/json',
		buffer: Buffer.from(JSON.stringify(scenario))
	});
}

const problemsPanel = (page: Page, name = 'Problems') =>
	page
		.getByRole('region', { name })
		.or(page.locator(`section[aria-label="${name}"]`))
		.first();

test('a file with wrong values opens with its problems flagged, in plain words', async ({ page }) => {
	const s = kiosks();
	s.nodes[3].servers = -1;
	await openFile(page, s);
	await expect(page).toHaveURL(/\/scenario\//, { timeout: 120_000 });
	const panel = problemsPanel(page);
	await expect(panel).toContainText('Tellers: servers must be at least 0 (now -1)');
	await expect(panel).toContainText('1 problem');
	await expect(panel).not.toContainText('1 problems');
	await expect(panel).not.toContainText('nodes[');
	await expect(panel).not.toContainText('$');
	// the run waits until it is fixed
	await expect(page.getByRole('region', { name: 'Run' }).or(page.locator('section[aria-label="Run"]')).first()).toContainText(
		'Fix the problem in the scenario before running.'
	);
	await page.screenshot({ path: 'test-results/problems-en.png' });
});

test('a second link out of a station suggests a Split', async ({ page }) => {
	const s = kiosks();
	s.links.push({ from: 'back', to: 'teller' });
	await openFile(page, s);
	await expect(page).toHaveURL(/\/scenario\//, { timeout: 120_000 });
	const panel = problemsPanel(page);
	await expect(panel).toContainText('to divide customers, link Back office to a Split');
	await expect(panel).toContainText('2 problems');
});

test('a file whose structure is broken is refused, in plain words, and nothing is saved', async ({ page }) => {
	const s = kiosks();
	s.nodes[3].service = 'quick';
	s.run.hours = 1e308;
	await openFile(page, s, 'broken.json');
	const alert = page.getByRole('alert');
	await expect(alert).toContainText('“broken.json” could not be opened');
	await expect(alert).toContainText('Tellers: service time must be a group of settings such as');
	await page.screenshot({ path: 'test-results/problems-refused.png' });
	await expect(alert).toContainText('Run settings: opening hours is too large (now 1e+308): allowed from 0 to 168');
	await expect(alert).not.toContainText('nodes[3]');
	await expect(page).toHaveURL(/\/$/);
});

test('in 简体中文 a problem is translated, naming the step', async ({ page }) => {
	await page.addInitScript(() => localStorage.setItem('flowbench.locale', 'zh-Hans'));
	const s = kiosks();
	s.nodes[3].servers = -1;
	s.segments[0].share = 0.5;
	await openFile(page, s);
	await expect(page).toHaveURL(/\/scenario\//, { timeout: 120_000 });
	const panel = problemsPanel(page, '问题');
	await expect(panel).toContainText('Tellers：服务人员数不能小于 0（现为 -1）');
	await expect(panel).toContainText('顾客群：各占比之和为 0.65；必须等于 1');
	await expect(panel).not.toContainText('must be');
	await expect(panel).not.toContainText('nodes[');
	await page.screenshot({ path: 'test-results/problems-zh-Hans.png' });
});

test('the Run box accepts the same replication range as the file', async ({ page }) => {
	await page.goto('/template/bank-baseline');
	await expect(page.getByRole('textbox', { name: 'Scenario name' })).toBeVisible({ timeout: 120_000 });
	const box = page.getByRole('spinbutton', { name: 'Replications (days)' });
	await box.fill('50000');
	await expect(page.getByText(/Enter a whole number of replications/)).toHaveCount(0);
	await box.fill('100001');
	await expect(page.getByText('Enter a whole number of replications from 1 to 100,000.')).toBeVisible();
	await box.fill('50');
});
