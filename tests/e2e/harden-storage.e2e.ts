// Storage full: a save refused for quota keeps the last saved version and tells the user what
// to do. The quota failure is injected: IndexedDB's put throws QuotaExceededError while
// window.__failQuota is set.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';

test.use({ viewport: { width: 1280, height: 800 } });

async function storedName(page: Page, id: string): Promise<string | undefined> {
	return page.evaluate(
		(id) =>
			new Promise<string | undefined>((resolve, reject) => {
				const open = indexedDB.open('flowbench');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const get = open.result.transaction('library').objectStore('library').get(id);
					get.onsuccess = () => resolve(get.result?.name);
				};
			}),
		id
	);
}

test('a save refused because storage is full keeps the saved version and says what to do', async ({ page }) => {
	test.setTimeout(180_000);
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	await page.addInitScript(() => {
		const put = IDBObjectStore.prototype.put;
		IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
			if ((window as unknown as { __failQuota?: boolean }).__failQuota)
				throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			return put.apply(this, args);
		};
	});
	await page.goto('/template/bank-baseline');
	const name = page.getByRole('textbox', { name: 'Scenario name' });
	await expect(name).toHaveValue('Bank branch — baseline', { timeout: 90_000 });
	const id = page.url().split('/').pop()!;
	const status = page.getByRole('toolbar', { name: 'Scenario actions' }).getByRole('status');

	await page.evaluate(() => ((window as unknown as { __failQuota: boolean }).__failQuota = true));
	await name.fill('Bank — too much to store');
	const toast = page.getByRole('alert').filter({ hasText: 'Storage is full' });
	await expect(toast).toBeVisible();
	await expect(toast).toContainText(
		'your latest changes are not saved, and the last saved version is kept. Delete scenarios you no longer need, or export this one to a file.'
	);
	await expect(status).toHaveText('Not saved: storage is full');
	await page.screenshot({ path: 'test-results/harden-storage-full.png' });
	expect(await storedName(page, id)).toBe('Bank branch — baseline');
	// the way out offered: export the unsaved version to a file
	const [download] = await Promise.all([page.waitForEvent('download'), toast.getByRole('button', { name: 'Export JSON' }).click()]);
	expect(JSON.parse(readFileSync((await download.path())!, 'utf8')).name).toBe('Bank — too much to store');

	// space again: the next change is saved and the message goes
	await page.evaluate(() => ((window as unknown as { __failQuota: boolean }).__failQuota = false));
	await name.fill('Bank — stored at last');
	await expect(status).toHaveText('All changes saved on this device');
	await expect(toast).toBeHidden();
	expect(await storedName(page, id)).toBe('Bank — stored at last');
	expect(errors).toEqual([]);
});
