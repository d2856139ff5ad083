// The rows of a task job as they arrive from the pool (in any order, a batch at a time),
// kept by task index, read back in task order: the rows so far for a partial summary, all of
// them for the final one. Used by Job on the caller's thread and by the summary worker.

export class RowStore<Row> {
	readonly #rows: (Row | undefined)[];
	#count = 0;

	constructor(readonly total: number) {
		this.#rows = new Array(total);
	}

	/** Row of task `index` (0-based within the job or shard). */
	set(index: number, row: Row): void {
		if (this.#rows[index] === undefined) this.#count++;
		this.#rows[index] = row;
	}

	/** Rows that have arrived. */
	get count(): number {
		return this.#count;
	}

	/** The rows that have arrived, in task order. */
	inOrder(): Row[] {
		if (this.#count === this.total) return this.#rows.slice() as Row[];
		return this.#rows.filter((r): r is Row => r !== undefined);
	}
}
