// The browser's summary worker: summaries of runs and comparisons off the page (summary-api.ts).
import * as Comlink from 'comlink';
import { summaryApi } from './summary-api';

Comlink.expose(summaryApi);
