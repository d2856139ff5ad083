// Persistent workers that evaluate optimiser candidates: each candidate's replications are
// cut into one contiguous slice per worker, run in parallel and joined in replication order,
// so the rows (and every number after them) are the same as on one thread. The workers stay
// up between candidates (a search runs dozens) and are terminated by close() or cancel.

import * as Comlink from 'comlink';
import type { Evaluator, ReplicationRow } from '$lib/sim';
import { workerCount } from './partition';
import type { OptimiseWorkerApi } from './optimise.worker';

export class EvaluatorPool {
	#workers: { worker: Worker; api: Comlink.Remote<OptimiseWorkerApi>; failed: Promise<never> }[] = [];
	#closed = false;
	readonly size: number;

	constructor(size = globalThis.navigator?.hardwareConcurrency ?? 1) {
		this.size = workerCount(64, Math.min(size, 8));
	}

	#ensure(): void {
		if (this.#workers.length > 0) return;
		for (let i = 0; i < this.size; i++) {
			const worker = new Worker(new URL('./optimise.worker.ts', import.meta.url), { type: 'module' });
			const failed = new Promise<never>((_, reject) =>
				worker.addEventListener('error', (e) => reject(new Error(e.message || 'the optimiser worker failed to start')))
			);
			failed.catch(() => undefined);
			this.#workers.push({ worker, api: Comlink.wrap<OptimiseWorkerApi>(worker), failed });
		}
	}

	/** The engine's evaluator over these workers. */
	readonly evaluate: Evaluator = async (scenario, seed, replications) => {
		if (this.#closed) throw new Error('cancelled');
		this.#ensure();
		const n = Math.min(this.#workers.length, replications);
		const size = Math.ceil(replications / n);
		const slices: Promise<ReplicationRow[]>[] = [];
		for (let k = 0; k < n; k++) {
			const from = k * size;
			const to = Math.min(replications, from + size);
			if (from >= to) break;
			const w = this.#workers[k];
			slices.push(Promise.race([w.api.runRange(scenario, seed, replications, from, to) as Promise<ReplicationRow[]>, w.failed]));
		}
		return (await Promise.all(slices)).flat();
	};

	/** Stops every worker at once (pending candidates never finish). */
	close(): void {
		this.#closed = true;
		for (const w of this.#workers) w.worker.terminate();
		this.#workers = [];
	}
}
