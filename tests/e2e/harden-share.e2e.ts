// Every share link ends in the scenario or a clear message within moments, with no uncaught
// error: random, cut-short, oversized and crafted links (decompression bombs, deep nesting).
import LZString from 'lz-string';
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { bomb, randomLink } from './harden-helpers';

test.use({ viewport: { width: 1280, height: 800 } });

const bank = readFileSync('static/examples/bank-branch-baseline.json', 'utf8');
const good = LZString.compressToEncodedURIComponent(JSON.stringify(JSON.parse(bank)));
const deep = JSON.stringify(JSON.parse(bank)).replace(/\}$/, `,"extra":${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}}`);

const links: [string, string, RegExp][] = [
	['random 67 characters', randomLink(67, 1), /damaged|cut short|not a JSON file/],
	['random 67 characters (2)', randomLink(67, 2), /damaged|cut short|not a JSON file/],
	['a 96 KB crafted hash', randomLink(96 * 1024, 3), /damaged|cut short|not a JSON file/],
	['a decompression bomb of 10⁷ characters', bomb(10_000_000), /unpacks into more than 2000000 characters/],
	['a deeply nested scenario', LZString.compressToEncodedURIComponent(deep), /nested more than 64 levels deep at extra\.a\.a/],
	['a link cut in half', good.slice(0, Math.floor(good.length / 2)), /cut short/],
	['a link with nothing after #s=', '', /carries no scenario/]
];

for (const [what, packed, message] of links)
	test(`share link: ${what} ends in a clear message`, async ({ page }) => {
		test.setTimeout(120_000);
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(e.message));
		// load the app first, so the time measured is the link's, not the first page load's
		await page.goto('/');
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible({ timeout: 60_000 });
		await page.goto(`/open#s=${packed}`);
		const started = Date.now();
		await expect(page.getByRole('heading', { name: 'This link could not be opened' })).toBeVisible({ timeout: 30_000 });
		const elapsed = Date.now() - started;
		await expect(page.getByRole('list', { name: 'Problems found' })).toContainText(message);
		await expect(page.getByRole('status').filter({ hasText: 'Opening the shared scenario' })).toHaveCount(0);
		test
			.info()
			.annotations.push({ type: 'timing', description: `${what}: message after ${elapsed} ms (link ${packed.length} characters)` });
		console.log(`${what}: message after ${elapsed} ms (link ${packed.length} characters)`);
		// nothing was saved from it
		await page.getByRole('link', { name: 'Back to all scenarios' }).click();
		await expect(page.getByText('Nothing saved yet.')).toBeVisible();
		expect(errors).toEqual([]);
	});

test('share link: a whole link still opens the scenario', async ({ page }) => {
	test.setTimeout(120_000);
	await page.goto(`/open#s=${good}`);
	await expect(page).toHaveURL(/\/scenario\//, { timeout: 60_000 });
	await expect(page.getByRole('textbox', { name: 'Scenario name' })).toHaveValue('Bank branch — baseline', { timeout: 60_000 });
});
