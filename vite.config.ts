import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * The test-harness routes (/dev/editor, /dev/results, /compare/dev-seed) exist in the dev server
 * and in a build made with FLOWBENCH_TEST_HARNESS=1 (the browser tests' build, playwright.config.ts);
 * in a normal build __FLOWBENCH_TEST_HARNESS__ is false, the routes answer 404 and their code is
 * dropped from the bundle.
 */
function testHarness(): Plugin {
	return {
		name: 'flowbench-test-harness',
		config: (_, { command }) => ({
			define: { __FLOWBENCH_TEST_HARNESS__: JSON.stringify(command === 'serve' || process.env.FLOWBENCH_TEST_HARNESS === '1') }
		})
	};
}

export default defineConfig({
	plugins: [sveltekit(), testHarness()],
	build: {
		rolldownOptions: {
			// The time is SvelteKit's own writeBundle step (adapter output); the note is noise.
			checks: { bundlerTimings: false }
		}
	},
	worker: {
		// Engine workers import ES modules (comlink, the engine), so bundle them as ES modules.
		format: 'es'
	},
	test: {
		// Unit tests sit beside the code (*.spec.ts); validation and fixtures live under tests/.
		include: ['src/**/*.spec.ts', 'tests/**/*.test.ts'],
		// Browser tests are Playwright's (tests/e2e/*.e2e.ts), never vitest's.
		exclude: ['tests/e2e/**', 'node_modules/**', 'build/**', '.svelte-kit/**'],
		environment: 'node',
		// The validation suite runs long simulations against analytic results.
		testTimeout: 600_000,
		hookTimeout: 120_000,
		// Two cores: one test file per core, each in its own process.
		pool: 'forks',
		maxWorkers: 2
	}
});
