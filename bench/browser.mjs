// Browser throughput: 1,000 bank-branch days run in the app (Chromium, the app's web workers,
// after two warm-up runs so the workers are loaded and compiled), timed from the click on Run
// to "Done", and the main thread's long tasks (PerformanceObserver 'longtask': over 50 ms)
// during the run and in the AFTER_MS after "Done" (the dashboard being drawn): count and
// longest of each, every one with --verbose (runs numbered in the order they ran). The goal is
// none at all. A benchmark, not a test: it prints figures and asserts nothing.
//
//   npm run bench:browser [-- --dev] [-- --quick] [-- --days N] [-- --port P] [-- --verbose]
// Without --dev it serves the production build (vite build first if build/ is missing) with
// vite preview; --dev uses the dev server (slower worker start, quicker to begin).
import { chromium } from '@playwright/test';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(fileURLToPath(new URL('.', import.meta.url)), '..');
const argv = process.argv.slice(2);
const opt = (name, fallback) => {
	const i = argv.indexOf(name);
	return i >= 0 ? argv[i + 1] : fallback;
};
const dev = argv.includes('--dev');
const verbose = argv.includes('--verbose');
/** Long tasks this long after "Done" still count as the run's (drawing its results). */
const AFTER_MS = 2000;
const days = Number(opt('--days', argv.includes('--quick') ? 200 : 1000));
const port = Number(opt('--port', process.env.BENCH_PORT ?? 5299));
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const isRoot = process.getuid?.() === 0;

if (!dev && !existsSync(join(root, 'build', 'index.html'))) {
	console.log('browser benchmark: building the app (vite build)…');
	const b = spawnSync('npx', ['vite', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
	if (b.status !== 0) process.exit(b.status ?? 1);
}
const server = spawn('npx', ['vite', dev ? 'dev' : 'preview', '--port', String(port), '--strictPort'], {
	cwd: root,
	stdio: 'ignore',
	detached: true,
	env: { ...process.env, BROWSER: 'none' }
});
const stopServer = () => {
	try {
		process.kill(-server.pid, 'SIGTERM');
	} catch {
		// already gone
	}
};
process.on('exit', stopServer);

const base = `http://localhost:${port}`;
for (let i = 0; ; i++) {
	try {
		if ((await fetch(base)).ok) break;
	} catch {
		// not up yet
	}
	if (i > 600) throw new Error(`the app server did not start on ${base}`);
	await new Promise((r) => setTimeout(r, 250));
}

const browser = await chromium.launch({
	executablePath: chromiumPath,
	args: [
		...(isRoot ? ['--no-sandbox'] : []),
		'--disable-gpu',
		'--no-first-run',
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync'
	]
});
try {
	const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
	await page.addInitScript(() => {
		const tasks = [];
		globalThis.__longTasks = tasks;
		new PerformanceObserver((list) => {
			for (const e of list.getEntries()) tasks.push({ start: e.startTime, duration: e.duration });
		}).observe({ type: 'longtask', buffered: true });
	});
	await page.goto(`${base}/template/bank-baseline`);
	const panel = page.getByRole('region', { name: 'Run' });
	const reps = panel.getByRole('spinbutton', { name: 'Replications (days)' });
	await reps.waitFor({ timeout: 180_000 });

	const run = async (n) => {
		await reps.fill(String(n));
		const t0 = await page.evaluate(() => performance.now());
		await panel.getByRole('button', { name: /Run simulation|Run again/ }).click();
		const t1 = await page.waitForFunction(
			(n) => {
				// any status line: the page has several (editor, save note, run panel), in no fixed order
				const done = [...document.querySelectorAll('[role="status"]')].some((s) =>
					s.textContent.includes(`Done: ${n.toLocaleString('en')} replications`)
				);
				return done ? performance.now() : false;
			},
			n,
			{ polling: 'raf', timeout: 600_000 }
		);
		const end = await t1.jsonValue();
		await page.waitForTimeout(AFTER_MS);
		const [during, after] = await page.evaluate(
			([a, b, c]) => [
				globalThis.__longTasks.filter((t) => t.start >= a && t.start <= b),
				globalThis.__longTasks.filter((t) => t.start > b && t.start <= c)
			],
			[t0, end, end + AFTER_MS]
		);
		return { seconds: (end - t0) / 1000, during, after, t0 };
	};

	// warm-up: the first run loads the workers (kept warm between runs) and mounts the results
	// page; the second, as long as the measured ones, lets the workers' JIT finish compiling
	// the engine (after 100 days it is still at it: a cold worker needs about a hundred days of
	// its own, docs/performance.md), so the three measured runs are of warm workers
	const warm = await run(100);
	const warming = await run(days);
	const workers = await page.evaluate(() => navigator.hardwareConcurrency);
	const runs = [];
	for (let i = 0; i < 3; i++) runs.push(await run(days));
	const b = [...runs].sort((x, y) => x.seconds - y.seconds)[0];
	console.log(
		`browser (Chromium, ${workers} workers, ${dev ? 'dev server' : 'production build'}): ${days} bank days in ${b.seconds.toFixed(3)} s → ${(days / b.seconds).toFixed(0)} days/s (best of 3, warm workers)`
	);
	const tasks = (t) =>
		`${t.length} task${t.length === 1 ? '' : 's'} over 50 ms, longest ${Math.max(0, ...t.map((x) => x.duration)).toFixed(0)} ms`;
	for (const [when, key] of [
		['during', 'during'],
		[`in the ${AFTER_MS / 1000} s after`, 'after']
	])
		console.log(`browser main thread ${when} the 3 runs: ${tasks(runs.flatMap((r) => r[key]))}`);
	// the first run of the page also loads the workers and mounts the results for the first time
	console.log(`browser main thread during and after the warm-up run (100 days, cold workers): ${tasks([...warm.during, ...warm.after])}`);
	console.log(
		`browser main thread during and after the second warm-up run (${days} days in ${warming.seconds.toFixed(3)} s, workers' JIT warming up): ` +
			tasks([...warming.during, ...warming.after])
	);
	if (verbose)
		for (const [i, r] of runs.entries())
			for (const t of [...r.during, ...r.after])
				console.log(
					`  run ${i + 1} (${r.seconds.toFixed(3)} s): long task at +${(t.start - r.t0).toFixed(0)} ms, ${t.duration.toFixed(0)} ms`
				);
} finally {
	await browser.close();
	stopServer();
}
