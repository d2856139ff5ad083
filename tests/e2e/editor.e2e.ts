import { expect, test, type Page } from '@playwright/test';

// The flow editor on its test harness (/dev/editor loads an example into a ScenarioDoc).
// Run beside others with: E2E_DEV=1 E2E_PORT=5202 npx playwright test tests/e2e/editor.e2e.ts
test.use({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });

const shots = process.env.EDITOR_SCREENSHOTS ?? 'test-results/editor';
const node = (page: Page, name: RegExp) => page.getByRole('group', { name }).and(page.locator('[aria-roledescription="node"]'));
const link = (page: Page, name: RegExp) => page.getByRole('group', { name }).and(page.locator('[aria-roledescription="edge"]'));
const inspector = (page: Page) => page.getByRole('complementary', { name: 'Inspector' });
const mod = 'ControlOrMeta';

async function open(page: Page, example = 'bank-branch-baseline') {
	await page.goto(`/dev/editor?example=${example}`);
	await expect(node(page, /^Staffed service, Tellers/)).toBeVisible({ timeout: 30_000 });
}

test('add a node from the palette, connect it, and delete it', async ({ page }) => {
	await open(page);
	await page.getByRole('button', { name: 'Add Staffed service' }).click();
	const added = node(page, /^Staffed service, Staffed service, 2 servers/);
	await expect(added).toBeVisible();
	await expect(inspector(page).getByLabel('Name', { exact: true })).toHaveValue('Staffed service');

	// connect: drag from the new node's outgoing dot onto "Leave"
	const from = added.locator('.svelte-flow__handle.source');
	const to = node(page, /^Exit, Leave/).locator('.svelte-flow__handle.target');
	const a = (await from.boundingBox())!;
	const b = (await to.boundingBox())!;
	await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
	await page.mouse.down();
	await page.mouse.move(a.x + 60, a.y + 20, { steps: 5 });
	await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 10 });
	await page.mouse.up();
	await expect(link(page, /^Link from Staffed service to Leave: done$/)).toHaveCount(1);
	await expect(inspector(page).getByRole('heading', { name: 'Link' })).toBeVisible();
	await page.screenshot({ path: `${shots}/added-and-connected.png` });

	// delete the node with the keyboard: its links go with it
	await added.click();
	await page.keyboard.press('Delete');
	await expect(added).toHaveCount(0);
	await expect(link(page, /^Link from Staffed service to Leave/)).toHaveCount(0);

	// undo brings it back
	await page.keyboard.press(`${mod}+z`);
	await expect(added).toBeVisible();
	await expect(link(page, /^Link from Staffed service to Leave/)).toHaveCount(1);
});

test('change servers in the inspector: a problem appears and disappears; undo and redo by keyboard', async ({ page }) => {
	await open(page);
	await node(page, /^Staffed service, Tellers/).click();
	const servers = inspector(page).getByLabel('Servers', { exact: true });
	await expect(servers).toHaveValue('5');
	const problems = page.getByRole('region', { name: 'Problems' }).first();

	await servers.fill('0');
	await expect(servers).toHaveAttribute('aria-invalid', 'true');
	await expect(inspector(page).getByRole('alert').first()).toBeVisible();
	await expect(problems.getByRole('button', { name: /Tellers: servers is 0 in every period/ }).first()).toBeVisible();
	await expect(node(page, /^Staffed service, Tellers, 0 servers · 6 min, 1 problem$/)).toBeVisible();
	await page.screenshot({ path: `${shots}/problem.png` });

	await page.waitForTimeout(1100);
	await servers.fill('7');
	await expect(servers).toHaveAttribute('aria-invalid', 'false');
	await expect(page.getByText('No problems: the scenario is ready to run.')).toBeVisible();
	await expect(node(page, /^Staffed service, Tellers, 7 servers · 6 min$/)).toBeVisible();

	// keystrokes within a second are one undo step
	await page.waitForTimeout(1100);
	await servers.selectText();
	await page.keyboard.type('12');
	await expect(node(page, /^Staffed service, Tellers, 12 servers/)).toBeVisible();

	// Ctrl+Z with the focus on the canvas: 12 → 7 → 0 (the problem is back); Ctrl+Shift+Z and Ctrl+Y redo
	await node(page, /^Staffed service, Tellers/).focus();
	await page.keyboard.press(`${mod}+z`);
	await expect(node(page, /^Staffed service, Tellers, 7 servers/)).toBeVisible();
	await expect(servers).toHaveValue('7');
	await page.keyboard.press(`${mod}+z`);
	await expect(node(page, /^Staffed service, Tellers, 0 servers · 6 min, 1 problem$/)).toBeVisible();
	await page.keyboard.press(`${mod}+Shift+z`);
	await expect(node(page, /^Staffed service, Tellers, 7 servers/)).toBeVisible();
	await page.keyboard.press('Control+y');
	await expect(node(page, /^Staffed service, Tellers, 12 servers/)).toBeVisible();
	await expect(page.getByRole('button', { name: 'Undo' })).toHaveAttribute('title', 'Undo: Change Servers');
});

test('a click on a problem selects the node and focuses the field', async ({ page }) => {
	await open(page);
	await node(page, /^Staffed service, Back office/).click();
	await inspector(page).getByLabel('Mean (min)', { exact: true }).fill('-3');
	await page.getByRole('application', { name: /^Flow canvas/ }).click({ position: { x: 30, y: 30 } });
	await expect(inspector(page).getByRole('tab', { name: 'Segments' })).toBeVisible();
	await page
		.getByRole('region', { name: 'Problems' })
		.first()
		.getByRole('button', { name: /Back office: service time › mean must be more than 0 \(now -3\)/ })
		.click();
	await expect(inspector(page).getByLabel('Mean (min)', { exact: true })).toBeFocused();
	await expect(inspector(page).getByLabel('Name', { exact: true })).toHaveValue('Back office');
});

test('copy and paste a node: new id, shifted, same settings', async ({ page }) => {
	await open(page);
	await node(page, /^Staffed service, Back office/).click();
	await page.keyboard.press(`${mod}+c`);
	await page.keyboard.press(`${mod}+v`);
	const copies = node(page, /^Staffed service, Back office, 1 server · 10 min/);
	await expect(copies).toHaveCount(2);
	await expect(inspector(page).getByText('back-2')).toBeVisible();
	const [first, second] = [await copies.nth(0).boundingBox(), await copies.nth(1).boundingBox()];
	expect(second!.x).toBeGreaterThan(first!.x);
	// the toolbar does the same
	await page.getByRole('button', { name: 'Paste' }).click();
	await expect(copies).toHaveCount(3);
});

test('keyboard: Tab to a node, Enter opens its inspector, arrow keys move it as one undo step', async ({ page }) => {
	await open(page);
	const tellers = node(page, /^Staffed service, Tellers/);
	await tellers.focus();
	await page.keyboard.press('Enter');
	await expect(inspector(page).getByLabel('Name', { exact: true })).toBeFocused();
	await expect(inspector(page).getByLabel('Name', { exact: true })).toHaveValue('Tellers');
	const before = (await tellers.boundingBox())!;
	await tellers.focus();
	for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowDown');
	await expect.poll(async () => (await tellers.boundingBox())!.y).toBeGreaterThan(before.y + 10);
	await expect(page.getByRole('button', { name: 'Undo' })).toHaveAttribute('title', 'Undo: Move');
	await page.keyboard.press(`${mod}+z`);
	await expect.poll(async () => Math.round((await tellers.boundingBox())!.y)).toBe(Math.round(before.y));
});

test('scenario panels: demand as bars and table, staffing, targets, run settings', async ({ page }) => {
	await open(page);
	await page.getByRole('tab', { name: 'Daily demand' }).click();
	const bar = page.getByRole('slider', { name: 'Arrival rate (/h), 12:00–13:00' });
	await expect(bar).toHaveAttribute('aria-valuenow', '60');
	await bar.focus();
	await page.keyboard.press('ArrowUp');
	await expect(bar).toHaveAttribute('aria-valuenow', '61');
	await expect(page.getByRole('spinbutton', { name: 'Arrival rate (/h), 12:00–13:00' })).toHaveValue('61');
	await expect(node(page, /^Arrivals, Customers arrive, 30–61 \/h/)).toBeVisible();
	await page.screenshot({ path: `${shots}/demand.png` });

	await page.getByRole('tab', { name: 'Staffing' }).click();
	await page.getByRole('region', { name: 'Tellers' }).getByLabel('Varies over the day').check();
	await expect(page.getByRole('region', { name: 'Tellers' }).getByRole('slider')).toHaveCount(8);
	await page.screenshot({ path: `${shots}/staffing.png` });

	await page.getByRole('tab', { name: 'Targets' }).click();
	await page.getByLabel('Wait target (min)').fill('5');
	await page.getByRole('tab', { name: 'Run settings' }).click();
	await page.getByLabel('Replications (simulated days)').fill('0');
	await expect(page.getByLabel('Replications (simulated days)')).toHaveAttribute('aria-invalid', 'true');
	const doc = await page.evaluate(
		() => (window as unknown as { __doc: { scenario: { targets: { waitMinutes: number } } } }).__doc.scenario.targets.waitMinutes
	);
	expect(doc).toBe(5);
});

test('drag from the palette onto the canvas; dragging a node is one undo step', async ({ page }) => {
	await open(page);
	const canvas = page.getByRole('application', { name: /^Flow canvas/ });
	await page.getByRole('button', { name: 'Add Delay' }).dragTo(canvas, { targetPosition: { x: 300, y: 520 } });
	const delay = node(page, /^Delay, Delay/);
	await expect(delay).toBeVisible();
	await expect(inspector(page).getByRole('group', { name: 'Duration (min)' })).toBeVisible();

	const box = (await delay.boundingBox())!;
	await page.mouse.move(box.x + 30, box.y + 20);
	await page.mouse.down();
	await page.mouse.move(box.x + 130, box.y - 60, { steps: 8 });
	await page.mouse.up();
	await expect.poll(async () => Math.round((await delay.boundingBox())!.x)).toBeGreaterThan(Math.round(box.x) + 50);
	await expect(page.getByRole('button', { name: 'Undo' })).toHaveAttribute('title', 'Undo: Move');
	await page.getByRole('button', { name: 'Undo' }).click();
	await expect.poll(async () => Math.round((await delay.boundingBox())!.x)).toBe(Math.round(box.x));
	await page.getByRole('button', { name: 'Undo' }).click();
	await expect(delay).toHaveCount(0);
});
