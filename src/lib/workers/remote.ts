// A pool worker (src/lib/jobs/pool.ts) over comlink: the same adapter for a browser Worker and
// a Node worker thread; only how the worker is made, ended and watched differs (passed in).

import * as Comlink from 'comlink';
import { reviveError } from '../jobs/errors';
import type { Fault, PoolWorker } from '../jobs/pool';
import type { TaskKindName } from '../jobs/tasks';
import type { EngineApi, Sink } from './engine-api';

export interface RawWorker {
	endpoint: Comlink.Endpoint;
	terminate(): void;
	/** Calls back once when the worker errors outside a task or exits on its own. */
	watch(listener: (reason: string) => void): void;
}

export function remoteWorker(raw: RawWorker): PoolWorker {
	const api = Comlink.wrap<EngineApi>(raw.endpoint);
	let handlers: { row: (i: number, row: unknown) => void; beat: () => void } | null = null;
	const sink: Sink = {
		rows: (first, rows) => {
			for (let k = 0; k < rows.length; k++) handlers?.row(first + k, rows[k]);
		},
		beat: () => handlers?.beat()
	};
	let connected: Promise<unknown> | null = null;
	let ended = false;
	let faultListener: ((reason: string) => void) | null = null;
	raw.watch((reason) => {
		if (!ended) faultListener?.(reason);
	});
	return {
		ready: () => (connected ??= api.connect(Comlink.proxy(sink) as unknown as Comlink.Remote<Sink>)),
		async runRange(kind: TaskKindName, jobKey, payload, from, to, onRow, onBeat) {
			handlers = { row: onRow, beat: onBeat };
			const error = await api.runRange(kind, jobKey, payload, from, to);
			handlers = null;
			if (error) throw reviveError(error);
		},
		onFault(listener) {
			faultListener = listener;
		},
		terminate() {
			ended = true;
			raw.terminate();
		},
		inject(fault: Fault) {
			if (fault === 'kill') raw.terminate();
			else void api[fault]();
		}
	};
}
