import { expect, test, type Page } from '@playwright/test';

// Issue 11, item 7: a readable canvas. The airport template at 1440 px: the automatic layout
// (dagre) leaves no two steps overlapping, fitting the view never zooms out below a readable
// scale (names at least 9 px on screen), new steps land where nothing is, and "Tidy up" lays
// the flow out again as one undo step.

test.use({ viewport: { width: 1440, height: 900 } });
test.setTimeout(120_000);

const cards = (page: Page) => page.locator('.svelte-flow__node');

async function boxes(page: Page) {
	return cards(page).evaluateAll((els) =>
		els.map((e) => {
			const r = e.getBoundingClientRect();
			return { x: r.x, y: r.y, w: r.width, h: r.height, name: e.getAttribute('aria-label') ?? '' };
		})
	);
}
function overlaps(list: { x: number; y: number; w: number; h: number; name: string }[]): string[] {
	const out: string[] = [];
	for (let i = 0; i < list.length; i++)
		for (let j = i + 1; j < list.length; j++) {
			const a = list[i],
				b = list[j];
			if (a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h) out.push(`${a.name} ∩ ${b.name}`);
		}
	return out;
}

test('the airport template is readable at 1440 px: no overlaps, names at a readable size', async ({ page }) => {
	await page.goto('/template/airport-redesign');
	await expect(cards(page).first()).toBeVisible({ timeout: 45_000 });
	await page.waitForTimeout(500);
	expect(overlaps(await boxes(page))).toEqual([]);
	const nameSize = await page
		.locator('.svelte-flow__node .name')
		.first()
		.evaluate((el) => {
			const zoom = new DOMMatrix(getComputedStyle(document.querySelector('.svelte-flow__viewport')!).transform).a;
			return parseFloat(getComputedStyle(el).fontSize) * zoom;
		});
	expect(nameSize).toBeGreaterThanOrEqual(9);
	await page.screenshot({ path: 'test-results/ux-airport-1440.png' });

	// new steps never land on top of others
	for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Add Staffed service', exact: true }).click();
	await expect(cards(page)).toHaveCount((await boxes(page)).length);
	const layout = async () => {
		const all = await cards(page).evaluateAll((els) =>
			els.map((e) => {
				const t = (e as HTMLElement).style.transform || getComputedStyle(e).transform;
				const m = new DOMMatrix(t);
				return {
					x: m.e,
					y: m.f,
					w: (e as HTMLElement).offsetWidth,
					h: (e as HTMLElement).offsetHeight,
					name: e.getAttribute('aria-label') ?? ''
				};
			})
		);
		return overlaps(all);
	};
	expect(await layout()).toEqual([]);

	// Tidy up: one undo step, still no overlaps
	await page.getByRole('button', { name: 'Tidy up' }).click();
	await expect(
		page.getByRole('toolbar', { name: 'Scenario actions' }).getByRole('button', { name: 'Undo: Tidy up the layout' })
	).toBeEnabled();
	expect(await layout()).toEqual([]);
});
