// The scenario file (format version 1): the flow, demand, staffing, customer behaviour,
// targets and run settings of one service model. All times are in minutes, rates per hour,
// simulation time 0 is opening time. See docs/scenario-format.md.

/** A probability distribution given the way managers know it: by mean (minutes) and spread. */
export type Distribution =
	| { dist: 'exponential'; mean: number }
	| { dist: 'deterministic'; value: number }
	| { dist: 'lognormal' | 'gamma' | 'weibull'; mean: number; cv: number }
	| { dist: 'erlang'; mean: number; k: number }
	| { dist: 'uniform'; min: number; max: number }
	| { dist: 'triangular'; min: number; mode: number; max: number }
	| { dist: 'empirical'; values: number[] };

export type DistributionName = Distribution['dist'];

export interface RunSettings {
	/** "day": open..close, then drain; "steady": long run with warm-up deletion. */
	mode: 'day' | 'steady';
	/** Day mode: clock label of time 0, "HH:MM" (display only). */
	open?: string;
	/** Day mode: doors close after this many hours. */
	hours?: number;
	/** Day mode: serve everyone still inside after closing. */
	drain?: boolean;
	/** Steady mode: minutes discarded before measuring. */
	warmup?: number;
	/** Steady mode: minutes measured after the warm-up. */
	length?: number;
	replications: number;
	seed: number;
	/** Safety limit: a replication that processes more events than this stops with an error. */
	maxEvents?: number;
}

export interface Tolerance {
	/** Desired wait, perceived minutes. */
	desired: number;
	/** Adequate (still acceptable) wait, perceived minutes. */
	adequate: number;
}

export interface Segment {
	id: string;
	name: string;
	/** Share of arrivals, 0–1; shares of all segments sum to 1. */
	share: number;
	/** Higher is served first at stations with discipline "priority". */
	priority?: number;
	/** Time a customer is willing to wait in one queue; null or absent: never abandons. */
	patience?: Distribution | null;
	tolerance?: Tolerance;
}

export type Arrivals =
	| { type: 'poisson'; periodMinutes?: number; ratePerHour: number | number[] }
	| { type: 'renewal'; interarrival: Distribution }
	| { type: 'trace'; times: number[] };

/** Servers (or self-service units): one number for the whole day, or one count per period. */
export type Staffing = number | { periodMinutes: number; count: number[] };

export interface Position {
	x: number;
	y: number;
}

interface NodeBase {
	id: string;
	name: string;
	/** Where the editor draws the node (optional; ignored by the engine). */
	position?: Position;
}

export interface SourceNode extends NodeBase {
	kind: 'source';
	arrivals: Arrivals;
}

export type WaitExperience = 'unoccupied' | 'occupied' | 'phone';

export interface StationNode extends NodeBase {
	kind: 'station';
	servers: Staffing;
	service: Distribution;
	discipline?: 'fifo' | 'priority';
	/** Maximum number waiting (not counting those in service); arrivals beyond it balk. null: unlimited. */
	queueCapacity?: number | null;
	/** Share of services that resolve the customer's issue here, 0–1. */
	resolutionRate?: number;
	costPerServerHour?: number;
	waitExperience?: WaitExperience;
	showsExpectedWait?: boolean;
}

export interface SelfServiceNode extends NodeBase {
	kind: 'self-service';
	units: Staffing;
	service: Distribution;
	/** Share of self-service attempts that succeed, 0–1; failures follow a "failed" link. */
	successRate?: number;
	queueCapacity?: number | null;
	costPerServerHour?: number;
	waitExperience?: WaitExperience;
	showsExpectedWait?: boolean;
}

export interface RouterNode extends NodeBase {
	kind: 'router';
	/** "probability" (default): split by link probability; "shortest-queue": the linked queue with the fewest waiting. */
	policy?: 'probability' | 'shortest-queue';
}

export interface DelayNode extends NodeBase {
	kind: 'delay';
	duration: Distribution;
}

export interface ExitNode extends NodeBase {
	kind: 'exit';
}

export type FlowNode = SourceNode | StationNode | SelfServiceNode | RouterNode | DelayNode | ExitNode;
export type NodeKind = FlowNode['kind'];

export type LinkOutcome = 'done' | 'unresolved' | 'failed';

export interface Link {
	from: string;
	to: string;
	on?: LinkOutcome;
	probability?: number;
	/** Only these segments follow the link; absent: every segment. */
	segments?: string[];
}

export interface Targets {
	/** Service-level threshold: minutes of total wait. */
	waitMinutes?: number;
	/** Share served within waitMinutes, 0–1. */
	serviceLevel?: number;
	maxAbandonment?: number;
	minCsat?: number;
}

export interface Scenario {
	format: 'flowbench-scenario';
	version: 1;
	name: string;
	description?: string;
	/** ISO 4217 code of the costs ("EUR", "CNY"); absent: plain numbers. */
	currency?: string;
	/** Name of the baseline this scenario is a redesign of (kept through export, import and share links). */
	redesignOf?: string;
	run: RunSettings;
	segments: Segment[];
	nodes: FlowNode[];
	links: Link[];
	targets?: Targets;
	/** Satisfaction model parameters (see docs/satisfaction.md); absent keys take the defaults. */
	satisfaction?: SatisfactionSettings;
}

/** Perceived-wait multiplier m_env for each kind of wait (satisfaction model, step 1). */
export interface WaitExperienceMultipliers {
	unoccupied?: number;
	phone?: number;
	occupied?: number;
}

/**
 * Parameters of the predicted-satisfaction model (docs/satisfaction.md). Every key is
 * optional; an absent key takes the documented default. Penalties are in latent-score units
 * (standard deviations of the ordered-probit scale) and are subtracted.
 */
export interface SatisfactionSettings {
	/** Individual spread s of the wait tolerance: A_i = A·exp(s·Z − s²/2); 0 = deterministic. */
	toleranceSpread?: number;
	/** Latent score of a resolved customer with no wait and nothing else wrong. */
	baseline?: number;
	/** Wait penalty reached at the adequate wait (linear from the desired wait). */
	zonePenalty?: number;
	/** Additional wait penalty per adequate wait beyond the adequate wait. */
	beyondPenalty?: number;
	/** Largest wait penalty. */
	maxWaitPenalty?: number;
	/** Penalty for leaving unresolved (including abandoned, balked and sent home). */
	unresolved?: number;
	/** Penalty for abandoning or balking. */
	abandoned?: number;
	/** Penalty per extra contact for the same issue. */
	extraContact?: number;
	/** Penalty per transfer (hand-off). */
	transfer?: number;
	/** Penalty per overtake (a later arrival served first). */
	overtake?: number;
	/** Overtakes beyond this many add no penalty. */
	maxOvertakes?: number;
	/** Ordered-probit cutpoints τ₁…τ₄ of the 1–5 answer, ascending: P(answer > k) = Φ(μ − τ_k). */
	cutpoints?: number[];
	/** Promoter cut of the recommend scale: P(promoter) = Φ((μ − promoterCut)/npsScale). */
	promoterCut?: number;
	/** Detractor cut: P(detractor) = Φ((detractorCut − μ)/npsScale). */
	detractorCut?: number;
	/** Spread of the recommend scale relative to the latent score. */
	npsScale?: number;
	/** m_env per waitExperience. */
	waitExperience?: WaitExperienceMultipliers;
	/** m_info: multiplier when the expected wait or queue position is shown. */
	expectedWaitShown?: number;
	/** m_stage: multiplier for waits after service has started (between steps). */
	afterServiceStarted?: number;
	/** Present when parameters were fitted to the user's own survey answers (docs/data-import.md). */
	calibration?: { responses: number; parameters: string[]; source?: string; date?: string };
}

export const SCENARIO_FORMAT = 'flowbench-scenario';
export const SCENARIO_VERSION = 1;
