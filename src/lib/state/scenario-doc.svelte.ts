// The editor's document: one scenario with undo/redo history. Every change goes through
// update(label, mutate, { coalesce }); each call is one undo step, except that calls with the
// same coalesce key within a second merge into one (typing in a field is one step).
// Validation (problems, warnings) is derived from the current scenario.

import { validateScenario, type Problem, type Scenario } from '$lib/sim';

/** Calls with the same coalesce key closer together than this merge into one undo step. */
export const COALESCE_MS = 1000;
/** Oldest steps beyond this many are forgotten. */
export const MAX_HISTORY = 200;

interface Step {
	label: string;
	/** The scenario before this step. */
	before: Scenario;
	/** The scenario after this step. */
	after: Scenario;
	coalesce?: string;
	at: number;
}

function clone<T>(x: T): T {
	return structuredClone(x);
}

export class ScenarioDoc {
	readonly id: string;
	#scenario = $state() as Scenario;
	#version = $state(0);
	#past = $state.raw<Step[]>([]);
	#future = $state.raw<Step[]>([]);
	#now: () => number;

	#validation = $derived(validateScenario(this.#scenario));

	constructor(id: string, scenario: Scenario, options?: { now?: () => number }) {
		this.id = id;
		// $state.snapshot copies plain objects and reactive ones alike (structuredClone refuses proxies).
		this.#scenario = $state.snapshot(scenario) as Scenario;
		this.#now = options?.now ?? (() => Date.now());
	}

	/** The current scenario (reactive). Read it; change it only through update(). */
	get scenario(): Scenario {
		return this.#scenario;
	}

	/** +1 on every change, undo and redo. */
	get version(): number {
		return this.#version;
	}

	/** A plain (non-proxied) copy of the current scenario, e.g. to save or run. */
	snapshot(): Scenario {
		return $state.snapshot(this.#scenario) as Scenario;
	}

	update(label: string, mutate: (draft: Scenario) => void, options?: { coalesce?: string }): void {
		const before = this.snapshot();
		// Mutating the live (proxied) scenario keeps reactivity fine-grained: only what changed re-renders.
		try {
			mutate(this.#scenario);
		} catch (e) {
			this.#scenario = before;
			throw e;
		}
		const draft = this.snapshot();
		if (JSON.stringify(draft) === JSON.stringify(before)) return;
		const at = this.#now();
		const last = this.#past.at(-1);
		const coalesce = options?.coalesce;
		if (coalesce && last && last.coalesce === coalesce && at - last.at < COALESCE_MS && this.#future.length === 0) {
			this.#past = [...this.#past.slice(0, -1), { ...last, label, after: draft, at }];
		} else {
			this.#push({ label, before, after: draft, coalesce, at });
		}
		this.#future = [];
		this.#version++;
	}

	/** Replaces the whole scenario (e.g. after an import), as one undoable step. */
	replace(label: string, next: Scenario): void {
		const before = this.snapshot();
		const after = $state.snapshot(next) as Scenario;
		this.#push({ label, before, after, at: this.#now() });
		this.#future = [];
		this.#scenario = clone(after);
		this.#version++;
	}

	undo(): void {
		const step = this.#past.at(-1);
		if (!step) return;
		this.#past = this.#past.slice(0, -1);
		this.#future = [...this.#future, step];
		this.#scenario = clone(step.before);
		this.#version++;
	}

	redo(): void {
		const step = this.#future.at(-1);
		if (!step) return;
		this.#future = this.#future.slice(0, -1);
		this.#past = [...this.#past, { ...step, coalesce: undefined }];
		this.#scenario = clone(step.after);
		this.#version++;
	}

	get canUndo(): boolean {
		return this.#past.length > 0;
	}
	get canRedo(): boolean {
		return this.#future.length > 0;
	}
	get undoLabel(): string | null {
		return this.#past.at(-1)?.label ?? null;
	}
	get redoLabel(): string | null {
		return this.#future.at(-1)?.label ?? null;
	}

	/** Errors: the scenario cannot run while there are any. */
	get problems(): Problem[] {
		const v = this.#validation;
		return v.ok ? [] : v.problems;
	}
	get warnings(): Problem[] {
		return this.#validation.warnings;
	}
	get valid(): boolean {
		return this.#validation.ok;
	}

	#push(step: Step): void {
		const past = [...this.#past, step];
		this.#past = past.length > MAX_HISTORY ? past.slice(past.length - MAX_HISTORY) : past;
	}
}
