// The built site runs under its Content-Security-Policy, and names that look like HTML are
// shown as text everywhere. Needs the production build (the policy is a <meta> tag written by
// the build): `npm run build && npx vite preview --port 5203`, then E2E_PORT=5203 without E2E_DEV.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';

test.use({ viewport: { width: 1280, height: 800 } });

const PAYLOAD = '<img src=x onerror=alert(1)>';
const ESCAPED = '&lt;img src=x onerror=alert(1)&gt;';

function hostileScenario(): string {
	const s = JSON.parse(readFileSync('static/examples/bank-branch-baseline.json', 'utf8'));
	s.name = `${PAYLOAD} bank`;
	s.run.replications = 6;
	s.segments[0].name = `${PAYLOAD} seg`;
	s.nodes[1].name = `${PAYLOAD} teller`;
	return JSON.stringify(s, null, 2);
}

/** Records CSP violations and any alert() or injected element, on every page of the context. */
async function watch(page: Page) {
	await page.addInitScript(() => {
		const w = window as unknown as { __csp: string[]; __xss: string[] };
		w.__csp = [];
		w.__xss = [];
		document.addEventListener('securitypolicyviolation', (e) =>
			w.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`)
		);
		window.alert = (m?: unknown) => void w.__xss.push(String(m));
	});
	page.on('dialog', (d) => {
		throw new Error(`a dialog opened: ${d.message()}`);
	});
}

async function expectClean(page: Page, where: string) {
	const { csp, xss, injected } = await page.evaluate(() => {
		const w = window as unknown as { __csp: string[]; __xss: string[] };
		return { csp: w.__csp, xss: w.__xss, injected: document.querySelectorAll('img[src="x"]').length };
	});
	expect(csp, `${where}: no CSP violations`).toEqual([]);
	expect(xss, `${where}: nothing ran`).toEqual([]);
	expect(injected, `${where}: no element made from a name`).toBe(0);
}

test('the built page carries the policy: own scripts by hash, no eval, no foreign origins', async ({ page }) => {
	// static hosting reads the <meta> tag of the built files; vite preview sends the same policy as a header
	const built = readFileSync('build/index.html', 'utf8');
	const meta = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(built)?.[1] ?? '';
	expect(meta).toMatch(/script-src 'self' 'sha256-[\w+/=]+'/);
	const response = await page.goto('/');
	const header = response?.headers()['content-security-policy'] ?? '';
	for (const policy of [meta, header]) {
		expect(policy).toContain("default-src 'self'");
		expect(policy).toContain("object-src 'none'");
		expect(policy).toContain("worker-src 'self'");
		expect(policy).not.toContain('unsafe-eval');
		expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
		expect(policy).not.toMatch(/https?:|\*/);
	}
	// the policy is in force: an injected inline script is blocked and reported
	await watch(page);
	await page.reload();
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	const outcome = await page.evaluate(async () => {
		const w = window as unknown as { __csp: string[]; __inline?: number };
		const s = document.createElement('script');
		s.textContent = 'window.__inline = 1';
		document.head.append(s);
		await new Promise((r) => setTimeout(r, 200));
		return { ran: w.__inline === 1, violations: w.__csp.length };
	});
	expect(outcome).toEqual({ ran: false, violations: 1 });
});

test('the built site runs under its CSP and shows HTML-like names as text everywhere', async ({ page }) => {
	test.setTimeout(240_000);
	await watch(page);
	await page.goto('/');
	await page
		.getByLabel('Scenario file to open')
		.setInputFiles({ name: 'hostile.json', mimeType: 'application/json', buffer: Buffer.from(hostileScenario()) });
	await expect(page).toHaveURL(/\/scenario\//);
	// editor: title, canvas node, segment panel
	await expect(page.getByRole('textbox', { name: 'Scenario name' })).toHaveValue(`${PAYLOAD} bank`, { timeout: 30_000 });
	await expect(page.getByText(`${PAYLOAD} teller`).first()).toBeVisible();
	await expectClean(page, 'editor');

	// dashboard after a run
	const panel = page.getByRole('region', { name: 'Run' });
	await panel.getByRole('button', { name: 'Run simulation' }).click();
	await expect(panel.getByRole('status')).toHaveText(/Done: 6 replications\./, { timeout: 90_000 });
	const results = page.getByRole('region', { name: 'Results' }).first();
	await expect(results.getByText(`${PAYLOAD} seg`).first()).toBeAttached();
	await expect(results.getByText(`${PAYLOAD} teller`).first()).toBeAttached();
	await expectClean(page, 'dashboard');

	// every chart's SVG download carries the names escaped
	const svgButtons = results.getByRole('button', { name: /as SVG$/ });
	const count = await svgButtons.count();
	expect(count).toBeGreaterThan(0);
	let withName = 0;
	for (let i = 0; i < count; i++) {
		const [download] = await Promise.all([page.waitForEvent('download'), svgButtons.nth(i).click()]);
		const svg = readFileSync((await download.path())!, 'utf8');
		expect(svg).not.toContain('<img');
		if (svg.includes(ESCAPED)) withName++;
	}
	expect(withName, 'some chart names a segment or a station').toBeGreaterThan(0);
	// the PNG export draws the SVG through a blob: image, allowed by img-src
	const png = results.getByRole('button', { name: /as PNG$/ }).first();
	const [pngDownload] = await Promise.all([page.waitForEvent('download'), png.click()]);
	expect(
		readFileSync((await pngDownload.path())!)
			.subarray(1, 4)
			.toString()
	).toBe('PNG');
	await expectClean(page, 'chart downloads');

	// comparison with a redesign of it, then the report
	await page.getByRole('button', { name: 'Duplicate as redesign' }).click();
	await expect(page.getByRole('textbox', { name: 'Scenario name' })).toHaveValue(`${PAYLOAD} bank — redesign`);
	await page.getByRole('link', { name: 'Compare with baseline' }).click();
	await expect(page.getByRole('heading', { name: 'Verdict' })).toBeVisible({ timeout: 120_000 });
	await expect(page.getByText(`${PAYLOAD} teller`).first()).toBeAttached();
	await expectClean(page, 'comparison');
	await page.getByRole('link', { name: 'Open printable report' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toContainText(`${PAYLOAD} bank`);
	await expect(page.getByText(`${PAYLOAD} seg`).first()).toBeAttached();
	await expectClean(page, 'report');
});
