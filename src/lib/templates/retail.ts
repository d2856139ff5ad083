// Retail checkout: a supermarket's twelve-hour day with a lunch bump and an evening peak.
// Baseline: staffed cashier lanes only. Redesign: self-checkout for small baskets, with an
// assistant when a scan fails, and fewer cashier lanes.

import type { Scenario } from '$lib/sim';
import { derive, node } from './derive';

export const retailBaseline: Scenario = {
	format: 'flowbench-scenario',
	version: 2,
	name: 'Retail checkout — cashiers only',
	description:
		'Supermarket open 09:00–21:00 with a lunch bump and an evening rush. All shoppers queue for staffed cashier lanes; when the line is long some give up and leave their basket.',
	run: { mode: 'day', open: '09:00', hours: 12, drain: true, replications: 30, seed: 31 },
	segments: [
		{
			id: 'basket',
			name: 'Small basket',
			share: 0.55,
			priority: 0,
			patience: { dist: 'lognormal', mean: 10, cv: 0.5 },
			tolerance: { desired: 2, adequate: 5 }
		},
		{
			id: 'trolley',
			name: 'Full trolley',
			share: 0.45,
			priority: 0,
			patience: { dist: 'lognormal', mean: 18, cv: 0.5 },
			tolerance: { desired: 3, adequate: 8 }
		}
	],
	nodes: [
		{
			id: 'shoppers',
			kind: 'source',
			name: 'Shoppers ready to pay',
			arrivals: { type: 'poisson', periodMinutes: 60, ratePerHour: [60, 80, 100, 140, 130, 100, 90, 110, 150, 170, 140, 80] }
		},
		{
			id: 'cashiers',
			kind: 'station',
			name: 'Cashier lanes',
			servers: { periodMinutes: 60, count: [4, 4, 5, 7, 7, 5, 5, 6, 8, 9, 8, 5] },
			service: { dist: 'gamma', mean: 3, cv: 0.6 },
			resolutionRate: 1,
			costPerServerHour: 22,
			queueCapacity: 40,
			waitExperience: 'unoccupied'
		},
		{ id: 'out', kind: 'exit', name: 'Leave the store' }
	],
	links: [
		{ from: 'shoppers', to: 'cashiers' },
		{ from: 'cashiers', to: 'out' }
	],
	targets: { waitMinutes: 5, serviceLevel: 0.8, maxAbandonment: 0.03, minCsat: 0.8 }
};

export const retailRedesign = derive(
	retailBaseline,
	'Retail checkout — with self-checkout',
	'Redesign: eight self-checkout tills. Two in three small-basket shoppers use them; one scan in ten needs an assistant at a cashier lane. Two fewer cashier lanes at most hours.',
	(s) => {
		s.nodes.splice(
			1,
			0,
			{ id: 'choose', kind: 'router', name: 'Self-checkout or lane' },
			{
				id: 'self',
				kind: 'self-service',
				name: 'Self-checkout',
				units: 8,
				service: { dist: 'gamma', mean: 2.5, cv: 0.6 },
				successRate: 0.9,
				costPerServerHour: 3,
				waitExperience: 'unoccupied'
			}
		);
		node(s, 'cashiers', 'station').servers = { periodMinutes: 60, count: [3, 3, 4, 5, 5, 4, 4, 4, 6, 7, 6, 3] };
		s.links = [
			{ from: 'shoppers', to: 'choose' },
			{ from: 'choose', to: 'self', probability: 0.65, segments: ['basket'] },
			{ from: 'choose', to: 'cashiers', probability: 0.35, segments: ['basket'] },
			{ from: 'choose', to: 'cashiers', segments: ['trolley'] },
			{ from: 'self', to: 'out' },
			{ from: 'self', to: 'cashiers', on: 'failed' },
			{ from: 'cashiers', to: 'out' }
		];
	}
);
