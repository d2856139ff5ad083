// Contact centre with callback (format v2, issue 13): callers who would wait are offered a call
// back and keep their place in the queue. Baseline: a plain phone queue where impatient callers
// hang up. Redesign: the same agents, and a callback offer whenever the expected wait is above
// two minutes; half of those offered accept. Time waiting for the call back is perceived with the
// satisfaction model's `away` multiplier (docs/satisfaction.md).

import { SCENARIO_VERSION, type Scenario } from '$lib/sim';
import { derive, node } from './derive';

export const callbackBaseline: Scenario = {
	format: 'flowbench-scenario',
	// the current format version (these templates use format-v2 nodes; a v1 file is migrated on reading)
	version: SCENARIO_VERSION,
	name: 'Contact centre callback — baseline',
	description:
		'Ten-hour day, 08:00–18:00, one queue of agents answering about 1,000 calls with a morning and an after-lunch peak. Calls last 5 minutes on average (cv 1). Assumptions: callers hang up after about 5 minutes on hold (exponential patience); staffing follows the forecast but runs close to the limit at the peaks.',
	run: { mode: 'day', open: '08:00', hours: 10, drain: true, replications: 30, seed: 17 },
	segments: [
		{
			id: 'caller',
			name: 'Caller',
			share: 1,
			priority: 0,
			patience: { dist: 'exponential', mean: 5 },
			tolerance: { desired: 1, adequate: 4 }
		}
	],
	nodes: [
		{
			id: 'calls',
			kind: 'source',
			name: 'Calls arrive',
			arrivals: { type: 'poisson', periodMinutes: 60, ratePerHour: [80, 120, 140, 110, 90, 100, 120, 90, 70, 50] }
		},
		{
			id: 'agents',
			kind: 'station',
			name: 'Agents',
			servers: { periodMinutes: 60, count: [7, 10, 11, 9, 8, 8, 10, 8, 6, 5] },
			service: { dist: 'lognormal', mean: 5, cv: 1 },
			costPerServerHour: 30,
			waitExperience: 'phone'
		},
		{ id: 'end', kind: 'exit', name: 'Call ends' }
	],
	links: [
		{ from: 'calls', to: 'agents' },
		{ from: 'agents', to: 'end' }
	],
	targets: { waitMinutes: 1 / 3, serviceLevel: 0.8, maxAbandonment: 0.05, minCsat: 0.8 }
};

export const callbackRedesign = derive(
	callbackBaseline,
	'Contact centre callback — callback offer',
	'Redesign: when the expected wait on joining is above 1 minute the caller is offered a call back, keeping their place; 60% accept and hang up, and an agent calls them back when their turn comes. Same agents. The model gives fewer hang-ups (about 10% instead of 13%) but a longer mean wait (about 1.2 minutes instead of 0.6), because callers waiting for their call back never give up and stay in the queue; predicted CSAT stays level, as the minutes spent away feel half as long. Callback cuts abandonment, not the queue: add agents at the peaks to cut waits too.',
	(s) => {
		node(s, 'agents', 'station').callback = { mode: 'callback', offerAboveMinutes: 1, acceptRate: 0.6 };
	}
);
