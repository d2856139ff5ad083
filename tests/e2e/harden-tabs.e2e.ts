// Two tabs, one scenario: neither silently overwrites the other. The tab that did not save
// first is told, keeps its edits unsaved, and offers "Reload theirs" or "Keep mine as a copy".
import { expect, test, type Page } from '@playwright/test';

test.use({ viewport: { width: 1280, height: 800 } });

const SAVED = 'All changes saved on this device';
const nameBox = (page: Page) => page.getByRole('textbox', { name: 'Scenario name' });
const saved = (page: Page) => page.getByRole('toolbar', { name: 'Scenario actions' }).getByRole('status');

async function storedName(page: Page, id: string): Promise<string | undefined> {
	return page.evaluate(
		(id) =>
			new Promise<string | undefined>((resolve, reject) => {
				const open = indexedDB.open('flowbench');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const get = open.result.transaction('library').objectStore('library').get(id);
					get.onsuccess = () => resolve(get.result?.name);
					get.onerror = () => reject(get.error);
				};
			}),
		id
	);
}

test('editing one scenario in two tabs: told, nothing overwritten, reload theirs or keep mine as a copy', async ({ context }) => {
	test.setTimeout(240_000);
	const a = await context.newPage();
	await a.goto('/template/bank-baseline');
	await expect(nameBox(a)).toHaveValue('Bank branch — baseline', { timeout: 90_000 });
	const url = a.url();
	const id = url.split('/').pop()!;
	const b = await context.newPage();
	await b.goto(url);
	await expect(nameBox(b)).toHaveValue('Bank branch — baseline', { timeout: 90_000 });

	// A saves first
	await nameBox(a).fill('Edited in A');
	await expect(saved(a)).toHaveText(SAVED);
	await expect.poll(() => storedName(a, id)).toBe('Edited in A');
	// B is told at once, before it even edits
	const conflictB = b.getByRole('alert').filter({ hasText: 'This scenario was changed in another tab.' });
	await expect(conflictB).toBeVisible();
	// B edits anyway: nothing is written over A's version
	await nameBox(b).fill('Edited in B');
	await expect(saved(b)).toHaveText('Not saved: changed in another tab');
	await b.screenshot({ path: 'test-results/harden-tabs-conflict.png' });
	await b.waitForTimeout(1200);
	expect(await storedName(b, id)).toBe('Edited in A');

	// B keeps its version as a copy: a new entry; the original stays A's
	await conflictB.getByRole('button', { name: 'Keep mine as a copy' }).click();
	await expect(b).not.toHaveURL(url);
	await expect(nameBox(b)).toHaveValue('Edited in B (my copy)');
	expect(await storedName(b, id)).toBe('Edited in A');
	await expect(saved(b)).toHaveText(SAVED);

	// now the other way round: B reopens the original, A edits again, B takes A's version
	await b.goto(url);
	await expect(nameBox(b)).toHaveValue('Edited in A', { timeout: 60_000 });
	await nameBox(a).fill('Edited in A again');
	await expect(saved(a)).toHaveText(SAVED);
	const again = b.getByRole('alert').filter({ hasText: 'This scenario was changed in another tab.' });
	await expect(again).toBeVisible();
	await nameBox(b).fill('B, second try');
	await again.getByRole('button', { name: 'Reload theirs' }).click();
	await expect(nameBox(b)).toHaveValue('Edited in A again');
	await expect(again).toBeHidden();
	await expect(saved(b)).toHaveText(SAVED);
	// B's edit is one Undo away
	await b.getByRole('button', { name: /^Undo/ }).click();
	await expect(nameBox(b)).toHaveValue('B, second try');
	await b.getByRole('button', { name: /^Redo/ }).click();
	await expect(nameBox(b)).toHaveValue('Edited in A again');

	// B now edits on top of A's version and saves; A is told in turn
	await nameBox(b).fill('B on top of A');
	await expect(saved(b)).toHaveText(SAVED);
	await expect(a.getByRole('alert').filter({ hasText: 'This scenario was changed in another tab.' })).toBeVisible();
	expect(await storedName(a, id)).toBe('B on top of A');

	// the library lists the original and B's copy
	await a.goto('/');
	const list = a.getByRole('list', { name: 'Saved scenarios' });
	await expect(list.getByRole('link', { name: 'B on top of A' })).toBeVisible({ timeout: 60_000 });
	await expect(list.getByRole('link', { name: 'Edited in B (my copy)' })).toBeVisible();
});
