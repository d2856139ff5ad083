// Real data in, in Chromium: a GB18030 queue-ticket export with a broken row, the detected
// encoding and its override, the column mapping, the fits with the family choice, a survey
// calibration, the scenario in the library and the validation view beside the log.
import { expect, test } from '@playwright/test';
import iconv from 'iconv-lite';

test.use({ viewport: { width: 1280, height: 900 } });

// A small log made here: 3 days 09:00–12:00, 3 counters, seeded (no engine: a plain queue).
function makeLog(): { csv: string; tickets: { id: string; wait: number }[] } {
	let seed = 12345;
	const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) + 0.5) / 2147483648;
	const two = (n: number) => String(n).padStart(2, '0');
	const at = (day: number, m: number) =>
		`2026/3/${2 + day} ${Math.floor(m / 60)}:${two(Math.floor(m % 60))}:${two(Math.floor((m * 60) % 60))}`;
	const lines = ['票号,到达时间,开始办理时间,结束时间,窗口,业务类型'];
	const tickets: { id: string; wait: number }[] = [];
	for (let day = 0; day < 3; day++) {
		const free = [540, 540, 540];
		let t = 540;
		let n = 0;
		for (;;) {
			t += -1.6 * Math.log(rnd());
			if (t >= 720) break;
			const k = free.indexOf(Math.min(...free));
			const start = Math.max(t, free[k]);
			const service = 3 * Math.exp(0.5 * Math.sqrt(-2 * Math.log(rnd())) * Math.cos(2 * Math.PI * rnd()) - 0.125);
			free[k] = start + service;
			const id = `${day + 1}-${++n}`;
			tickets.push({ id, wait: start - t });
			lines.push([id, at(day, t), at(day, start), at(day, start + service), `${k + 1}号窗口`, rnd() < 0.7 ? '个人' : '对公'].join(','));
		}
	}
	lines.splice(5, 0, '坏行,昨天下午,,,,个人');
	return { csv: lines.join('\r\n') + '\r\n', tickets };
}

test('imports a GB18030 log, maps, fits, calibrates, builds a scenario and validates it', async ({ page }) => {
	test.setTimeout(300_000);
	const { csv, tickets } = makeLog();
	await page.goto('/');
	await page.getByRole('link', { name: 'Import a log…' }).click();
	await expect(page.getByRole('heading', { name: 'Build a model from your own data' })).toBeVisible({ timeout: 60_000 });

	await page
		.getByLabel('Log file (CSV, TSV or Excel .xlsx)')
		.setInputFiles({ name: '叫号记录.csv', mimeType: 'text/csv', buffer: iconv.encode(csv, 'gb18030') });
	// detected encoding, shown and overridable
	const encoding = page.getByLabel('Encoding', { exact: true });
	await expect(encoding).toHaveValue('gb18030');
	await expect(page.getByText('Detected: GB18030 / GBK (简体中文)')).toBeVisible();
	await encoding.selectOption('big5');
	await expect(page.getByText(/characters could not be decoded/)).toBeVisible();
	await encoding.selectOption('gb18030');
	await expect(page.getByRole('table', { name: /First rows of/ })).toContainText('到达时间');

	// mapping guessed from the Chinese names
	await expect(page.getByLabel('Arrival (ticket) time')).toHaveValue('到达时间');
	await expect(page.getByLabel('Service start')).toHaveValue('开始办理时间');
	await expect(page.getByLabel('Service end')).toHaveValue('结束时间');
	await expect(page.getByLabel('Counter, agent or station')).toHaveValue('窗口');
	await expect(page.getByLabel('Segment or service type')).toHaveValue('业务类型');
	await page.getByRole('button', { name: 'Read the log' }).click();
	const rows = tickets.length + 1;
	await expect(page.getByText(`Used ${tickets.length.toLocaleString('en')} of ${rows.toLocaleString('en')} rows; 1 skipped`)).toBeVisible();
	await expect(page.getByRole('list', { name: 'Rows not used' })).toContainText('Row 6: “昨天下午” in “到达时间” is not a date or time');

	// the log's statistics
	await expect(page.getByRole('table', { name: 'Arrivals per hour by period' }).getByRole('row')).toHaveCount(4);
	await expect(page.getByText(/from the counter column: the counters that started services in each period \(3 in the log\)/)).toBeVisible();

	// fits: a ranked table, histogram and Q–Q plot; choose another family
	const fits = page.getByRole('table', { name: /Fitted distributions/ });
	await expect(fits.getByRole('row')).toHaveCount(9); // header + 7 families + empirical
	await expect(page.getByRole('img', { name: 'Histogram of the service times with the fitted densities' })).toBeVisible();
	await expect(page.getByRole('img', { name: /Q–Q plot/ })).toBeVisible();
	await page.getByRole('radio', { name: 'Use Exponential' }).check();
	await expect(page.getByText('Chosen: Exponential')).toBeVisible();
	await expect(page.getByRole('img', { name: 'Q–Q plot: observed times against the quantiles of Exponential' })).toBeVisible();
	await page.getByRole('radio', { name: 'Use Lognormal' }).check();
	await page.getByLabel('Service times of').selectOption('segment:个人');
	await expect(page.getByText(/one queue for all counters and uses the fit of all services/)).toBeVisible();
	await page.getByLabel('Service times of').selectOption('all');

	// survey: CSAT joined by ticket
	const survey = ['ticket,csat', ...tickets.map((x, i) => `${x.id},${x.wait < 1 ? 5 : x.wait < 4 ? (i % 2 ? 4 : 5) : i % 3 ? 3 : 2}`)].join(
		'\n'
	);
	await page
		.getByLabel('Survey file (CSV, TSV or Excel .xlsx)')
		.setInputFiles({ name: 'survey.csv', mimeType: 'text/csv', buffer: Buffer.from(survey) });
	await expect(page.getByLabel('Ticket id (joins the log)')).toHaveValue('ticket');
	await page.getByRole('button', { name: 'Calibrate' }).click();
	await expect(page.getByRole('table', { name: 'Predicted and observed satisfaction by wait band' })).toBeVisible({ timeout: 60_000 });
	await expect(page.getByText(`joined to the log by ticket`)).toBeVisible();

	// scenario: assumptions, then a new library entry
	await expect(page.getByText(/Patience|nobody abandoned|Nobody abandoned/).first()).toBeVisible();
	await expect(page.getByRole('group').or(page.locator('details')).filter({ hasText: 'Service time: lognormal' }).first()).toBeVisible();
	await page.getByLabel('Name').fill('Branch from log');
	await page.getByRole('button', { name: 'Create scenario' }).click();
	await expect(page.getByText('Created “Branch from log” in your scenarios.')).toBeVisible();

	// validation view: simulated beside observed per period
	await page.getByRole('button', { name: /Run the validation/ }).click();
	const table = page.getByRole('table', { name: /Observed in the log and simulated/ });
	await expect(table).toBeVisible({ timeout: 60_000 });
	await expect(table.getByRole('row')).toHaveCount(1 + 3 + 1);
	await expect(page.getByText(/The observed mean wait lies within the model’s range/)).toBeVisible();
	await expect(page.getByRole('img', { name: /Mean wait per period/ })).toBeVisible();
	await page.screenshot({ path: 'test-results/import-page.png', fullPage: true });

	await expect(page.getByRole('link', { name: 'Open in the editor' })).toHaveAttribute('href', /\/scenario\/[\w-]+$/);
});

test('updates an existing scenario undoably, in Chinese', async ({ page }) => {
	test.setTimeout(300_000);
	const { csv } = makeLog();
	// a scenario in the library to update: made by this page
	await page.goto('/import');
	await page
		.getByLabel('Log file (CSV, TSV or Excel .xlsx)')
		.setInputFiles({ name: 'log.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
	await page.getByRole('button', { name: 'Read the log' }).click();
	await page.getByRole('button', { name: 'Create scenario' }).click();
	const href = await page.getByRole('link', { name: 'Open in the editor' }).getAttribute('href');
	const id = href!.split('/').pop()!;
	await page.goto(`/import?into=${id}`);
	await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-Hans');
	await expect(page.getByRole('heading', { name: '用你自己的数据建模' })).toBeVisible({ timeout: 60_000 });
	await page
		.getByLabel('日志文件（CSV、TSV 或 Excel .xlsx）')
		.setInputFiles({ name: 'log.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
	await expect(page.getByLabel('编码', { exact: true })).toHaveValue('utf-8');
	await page.getByRole('button', { name: '读取日志' }).click();
	await expect(page.getByText(/跳过 1 行/)).toBeVisible();
	const update = page.getByRole('button', { name: /^用这些需求和服务数据更新“/ });
	await expect(update).toBeEnabled();
	await update.click();
	await expect(page.getByText(/^已更新“/)).toBeVisible();
	await page.getByRole('button', { name: '撤销' }).click();
	await expect(page.getByText(/已恢复原样/)).toBeVisible();
});
