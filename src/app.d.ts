// Ambient types for SvelteKit: https://svelte.dev/docs/kit/types#app.d.ts
// Flowbench has no server, so App.Locals and App.Platform stay empty.
declare global {
	namespace App {}
}

export {};
