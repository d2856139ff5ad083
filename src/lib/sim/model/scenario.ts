// The scenario file (format version 2; version-1 files are migrated on reading, model/migrate.ts): the flow, demand, staffing, customer behaviour,
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
	/** Format v2: a virtual queue — customers may leave the line and be called back, keeping their place. */
	callback?: CallbackOffer;
}

/**
 * Format v2. A station's virtual queue: a waiting customer is offered to leave the line and keep
 * their place. "callback": the station calls the customer back when their turn comes (phone; the
 * service starts at once). "return": the customer is called when `callAhead` customers are ahead
 * of them and walks back in `returnTime`; if their turn comes before they are back, the next
 * customer present is served and they take the head of the line when they return.
 * Time away from the line is perceived with the satisfaction model's `waitExperience.away`.
 */
export interface CallbackOffer {
	mode: 'callback' | 'return';
	/** Offered only when the expected wait on joining (waiting × mean service / servers) exceeds this many minutes; default 0. */
	offerAboveMinutes?: number;
	/** Share of offered customers who accept, 0–1. */
	acceptRate: number;
	/** "return" only: customers still ahead when a customer is called (default 2). */
	callAhead?: number;
	/** "return" only: time to walk back once called (default deterministic 5 min). */
	returnTime?: Distribution;
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

/**
 * Format v2. Each customer picks one alternative by a multinomial logit:
 * U_j = preference_j(segment) − waitSensitivity · (W_j + effortMinutes_j), P_j = exp(U_j) / Σ_k exp(U_k),
 * W_j = the expected wait at alternative j's node (station / self-service: customers waiting × mean
 * service / servers on shift now; another kind of node: 0). With waitInfo "announced" only
 * alternatives whose node shows its expected wait (`showsExpectedWait`) contribute W_j; the others
 * use their `assumedWaitMinutes`. An alternative whose node has no server on shift is not offered.
 * The pick uses the customer's own random draw (common random numbers hold).
 */
export interface ChoiceNode extends NodeBase {
	kind: 'choice';
	/** One per outgoing link of the node, in the order shares are reported. */
	alternatives: ChoiceAlternative[];
	/** Utility lost per minute of expected wait or effort (≥ 0); default 0.2. */
	waitSensitivity?: number;
	/** "observed" (default): every alternative's current expected wait is known; "announced": see above. */
	waitInfo?: 'observed' | 'announced';
}

export interface ChoiceAlternative {
	/** Id of the node this alternative leads to (a link from the choice node to it must exist). */
	to: string;
	/** Channel label shown in results ("App", "Kiosk"); default: the target node's name. */
	label?: string;
	/** Alternative-specific constant in utility units: one number, or per segment id (absent ids: 0). Default 0. */
	preference?: number | Record<string, number>;
	/** Effort or cost of using this channel, in minutes of wait it is worth; default 0. */
	effortMinutes?: number;
	/** waitInfo "announced": the wait customers assume when this channel does not show its wait; default 0. */
	assumedWaitMinutes?: number;
}

/**
 * Format v2. A source of booked arrivals. Slots start every `slotMinutes` from opening until
 * closing; `perSlot` customers are booked per slot (one number, or per period like staffing) of
 * whom a share `bookedShare` is actually booked. Each booked customer is a no-show with
 * probability `noShowRate`, else arrives at slot time + a lateness drawn from `punctuality`
 * (minutes, negative = early). Someone later than `lateGraceMinutes` is handled by `latePolicy`:
 * "serve" (joins as usual), "walk-in" (joins as a walk-in of the walk-in segment's priority),
 * "turn-away" (leaves unresolved; counted as sent home). An appointment customer's wait counts
 * from the later of slot time and arrival. Walk-ins beside them come from an ordinary source node.
 */
export interface AppointmentsNode extends NodeBase {
	kind: 'appointments';
	slotMinutes: number;
	perSlot: Staffing;
	/** Share of slots booked, 0–1; default 1. */
	bookedShare?: number;
	/** Lateness in minutes (negative = early); default deterministic 0. */
	punctuality?: Distribution;
	/** Share of booked customers who do not come, 0–1; default 0. */
	noShowRate?: number;
	latePolicy?: 'serve' | 'walk-in' | 'turn-away';
	/** Minutes late still counted as on time; default 10. */
	lateGraceMinutes?: number;
	/** Segment id of booked customers; absent: drawn by segment shares like any source. */
	segment?: string;
	/** "walk-in" policy: the segment late customers are moved to. */
	walkInSegment?: string;
}

export type FlowNode = SourceNode | AppointmentsNode | StationNode | SelfServiceNode | RouterNode | ChoiceNode | DelayNode | ExitNode;
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
	version: 2;
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
	/** Format v2: time away from the line in a virtual queue (callback or return when called). */
	away?: number;
}

/**
 * Format v2. Predicted complaints: a customer complains with probability
 * P(answer 1 of 5) · `veryDissatisfied`, P(answer 1) = Φ(τ₁ − μ) from the ordered probit.
 */
export interface ComplaintSettings {
	/** Probability that a very dissatisfied customer (answer 1 of 5) complains (default documented in docs/satisfaction.md). */
	veryDissatisfied?: number;
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
	/** Format v2: complaint probabilities (see ComplaintSettings). */
	complaints?: ComplaintSettings;
	/** Present when parameters were fitted to the user's own survey answers (docs/data-import.md). */
	calibration?: { responses: number; parameters: string[]; source?: string; date?: string };
}

export const SCENARIO_FORMAT = 'flowbench-scenario';
export const SCENARIO_VERSION = 2;
