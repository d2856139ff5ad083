import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
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
