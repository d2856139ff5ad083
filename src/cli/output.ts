// Where results go: stdout (complete whatever reads it: the process ends only once every
// write has drained — no process.exit) or an --out file, checked before any work is done.

import { closeSync, openSync, statSync, writeFileSync, accessSync, constants } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { UsageError } from './args';

/** Writes to a stream and resolves once the data has been handed to the system. */
export function write(stream: NodeJS.WriteStream, text: string): Promise<void> {
	return new Promise((done, fail) => stream.write(text, (e) => (e ? fail(e) : done())));
}

/** Refuses an --out that cannot be written (a folder, a missing folder, a read-only file) before running. */
export function checkOut(out: string | undefined): void {
	if (out === undefined) return;
	const path = resolve(out);
	let st;
	try {
		st = statSync(path);
	} catch {
		st = null;
	}
	if (st?.isDirectory()) throw new UsageError(`--out "${out}" is a folder: give a file name, e.g. ${out.replace(/\/?$/, '/')}results.json`);
	if (st) {
		try {
			closeSync(openSync(path, 'r+'));
		} catch (e) {
			throw new UsageError(`--out "${out}" cannot be written (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
		}
		return;
	}
	const dir = dirname(path);
	let dst;
	try {
		dst = statSync(dir);
	} catch {
		throw new UsageError(`--out "${out}": the folder ${dir} does not exist`);
	}
	if (!dst.isDirectory()) throw new UsageError(`--out "${out}": ${dir} is not a folder`);
	try {
		accessSync(dir, constants.W_OK);
	} catch {
		throw new UsageError(`--out "${out}": the folder ${dir} cannot be written`);
	}
}

/** The result text to --out or stdout. */
export async function emit(out: string | undefined, text: string): Promise<void> {
	if (out) writeFileSync(out, text);
	else await write(process.stdout, text);
}
