// Hospital outpatient clinic: registration → triage → doctor → pharmacy, with a morning peak.
// Redesign: a third of patients book appointments (registered online, arrivals spread over
// the day) and one more doctor works the peak hours.

import type { Scenario } from '$lib/sim';
import { derive, node } from './derive';

export const clinicBaseline: Scenario = {
	format: 'flowbench-scenario',
	version: 2,
	name: 'Outpatient clinic — baseline',
	description:
		'Nine-hour clinic day, walk-in only. Every patient registers, sees a triage nurse and a doctor; most then collect medicine at the pharmacy. The morning peak outruns the doctors on shift.',
	run: { mode: 'day', open: '08:00', hours: 9, drain: true, replications: 30, seed: 11 },
	segments: [
		{
			id: 'walk-in',
			name: 'Walk-in patient',
			share: 0.8,
			priority: 0,
			patience: { dist: 'lognormal', mean: 75, cv: 0.6 },
			tolerance: { desired: 10, adequate: 25 }
		},
		{
			id: 'elderly',
			name: 'Elderly patient',
			share: 0.2,
			priority: 1,
			patience: { dist: 'lognormal', mean: 90, cv: 0.6 },
			tolerance: { desired: 8, adequate: 20 }
		}
	],
	nodes: [
		{
			id: 'arrive',
			kind: 'source',
			name: 'Patients arrive',
			arrivals: { type: 'poisson', periodMinutes: 60, ratePerHour: [40, 70, 80, 60, 35, 45, 55, 40, 20] }
		},
		{
			id: 'registration',
			kind: 'station',
			name: 'Registration desk',
			servers: { periodMinutes: 60, count: [3, 4, 4, 4, 3, 3, 3, 3, 2] },
			service: { dist: 'lognormal', mean: 2.5, cv: 0.5 },
			discipline: 'priority',
			resolutionRate: 1,
			costPerServerHour: 25,
			waitExperience: 'unoccupied'
		},
		{
			id: 'triage',
			kind: 'station',
			name: 'Triage nurses',
			servers: { periodMinutes: 60, count: [4, 6, 6, 5, 4, 4, 5, 4, 3] },
			service: { dist: 'lognormal', mean: 4, cv: 0.5 },
			discipline: 'priority',
			resolutionRate: 1,
			costPerServerHour: 40,
			waitExperience: 'occupied'
		},
		{
			id: 'doctor',
			kind: 'station',
			name: 'Doctors',
			servers: { periodMinutes: 60, count: [5, 8, 8, 7, 5, 5, 6, 5, 3] },
			service: { dist: 'lognormal', mean: 7, cv: 0.7 },
			discipline: 'priority',
			resolutionRate: 0.95,
			costPerServerHour: 90,
			waitExperience: 'occupied',
			showsExpectedWait: false
		},
		{ id: 'rx', kind: 'router', name: 'Needs medicine?' },
		{
			id: 'pharmacy',
			kind: 'station',
			name: 'Pharmacy',
			servers: { periodMinutes: 60, count: [2, 3, 4, 4, 3, 3, 3, 3, 2] },
			service: { dist: 'lognormal', mean: 3, cv: 0.6 },
			resolutionRate: 1,
			costPerServerHour: 35,
			waitExperience: 'unoccupied'
		},
		{ id: 'leave', kind: 'exit', name: 'Leave' }
	],
	links: [
		{ from: 'arrive', to: 'registration' },
		{ from: 'registration', to: 'triage' },
		{ from: 'triage', to: 'doctor' },
		{ from: 'doctor', to: 'rx' },
		{ from: 'doctor', to: 'leave', on: 'unresolved' },
		{ from: 'rx', to: 'pharmacy', probability: 0.7 },
		{ from: 'rx', to: 'leave', probability: 0.3 },
		{ from: 'pharmacy', to: 'leave' }
	],
	targets: { waitMinutes: 30, serviceLevel: 0.8, maxAbandonment: 0.05, minCsat: 0.8 }
};

export const clinicRedesign = derive(
	clinicBaseline,
	'Outpatient clinic — appointments and a peak doctor',
	'Redesign: 30% of patients book an appointment and register online (they go straight to triage), which spreads arrivals over the day; one extra doctor works 09:00–12:00 and the waiting room shows the expected wait.',
	(s) => {
		s.segments = [
			{
				id: 'walk-in',
				name: 'Walk-in patient',
				share: 0.55,
				priority: 0,
				patience: { dist: 'lognormal', mean: 75, cv: 0.6 },
				tolerance: { desired: 10, adequate: 25 }
			},
			{
				id: 'elderly',
				name: 'Elderly patient',
				share: 0.15,
				priority: 1,
				patience: { dist: 'lognormal', mean: 90, cv: 0.6 },
				tolerance: { desired: 8, adequate: 20 }
			},
			{
				id: 'appointment',
				name: 'Appointment',
				share: 0.3,
				priority: 1,
				patience: { dist: 'lognormal', mean: 60, cv: 0.5 },
				tolerance: { desired: 5, adequate: 15 }
			}
		];
		node(s, 'arrive', 'source').arrivals = { type: 'poisson', periodMinutes: 60, ratePerHour: [50, 65, 70, 60, 40, 50, 55, 35, 20] };
		node(s, 'doctor', 'station').servers = { periodMinutes: 60, count: [5, 9, 9, 8, 5, 5, 6, 5, 3] };
		node(s, 'doctor', 'station').showsExpectedWait = true;
		s.nodes.splice(1, 0, { id: 'booked', kind: 'router', name: 'Booked online?' });
		s.links = [
			{ from: 'arrive', to: 'booked' },
			{ from: 'booked', to: 'registration', segments: ['walk-in', 'elderly'] },
			{ from: 'booked', to: 'triage', segments: ['appointment'] },
			...s.links.filter((l) => l.from !== 'arrive')
		];
	}
);
