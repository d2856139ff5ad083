import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { runComparison, type Scenario } from '../../src/lib/sim/index';

// The consultant's promise: the numbers the app shows are the numbers the engine (and so the
// CLI, which runs the same engine) gives for the same scenarios, seed and replications.
test.use({ viewport: { width: 1280, height: 800 } });

const example = async (name: string) =>
	JSON.parse(await readFile(new URL(`../../static/examples/${name}.json`, import.meta.url), 'utf8')) as Scenario;

test("the app's bank comparison agrees with the engine's, number for number", async ({ page }) => {
	const replications = 20;
	await page.goto(`/compare/dev-seed?template=bank&replications=${replications}`);
	await expect(page).toHaveURL(/\/compare\/[\w-]+\/[\w-]+$/, { timeout: 30_000 });
	await expect(page.getByRole('heading', { name: 'Verdict' })).toBeVisible({ timeout: 120_000 });

	const c = runComparison(await example('bank-branch-baseline'), await example('bank-branch-kiosks'), { replications });
	const min = (x: number | null) => `${x!.toFixed(1)} min`;
	const pct = (x: number | null) => `${(100 * x!).toFixed(1)}%`;
	const table = page.getByRole('table', { name: 'Key figures, before and after' });
	const row = (name: RegExp) => table.getByRole('row', { name });
	await expect(row(/^Mean wait/)).toContainText(min(c.baseline.overall.waitMean.mean));
	await expect(row(/^Mean wait/)).toContainText(min(c.redesign.overall.waitMean.mean));
	await expect(row(/^Abandonment/)).toContainText(pct(c.baseline.overall.abandonment.mean));
	await expect(row(/^Abandonment/)).toContainText(pct(c.redesign.overall.abandonment.mean));
	await expect(row(/^Predicted CSAT \(all customers\)/)).toContainText(pct(c.redesign.overall.csat.mean));
	const rel = Math.round(-100 * c.difference.overall.waitMean.relative!);
	await expect(page.locator('section.verdict')).toContainText(`wait ${rel}% less`);
});
