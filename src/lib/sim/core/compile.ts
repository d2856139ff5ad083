// Turns a validated scenario into the compiled model the simulation loop runs on:
// node kinds as integers, samplers built once, the routing table flattened per
// (node, outcome, segment), staffing and demand as typed arrays.

import type { Scenario, Staffing, FlowNode, LinkOutcome, AppointmentsNode } from '../model/scenario';
import { makeSampler } from '../random/distribution';
import { ExponentialSampler } from '../random/exponential';
import { hashString } from '../random/hash';
import { compileSatisfaction } from '../satisfaction/customer';
import { compileChoices } from './compile-choice';
import {
	ARRIVALS_APPOINTMENTS,
	ARRIVALS_POISSON,
	ARRIVALS_RENEWAL,
	CALLBACK_CALL,
	CALLBACK_NONE,
	CALLBACK_RETURN,
	KIND_APPOINTMENTS,
	LATE_SERVE,
	LATE_TURN_AWAY,
	LATE_WALK_IN,
	ARRIVALS_TRACE,
	KIND_DELAY,
	KIND_EXIT,
	KIND_ROUTER,
	KIND_SELF_SERVICE,
	KIND_SOURCE,
	KIND_STATION,
	OUTCOME_COUNT,
	OUTCOME_DONE,
	OUTCOME_FAILED,
	OUTCOME_UNRESOLVED,
	ROUTER_CHOICE,
	ROUTER_PROBABILITY,
	ROUTER_SHORTEST_QUEUE,
	type CompiledAppointments,
	type CompiledModel,
	type CompiledSource
} from './model';

const KIND_CODE: Record<FlowNode['kind'], number> = {
	source: KIND_SOURCE,
	station: KIND_STATION,
	'self-service': KIND_SELF_SERVICE,
	router: KIND_ROUTER,
	delay: KIND_DELAY,
	exit: KIND_EXIT,
	// a choice is a router with its own policy (ROUTER_CHOICE)
	choice: KIND_ROUTER,
	appointments: KIND_APPOINTMENTS
};

const OUTCOME_CODE: Record<LinkOutcome, number> = {
	done: OUTCOME_DONE,
	unresolved: OUTCOME_UNRESOLVED,
	failed: OUTCOME_FAILED
};

/** Default safety limit on events per replication. */
export const DEFAULT_MAX_EVENTS = 100_000_000;
/** Default service-level threshold when the scenario sets no target, minutes. */
export const DEFAULT_TARGET_WAIT = 10;

function staffing(s: Staffing): { counts: Int32Array; period: number } {
	if (typeof s === 'number') return { counts: Int32Array.of(s), period: Infinity };
	return { counts: Int32Array.from(s.count), period: s.periodMinutes };
}

/** Default time to walk back to a "return"-mode virtual queue once called, minutes. */
export const DEFAULT_RETURN_MINUTES = 5;
/** Default customers still ahead when a "return"-mode customer is called. */
export const DEFAULT_CALL_AHEAD = 2;

const LATE_CODE = { serve: LATE_SERVE, 'walk-in': LATE_WALK_IN, 'turn-away': LATE_TURN_AWAY } as const;

function compileAppointments(
	n: AppointmentsNode,
	segIndex: Map<string, number>,
	arrivalsEnd: number,
	admitAfterClose: boolean
): CompiledAppointments {
	const per = staffing(n.perSlot);
	const slots = Math.max(0, Math.ceil(arrivalsEnd / n.slotMinutes - 1e-9));
	let places = 0;
	for (let k = 0; k < slots; k++) {
		let p = Math.floor((k * n.slotMinutes) / per.period);
		if (p >= per.counts.length) p = per.counts.length - 1;
		places += per.counts[Number.isFinite(p) ? p : 0];
	}
	return {
		slotMinutes: n.slotMinutes,
		perSlot: per.counts,
		perSlotPeriod: per.period,
		places,
		bookedShare: n.bookedShare ?? 1,
		noShowRate: n.noShowRate ?? 0,
		punctuality: makeSampler(n.punctuality ?? { dist: 'deterministic', value: 0 }),
		latePolicy: LATE_CODE[n.latePolicy ?? 'serve'],
		lateGrace: n.lateGraceMinutes ?? 10,
		segment: n.segment !== undefined ? (segIndex.get(n.segment) ?? -1) : -1,
		walkInSegment: n.walkInSegment !== undefined ? (segIndex.get(n.walkInSegment) ?? -1) : -1,
		admitAfterClose
	};
}

/** Compiles a scenario that has passed validation (defaults may still be missing). */
export function compileScenario(scenario: Scenario): CompiledModel {
	const run = scenario.run;
	const steady = run.mode === 'steady';
	const warmup = steady ? (run.warmup ?? 0) : 0;
	const closeTime = steady ? warmup + (run.length ?? 0) : (run.hours ?? 8) * 60;

	// perceived-wait multipliers m_env, m_info and m_stage of the satisfaction model (step 1)
	const satisfaction = compileSatisfaction(scenario);
	const ENV_MULTIPLIER = satisfaction.params.waitExperience;
	const INFO_MULTIPLIER = satisfaction.params.expectedWaitShown;

	const nodes = scenario.nodes;
	const N = nodes.length;
	const index = new Map<string, number>();
	nodes.forEach((n, i) => index.set(n.id, i));

	const segments = scenario.segments;
	const S = segments.length;
	const segIndex = new Map<string, number>();
	segments.forEach((s, i) => segIndex.set(s.id, i));
	const segCumShare = new Float64Array(S);
	let cum = 0;
	segments.forEach((s, i) => {
		cum += s.share;
		segCumShare[i] = cum;
	});
	segCumShare[S - 1] = Infinity; // rounding in the shares never leaves a customer without a segment
	const priorities = [...new Set(segments.map((s) => s.priority ?? 0))].sort((a, b) => b - a);
	const segLevel = Int32Array.from(segments.map((s) => priorities.indexOf(s.priority ?? 0)));

	const nodeKind = new Int32Array(N);
	const nodeKey = new Int32Array(N);
	const nodeResource = new Int32Array(N).fill(-1);
	const nodeDelay = nodes.map(() => null) as CompiledModel['nodeDelay'];
	const routerPolicy = new Int32Array(N);
	const resNodes: number[] = [];
	const sources: CompiledSource[] = [];
	let demandPeriod = Infinity;

	nodes.forEach((n, i) => {
		nodeKind[i] = KIND_CODE[n.kind];
		nodeKey[i] = hashString(n.id) | 0;
		switch (n.kind) {
			case 'station':
			case 'self-service':
				nodeResource[i] = resNodes.length;
				resNodes.push(i);
				break;
			case 'delay':
				nodeDelay[i] = makeSampler(n.duration);
				break;
			case 'router':
				routerPolicy[i] = n.policy === 'shortest-queue' ? ROUTER_SHORTEST_QUEUE : ROUTER_PROBABILITY;
				break;
			case 'choice':
				routerPolicy[i] = ROUTER_CHOICE;
				break;
			case 'source': {
				const a = n.arrivals;
				const src: CompiledSource = {
					node: i,
					type: ARRIVALS_POISSON,
					ratePerMinute: new Float64Array(1),
					periodMinutes: Infinity,
					interarrival: null,
					times: new Float64Array(0),
					appointments: null
				};
				if (a.type === 'poisson') {
					const rates = typeof a.ratePerHour === 'number' ? [a.ratePerHour] : a.ratePerHour;
					src.ratePerMinute = Float64Array.from(rates, (r) => r / 60);
					src.periodMinutes = rates.length > 1 ? (a.periodMinutes ?? 60) : Infinity;
					if (rates.length > 1) demandPeriod = Math.min(demandPeriod, src.periodMinutes);
				} else if (a.type === 'renewal') {
					src.type = ARRIVALS_RENEWAL;
					src.interarrival = makeSampler(a.interarrival);
				} else {
					src.type = ARRIVALS_TRACE;
					src.times = Float64Array.from(a.times).sort();
				}
				sources.push(src);
				break;
			}
			case 'appointments':
				sources.push({
					node: i,
					type: ARRIVALS_APPOINTMENTS,
					ratePerMinute: new Float64Array(1),
					periodMinutes: Infinity,
					interarrival: null,
					times: new Float64Array(0),
					appointments: compileAppointments(n, segIndex, closeTime, !steady && run.drain !== false)
				});
				break;
		}
	});

	const R = resNodes.length;
	const resService = [];
	const resStaff: Int32Array[] = [];
	const resStaffPeriod = new Float64Array(R);
	const resQueueCapacity = new Float64Array(R);
	const resSuccess = new Float64Array(R);
	const resCostPerMinute = new Float64Array(R);
	const resPriority = new Uint8Array(R);
	const resWaitMultiplier = new Float64Array(R);
	const resIsStation = new Uint8Array(R);
	const resServiceMean = new Float64Array(R);
	const resExponentialMean = new Float64Array(R).fill(NaN);
	const resCallback = new Int32Array(R);
	const resCallbackAbove = new Float64Array(R);
	const resCallbackAccept = new Float64Array(R);
	const resCallAhead = new Int32Array(R);
	const resReturnTime: (ReturnType<typeof makeSampler> | null)[] = [];
	for (let r = 0; r < R; r++) {
		const n = nodes[resNodes[r]];
		if (n.kind !== 'station' && n.kind !== 'self-service') throw new Error('unreachable');
		const st = staffing(n.kind === 'station' ? n.servers : n.units);
		resStaff.push(st.counts);
		resStaffPeriod[r] = st.period;
		resService.push(makeSampler(n.service));
		resServiceMean[r] = resService[r].mean;
		if (resService[r] instanceof ExponentialSampler) resExponentialMean[r] = resService[r].mean;
		const cb = n.kind === 'station' ? n.callback : undefined;
		resCallback[r] = cb === undefined ? CALLBACK_NONE : cb.mode === 'return' ? CALLBACK_RETURN : CALLBACK_CALL;
		resCallbackAbove[r] = cb?.offerAboveMinutes ?? 0;
		resCallbackAccept[r] = cb?.acceptRate ?? 0;
		resCallAhead[r] = cb?.callAhead ?? DEFAULT_CALL_AHEAD;
		resReturnTime.push(
			cb?.mode === 'return' ? makeSampler(cb.returnTime ?? { dist: 'deterministic', value: DEFAULT_RETURN_MINUTES }) : null
		);
		resQueueCapacity[r] = n.queueCapacity == null ? Infinity : n.queueCapacity;
		resCostPerMinute[r] = (n.costPerServerHour ?? 0) / 60;
		const experience = n.waitExperience ?? (n.kind === 'station' ? 'unoccupied' : 'occupied');
		resWaitMultiplier[r] = ENV_MULTIPLIER[experience] * (n.showsExpectedWait ? INFO_MULTIPLIER : 1);
		if (n.kind === 'station') {
			resIsStation[r] = 1;
			resSuccess[r] = n.resolutionRate ?? 1;
			resPriority[r] = n.discipline === 'priority' ? 1 : 0;
		} else {
			resSuccess[r] = n.successRate ?? 1;
		}
	}

	// routing table
	const slots = N * OUTCOME_COUNT * S;
	const buckets: { target: number; p: number | undefined }[][] = Array.from({ length: slots }, () => []);
	for (const link of scenario.links) {
		const from = index.get(link.from)!;
		const to = index.get(link.to)!;
		const o = OUTCOME_CODE[link.on ?? 'done'];
		const segs = link.segments ? link.segments.map((id) => segIndex.get(id)!) : [...Array(S).keys()];
		for (const s of segs) buckets[(from * OUTCOME_COUNT + o) * S + s].push({ target: to, p: link.probability });
	}
	const routeStart = new Int32Array(slots);
	const routeLen = new Int32Array(slots);
	const targets: number[] = [];
	const cums: number[] = [];
	buckets.forEach((list, k) => {
		routeStart[k] = targets.length;
		routeLen[k] = list.length;
		let c = 0;
		for (const { target, p } of list) {
			c += p ?? 1 / list.length;
			targets.push(target);
			cums.push(c);
		}
		if (list.length > 0) cums[cums.length - 1] = Infinity; // probabilities sum to 1 up to rounding
	});

	const periodMinutes = Number.isFinite(demandPeriod) ? Math.min(60, demandPeriod) : 60;
	const periodCount = steady ? 1 : Math.max(1, Math.ceil(closeTime / periodMinutes - 1e-9));

	return {
		steady,
		closeTime,
		warmup,
		drain: steady ? false : run.drain !== false,
		maxEvents: run.maxEvents ?? DEFAULT_MAX_EVENTS,
		targetWait: scenario.targets?.waitMinutes ?? DEFAULT_TARGET_WAIT,
		nodeCount: N,
		nodeIds: nodes.map((n) => n.id),
		nodeNames: nodes.map((n) => n.name),
		nodeKind,
		nodeKey,
		nodeResource,
		nodeDelay,
		routerPolicy,
		resourceCount: R,
		resNode: Int32Array.from(resNodes),
		resIsStation,
		resService,
		resStaff,
		resStaffPeriod,
		resQueueCapacity,
		resSuccess,
		resCostPerMinute,
		resPriority,
		resWaitMultiplier,
		resServiceMean,
		resExponentialMean,
		resCallback,
		resCallbackAbove,
		resCallbackAccept,
		resCallAhead,
		resReturnTime,
		awayMultiplier: satisfaction.params.waitExperience.away,
		segmentCount: S,
		segmentIds: segments.map((s) => s.id),
		segCumShare,
		segLevel,
		levelCount: priorities.length,
		segPatience: segments.map((s) => (s.patience ? makeSampler(s.patience) : null)),
		segPriority: Int32Array.from(segments.map((s) => s.priority ?? 0)),
		sources,
		routeStart,
		routeLen,
		routeTarget: Int32Array.from(targets),
		routeCum: Float64Array.from(cums),
		periodMinutes,
		periodCount,
		stageMultiplier: satisfaction.params.afterServiceStarted,
		satisfaction,
		choices: compileChoices(scenario, index, nodeResource, resService)
	};
}
