// Flowbench runs entirely in the browser (web workers, IndexedDB, no server):
// the build is a single-page app that adapter-static serves through its fallback page.
export const ssr = false;
export const prerender = false;
