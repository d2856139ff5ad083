// Airport check-in: a morning bank of departures. Passengers check in at a staffed counter
// (bags included) or at a kiosk and then drop their bag; a kiosk that cannot check someone
// in sends them to a counter. Redesign: more kiosks and bag-drop points, fewer counters.

import type { Scenario } from '$lib/sim';
import { derive, node } from './derive';

export const airportBaseline: Scenario = {
	format: 'flowbench-scenario',
	version: 2,
	name: 'Airport check-in — baseline',
	description:
		'Check-in hall 05:00–13:00 with two departure waves. 40% of passengers use one of eight kiosks, then drop their bag; the rest check in at staffed counters. Business class has its own priority.',
	run: { mode: 'day', open: '05:00', hours: 8, drain: true, replications: 20, seed: 51 },
	segments: [
		{
			id: 'economy',
			name: 'Economy passenger',
			share: 0.85,
			priority: 0,
			patience: { dist: 'gamma', mean: 60, cv: 0.3 },
			tolerance: { desired: 5, adequate: 15 }
		},
		{
			id: 'business',
			name: 'Business class',
			share: 0.15,
			priority: 1,
			patience: { dist: 'gamma', mean: 40, cv: 0.3 },
			tolerance: { desired: 2, adequate: 5 }
		}
	],
	nodes: [
		{
			id: 'pax',
			kind: 'source',
			name: 'Passengers arrive',
			arrivals: { type: 'poisson', periodMinutes: 60, ratePerHour: [120, 220, 260, 200, 180, 240, 200, 120] }
		},
		{ id: 'choice', kind: 'router', name: 'Kiosk or counter' },
		{
			id: 'kiosks',
			kind: 'self-service',
			name: 'Check-in kiosks',
			units: 8,
			service: { dist: 'lognormal', mean: 2, cv: 0.5 },
			successRate: 0.9,
			costPerServerHour: 5,
			waitExperience: 'unoccupied'
		},
		{ id: 'walk', kind: 'delay', name: 'Walk to bag drop', duration: { dist: 'uniform', min: 1, max: 3 } },
		{
			id: 'bagdrop',
			kind: 'station',
			name: 'Bag drop',
			servers: { periodMinutes: 60, count: [2, 3, 3, 3, 3, 3, 3, 2] },
			service: { dist: 'lognormal', mean: 1.5, cv: 0.5 },
			discipline: 'priority',
			resolutionRate: 1,
			costPerServerHour: 30,
			waitExperience: 'unoccupied'
		},
		{
			id: 'counters',
			kind: 'station',
			name: 'Check-in counters',
			servers: { periodMinutes: 60, count: [6, 9, 9, 8, 7, 9, 8, 5] },
			service: { dist: 'lognormal', mean: 3, cv: 0.6 },
			discipline: 'priority',
			resolutionRate: 1,
			costPerServerHour: 30,
			waitExperience: 'unoccupied',
			showsExpectedWait: false
		},
		{ id: 'security', kind: 'exit', name: 'On to security' }
	],
	links: [
		{ from: 'pax', to: 'choice' },
		{ from: 'choice', to: 'kiosks', probability: 0.4 },
		{ from: 'choice', to: 'counters', probability: 0.6 },
		{ from: 'kiosks', to: 'walk' },
		{ from: 'kiosks', to: 'counters', on: 'failed' },
		{ from: 'walk', to: 'bagdrop' },
		{ from: 'bagdrop', to: 'security' },
		{ from: 'counters', to: 'security' }
	],
	targets: { waitMinutes: 15, serviceLevel: 0.8, maxAbandonment: 0.02, minCsat: 0.8 }
};

export const airportRedesign = derive(
	airportBaseline,
	'Airport check-in — more kiosks',
	'Redesign: fourteen kiosks and one more bag-drop point; 65% of passengers self-check-in, and two or three fewer staffed counters are needed at the peaks.',
	(s) => {
		s.links = s.links.map((l) => (l.from === 'choice' ? { ...l, probability: l.to === 'kiosks' ? 0.65 : 0.35 } : l));
		node(s, 'kiosks', 'self-service').units = 14;
		node(s, 'bagdrop', 'station').servers = { periodMinutes: 60, count: [3, 4, 5, 4, 4, 5, 4, 3] };
		node(s, 'counters', 'station').servers = { periodMinutes: 60, count: [4, 6, 7, 5, 5, 6, 5, 3] };
	}
);
