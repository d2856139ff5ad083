// The browser's pool worker: the engine's task kinds exposed through comlink (engine-api.ts).
import * as Comlink from 'comlink';
import { engineApi } from './engine-api';

Comlink.expose(engineApi);
