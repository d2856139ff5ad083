// Government service hall with ticket calling: visitors take a number, then wait to be
// called to the counters for their matter (ID and residence, social insurance, business
// licences); elderly visitors are called first. Redesign: one pooled queue for all-purpose
// counters ("one window for everything") and online pre-filing with a fast-track counter.

import type { Scenario } from '$lib/sim';
import { derive, node } from './derive';

const counter = (id: string, name: string, count: number[]) => ({
	id,
	kind: 'station' as const,
	name,
	servers: { periodMinutes: 60, count },
	service: { dist: 'lognormal' as const, mean: 7, cv: 0.8 },
	discipline: 'priority' as const,
	resolutionRate: 0.85,
	costPerServerHour: 30,
	waitExperience: 'occupied' as const,
	showsExpectedWait: true
});

export const hallBaseline: Scenario = {
	format: 'flowbench-scenario',
	version: 2,
	name: 'Service hall — separate counters per matter',
	description:
		'Government service hall, 09:00–17:00. Visitors take a ticket and wait to be called to the counters for their matter. Elderly visitors are called first; 15% lack a document and must come back another day.',
	run: { mode: 'day', open: '09:00', hours: 8, drain: true, replications: 30, seed: 41 },
	segments: [
		{
			id: 'general',
			name: 'Visitor',
			share: 0.85,
			priority: 0,
			patience: { dist: 'lognormal', mean: 60, cv: 0.5 },
			tolerance: { desired: 10, adequate: 20 }
		},
		{
			id: 'elderly',
			name: 'Elderly visitor',
			share: 0.15,
			priority: 1,
			patience: { dist: 'lognormal', mean: 45, cv: 0.5 },
			tolerance: { desired: 5, adequate: 15 }
		}
	],
	nodes: [
		{
			id: 'visitors',
			kind: 'source',
			name: 'Visitors arrive',
			arrivals: { type: 'poisson', periodMinutes: 60, ratePerHour: [40, 65, 75, 55, 30, 50, 55, 30] }
		},
		{ id: 'ticket', kind: 'delay', name: 'Take a ticket', duration: { dist: 'uniform', min: 0.3, max: 1 } },
		{ id: 'matter', kind: 'router', name: 'Which matter?' },
		counter('id-counters', 'ID and residence counters', [3, 5, 5, 4, 3, 4, 4, 3]),
		counter('insurance-counters', 'Social insurance counters', [2, 3, 3, 3, 2, 2, 3, 2]),
		counter('business-counters', 'Business licence counters', [2, 2, 2, 2, 1, 2, 2, 1]),
		{ id: 'leave', kind: 'exit', name: 'Matter done' },
		{ id: 'come-back', kind: 'exit', name: 'Missing document: come back' }
	],
	links: [
		{ from: 'visitors', to: 'ticket' },
		{ from: 'ticket', to: 'matter' },
		{ from: 'matter', to: 'id-counters', probability: 0.5 },
		{ from: 'matter', to: 'insurance-counters', probability: 0.3 },
		{ from: 'matter', to: 'business-counters', probability: 0.2 },
		{ from: 'id-counters', to: 'leave' },
		{ from: 'insurance-counters', to: 'leave' },
		{ from: 'business-counters', to: 'leave' },
		{ from: 'id-counters', to: 'come-back', on: 'unresolved' },
		{ from: 'insurance-counters', to: 'come-back', on: 'unresolved' },
		{ from: 'business-counters', to: 'come-back', on: 'unresolved' }
	],
	targets: { waitMinutes: 20, serviceLevel: 0.8, maxAbandonment: 0.05, minCsat: 0.8 }
};

export const hallRedesign = derive(
	hallBaseline,
	'Service hall — pooled counters and online pre-filing',
	'Redesign: all-purpose counters take every matter from one ticket queue (slightly longer service), and 30% of visitors pre-file online, bring complete documents and use a fast-track counter.',
	(s) => {
		const pooled = counter('all-counters', 'All-purpose counters', [6, 8, 8, 7, 5, 7, 7, 5]);
		pooled.service = { dist: 'lognormal', mean: 7.5, cv: 0.8 };
		const fast = counter('fast-track', 'Pre-filed fast track', [1, 2, 2, 2, 1, 2, 2, 1]);
		fast.service = { dist: 'lognormal', mean: 3.5, cv: 0.5 };
		fast.resolutionRate = 0.98;
		s.nodes = [
			node(s, 'visitors', 'source'),
			node(s, 'ticket', 'delay'),
			{ id: 'prefiled', kind: 'router', name: 'Pre-filed online?' },
			fast,
			pooled,
			node(s, 'leave', 'exit'),
			node(s, 'come-back', 'exit')
		];
		s.links = [
			{ from: 'visitors', to: 'ticket' },
			{ from: 'ticket', to: 'prefiled' },
			{ from: 'prefiled', to: 'fast-track', probability: 0.3 },
			{ from: 'prefiled', to: 'all-counters', probability: 0.7 },
			{ from: 'fast-track', to: 'leave' },
			{ from: 'all-counters', to: 'leave' },
			{ from: 'fast-track', to: 'come-back', on: 'unresolved' },
			{ from: 'all-counters', to: 'come-back', on: 'unresolved' }
		];
	}
);
