// Entry point of a CLI worker thread. Node will not start a worker from a .ts file, so
// this plain module registers tsx's loader in the worker and then loads the TypeScript.
import { register } from 'tsx/esm/api';

register();
await import('./replication-worker.ts');
