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
		// Absolute asset paths in the page: the service worker serves one cached copy of the page
		// for every route when offline, so "./_app/…" relative to /teach/pooling would miss.
		paths: { relative: false },
		// Content-Security-Policy (docs/app-architecture.md, "Content-Security-Policy"). The SPA's
		// pages are static files, so SvelteKit writes the policy as a <meta> tag with the hashes of
		// its own inline bootstrap script ('hash' mode suits adapter-static: no server, no nonce).
		// Nothing is evaluated from strings (no 'unsafe-eval'). Styles allow 'unsafe-inline': Svelte
		// and Svelte Flow write style attributes and the report writes its @page rule in a <style>
		// element; a style cannot run code. blob: only where the app makes blobs itself (chart PNG
		// drawing reads the chart's SVG as a blob: image); workers are same-origin module files.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self', 'data:'],
				'connect-src': ['self'],
				'worker-src': ['self'],
				'manifest-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		},
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
