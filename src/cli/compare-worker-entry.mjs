// Entry point of a CLI comparison worker thread. Node will not start a worker from a .ts
// file, so this plain module registers tsx's loader in the worker and then loads the TypeScript.
import { register } from 'tsx/esm/api';

register();
await import('./compare-worker.ts');
