// Offline: after the first visit the whole app works without a network (docs/app-architecture.md,
// "Offline"). SvelteKit builds this file and registers it in production builds only.
// - Install: precache every file of this build (pages' scripts and styles, the engine's worker
//   scripts, static files: icons, manifest, example scenarios) and the app's page (the SPA's
//   fallback index.html, which serves every route).
// - Fetch: the build's files (immutable) from the cache first; page loads from the network first
//   (so a new version shows when online), falling back to the cached page; other same-origin
//   GETs from the network, falling back to the cache.
// - Activate: caches of older versions are deleted, and open pages are taken over at once.
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/// <reference types="@sveltejs/kit" />
import { base, build, files, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `flowbench-${version}`;
const SHELL = `${base}/`;
// files under static/dev are test fixtures, not part of the app
const ASSETS = [...build, ...files.filter((f) => !f.startsWith(`${base}/dev/`))];
const PRECACHED = new Set(ASSETS);

// The dev server serves hundreds of changing modules: there the worker stays out of the way.
const DEV = import.meta.env.DEV;

sw.addEventListener('install', (event) => {
	if (DEV) {
		event.waitUntil(sw.skipWaiting());
		return;
	}
	event.waitUntil(
		(async () => {
			const cache = await caches.open(CACHE);
			await cache.addAll([...ASSETS, SHELL]);
			await sw.skipWaiting();
		})()
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys()) if (key !== CACHE && key.startsWith('flowbench-')) await caches.delete(key);
			await sw.clients.claim();
		})()
	);
});

async function fromCache(request: Request | string): Promise<Response | undefined> {
	const cache = await caches.open(CACHE);
	return cache.match(request, { ignoreSearch: true });
}

async function networkFirst(request: Request, fallback: string | Request): Promise<Response> {
	try {
		const response = await fetch(request);
		if (response.ok && response.type === 'basic' && request.mode !== 'navigate') {
			const cache = await caches.open(CACHE);
			await cache.put(request, response.clone());
		}
		return response;
	} catch (error) {
		const cached = await fromCache(fallback);
		if (cached) return cached;
		throw error;
	}
}

sw.addEventListener('fetch', (event) => {
	if (DEV) return;
	const request = event.request;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== sw.location.origin) return;
	if (PRECACHED.has(url.pathname)) {
		event.respondWith(fromCache(url.pathname).then((cached) => cached ?? fetch(request)));
		return;
	}
	// every route of the single-page app is the same page
	if (request.mode === 'navigate') {
		event.respondWith(networkFirst(request, SHELL));
		return;
	}
	event.respondWith(networkFirst(request, request));
});
