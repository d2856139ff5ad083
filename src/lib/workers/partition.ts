// How a run's replications are shared among workers: in small consecutive chunks handed out
// as workers become free, so a fast worker takes more and all finish close together. Rows
// are merged in replication order afterwards, so the split never changes a number.

export interface Range {
	from: number;
	to: number;
}

/** Workers worth starting: one per core, never more than there are replications, at least one. */
export function workerCount(replications: number, cores: number | undefined): number {
	return Math.max(1, Math.min(Math.floor(cores || 1), replications));
}

/** Chunks of [0, total): about four per worker (by default), so the last ones finish close together. */
export function chunks(total: number, workers: number, perWorker = 4): Range[] {
	if (total <= 0) return [];
	const size = Math.max(1, Math.ceil(total / (Math.max(1, workers) * Math.max(1, perWorker))));
	const out: Range[] = [];
	for (let from = 0; from < total; from += size) out.push({ from, to: Math.min(total, from + size) });
	return out;
}

/** Seconds left at the pace so far; null before the first replication is done. */
export function secondsLeft(elapsedMs: number, done: number, total: number): number | null {
	if (done <= 0) return null;
	if (done >= total) return 0;
	return (elapsedMs / 1000 / done) * (total - done);
}
