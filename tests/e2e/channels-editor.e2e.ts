import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

// Issue 13, the editor side: a channel-choice node and an appointments source added from the
// palette (keyboard and mouse), their fields edited, linked, and undone; a station's callback
// section; the satisfaction panel's "away" multiplier and complaint probability; screenshots of
// the panels at 1280 and 390 px in English and 简体中文 (test-results/channels-editor/).
// Run beside others with: E2E_DEV=1 E2E_PORT=5303 npx playwright test tests/e2e/channels-editor.e2e.ts
//
// PENDING-VALIDATOR: the validator on this branch rejects the kinds "choice" and "appointments"
// (until the engine helpers' work on issue 13 merges), so the scenario shows an "unknown kind"
// problem while such a node exists. The assertions that need the validator to accept the kinds
// are guarded by VALIDATOR_ACCEPTS_CHANNEL_KINDS: at merge, set it to true (and check they pass).
const VALIDATOR_ACCEPTS_CHANNEL_KINDS = true;

test.use({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });
test.setTimeout(120_000);

const shots = process.env.EDITOR_SCREENSHOTS ?? 'test-results/channels-editor';
const node = (page: Page, name: RegExp) => page.getByRole('group', { name }).and(page.locator('[aria-roledescription="node"]'));
const link = (page: Page, name: RegExp) => page.getByRole('group', { name }).and(page.locator('[aria-roledescription="edge"]'));
const inspector = (page: Page) => page.getByRole('complementary', { name: 'Inspector' });
const mod = 'ControlOrMeta';
const NO_PROBLEMS = 'No problems: the scenario is ready to run.';

type Doc = { scenario: { nodes: Record<string, unknown>[]; links: Record<string, unknown>[]; satisfaction?: unknown } };
/** A node of the editor's document, as saved (window.__doc is the harness's ScenarioDoc). */
const docNode = (page: Page, kind: string) =>
	page.evaluate((k) => {
		const d = (window as unknown as { __doc: Doc }).__doc;
		return JSON.parse(JSON.stringify(d.scenario.nodes.find((n) => n.kind === k) ?? null));
	}, kind);
const docPart = (page: Page, key: 'links' | 'satisfaction') =>
	page.evaluate((k) => JSON.parse(JSON.stringify((window as unknown as { __doc: Doc }).__doc.scenario[k] ?? null)), key);

async function open(page: Page, lang = '') {
	await page.goto(`/dev/editor?example=bank-branch-baseline${lang ? `&lang=${lang}` : ''}`);
	await expect(page.locator('[aria-roledescription="node"]').first()).toBeVisible({ timeout: 45_000 });
}

/** Drags from one node's outgoing dot onto another node's incoming dot. */
async function drawLink(page: Page, from: RegExp, to: RegExp) {
	const a = (await node(page, from).locator('.svelte-flow__handle.source').boundingBox())!;
	const b = (await node(page, to).locator('.svelte-flow__handle.target').boundingBox())!;
	await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
	await page.mouse.down();
	await page.mouse.move(a.x + 60, a.y + 20, { steps: 5 });
	await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 10 });
	await page.mouse.up();
}

test('a channel choice from the keyboard: its links become channels, edits show in the preview, undo takes them back', async ({ page }) => {
	await open(page);
	await page.getByRole('button', { name: 'Add Channel choice' }).focus();
	await page.keyboard.press('Enter');
	await expect(node(page, /^Channel choice, Channel choice, 0 channels · seen waits/)).toBeVisible();
	const choice = node(page, /^Channel choice, Channel choice/);
	const ins = inspector(page);
	await expect(ins.getByRole('heading', { name: 'Channel choice' })).toBeVisible();
	await expect(ins.getByText(/No channel yet/)).toBeVisible();

	// the logit in plain words, one click away
	await ins.getByText('How customers choose').click();
	await expect(ins.getByText(/chosen about 2\.7 times as often/)).toBeVisible();

	// two links out, from the inspector with the keyboard: each becomes a channel
	for (const target of ['Tellers', 'Back office']) {
		await ins.getByRole('combobox', { name: 'Add a link to' }).selectOption({ label: target });
		await ins.getByRole('button', { name: 'Add link' }).press('Enter');
		await expect(link(page, new RegExp(`^Link from Channel choice to ${target}`))).toHaveCount(1);
	}
	await expect(node(page, /^Channel choice, Channel choice, 2 channels · seen waits/)).toBeVisible();
	await expect(ins.getByRole('group', { name: 'Channel 1: Tellers' })).toBeVisible();
	const second = ins.getByRole('group', { name: /^Channel 2: / });
	await expect(second).toBeVisible();
	expect((await docNode(page, 'choice')).alternatives).toEqual([{ to: 'teller' }, { to: 'back' }]);

	// no wait, no preference: an even split
	const preview = ins.getByRole('table', { name: 'Shares when nobody is waiting' });
	await expect(preview.getByRole('row')).toHaveText([/^Tellers\s*50 %$/, /^Back office\s*50 %$/]);

	// label, preference and effort of channel 2: score 1 − 0.2 × 2 = 0.6 → 1 / (1 + e^−0.6) = 65 %
	await second.getByLabel('Label in the results').fill('App');
	await expect(ins.getByRole('group', { name: 'Channel 2: App' })).toBeVisible();
	await page.waitForTimeout(1100);
	await second.getByLabel('Preference (score points)').fill('1');
	await page.waitForTimeout(1100);
	await second.getByLabel('Effort (minutes)').fill('2');
	await expect(preview.getByRole('row')).toHaveText([/^Tellers\s*35 %$/, /^App\s*65 %$/]);
	expect((await docNode(page, 'choice')).alternatives).toEqual([
		{ to: 'teller' },
		{ to: 'back', label: 'App', preference: 1, effortMinutes: 2 }
	]);

	// per segment: one field per segment, the preview gets a column per segment
	await page.waitForTimeout(1100);
	await second.getByLabel('Preference differs by segment').check();
	await second.getByLabel('Preference, Priority client').fill('-1');
	await expect(preview.getByRole('columnheader')).toHaveText(['Channel', 'Regular', 'Priority client']);
	await expect(preview.getByRole('row').nth(2)).toHaveText(/^App\s*65 %\s*20 %$/);
	expect((await docNode(page, 'choice')).alternatives[1].preference).toEqual({ regular: 1, vip: -1 });

	// announced waits: an assumed wait per channel; the card says so
	await page.waitForTimeout(1100);
	await ins.getByLabel('What customers know of the waits').selectOption('announced');
	await expect(second.getByLabel('Assumed wait (min)')).toBeVisible();
	await expect(node(page, /^Channel choice, Channel choice, 2 channels · announced waits/)).toBeVisible();
	await ins.getByLabel('Wait sensitivity (per minute)').fill('0.1');
	expect(await docNode(page, 'choice')).toMatchObject({ waitInfo: 'announced', waitSensitivity: 0.1 });

	// a link out of a choice has no share of its own
	await link(page, /^Link from Channel choice to Tellers/).focus();
	await page.keyboard.press('Enter');
	await expect(ins.getByText(/has no share of its own/)).toBeVisible();
	await expect(ins.getByLabel('Share taking this link (0–1)')).toHaveCount(0);

	await page.screenshot({ path: `${shots}/choice-1280-en.png` });
	if (VALIDATOR_ACCEPTS_CHANNEL_KINDS) {
		// the choice leads nowhere yet from arrivals, so only the reachability warning may remain
		await expect(node(page, /^Channel choice, Channel choice, 2 channels · announced waits$/)).toBeVisible();
	}

	// removing a link removes its channel; undo brings both back with their settings
	await choice.focus();
	await page.keyboard.press('Enter');
	await ins.getByRole('button', { name: 'Remove link 2' }).press('Enter');
	await expect(node(page, /^Channel choice, Channel choice, 1 channel · announced waits/)).toBeVisible();
	expect((await docNode(page, 'choice')).alternatives).toEqual([{ to: 'teller' }]);
	await choice.focus();
	await page.keyboard.press(`${mod}+z`);
	await expect(node(page, /^Channel choice, Channel choice, 2 channels · announced waits/)).toBeVisible();
	expect((await docNode(page, 'choice')).alternatives[1]).toEqual({
		to: 'back',
		label: 'App',
		preference: { regular: 1, vip: -1 },
		effortMinutes: 2
	});

	// undo all the way: the node goes, and the scenario is as it was
	for (let i = 0; i < 12 && (await docNode(page, 'choice')); i++) await page.keyboard.press(`${mod}+z`);
	expect(await docNode(page, 'choice')).toBeNull();
	await expect(choice).toHaveCount(0);
	await expect(page.getByText(NO_PROBLEMS)).toBeVisible();
});

test('appointments by mouse: dropped on the canvas, linked by a drag, slots, punctuality and late policy edited, undone', async ({
	page
}) => {
	await open(page);
	// drag from the palette onto an empty part of the canvas
	const canvas = page.getByRole('application', { name: /^Flow canvas/ });
	const box = (await canvas.boundingBox())!;
	await page.getByRole('button', { name: 'Add Appointments' }).dragTo(canvas, { targetPosition: { x: 120, y: box.height - 120 } });
	await expect(node(page, /^Appointments, Appointments, 1 per 15-min slot/)).toBeVisible();
	const appt = node(page, /^Appointments, Appointments/);
	const ins = inspector(page);
	await expect(ins.getByRole('heading', { name: 'Appointments' })).toBeVisible();
	// a source: nothing links into it
	await expect(appt.locator('.svelte-flow__handle.target')).toHaveCount(0);

	await drawLink(page, /^Appointments, Appointments/, /^Staffed service, Tellers/);
	await expect(link(page, /^Link from Appointments to Tellers: done$/)).toHaveCount(1);

	await appt.click();
	await ins.getByLabel('Slot length (min)').fill('20');
	await page.waitForTimeout(1100);
	await ins.getByLabel('Customers per slot', { exact: true }).fill('2');
	await ins.getByLabel('No-show rate').fill('0.1');
	await expect(node(page, /^Appointments, Appointments, 2 per 20-min slot · 10% no-show/)).toBeVisible();

	// punctuality: on time by default; uniform keeps the mean (0) with early arrivals below it
	const punct = ins.getByRole('group', { name: 'Arrival against slot time (min)' });
	await expect(punct.getByText(/Everyone on time/)).toBeVisible();
	await punct.getByLabel('Distribution').selectOption('uniform');
	await expect(punct.getByLabel('Earliest (min)')).toHaveValue('-5');
	await punct.getByLabel('Earliest (min)').fill('-10');
	await punct.getByLabel('Latest (min)').fill('15');

	// late policy: walk-in asks for the walk-in segment
	await expect(ins.getByLabel('Walk-in segment')).toHaveCount(0);
	await ins.getByLabel('Later than that').selectOption('walk-in');
	await ins.getByLabel('Walk-in segment').selectOption({ label: 'Regular' });
	await ins.getByLabel('Segment of booked customers').selectOption({ label: 'Priority client' });
	await ins.getByLabel('Grace (min late still on time)').fill('5');

	expect(await docNode(page, 'appointments')).toMatchObject({
		kind: 'appointments',
		slotMinutes: 20,
		perSlot: 2,
		noShowRate: 0.1,
		punctuality: { dist: 'uniform', min: -10, max: 15 },
		latePolicy: 'walk-in',
		walkInSegment: 'regular',
		segment: 'vip',
		lateGraceMinutes: 5
	});
	await page.screenshot({ path: `${shots}/appointments-1280-en.png` });
	if (VALIDATOR_ACCEPTS_CHANNEL_KINDS) await expect(page.getByText(NO_PROBLEMS)).toBeVisible();

	// per period, with the series editor the stations use
	await ins.getByLabel('Varies over the day').check();
	expect(typeof (await docNode(page, 'appointments')).perSlot).toBe('object');

	// undo through the edits: back to a constant count, then the segment is cleared
	await appt.focus();
	await page.keyboard.press(`${mod}+z`);
	expect((await docNode(page, 'appointments')).perSlot).toBe(2);
	await page.keyboard.press(`${mod}+z`);
	expect(await docNode(page, 'appointments')).not.toHaveProperty('lateGraceMinutes');
	// … and on to before the node was added
	for (let i = 0; i < 20 && (await docNode(page, 'appointments')); i++) await page.keyboard.press(`${mod}+z`);
	expect(await docNode(page, 'appointments')).toBeNull();
	expect((await docPart(page, 'links')).some((l: { from: string }) => l.from === 'appointments')).toBe(false);
	await expect(page.getByText(NO_PROBLEMS)).toBeVisible();
});

test('a station’s virtual queue and the satisfaction panel’s away multiplier and complaint probability', async ({ page }) => {
	await open(page);
	await node(page, /^Staffed service, Tellers/).click();
	const ins = inspector(page);
	const cb = ins.getByRole('group', { name: 'Callback / virtual queue' });
	await expect(cb.getByLabel('How they are served')).toHaveCount(0);
	await cb.getByLabel('Offer to keep their place away from the line').check();
	await expect(cb.getByLabel('Share who accept')).toHaveValue('0.5');
	await expect(cb.getByLabel('Called with this many ahead')).toHaveCount(0);
	await cb.getByLabel('How they are served').selectOption('return');
	await expect(cb.getByLabel('Called with this many ahead')).toBeVisible();
	await cb.getByLabel('Called with this many ahead').fill('3');
	await cb.getByLabel('Offer above a wait of (min)').fill('10');
	await page.waitForTimeout(1100);
	await cb.getByLabel('Share who accept').fill('0.6');
	expect((await docNode(page, 'station')).callback).toEqual({ mode: 'return', acceptRate: 0.6, callAhead: 3, offerAboveMinutes: 10 });
	await expect(page.getByText(NO_PROBLEMS)).toBeVisible();
	await page.screenshot({ path: `${shots}/callback-1280-en.png` });

	// undo (accept rate, offer above, call-ahead, mode): the offer as it was switched on, then off
	await node(page, /^Staffed service, Tellers/).focus();
	for (let i = 0; i < 4; i++) await page.keyboard.press(`${mod}+z`);
	expect((await docNode(page, 'station')).callback).toEqual({ mode: 'callback', acceptRate: 0.5 });
	await page.keyboard.press(`${mod}+z`);
	expect(await docNode(page, 'station')).not.toHaveProperty('callback');
	await page.keyboard.press(`${mod}+Shift+z`);

	// the note leads to the satisfaction panel
	await node(page, /^Staffed service, Tellers/).click();
	await ins.getByRole('button', { name: 'the Satisfaction panel' }).click();
	const away = ins.getByLabel('Waiting away from the line (×)');
	await expect(away).toBeVisible();
	await expect(away).toHaveAttribute('placeholder', '0.5');
	await away.fill('0.4');
	const complaints = ins.getByRole('region', { name: 'Complaints' });
	const prob = complaints.getByLabel('Complaint probability when very dissatisfied');
	await expect(prob).toHaveAttribute('placeholder', '0.1');
	await prob.fill('1.5');
	await expect(prob).toHaveAttribute('max', '1');
	await prob.fill('0.2');
	expect(await docPart(page, 'satisfaction')).toEqual({ waitExperience: { away: 0.4 }, complaints: { veryDissatisfied: 0.2 } });
	await expect(ins.getByRole('table', { name: /What each part of the satisfaction model rests on/ })).toContainText(
		'Complaint probability when very dissatisfied'
	);
	await expect(page.getByText(NO_PROBLEMS)).toBeVisible();
	await ins.getByRole('button', { name: 'Reset to defaults' }).click();
	expect(await docPart(page, 'satisfaction')).toBeNull();
});

// The panels at a desktop and a phone width, in English and Simplified Chinese: nothing sticks out
// sideways, and the screenshots are kept for a look.
for (const width of [1280, 390])
	for (const lang of ['en', 'zh-Hans'])
		test(`panels at ${width} px in ${lang}: screenshots, nothing wider than the inspector`, async ({ page }) => {
			await page.setViewportSize({ width, height: width > 500 ? 900 : 844 });
			await open(page, lang);
			const indexOf = (kind: string) =>
				page.evaluate((k) => (window as unknown as { __doc: Doc }).__doc.scenario.nodes.findIndex((n) => n.kind === k), kind);
			// build both nodes through the palette (its labels are translated; the buttons are in order)
			const palette = page.getByRole('navigation').locator('button');
			const kinds = ['source', 'appointments', 'station', 'self-service', 'choice', 'router', 'delay', 'exit'];
			await palette.nth(kinds.indexOf('choice')).click();
			expect(await indexOf('choice')).toBeGreaterThan(0);
			const ins = page.locator('aside.inspector');
			for (const target of ['teller', 'back']) {
				await ins.locator('.add select').selectOption(target);
				await ins.locator('.add button').click();
			}
			await expect(ins.locator('fieldset.alt')).toHaveCount(2);
			await ins.locator('fieldset.alt').nth(1).locator('input[type="checkbox"]').check();
			await ins.locator('details.more summary').click();
			const fits = async (name: string) => {
				await page.screenshot({ path: `${shots}/${name}-${width}-${lang}.png`, fullPage: true });
				const over = await ins.evaluate((el) =>
					[...el.querySelectorAll<HTMLElement>('*')]
						.filter((c) => c.getBoundingClientRect().right > el.getBoundingClientRect().right + 1 && c.getClientRects().length)
						.map((c) => `${c.tagName}.${c.className}`)
				);
				expect(over, name).toEqual([]);
			};
			await fits('choice');
			await ins.evaluate((el) => el.scrollTo(0, el.scrollHeight));
			await fits('choice-end');

			await palette.nth(kinds.indexOf('appointments')).click();
			await ins
				.locator('select')
				.filter({ has: page.locator('option[value="walk-in"]') })
				.selectOption('walk-in');
			await fits('appointments');

			// (on a phone the palette covers the canvas: select by keyboard)
			await node(page, /Tellers/)
				.first()
				.focus();
			await page.keyboard.press('Enter');
			await ins.locator('fieldset.callback input[type="checkbox"]').first().check();
			await ins.locator('fieldset.callback select').first().selectOption('return');
			await ins.evaluate((el) => el.scrollTo(0, el.scrollHeight));
			await fits('callback');
		});

/** Serious or critical axe-core findings in the palette, the canvas cards and the inspector. */
async function axeBad(page: Page) {
	const result = await new AxeBuilder({ page })
		.include('nav.palette')
		.include('aside.inspector')
		.include('.svelte-flow__nodes')
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
		.options({ rules: { 'label-content-name-mismatch': { enabled: true } } })
		.analyze();
	return result.violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical' || v.id === 'label-content-name-mismatch')
		.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
}

test('the new panels and cards have no serious accessibility violations', async ({ page }) => {
	await open(page);
	await page.getByRole('button', { name: 'Add Channel choice' }).click();
	const ins = inspector(page);
	for (const target of ['Tellers', 'Back office']) {
		await ins.getByRole('combobox', { name: 'Add a link to' }).selectOption({ label: target });
		await ins.getByRole('button', { name: 'Add link' }).click();
	}
	await ins.getByLabel('Preference differs by segment').first().check();
	await ins.getByLabel('What customers know of the waits').selectOption('announced');
	await ins.getByText('How customers choose').click();
	expect(await axeBad(page), 'choice').toEqual([]);
	await page.getByRole('button', { name: 'Add Appointments' }).click();
	await ins.getByLabel('Later than that').selectOption('walk-in');
	expect(await axeBad(page), 'appointments').toEqual([]);
	await node(page, /^Staffed service, Tellers/).click();
	await ins.getByLabel('Offer to keep their place away from the line').check();
	await ins.getByLabel('How they are served').selectOption('return');
	expect(await axeBad(page), 'callback').toEqual([]);
});
