// Ambient types for SvelteKit: https://svelte.dev/docs/kit/types#app.d.ts
// Flowbench has no server, so App.Locals and App.Platform stay empty.
declare global {
	namespace App {}
	/** True in the dev server and in a build with FLOWBENCH_TEST_HARNESS=1 (vite.config.ts). */
	const __FLOWBENCH_TEST_HARNESS__: boolean;
}

export {};
