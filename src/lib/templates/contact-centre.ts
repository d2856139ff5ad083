// Contact centre: a twelve-hour day of calls, an IVR menu that can serve simple requests,
// agents who resolve most calls and specialists for the rest. Callers hang up when kept
// waiting (abandonment). Redesign: a better IVR self-service takes more simple calls, so
// the same waits need fewer agents.

import type { Scenario } from '$lib/sim';
import { derive, node } from './derive';

export const contactBaseline: Scenario = {
	format: 'flowbench-scenario',
	version: 2,
	name: 'Contact centre — baseline',
	description:
		'Twelve-hour day, 08:00–20:00. A quarter of callers choose IVR self-service (70% succeed, the rest queue for an agent). Agents resolve 85% of calls; the rest go to specialists. Premium customers are answered first.',
	run: { mode: 'day', open: '08:00', hours: 12, drain: true, replications: 20, seed: 21 },
	segments: [
		{
			id: 'standard',
			name: 'Standard caller',
			share: 0.9,
			priority: 0,
			patience: { dist: 'exponential', mean: 4 },
			tolerance: { desired: 0.5, adequate: 2 }
		},
		{
			id: 'premium',
			name: 'Premium customer',
			share: 0.1,
			priority: 1,
			patience: { dist: 'exponential', mean: 3 },
			tolerance: { desired: 0.3, adequate: 1 }
		}
	],
	nodes: [
		{
			id: 'calls',
			kind: 'source',
			name: 'Calls arrive',
			arrivals: { type: 'poisson', periodMinutes: 60, ratePerHour: [120, 200, 260, 280, 240, 200, 220, 240, 200, 160, 120, 80] }
		},
		{ id: 'menu', kind: 'router', name: 'IVR menu' },
		{
			id: 'ivr',
			kind: 'self-service',
			name: 'IVR self-service',
			units: 40,
			service: { dist: 'lognormal', mean: 2, cv: 0.5 },
			successRate: 0.7,
			costPerServerHour: 1,
			waitExperience: 'phone'
		},
		{
			id: 'agents',
			kind: 'station',
			name: 'Agents',
			servers: { periodMinutes: 60, count: [10, 15, 19, 20, 18, 15, 16, 18, 15, 12, 10, 7] },
			service: { dist: 'lognormal', mean: 5, cv: 1 },
			discipline: 'priority',
			resolutionRate: 0.85,
			costPerServerHour: 28,
			waitExperience: 'phone',
			showsExpectedWait: false
		},
		{
			id: 'specialists',
			kind: 'station',
			name: 'Specialists',
			servers: 5,
			service: { dist: 'lognormal', mean: 8, cv: 0.8 },
			discipline: 'priority',
			resolutionRate: 1,
			costPerServerHour: 40,
			waitExperience: 'phone'
		},
		{ id: 'end', kind: 'exit', name: 'Call ends' }
	],
	links: [
		{ from: 'calls', to: 'menu' },
		{ from: 'menu', to: 'ivr', probability: 0.25 },
		{ from: 'menu', to: 'agents', probability: 0.75 },
		{ from: 'ivr', to: 'end' },
		{ from: 'ivr', to: 'agents', on: 'failed' },
		{ from: 'agents', to: 'end' },
		{ from: 'agents', to: 'specialists', on: 'unresolved' },
		{ from: 'specialists', to: 'end' }
	],
	targets: { waitMinutes: 1, serviceLevel: 0.8, maxAbandonment: 0.05, minCsat: 0.8 }
};

export const contactRedesign = derive(
	contactBaseline,
	'Contact centre — stronger IVR self-service',
	'Redesign: a rebuilt IVR handles balances, status checks and resets — 45% of callers try it and 75% succeed. Agents drop by one or two per hour; the queue announces the expected wait.',
	(s) => {
		s.links = s.links.map((l) => (l.from === 'menu' ? { ...l, probability: l.to === 'ivr' ? 0.45 : 0.55 } : l));
		const ivr = node(s, 'ivr', 'self-service');
		ivr.successRate = 0.75;
		ivr.units = 60;
		const agents = node(s, 'agents', 'station');
		agents.servers = { periodMinutes: 60, count: [8, 12, 16, 17, 15, 12, 13, 15, 12, 10, 8, 6] };
		agents.showsExpectedWait = true;
	}
);
