import { describe, expect, it } from 'vitest';
import type { Scenario } from '$lib/sim';
import kiosks from '../../../../static/examples/bank-branch-kiosks.json';
import { flowEdges, flowNodes, linkIndexOf } from './canvas-model';
import { layoutPositions } from './layout';

const t = (key: string, p?: Record<string, string | number>) => (p ? `${key}(${Object.values(p).join(',')})` : key);

describe('canvas model', () => {
	const s = structuredClone(kiosks) as Scenario;
	const positions = layoutPositions(s.nodes, s.links);

	it('draws every node with its card data, selection and problem count', () => {
		const problems = [{ path: 'nodes[3].servers', message: 'x' }];
		const nodes = flowNodes(s, positions, ['teller'], problems, [], t);
		expect(nodes.map((n) => n.id)).toEqual(s.nodes.map((n) => n.id));
		const teller = nodes.find((n) => n.id === 'teller')!;
		expect(teller).toMatchObject({ type: 'card', selected: true, position: positions.get('teller') });
		expect(teller.data).toMatchObject({ kind: 'station', name: 'Tellers', problems: 1 });
		expect(teller.ariaLabel).toContain('editor.problemCount');
		// a rebuild keeps the measured size, so cards do not flicker
		const again = flowNodes(s, positions, [], [], [], t, [{ ...teller, measured: { width: 150, height: 60 } }]);
		expect(again.find((n) => n.id === 'teller')!.measured).toEqual({ width: 150, height: 60 });
	});

	it('draws links with labels; parallel links share one label', () => {
		const edges = flowEdges(s, 1, [{ path: 'links[1].probability', message: 'x' }], t);
		expect(edges).toHaveLength(s.links.length);
		expect(edges[1]).toMatchObject({ id: 'link-1', source: 'split', target: 'kiosk', selected: true });
		expect(String(edges[1].class)).toContain('has-problem');
		expect(edges[1].label).toBe('40% · Regular');
		// split → teller twice (regular 60 %, VIP): the first carries both labels, the second none
		const toTeller = edges.filter((e) => e.source === 'split' && e.target === 'teller');
		expect(toTeller[0].label).toBe('60% · Regular / Priority client');
		expect(toTeller[1].label).toBeUndefined();
		expect(edges.find((e) => e.source === 'kiosk' && e.target === 'teller')!.label).toBe('editor.outcome.failed');
		expect(linkIndexOf('link-12')).toBe(12);
		expect(linkIndexOf('xyz')).toBeNull();
	});
});
