// New ids for nodes and segments: readable (from the kind or name), unique in their list.

/** base, or base-2, base-3 … — the first not in taken. */
export function uniqueId(base: string, taken: Iterable<string>): string {
	const used = new Set(taken);
	const stem = slug(base) || 'node';
	if (!used.has(stem)) return stem;
	for (let i = 2; ; i++) if (!used.has(`${stem}-${i}`)) return `${stem}-${i}`;
}

/** Lower-case letters, digits and dashes from a name ("Back office" → "back-office"); may be empty. */
export function slug(s: string): string {
	return s
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 40);
}
