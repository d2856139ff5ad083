import { defineConfig, devices } from '@playwright/test';

// Browser tests run in the system's Chromium (Debian's `chromium` package): Playwright's own
// browser downloads are not used (PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1). Set CHROMIUM_PATH to
// use another Chromium build.
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const isCI = !!process.env.CI;
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
// E2E_PORT and E2E_DEV=1 let several people run browser checks at once against their own
// dev servers (a dev server writes no build/ folder); CI uses the production build on 4173.
const port = Number(process.env.E2E_PORT ?? 4173);
const dev = process.env.E2E_DEV === '1';

export default defineConfig({
	testDir: 'tests/e2e',
	// *.e2e.ts, so that vitest (which takes tests/**/*.test.ts) never collects them.
	testMatch: '**/*.e2e.ts',
	outputDir: dev ? `test-results/e2e-${port}` : 'test-results/e2e',
	timeout: 60_000,
	expect: { timeout: 10_000 },
	fullyParallel: true,
	forbidOnly: isCI,
	retries: isCI ? 1 : 0,
	workers: isCI ? 1 : 2,
	reporter: isCI ? [['list'], ['junit', { outputFile: 'test-results/e2e-junit.xml' }]] : [['list']],
	use: {
		baseURL: `http://localhost:${port}`,
		screenshot: 'only-on-failure',
		trace: 'retain-on-failure'
	},
	projects: [
		{
			name: 'chromium',
			use: {
				...devices['Desktop Chrome'],
				launchOptions: {
					executablePath: chromiumPath,
					args: [
						// Chromium's sandbox cannot start as root (CI containers run as root).
						...(isRoot ? ['--no-sandbox'] : []),
						'--disable-gpu',
						'--disable-quic',
						'--no-first-run',
						// Without these Chromium keeps trying to reach Google's services,
						// which a closed network refuses.
						'--disable-background-networking',
						'--disable-component-update',
						'--disable-sync'
					]
				}
			}
		}
	],
	// The tests run against the production build (adapter-static SPA), served by vite preview,
	// built with the test-harness routes (/dev/*, /compare/dev-seed) that a normal build leaves out.
	webServer: {
		command: dev
			? `npx vite dev --port ${port} --strictPort`
			: `FLOWBENCH_TEST_HARNESS=1 npm run build && npx vite preview --port ${port} --strictPort`,
		url: `http://localhost:${port}`,
		reuseExistingServer: !isCI,
		// The build takes a while on a two-core machine.
		timeout: 300_000,
		stdout: 'ignore',
		stderr: 'pipe'
	}
});
