// Offline after the first visit: the service worker (src/service-worker.ts) precaches the
// build, so with no network the app reloads, opens templates and lessons, and runs the engine
// in its workers. Service workers run on the production build only:
// `npm run build && npx vite preview --port 5203`, then E2E_PORT=5203 without E2E_DEV.
import { expect, test } from '@playwright/test';

test.use({ viewport: { width: 1280, height: 800 } });

test('after one visit the app works offline: reload, a template, a run, a lesson', async ({ page, context }) => {
	test.setTimeout(180_000);
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	// the worker has installed (every file precached) and controls the page
	const cached = await page.evaluate(async () => {
		const reg = await navigator.serviceWorker.ready;
		if (!navigator.serviceWorker.controller)
			await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
		const keys = await caches.keys();
		const cache = await caches.open(keys.find((k) => k.startsWith('flowbench-'))!);
		return { scope: reg.scope, urls: (await cache.keys()).map((r) => new URL(r.url).pathname) };
	});
	expect(
		cached.urls.some((u) => /\/_app\/immutable\/workers\/engine\.worker-.+\.js$/.test(u)),
		"the engine worker (runs, comparisons, lessons and the optimiser's candidates) is precached"
	).toBe(true);
	expect(cached.urls).toContain('/manifest.webmanifest');
	const manifest = await (await page.request.get('/manifest.webmanifest')).json();
	expect(manifest.icons.map((i: { sizes: string }) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));

	await context.setOffline(true);
	await page.reload();
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await page.getByRole('link', { name: 'Open baseline: Bank branch' }).click();
	await expect(page).toHaveURL(/\/scenario\/[\w-]+$/);
	await expect(page.getByRole('textbox', { name: 'Scenario name' })).toHaveValue('Bank branch — baseline');
	const panel = page.getByRole('region', { name: 'Run' });
	await panel.getByRole('spinbutton', { name: 'Replications (days)' }).fill('8');
	await panel.getByRole('button', { name: 'Run simulation' }).click();
	await expect(panel.getByRole('status')).toHaveText(/Done: 8 replications\./, { timeout: 60_000 });
	await expect(page.getByRole('region', { name: 'Results' }).first()).toBeVisible();

	// a page never opened before, straight from the address bar, still opens offline
	await page.goto('/teach/pooling');
	await expect(page.getByRole('heading', { level: 1, name: 'Pooling: one line or many?' })).toBeVisible();
	await expect(page.getByTestId('clock')).toBeVisible();
	// and the network really is off
	expect(
		await page.evaluate(() =>
			fetch('/no-such-file.json').then(
				() => 'fetched',
				() => 'failed'
			)
		)
	).toBe('failed');
	expect(errors).toEqual([]);
});
