import { expect, test, type Page } from '@playwright/test';

test.use({ viewport: { width: 1280, height: 800 } });

const savedList = (page: Page) => page.getByRole('list', { name: 'Saved scenarios' });

async function openTemplate(page: Page, id: string) {
	await page.goto(`/template/${id}`);
	await expect(page.getByRole('textbox', { name: 'Scenario name' })).toBeVisible({ timeout: 30_000 });
}

test('rename inline, duplicate, delete and undo the delete', async ({ page }) => {
	await openTemplate(page, 'hall-baseline');
	await page.getByRole('link', { name: 'All scenarios' }).click();
	const list = savedList(page);
	await expect(list.getByRole('listitem')).toHaveCount(1);

	await list.getByRole('button', { name: /^Rename / }).click();
	const input = list.getByRole('textbox', { name: 'New name' });
	await input.fill('Service hall — March');
	await input.press('Enter');
	await expect(list.getByRole('link', { name: 'Service hall — March' })).toBeVisible();

	await list.getByRole('button', { name: 'Duplicate Service hall — March' }).click();
	await expect(list.getByRole('link', { name: 'Service hall — March (2)' })).toBeVisible();

	await list.getByRole('button', { name: 'Delete Service hall — March (2)' }).click();
	await expect(list.getByRole('listitem')).toHaveCount(1);
	const toast = page.getByRole('status').filter({ hasText: 'Deleted' });
	await expect(toast).toContainText('Deleted “Service hall — March (2)”.');
	await toast.getByRole('button', { name: 'Undo' }).click();
	await expect(list.getByRole('listitem')).toHaveCount(2);

	// the rename reached the scenario itself
	await list.getByRole('link', { name: 'Service hall — March', exact: true }).click();
	await expect(page.getByRole('textbox', { name: 'Scenario name' })).toHaveValue('Service hall — March');
});

test('a broken file shows every problem and keeps the library as it was', async ({ page }) => {
	await openTemplate(page, 'airport-baseline');
	await page.getByRole('link', { name: 'All scenarios' }).click();
	await expect(savedList(page).getByRole('listitem')).toHaveCount(1);

	const broken = {
		format: 'flowbench-scenario',
		version: 1,
		name: 'Broken',
		run: { mode: 'day', replications: 0, seed: 1 },
		segments: [],
		nodes: [],
		links: []
	};
	await page
		.getByLabel('Scenario file to open')
		.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
	const alert = page.getByRole('alert');
	await expect(alert).toContainText('“broken.json” could not be opened');
	// in plain words: the part of the scenario and the field, never a path such as run.replications
	await expect(alert).toContainText('Run settings: replications must be at least 1 (now 0)');
	await expect(alert).not.toContainText('run.replications');
	await expect(page).toHaveURL(/\/$/);
	await expect(savedList(page).getByRole('listitem')).toHaveCount(1);

	await page.getByLabel('Scenario file to open').setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') });
	await expect(page.getByRole('alert')).toContainText('not a JSON file');
	await expect(savedList(page).getByRole('listitem')).toHaveCount(1);
});
