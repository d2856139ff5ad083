import { describe, expect, it } from 'vitest';
import { openOnce, type MemoStorage } from './open-once';

function mem(): MemoStorage {
	const m = new Map<string, string>();
	return { getItem: (k) => m.get(k) ?? null, setItem: (k, v) => void m.set(k, v) };
}

describe('openOnce', () => {
	it('reuses the entry an address made moments ago, and only then', async () => {
		const store = mem();
		let clock = 0;
		let made = 0;
		const create = async () => `e${++made}`;
		const exists = async () => true;
		const open = (href: string) => openOnce(href, create, exists, { store, now: () => clock });
		expect(await open('/template/bank-baseline')).toBe('e1');
		clock = 2000;
		expect(await open('/template/bank-baseline')).toBe('e1');
		expect(await open('/template/bank-redesign')).toBe('e2');
		expect(await open('/template/bank-baseline')).toBe('e3');
		clock = 60_000;
		expect(await open('/template/bank-baseline')).toBe('e4');
	});

	it('makes a new entry when the remembered one was deleted, or without storage', async () => {
		const store = mem();
		let made = 0;
		const create = async () => `e${++made}`;
		expect(await openOnce('/a', create, async () => false, { store, now: () => 0 })).toBe('e1');
		expect(await openOnce('/a', create, async () => false, { store, now: () => 1 })).toBe('e2');
		expect(await openOnce('/a', create, async () => true, { store: null })).toBe('e3');
	});
});
