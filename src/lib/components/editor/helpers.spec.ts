import { describe, expect, it } from 'vitest';
import type { FlowNode, Link, Scenario } from '$lib/sim';
import { validateScenario } from '$lib/sim';
import bank from '../../../../static/examples/bank-branch-baseline.json';
import kiosks from '../../../../static/examples/bank-branch-kiosks.json';
import { copyNodes, pasteClip } from './clipboard';
import { changeKind, distParams, meanOf, parseValues } from './distribution';
import { slug, uniqueId } from './ids';
import { freeSpot, layers, layoutPositions, LAYER_GAP } from './layout';
import {
	addNode,
	connect,
	connectionError,
	defaultOutcome,
	newNode,
	NODE_KINDS,
	outcomesFrom,
	removeLinks,
	removeNodes,
	renameNodeId
} from './nodes';
import { fieldDomId, nodesWithProblems, parsePath, problemsAt, problemTarget, within } from './paths';
import { expand, periodsInDay, rateSeries, resize, setValue, staffingSeries, toPoisson, toStaffing } from './series';
import { linkLabel, nodeSummary, num } from './summary';

const scenario = () => structuredClone(bank) as Scenario;
/** Node kinds of format v2 that the validator on this branch does not accept yet (see "makes valid nodes"). */
const fakeT = (key: string, p?: Record<string, string | number>) => (p ? `${key}(${Object.values(p).join(',')})` : key);

describe('ids', () => {
	it('slugs names and finds a free id', () => {
		expect(slug('Back office')).toBe('back-office');
		expect(slug('柜台 A')).toBe('柜台-a');
		expect(uniqueId('station', ['station', 'station-2'])).toBe('station-3');
		expect(uniqueId('Exit', [])).toBe('exit');
		expect(uniqueId('!!', [])).toBe('node');
	});
});

describe('layout', () => {
	it('puts sources first, exits last, and follows links left to right', () => {
		const s = scenario();
		const l = layers(s.nodes, s.links);
		expect(l.get('door')).toBe(0);
		expect(l.get('teller')).toBe(1);
		expect(l.get('back')).toBe(2);
		expect(l.get('out')).toBe(3);
		const p = layoutPositions(s.nodes, s.links);
		expect(p.get('teller')!.x).toBe(LAYER_GAP);
		// the back office is reached only by "unresolved": a lower lane, so the main path is straight
		expect(p.get('back')!.y).toBeGreaterThan(p.get('teller')!.y);
		expect(p.get('out')!.y).toBe(p.get('teller')!.y);
	});

	it('survives loops and keeps saved positions', () => {
		const nodes: FlowNode[] = [
			newNode('source', 'a', 'A'),
			newNode('station', 'b', 'B'),
			newNode('router', 'c', 'C', { x: 999, y: 7 }),
			newNode('exit', 'd', 'D')
		];
		const links: Link[] = [
			{ from: 'a', to: 'b' },
			{ from: 'b', to: 'c' },
			{ from: 'c', to: 'b', probability: 0.2 },
			{ from: 'c', to: 'd', probability: 0.8 }
		];
		const l = layers(nodes, links);
		expect([l.get('a'), l.get('b'), l.get('d')]).toEqual([0, 1, 3]);
		expect(layoutPositions(nodes, links).get('c')).toEqual({ x: 999, y: 7 });
	});

	it('stacks nodes of one layer and finds a free spot', () => {
		const s = structuredClone(kiosks) as Scenario;
		const p = layoutPositions(s.nodes, s.links);
		const ys = new Set([...p.values()].map((q) => `${q.x},${q.y}`));
		expect(ys.size).toBe(s.nodes.length);
		expect(
			freeSpot([
				{ x: 0, y: 5 },
				{ x: 100, y: -3 }
			])
		).toEqual({ x: 100 + LAYER_GAP, y: -3 });
		expect(freeSpot([])).toEqual({ x: 0, y: 0 });
	});
});

describe('nodes', () => {
	it('makes valid nodes of every kind', () => {
		for (const kind of NODE_KINDS) {
			const s = scenario();
			const id = addNode(s, kind, 'New', { x: 1.4, y: 2.6 });
			expect(s.nodes.at(-1)).toMatchObject({ id, kind, name: 'New', position: { x: 1, y: 3 } });
			const problems = validateScenario(s);
			const own = problems.ok ? [] : problems.problems.filter((p) => p.path.startsWith(`nodes[${s.nodes.length - 1}].`));
			expect(
				// a new node has no links yet, and a choice node's alternatives are its links
				own.filter((p) => !/link|reach|lead/i.test(p.message) && !(kind === 'choice' && p.path.endsWith('.alternatives'))),
				kind
			).toEqual([]);
		}
	});

	it('chooses the outcome of a new link', () => {
		const s = scenario();
		expect(defaultOutcome(s, 'door')).toBe('done');
		// teller already has done and unresolved links
		expect(defaultOutcome(s, 'teller')).toBe('done');
		s.links = s.links.filter((l) => l.on !== 'unresolved');
		expect(defaultOutcome(s, 'teller')).toBe('unresolved');
		const kiosk = addNode(s, 'self-service', 'K');
		expect(defaultOutcome(s, kiosk)).toBe('done');
		connect(s, kiosk, 'out');
		expect(defaultOutcome(s, kiosk)).toBe('failed');
		expect(outcomesFrom(s.nodes.find((n) => n.id === kiosk))).toEqual(['done', 'failed']);
		expect(outcomesFrom(s.nodes.find((n) => n.id === 'out'))).toEqual([]);
	});

	it('refuses impossible links', () => {
		const s = scenario();
		expect(connectionError(s, 'teller', 'door')).toBe('into-source');
		expect(connectionError(s, 'out', 'teller')).toBe('from-exit');
		expect(connectionError(s, 'teller', 'teller')).toBe('self');
		expect(connectionError(s, 'teller', 'nope')).toBe('missing');
		expect(connect(s, 'out', 'teller')).toBe(-1);
		expect(connect(s, 'back', 'teller')).toBe(4);
	});

	it('removes nodes with their links, links by index, renames ids', () => {
		const s = scenario();
		removeNodes(s, ['back']);
		expect(s.nodes.map((n) => n.id)).toEqual(['door', 'teller', 'out']);
		expect(s.links.some((l) => l.from === 'back' || l.to === 'back')).toBe(false);
		removeLinks(s, [0]);
		expect(s.links[0]).toEqual({ from: 'teller', to: 'out' });
		expect(renameNodeId(s, 'teller', 'out')).toBe(false);
		expect(renameNodeId(s, 'teller', 'desk')).toBe(true);
		expect(s.links[0].from).toBe('desk');
	});
});

describe('clipboard', () => {
	it('pastes copies with new ids, inner links and offset positions', () => {
		const s = scenario();
		const positions = layoutPositions(s.nodes, s.links);
		const clip = copyNodes(s, ['teller', 'back'], positions);
		expect(clip.nodes.map((n) => n.id)).toEqual(['teller', 'back']);
		expect(clip.links).toEqual([{ from: 'teller', to: 'back', on: 'unresolved' }]);
		const ids = pasteClip(s, clip);
		expect(ids).toEqual(['teller-2', 'back-2']);
		expect(s.links.at(-1)).toEqual({ from: 'teller-2', to: 'back-2', on: 'unresolved' });
		const pasted = s.nodes.find((n) => n.id === 'teller-2')!;
		expect(pasted.position).toEqual({ x: positions.get('teller')!.x + 40, y: positions.get('teller')!.y + 40 });
		// the clip is a copy: changing the scenario leaves it alone
		expect(clip.nodes[0].id).toBe('teller');
		expect(pasteClip(s, clip)).toEqual(['teller-3', 'back-3']);
	});
});

describe('distribution', () => {
	it('lists parameters and keeps the mean when the kind changes', () => {
		expect(distParams('triangular')).toEqual(['min', 'mode', 'max']);
		const d = changeKind({ dist: 'exponential', mean: 6 }, 'lognormal');
		expect(d).toEqual({ dist: 'lognormal', mean: 6, cv: 1 });
		expect(meanOf(changeKind(d, 'uniform'))).toBe(6);
		expect(meanOf(changeKind(d, 'triangular'))).toBe(6);
		expect(changeKind(d, 'deterministic')).toEqual({ dist: 'deterministic', value: 6 });
		expect(changeKind({ dist: 'gamma', mean: 4, cv: 0.5 }, 'weibull')).toEqual({ dist: 'weibull', mean: 4, cv: 0.5 });
		expect(changeKind({ dist: 'empirical', values: [] }, 'exponential')).toEqual({ dist: 'exponential', mean: 1 });
		expect(parseValues('1, 2.5；4 x')).toEqual([1, 2.5, 4]);
	});
});

describe('paths', () => {
	it('parses problem paths and finds their place', () => {
		expect(parsePath('nodes[2].servers.count[3]')).toEqual(['nodes', 2, 'servers', 'count', 3]);
		expect(parsePath('$')).toEqual([]);
		expect(within('nodes[2].servers.count[3]', 'nodes[2].servers')).toBe(true);
		expect(within('nodes[2].serversX', 'nodes[2].servers')).toBe(false);
		expect(within('nodes[12]', 'nodes[1]')).toBe(false);
		expect(problemTarget('nodes[2].servers.count[3]')).toEqual({ kind: 'node', index: 2, field: 'nodes[2].servers.count[3]' });
		expect(problemTarget('links[4].probability')).toMatchObject({ kind: 'link', index: 4 });
		expect(problemTarget('segments[1].share')).toMatchObject({ kind: 'panel', panel: 'segments' });
		expect(problemTarget('run.hours')).toMatchObject({ kind: 'panel', panel: 'run' });
		expect(problemTarget('$')).toMatchObject({ kind: 'panel', panel: 'scenario' });
		const problems = [
			{ path: 'nodes[1].servers', message: 'a' },
			{ path: 'nodes[1].service.mean', message: 'b' },
			{ path: 'links[0]', message: 'c' }
		];
		expect(problemsAt(problems, 'nodes[1].service').map((p) => p.message)).toEqual(['b']);
		expect([...nodesWithProblems(problems)]).toEqual([1]);
		expect(fieldDomId('nodes[2].servers.count[3]')).toBe('f-nodes-2-servers-count-3');
	});

	it('maps the validator’s real paths to the field that caused them', () => {
		const s = scenario();
		const st = s.nodes[1];
		if (st.kind === 'station') st.servers = { periodMinutes: 60, count: [2, 2.5] };
		const r = validateScenario(s);
		expect(r.ok).toBe(false);
		if (!r.ok) expect(problemsAt(r.problems, 'nodes[1].servers').map((p) => p.path)).toContain('nodes[1].servers.count[1]');
	});
});

describe('series', () => {
	it('reads and writes rates and staffing', () => {
		expect(staffingSeries(4)).toEqual({ periodMinutes: 60, values: [4] });
		expect(toStaffing({ periodMinutes: 30, values: [1, 2] })).toEqual({ periodMinutes: 30, count: [1, 2] });
		expect(toStaffing({ periodMinutes: 30, values: [3] })).toBe(3);
		expect(toStaffing({ periodMinutes: 30, values: [3] }, false)).toEqual({ periodMinutes: 30, count: [3] });
		expect(rateSeries({ type: 'poisson', ratePerHour: 30 })).toEqual({ periodMinutes: 60, values: [30] });
		expect(toPoisson({ periodMinutes: 60, values: [30, 40] })).toEqual({ type: 'poisson', periodMinutes: 60, ratePerHour: [30, 40] });
		expect(toPoisson({ periodMinutes: 60, values: [30] })).toEqual({ type: 'poisson', ratePerHour: 30 });
		expect(resize({ periodMinutes: 60, values: [1, 2] }, 4).values).toEqual([1, 2, 2, 2]);
		expect(resize({ periodMinutes: 60, values: [1, 2] }, 1).values).toEqual([1]);
		expect(expand({ periodMinutes: 60, values: [5] }, 3).values).toEqual([5, 5, 5]);
		expect(setValue({ periodMinutes: 60, values: [1, 2] }, 1, 9).values).toEqual([1, 9]);
		expect(periodsInDay(8, 60)).toBe(8);
		expect(periodsInDay(8, 45)).toBe(11);
		expect(periodsInDay(undefined, 60)).toBe(1);
	});
});

describe('summary', () => {
	it('writes key numbers for cards and labels for links', () => {
		const s = scenario();
		expect(nodeSummary(s.nodes[0], fakeT)).toBe('editor.perHour(30–60)');
		expect(nodeSummary(s.nodes[1], fakeT)).toBe('editor.servers(5) · editor.minutes(6)');
		expect(nodeSummary(s.nodes[2], fakeT)).toBe('editor.server(1) · editor.minutes(10)');
		expect(linkLabel({ from: 'a', to: 'b', probability: 0.4, on: 'failed', segments: ['vip'] }, s.segments, fakeT)).toBe(
			'40% · editor.outcome.failed · Priority client'
		);
		expect(linkLabel({ from: 'a', to: 'b' }, s.segments, fakeT)).toBe('');
	});
	it('groups thousands on the cards', () => {
		const n = { ...scenario().nodes[1], servers: 25000 } as FlowNode;
		expect(nodeSummary(n, fakeT)).toBe('editor.servers(25,000) · editor.minutes(6)');
		expect(num(1234.56)).toBe('1,234.6');
		expect(num(0.5, 0)).toBe('1');
	});
});

describe('openSpot', () => {
	it('finds room near a point, below what is already there', async () => {
		const { openSpot } = await import('./layout');
		// centred on the point, a card's size (190 × 90) taken
		expect(openSpot({ x: 100, y: 100 }, [])).toEqual({ x: 5, y: 55 });
		const spot = openSpot({ x: 100, y: 100 }, [{ x: 5, y: 55 }]);
		expect(spot.x).toBe(5);
		expect(spot.y).toBeGreaterThanOrEqual(55 + 90);
	});
});

describe('pinPositions', () => {
	it('saves the drawn position of nodes that have none, and keeps saved ones', async () => {
		const { pinPositions } = await import('./layout');
		const s = scenario();
		s.nodes[0].position = { x: 5, y: 6 };
		const p = layoutPositions(s.nodes, s.links);
		expect(pinPositions(s.nodes, p)).toBe(3);
		expect(s.nodes[0].position).toEqual({ x: 5, y: 6 });
		expect(s.nodes[1].position).toEqual(p.get('teller'));
		// now adding a link leaves everything where it is
		connect(s, 'back', 'teller');
		expect(layoutPositions(s.nodes, s.links)).toEqual(p);
	});
});
