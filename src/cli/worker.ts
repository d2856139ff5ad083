// A worker thread of the command line's pool: the engine's task kinds exposed through comlink
// on the thread's port (the same engine-api.ts the browser's worker exposes).
import { parentPort } from 'node:worker_threads';
import * as Comlink from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter';
import { engineApi } from '../lib/workers/engine-api';

Comlink.expose(engineApi, nodeEndpoint(parentPort!));
