// The editor's helpers for the format-v2 nodes (issue 13): a choice node's alternatives bound to
// its links, per-segment preferences, the logit preview, appointments as a starting step, the
// summaries on the cards, lateness distributions that may be negative.
import { describe, expect, it } from 'vitest';
import type { ChoiceNode, FlowNode, Scenario } from '$lib/sim';
import bank from '../../../../static/examples/bank-branch-baseline.json';
import {
	alternativeLabel,
	choiceOutOfSync,
	forgetSegment,
	logitShares,
	perSegment,
	preferenceFor,
	quietShares,
	setPerSegment,
	setPreference,
	syncChoices
} from './choice';
import { copyNodes, pasteClip } from './clipboard';
import { changeKindSigned, meanOf } from './distribution';
import { layers } from './layout';
import { addNode, connect, connectionError, newNode, NODE_KINDS, outcomesFrom, removeLinks, removeNodes, renameNodeId } from './nodes';
import { nodeSummary } from './summary';

const scenario = () => structuredClone(bank) as Scenario;
const fakeT = (key: string, p?: Record<string, string | number>) => (p ? `${key}(${Object.values(p).join(',')})` : key);
const choiceOf = (s: Scenario, id: string) => s.nodes.find((n) => n.id === id) as ChoiceNode;

/** The bank example with a choice node in front of the tellers and a new kiosk. */
function withChoice() {
	const s = scenario();
	const c = addNode(s, 'choice', 'Choose');
	const k = addNode(s, 'self-service', 'Kiosk');
	return { s, c, k };
}

describe('palette kinds', () => {
	it('offers both format-v2 kinds, each once, with sources first and exit last', () => {
		expect(NODE_KINDS).toContain('choice');
		expect(NODE_KINDS).toContain('appointments');
		expect(new Set(NODE_KINDS).size).toBe(NODE_KINDS.length);
		expect(NODE_KINDS.slice(0, 2)).toEqual(['source', 'appointments']);
		expect(NODE_KINDS.at(-1)).toBe('exit');
	});

	it('gives new nodes the contract’s required fields', () => {
		expect(newNode('choice', 'c', 'C')).toEqual({ id: 'c', name: 'C', kind: 'choice', alternatives: [] });
		expect(newNode('appointments', 'a', 'A', { x: 1.6, y: 2 })).toEqual({
			id: 'a',
			name: 'A',
			kind: 'appointments',
			slotMinutes: 15,
			perSlot: 1,
			position: { x: 2, y: 2 }
		});
	});
});

describe('choice alternatives follow the links out', () => {
	it('a new link adds a channel; a second link to the same step does not', () => {
		const { s, c, k } = withChoice();
		expect(connect(s, c, 'teller')).toBeGreaterThanOrEqual(0);
		expect(connect(s, c, k)).toBeGreaterThanOrEqual(0);
		expect(choiceOf(s, c).alternatives).toEqual([{ to: 'teller' }, { to: k }]);
		connect(s, c, 'teller');
		expect(choiceOf(s, c).alternatives.map((a) => a.to)).toEqual(['teller', k]);
		expect(choiceOutOfSync(s, choiceOf(s, c))).toBe(false);
	});

	it('removing a link or its step drops the channel and keeps the others’ settings', () => {
		const { s, c, k } = withChoice();
		connect(s, c, 'teller');
		connect(s, c, k);
		connect(s, c, 'back');
		const n = choiceOf(s, c);
		n.alternatives[1].label = 'Kiosk';
		n.alternatives[1].effortMinutes = 2;
		n.alternatives[2].preference = -1;
		removeLinks(
			s,
			s.links.flatMap((l, i) => (l.from === c && l.to === 'teller' ? [i] : []))
		);
		expect(choiceOf(s, c).alternatives).toEqual([
			{ to: k, label: 'Kiosk', effortMinutes: 2 },
			{ to: 'back', preference: -1 }
		]);
		removeNodes(s, ['back']);
		expect(choiceOf(s, c).alternatives).toEqual([{ to: k, label: 'Kiosk', effortMinutes: 2 }]);
	});

	it('a file whose channels do not match its links is reported, and matched on request', () => {
		const { s, c, k } = withChoice();
		s.links.push({ from: c, to: k }, { from: c, to: 'teller' });
		const n = choiceOf(s, c);
		n.alternatives = [{ to: 'teller', label: 'Counter' }, { to: 'nowhere' }];
		expect(choiceOutOfSync(s, n)).toBe(true);
		syncChoices(s, ['another-node']);
		expect(choiceOutOfSync(s, n)).toBe(true);
		syncChoices(s, [c]);
		expect(n.alternatives).toEqual([{ to: k }, { to: 'teller', label: 'Counter' }]);
	});

	it('renaming a step’s id renames the channel’s target', () => {
		const { s, c } = withChoice();
		connect(s, c, 'teller');
		expect(renameNodeId(s, 'teller', 'counter')).toBe(true);
		expect(choiceOf(s, c).alternatives).toEqual([{ to: 'counter' }]);
		expect(choiceOutOfSync(s, choiceOf(s, c))).toBe(false);
	});

	it('a pasted choice keeps the channels whose step was copied with it', () => {
		const { s, c, k } = withChoice();
		connect(s, c, 'teller');
		connect(s, c, k);
		choiceOf(s, c).alternatives[1].label = 'Self';
		const ids = pasteClip(s, copyNodes(s, [c, k]));
		const [c2, k2] = ids;
		expect(choiceOf(s, c2).alternatives).toEqual([{ to: k2, label: 'Self' }]);
		expect(s.links.filter((l) => l.from === c2)).toEqual([{ from: c2, to: k2 }]);
		// the original is untouched
		expect(choiceOf(s, c).alternatives.map((a) => a.to)).toEqual(['teller', k]);
	});

	it('labels fall back to the step’s name', () => {
		const { s, c } = withChoice();
		connect(s, c, 'teller');
		const a = choiceOf(s, c).alternatives[0];
		expect(alternativeLabel(a, s.nodes)).toBe('Tellers');
		a.label = '  ';
		expect(alternativeLabel(a, s.nodes)).toBe('Tellers');
		a.label = 'Counter';
		expect(alternativeLabel(a, s.nodes)).toBe('Counter');
	});
});

describe('preferences per segment', () => {
	it('turns a single value into one per segment and back (the first segment’s)', () => {
		const a: ChoiceNode['alternatives'][number] = { to: 'x', preference: 0.5 };
		setPerSegment(a, ['std', 'vip'], true);
		expect(a.preference).toEqual({ std: 0.5, vip: 0.5 });
		expect(perSegment(a)).toBe(true);
		setPreference(a, 'vip', 2);
		expect(preferenceFor(a, 'vip')).toBe(2);
		expect(preferenceFor(a, 'other')).toBe(0);
		setPreference(a, 'std', undefined);
		expect(a.preference).toEqual({ vip: 2 });
		setPerSegment(a, ['std', 'vip'], false);
		// the first segment has no value (0): the preference goes back to its default
		expect('preference' in a).toBe(false);
		setPreference(a, null, -1.5);
		expect(a.preference).toBe(-1.5);
		expect(preferenceFor(a, 'vip')).toBe(-1.5);
	});

	it('a removed segment leaves choice preferences and appointment sources', () => {
		const s = scenario();
		const c = addNode(s, 'choice', 'C');
		const ap = addNode(s, 'appointments', 'A');
		choiceOf(s, c).alternatives = [{ to: 'teller', preference: { a: 1, b: 2 } }];
		Object.assign(
			s.nodes.find((n) => n.id === ap)!,
			{ segment: 'a', walkInSegment: 'a' }
		);
		forgetSegment(s, 'a');
		expect(choiceOf(s, c).alternatives[0].preference).toEqual({ b: 2 });
		expect(s.nodes.find((n) => n.id === ap)).not.toHaveProperty('segment');
		expect(s.nodes.find((n) => n.id === ap)).not.toHaveProperty('walkInSegment');
	});
});

describe('the logit preview', () => {
	it('gives the multinomial-logit shares', () => {
		const [a, b] = logitShares([0, Math.log(2)]);
		expect(a).toBeCloseTo(1 / 3, 12);
		expect(b).toBeCloseTo(2 / 3, 12);
		expect(logitShares([])).toEqual([]);
		// large utilities do not overflow; only differences matter
		const big = logitShares([1000, 1001, 999]);
		const small = logitShares([0, 1, -1]);
		big.forEach((x, i) => expect(x).toBeCloseTo(small[i], 12));
		expect(small.reduce((x, y) => x + y, 0)).toBeCloseTo(1, 12);
	});

	it('uses preference, effort × sensitivity, and with announced waits the assumed wait of steps that do not show theirs', () => {
		const nodes: FlowNode[] = [
			{ ...newNode('station', 'desk', 'Desk'), showsExpectedWait: true } as FlowNode,
			newNode('self-service', 'app', 'App')
		];
		const n: ChoiceNode = {
			id: 'c',
			name: 'C',
			kind: 'choice',
			alternatives: [
				{ to: 'desk', assumedWaitMinutes: 30 },
				{ to: 'app', effortMinutes: 5, preference: { young: 1 }, assumedWaitMinutes: 5 }
			]
		};
		// default sensitivity 0.2: the app loses 1 point of effort; the young prefer it by 1
		const logistic = (u: number) => 1 / (1 + Math.exp(-u));
		expect(quietShares(n, nodes, null)[1]).toBeCloseTo(logistic(-1), 12);
		expect(quietShares(n, nodes, 'young')[1]).toBeCloseTo(0.5, 12);
		// announced: the desk shows its wait (0 when nobody waits), the app does not: 5 assumed minutes
		n.waitInfo = 'announced';
		n.waitSensitivity = 0.1;
		expect(quietShares(n, nodes, 'young')[1]).toBeCloseTo(logistic(1 - 0.1 * (5 + 5)), 12);
		n.waitSensitivity = 0;
		expect(quietShares(n, nodes, null)).toEqual([0.5, 0.5]);
	});
});

describe('appointments: a step customers start at', () => {
	it('takes no link in, leads on with "done", and is laid out first', () => {
		const s = scenario();
		const ap = addNode(s, 'appointments', 'Booked');
		expect(connectionError(s, 'teller', ap)).toBe('into-source');
		expect(connect(s, 'teller', ap)).toBe(-1);
		expect(outcomesFrom(s.nodes.find((n) => n.id === ap))).toEqual(['done']);
		connect(s, ap, 'teller');
		expect(layers(s.nodes, s.links).get(ap)).toBe(0);
	});
});

describe('card summaries', () => {
	it('count the channels and say what customers know', () => {
		const n: ChoiceNode = { id: 'c', name: 'C', kind: 'choice', alternatives: [{ to: 'a' }, { to: 'b' }] };
		expect(nodeSummary(n, fakeT)).toBe('channels-editor.summary.channels(2) · channels-editor.summary.observed');
		expect(nodeSummary({ ...n, waitInfo: 'announced' }, fakeT)).toBe(
			'channels-editor.summary.channels(2) · channels-editor.summary.announced'
		);
	});

	it('give customers per slot, the slot length and no-shows', () => {
		const a = newNode('appointments', 'a', 'A');
		expect(nodeSummary(a, fakeT)).toBe('channels-editor.summary.perSlot(1,15)');
		expect(nodeSummary({ ...a, perSlot: { periodMinutes: 60, count: [1, 3] }, noShowRate: 0.125 } as FlowNode, fakeT)).toBe(
			'channels-editor.summary.perSlot(1–3,15) · channels-editor.summary.noShow(13)'
		);
	});
});

describe('lateness distributions', () => {
	it('keep their mean, even 0 or negative, when the kind changes', () => {
		const onTime = { dist: 'deterministic', value: 0 } as const;
		expect(changeKindSigned(onTime, 'uniform')).toEqual({ dist: 'uniform', min: -5, max: 5 });
		expect(changeKindSigned(onTime, 'triangular', 10)).toEqual({ dist: 'triangular', min: -10, mode: 0, max: 10 });
		expect(changeKindSigned({ dist: 'uniform', min: -6, max: 2 }, 'deterministic')).toEqual({ dist: 'deterministic', value: -2 });
		expect(changeKindSigned({ dist: 'deterministic', value: -2 }, 'empirical')).toEqual({ dist: 'empirical', values: [-2] });
		// kinds that only take positive times fall back to the ordinary change (mean 1 when it was not positive)
		expect(changeKindSigned(onTime, 'exponential')).toEqual({ dist: 'exponential', mean: 1 });
		expect(meanOf(changeKindSigned({ dist: 'deterministic', value: 3 }, 'uniform'))).toBe(3);
	});
});
