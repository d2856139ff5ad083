import adapter from '@sveltejs/adapter-static';

/**
 * Flowbench is a client-side app (web workers, IndexedDB, no server), so it is built
 * as a single-page app: every route falls back to index.html and renders in the browser.
 * @type {import('@sveltejs/kit').Config}
 */
const config = {
	kit: {
		adapter: adapter({
			pages: 'build',
			assets: 'build',
			fallback: 'index.html',
			precompress: false,
			strict: true
		}),
		typescript: {
			// Paths here are relative to .svelte-kit/. The CLI has its own Node-only tsconfig
			// (src/cli/tsconfig.json), so the app's check leaves it out; the root-level config
			// files and scripts are checked with the app.
			config(tsconfig) {
				tsconfig.include.push('../playwright.config.ts', '../svelte.config.js', '../scripts/**/*.mjs');
				tsconfig.exclude.push('../src/cli/**');
			}
		}
	}
};

export default config;
