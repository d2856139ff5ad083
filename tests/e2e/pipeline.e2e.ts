// The run pipeline in the browser: a worker that crashes, hangs or is killed mid-run is
// replaced and its replications re-run (the results are the same as undisturbed), a worker
// silent at start is replaced, and a runaway model's own message reaches the user.
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import LZString from 'lz-string';

const { compressToEncodedURIComponent } = LZString;

test.use({ viewport: { width: 1280, height: 800 } });
// a dev server compiles the scenario page on first use, slowly on a busy two-core machine
test.setTimeout(240_000);

const BANK = JSON.parse(readFileSync(new URL('../../static/examples/bank-branch-baseline.json', import.meta.url), 'utf8'));

async function openScenario(page: Page, scenario: unknown) {
	page.on('pageerror', (e) => console.log('page error:', e.message));
	await page.goto(`/open#s=${compressToEncodedURIComponent(JSON.stringify(scenario))}`);
	const panel = page.getByRole('region', { name: 'Run' });
	await expect(panel.getByRole('spinbutton', { name: 'Replications (days)' })).toBeVisible({ timeout: 90_000 });
	return panel;
}

async function runAndRead(page: Page, replications: number): Promise<string> {
	const panel = page.getByRole('region', { name: 'Run' });
	await panel.getByRole('spinbutton', { name: 'Replications (days)' }).fill(String(replications));
	await expect(panel.getByRole('status')).toHaveText('Not run yet.');
	await panel.getByRole('button', { name: 'Run simulation' }).click();
	await expect(panel.getByRole('status')).toHaveText(new RegExp(`Done: ${replications} replications\\.`), { timeout: 60_000 });
	// the dashboard is drawn in stages a frame apart: read it once every stage is drawn
	const results = page.getByRole('region', { name: 'Results' }).first();
	await expect(results).toHaveAttribute('aria-busy', 'false');
	return (await results.innerText()).trim();
}

for (const fault of [
	{ fault: 'crash', after: 7 },
	{ fault: 'kill', after: 12, silentMs: 2000 },
	{ fault: 'hang', after: 'start', silentMs: 2000 }
] as const)
	test(`a worker that goes "${fault.fault}" (${fault.after === 'start' ? 'at start' : 'mid-run'}) is replaced: same results as undisturbed`, async ({
		page
	}) => {
		// each run starts on a new library entry ("Not run yet."), so waiting for "Done" waits for that run
		const scenario = { ...BANK, name: `Bank ${fault.fault}` };
		await openScenario(page, scenario);
		// the test hook the pool reads at the start of each job
		await page.evaluate((plan) => ((globalThis as Record<string, unknown>).__flowbenchFaults = plan), fault);
		const started = Date.now();
		const faulty = await runAndRead(page, 40);
		const injected = await page.evaluate(() => (globalThis as { __flowbenchFaults?: { injected?: number } }).__flowbenchFaults?.injected);
		await page.evaluate(() => delete (globalThis as Record<string, unknown>).__flowbenchFaults);
		// the undisturbed run in a new tab: a tab reopening the same link within seconds goes back to
		// the entry it just made (open-once.ts), which already holds the faulty run's results
		const tab = await page.context().newPage();
		await openScenario(tab, scenario);
		const clean = await runAndRead(tab, 40);
		expect(clean).toMatch(/wait/i);
		expect(faulty).toBe(clean);
		// the fault did happen (the pool counts what it injected)
		expect(injected).toBe(1);
		// recovered promptly (the watchdog is 2 s in this test), not after a long wait
		expect(Date.now() - started).toBeLessThan(120_000);
	});

test('workers that keep failing stop the run with a clear message, not a spinner', async ({ page }) => {
	const panel = await openScenario(page, { ...BANK, name: 'Bank always crashing' });
	await page.evaluate(() => ((globalThis as Record<string, unknown>).__flowbenchFaults = { fault: 'crash', after: 'start', times: 1000 }));
	await panel.getByRole('spinbutton', { name: 'Replications (days)' }).fill('20');
	await panel.getByRole('button', { name: 'Run simulation' }).click();
	await expect(panel.getByRole('status')).toHaveText(
		/The run stopped: a simulation worker kept stopping unexpectedly \((Uncaught Error: )?injected fault: the worker crashed\)/,
		{
			timeout: 30_000
		}
	);
	await expect(panel.getByRole('button', { name: 'Run again' })).toBeEnabled();
});

test("a runaway model shows the engine's message", async ({ page }) => {
	const panel = await openScenario(page, { ...BANK, name: 'Bank runaway', run: { ...BANK.run, maxEvents: 300 } });
	await panel.getByRole('spinbutton', { name: 'Replications (days)' }).fill('20');
	await panel.getByRole('button', { name: 'Run simulation' }).click();
	await expect(panel.getByRole('status')).toHaveText(
		// the engine's problem in the interface's words (messages/problems.ts), with its values filled in
		/The run stopped: .*[Tt]he run stopped after 300 events in day \d+ \(\d+h\d\d\): the model may be running away/,
		{ timeout: 30_000 }
	);
	await page.screenshot({ path: 'test-results/pipeline-runaway.png' });
});
