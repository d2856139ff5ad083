// Test harness, not part of the app: built only with FLOWBENCH_TEST_HARNESS=1 (the browser
// tests' build) and in the dev server (vite.config.ts); otherwise this route is a 404 and the
// harness (EditorHarness.svelte) is left out of the bundle.
import { error } from '@sveltejs/kit';
import type { PageLoad } from './$types';

export const load: PageLoad = async () => {
	if (__FLOWBENCH_TEST_HARNESS__) return { Harness: (await import('./EditorHarness.svelte')).default };
	error(404, 'Not Found');
};
