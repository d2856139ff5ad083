import { describe, expect, it } from 'vitest';
import { TEMPLATES } from '$lib/templates';
import { simKey } from './sim-key';

describe('simKey', () => {
	const s = TEMPLATES[0].baseline;
	it('ignores the name, description and node positions', () => {
		const moved = structuredClone(s);
		moved.name = 'Other';
		moved.description = 'Changed';
		moved.nodes[0].position = { x: 999, y: -5 };
		expect(simKey(moved)).toBe(simKey(s));
	});
	it('changes with anything the simulation uses', () => {
		const more = structuredClone(s);
		more.run.seed = 99;
		expect(simKey(more)).not.toBe(simKey(s));
		const staffed = structuredClone(s);
		if (staffed.nodes[1].kind === 'station') staffed.nodes[1].servers = 9;
		expect(simKey(staffed)).not.toBe(simKey(s));
	});
});
