import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

test.use({ viewport: { width: 1280, height: 800 } });

const PDFTOTEXT = '/usr/bin/pdftotext';

/** The PDF's text (pdftotext, from poppler-utils), or null where it is not installed. */
async function pdfText(pdf: Buffer, name: string): Promise<string | null> {
	const dir = await mkdtemp(join(tmpdir(), 'flowbench-report-'));
	const file = join(dir, `${name}.pdf`);
	await writeFile(file, pdf);
	if (!existsSync(PDFTOTEXT)) return null;
	return execFileSync(PDFTOTEXT, ['-layout', file, '-'], { encoding: 'utf8' });
}

test('the report prints to PDF (A4 and Letter) with the verdict, assumptions and method, and no app chrome', async ({ page }) => {
	await page.goto('/compare/dev-seed?replications=10');
	await expect(page.getByRole('heading', { name: 'Verdict' })).toBeVisible({ timeout: 120_000 });
	await page.getByRole('link', { name: 'Open printable report' }).click();
	await expect(page).toHaveURL(/\/report\/[\w-]+\/[\w-]+$/);

	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bank branch — baseline vs Bank branch — with self-service kiosks');
	await expect(page.locator('section.verdict')).toContainText('The redesign is better for customers.');
	await expect(page.getByRole('heading', { name: 'Assumptions of both designs' })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Satisfaction model parameters' })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Method and how far to trust it' })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeEnabled();
	await page.screenshot({ path: process.env.REPORT_SCREENSHOT ?? 'test-results/report.png' });

	for (const format of ['A4', 'Letter'] as const) {
		await page.getByRole('combobox', { name: 'Paper' }).selectOption(format);
		const pdf = await page.pdf({ format, printBackground: true, preferCSSPageSize: true });
		expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
		const text = await pdfText(pdf, `report-${format}`);
		test.info().annotations.push({
			type: 'pdf',
			description: `${format}: ${pdf.length} bytes${text === null ? ' (pdftotext not installed: text not checked)' : ''}`
		});
		if (text === null) continue;
		const flat = text.replace(/\s+/g, ' ');
		expect(flat).toContain('SERVICE REDESIGN — BEFORE AND AFTER');
		expect(flat).toContain('The redesign is better for customers.');
		expect(flat).toMatch(/the same customers wait \d+% less on average \(95% CI \d+–\d+%\)/);
		expect(flat).toContain('Key figures, before and after');
		expect(flat).toContain('Waits by time of arrival');
		expect(flat).toContain('Demand: arrivals per hour');
		expect(flat).toContain('Customers: segments, patience and wait tolerance');
		expect(flat).toContain('practitioner data');
		expect(flat).toContain('Same customers in both designs (common random numbers)');
		expect(flat).toContain('Flowbench engine 0.1.0');
		// no app chrome or page-only controls on paper
		for (const chrome of ['Print or save as PDF', 'Back to the comparison', 'Show table', 'Download', 'Paper'])
			expect(flat).not.toContain(chrome);
	}
});

test('the report opened on its own runs the comparison itself, in 繁體中文', async ({ page, context }) => {
	await page.goto('/compare/dev-seed?replications=6');
	await expect(page.getByRole('heading', { name: 'Verdict' })).toBeVisible({ timeout: 120_000 });
	const href = await page.getByRole('link', { name: 'Open printable report' }).getAttribute('href');
	const report = new URL(href ?? '', page.url()).href;

	// a new tab has no stored comparison: the report computes it
	const tab = await context.newPage();
	await tab.addInitScript(() => localStorage.setItem('flowbench.locale', 'zh-Hant'));
	await tab.goto(report);
	await expect(tab.locator('section.verdict')).toContainText('改善方案對顧客較好。', { timeout: 120_000 });
	await expect(tab.getByRole('heading', { name: '方法與可信程度' })).toBeVisible();
	const text = await pdfText(await tab.pdf({ format: 'A4' }), 'report-zh-Hant');
	if (text !== null) expect(text.replace(/\s+/g, '')).toContain('採用改善方案後，同一批顧客的平均等待時間縮短');
});
