// Files in other encodings opened with "Open file…": GB18030 opens with its Chinese names
// intact; an encoding Flowbench does not read is refused, naming it; a JSON syntax error names
// its line and column; a bad file never changes saved work.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { encodeLegacy } from './harden-helpers';

test.use({ viewport: { width: 1280, height: 800 } });

const scenario = JSON.parse(readFileSync('static/examples/bank-branch-baseline.json', 'utf8'));
scenario.name = '银行网点（基线）';
scenario.nodes[0].name = '客户到达';
scenario.nodes[1].name = '柜台服务';
const text = JSON.stringify(scenario, null, 2);

test('a GB18030 file opens with its Chinese names; other encodings and syntax errors are refused with a located message', async ({
	page
}) => {
	test.setTimeout(180_000);
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	await page.goto('/');
	const input = page.getByLabel('Scenario file to open');
	await expect(page.getByText('Nothing saved yet.')).toBeVisible({ timeout: 60_000 });

	// Shift_JIS (bytes of "窓口" written in it): refused, naming what it looks like; nothing saved
	const sjis = Buffer.concat([
		Buffer.from('{"name": "'),
		Buffer.from([0x91, 0x8b, 0x8c, 0xfb, 0x82, 0xcc, 0x8e, 0xf3, 0x95, 0x74]),
		Buffer.from('"}')
	]);
	await input.setInputFiles({ name: 'shift-jis.json', mimeType: 'application/json', buffer: sjis });
	const problems = page.getByRole('list', { name: 'Problems found' });
	await expect(problems).toContainText(
		/the file is not UTF-8 \(it looks like [\w-]+\); Flowbench reads UTF-8, UTF-16, GB18030 and Big5: save it as UTF-8/
	);
	await expect(page.getByText('Nothing saved yet.')).toBeVisible();

	// a syntax error on line 3: line and column given
	await input.setInputFiles({
		name: 'broken.json',
		mimeType: 'application/json',
		buffer: Buffer.from('{\n  "format": "flowbench-scenario",\n  "name": "x",,\n}')
	});
	await expect(problems).toContainText('is not a JSON file: line 3, column 15: unexpected “,”');
	await expect(page.getByText('Nothing saved yet.')).toBeVisible();

	// GB18030: opens, names intact in the title and on the canvas
	await input.setInputFiles({
		name: 'bank-gb18030.json',
		mimeType: 'application/json',
		buffer: Buffer.from(encodeLegacy(text, 'gb18030'))
	});
	await expect(page).toHaveURL(/\/scenario\//, { timeout: 60_000 });
	await expect(page.getByRole('textbox', { name: 'Scenario name' })).toHaveValue('银行网点（基线）', { timeout: 60_000 });
	await expect(page.getByText('柜台服务').first()).toBeVisible();
	await expect(page.getByText('客户到达').first()).toBeVisible();
	await page.screenshot({ path: 'test-results/harden-gb18030.png' });
	expect(errors).toEqual([]);
});
