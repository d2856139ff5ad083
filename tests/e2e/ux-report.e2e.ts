// The printed report (issue 11, item 4): page numbers, a drawing of each flow, and no table row
// left alone at the top or the foot of a page — checked on the PDF Chromium prints.

import { execFileSync } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';

test.use({ viewport: { width: 1280, height: 800 } });
test.describe.configure({ timeout: 240_000 });

/** The PDF's pages as text (pdftotext from poppler-utils, which CI installs). */
async function pdfPages(pdf: Buffer, name: string): Promise<string[]> {
	const dir = await mkdtemp(join(tmpdir(), 'flowbench-report-'));
	const file = join(dir, `${name}.pdf`);
	await writeFile(file, pdf);
	const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
	return text
		.split('\f')
		.map((p) => p.replace(/\s+/g, ' ').trim())
		.filter(Boolean);
}

async function openReport(page: Page) {
	await page.goto('/compare/dev-seed?replications=6');
	await expect(page.getByRole('heading', { name: 'Verdict' })).toBeVisible({ timeout: 180_000 });
	await page.getByRole('link', { name: 'Open printable report' }).click();
	await expect(page).toHaveURL(/\/report\/[\w-]+\/[\w-]+$/);
	await expect(page.locator('section.verdict')).toBeVisible({ timeout: 120_000 });
}

test('the printed report numbers its pages, draws both flows and leaves no table row alone on a page', async ({ page }) => {
	await openReport(page);

	// a drawing of each flow, made from the editor's layout, with the steps and links named
	const baseline = page.getByRole('figure', { name: 'Baseline: Bank branch — baseline' });
	const redesign = page.getByRole('figure', { name: 'Redesign: Bank branch — with self-service kiosks' });
	await expect(baseline.getByRole('img')).toBeVisible();
	await expect(baseline.locator('svg text')).toContainText(['Customers arrive', 'Tellers', 'Back office', 'Leave']);
	await expect(redesign.locator('svg text').filter({ hasText: 'Kiosk or teller' })).toHaveCount(1);
	await expect(redesign.locator('svg desc')).toContainText('Kiosks → Tellers (failed)');
	// arrows for every link of the redesign (nine links, the two from the split to the tellers drawn as one)
	await expect(redesign.locator('path.link')).toHaveCount(8);
	await baseline.scrollIntoViewIfNeeded();
	await page.screenshot({ path: 'test-results/ux-report-flows.png' });

	for (const format of ['A4', 'Letter'] as const) {
		await page.getByRole('combobox', { name: 'Paper' }).selectOption(format);
		const pages = await pdfPages(await page.pdf({ format, printBackground: true, preferCSSPageSize: true }), `ux-report-${format}`);
		expect(pages.length).toBeGreaterThan(3);
		pages.forEach((text, i) => expect(text, `${format} page ${i + 1}`).toContain(`Page ${i + 1} of ${pages.length}`));
		const flows = pages.find((p) => p.includes('The two flows'));
		expect(flows, 'a page with the flows').toBeTruthy();
		for (const name of ['Kiosk or teller', 'Back office', 'Customers arrive']) expect(flows).toContain(name);

		// the KPI table's rows: wherever the table breaks, at least two rows on either side
		const rows = [
			'Mean wait',
			'90th percentile wait',
			'Service level',
			'Abandonment',
			'First-contact resolution',
			'Transfers per customer',
			'Time in system',
			'Served per hour',
			'Staff cost',
			'Predicted CSAT (all customers)',
			'Predicted top-box (5 of 5)',
			'Predicted NPS (all customers)',
			'Predicted CSAT (surveyed)',
			'Predicted NPS (surveyed)'
		];
		const pageOf = rows.map((r) => pages.findIndex((p) => p.includes(r)));
		expect(pageOf.every((p) => p >= 0)).toBe(true);
		for (const p of new Set(pageOf)) {
			const count = pageOf.filter((x) => x === p).length;
			expect(count, `${format}: KPI rows on page ${p + 1}`).toBeGreaterThanOrEqual(2);
		}
	}

	// every table of the report keeps its first two and last two rows together in print
	await page.emulateMedia({ media: 'print' });
	const styles = await page
		.locator('article.report tbody')
		.evaluateAll((bodies) =>
			bodies
				.filter((b) => b.children.length > 1)
				.map((b) => [getComputedStyle(b.firstElementChild!).breakAfter, getComputedStyle(b.lastElementChild!).breakBefore])
		);
	expect(styles.length).toBeGreaterThan(5);
	for (const s of styles) expect(s).toEqual(['avoid', 'avoid']);
});

test('the report in 简体中文 numbers its pages in Chinese and names the flows in Chinese', async ({ page }) => {
	await page.addInitScript(() => localStorage.setItem('flowbench.locale', 'zh-Hans'));
	await page.goto('/compare/dev-seed?replications=6');
	await expect(page.getByRole('heading', { name: '结论' })).toBeVisible({ timeout: 180_000 });
	await page.locator('a[href^="/report/"]').first().click();
	await expect(page.locator('section.verdict')).toBeVisible({ timeout: 120_000 });
	await expect(page.getByRole('heading', { name: '两个方案的流程' })).toBeVisible();
	await expect(
		page
			.getByRole('figure', { name: /^基准方案：/ })
			.locator('svg text.kind')
			.first()
	).toHaveText('到达');
	const pages = await pdfPages(await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true }), 'ux-report-zh');
	pages.forEach((text, i) => expect(text.replace(/\s/g, '')).toContain(`第${i + 1}页，共${pages.length}页`));
	await page.getByRole('heading', { name: '两个方案的流程' }).scrollIntoViewIfNeeded();
	await page.screenshot({ path: 'test-results/ux-report-flows-zh-Hans.png' });
});
