// The editor's own state beside the document: what is selected, the clipboard, which field to
// focus, and the editing commands the canvas, palette, toolbar and keyboard share.
// Every change to the scenario goes through doc.update (one undo step each).

import { getContext, setContext } from 'svelte';
import type { NodeKind, Position, Problem } from '$lib/sim';
import type { ScenarioDoc } from '$lib/state/scenario-doc.svelte';
import { copyNodes, pasteClip, type Clip } from './clipboard';
import { autoLayout, freeSpot, layoutPositions, openSpot, pinPositions } from './layout';
import { addNode, connect, removeLinks, removeNodes } from './nodes';
import { problemsAt, problemTarget } from './paths';
import { counted } from './summary';

type Translate = (key: string, params?: Record<string, string | number>) => string;

export type Panel = 'segments' | 'demand' | 'staffing' | 'targets' | 'satisfaction' | 'run' | 'problems';

export class EditorState {
	readonly #doc: () => ScenarioDoc;
	readonly t: Translate;
	selectedNodes = $state<string[]>([]);
	selectedLink = $state<number | null>(null);
	/** The scenario panel to show when nothing is selected. */
	panel = $state<Panel>('segments');
	/** A field path to focus once it is on screen (after a click on a problem). */
	focusPath = $state<string | null>(null);
	/** Bumped to ask the inspector to take the keyboard focus (Enter on a node). */
	inspectorFocus = $state(0);
	/** Bumped to ask the canvas to fit everything into view. */
	fitRequest = $state(0);
	clip = $state.raw<Clip | null>(null);
	/** Where the middle of the visible canvas is, in flow coordinates (set by the canvas). */
	viewCenter: (() => Position) | null = null;
	/** The latest status message, read out by a live region. */
	status = $state('');

	/** Every node's position: the saved one, or the automatic layout's. */
	positions = $derived.by(() => layoutPositions(this.doc.scenario.nodes, this.doc.scenario.links));

	/** doc: the document, or a function returning it (so the editor follows a new document prop). */
	constructor(doc: ScenarioDoc | (() => ScenarioDoc), t: Translate) {
		this.#doc = typeof doc === 'function' ? doc : () => doc;
		this.t = t;
	}

	get doc(): ScenarioDoc {
		return this.#doc();
	}

	get selectedNode() {
		if (this.selectedNodes.length !== 1) return null;
		const i = this.doc.scenario.nodes.findIndex((n) => n.id === this.selectedNodes[0]);
		return i < 0 ? null : { node: this.doc.scenario.nodes[i], index: i };
	}

	get hasSelection(): boolean {
		return this.selectedNodes.length > 0 || this.selectedLink !== null;
	}

	problemsAt(path: string): Problem[] {
		return problemsAt(this.doc.problems, path);
	}
	warningsAt(path: string): Problem[] {
		return problemsAt(this.doc.warnings, path);
	}

	selectNodes(ids: string[]): void {
		this.selectedNodes = ids;
		this.selectedLink = null;
	}
	selectLink(index: number | null): void {
		this.selectedLink = index;
		this.selectedNodes = [];
	}
	clearSelection(): void {
		this.selectedNodes = [];
		this.selectedLink = null;
	}

	add(kind: NodeKind, at?: Position): void {
		const name = this.t(`editor.kind.${kind}`);
		let id = '';
		const center = this.viewCenter?.();
		const position = at ?? (center ? openSpot(center, this.positions.values()) : freeSpot(this.positions.values()));
		const pinned = this.positions;
		this.doc.update(this.t('editor.action.add', { name }), (d) => {
			pinPositions(d.nodes, pinned);
			id = addNode(d, kind, name, position);
		});
		this.selectNodes([id]);
		this.status = this.t('editor.status.added', { name });
	}

	connect(from: string, to: string): boolean {
		let index = -1;
		const pinned = this.positions;
		this.doc.update(this.t('editor.action.connect'), (d) => {
			index = connect(d, from, to);
			if (index >= 0) pinPositions(d.nodes, pinned);
		});
		if (index >= 0) this.selectLink(index);
		return index >= 0;
	}

	/** Lays the whole flow out again with the automatic layout (one undo step), then fits the view. */
	tidy(): void {
		const at = autoLayout(this.doc.scenario.nodes, this.doc.scenario.links);
		this.doc.update(this.t('editor.action.tidy'), (d) => {
			for (const n of d.nodes) {
				const p = at.get(n.id);
				if (p) n.position = { x: p.x, y: p.y };
			}
		});
		this.status = this.t('editor.status.tidied');
		this.fitRequest++;
	}

	/** Saves positions (after a drag, or arrow keys): one undo step. */
	move(moves: { id: string; position: Position }[], coalesce?: string): void {
		if (!moves.length) return;
		const pinned = this.positions;
		this.doc.update(
			this.t('editor.action.move'),
			(d) => {
				pinPositions(d.nodes, pinned);
				for (const m of moves) {
					const n = d.nodes.find((x) => x.id === m.id);
					if (n) n.position = { x: Math.round(m.position.x), y: Math.round(m.position.y) };
				}
			},
			coalesce ? { coalesce } : undefined
		);
	}

	deleteSelection(): void {
		if (this.selectedNodes.length) {
			const ids = [...this.selectedNodes];
			const pinned = this.positions;
			this.doc.update(this.t('editor.action.delete'), (d) => {
				pinPositions(d.nodes, pinned);
				removeNodes(d, ids);
			});
			this.status = counted(this.t, 'editor.status.deleted', ids.length);
		} else if (this.selectedLink !== null) {
			const i = this.selectedLink;
			this.doc.update(this.t('editor.action.deleteLink'), (d) => removeLinks(d, [i]));
			this.status = this.t('editor.status.deletedLink');
		}
		this.clearSelection();
	}

	copy(): void {
		if (!this.selectedNodes.length) return;
		this.clip = copyNodes(this.doc.snapshot(), this.selectedNodes, this.positions);
		this.status = counted(this.t, 'editor.status.copied', this.clip.nodes.length);
	}

	paste(): void {
		const clip = this.clip;
		if (!clip || !clip.nodes.length) return;
		let ids: string[] = [];
		const pinned = this.positions;
		this.doc.update(this.t('editor.action.paste'), (d) => {
			pinPositions(d.nodes, pinned);
			ids = pasteClip(d, clip);
		});
		// The next paste lands a step further on.
		this.clip = {
			...clip,
			nodes: clip.nodes.map((n) => (n.position ? { ...n, position: { x: n.position.x + 40, y: n.position.y + 40 } } : n))
		};
		this.selectNodes(ids);
		this.status = counted(this.t, 'editor.status.pasted', ids.length);
	}

	undo(): void {
		const label = this.doc.undoLabel;
		this.doc.undo();
		if (label) this.status = this.t('editor.status.undone', { label });
		this.#dropStaleSelection();
	}
	redo(): void {
		const label = this.doc.redoLabel;
		this.doc.redo();
		if (label) this.status = this.t('editor.status.redone', { label });
		this.#dropStaleSelection();
	}

	/** Shows where a problem is: selects its node or link, or opens its panel, and focuses the field. */
	reveal(path: string): void {
		const target = problemTarget(path);
		if (target.kind === 'node') {
			const n = this.doc.scenario.nodes[target.index];
			if (n) this.selectNodes([n.id]);
		} else if (target.kind === 'link') {
			this.selectLink(target.index);
		} else {
			this.clearSelection();
			this.panel = target.panel === 'scenario' ? 'problems' : target.panel;
		}
		this.focusPath = path;
	}

	#dropStaleSelection(): void {
		const ids = new Set(this.doc.scenario.nodes.map((n) => n.id));
		if (this.selectedNodes.some((id) => !ids.has(id))) this.selectedNodes = this.selectedNodes.filter((id) => ids.has(id));
		if (this.selectedLink !== null && this.selectedLink >= this.doc.scenario.links.length) this.selectedLink = null;
	}
}

const KEY = Symbol('flowbench.editor');

export function setEditor(state: EditorState): EditorState {
	return setContext(KEY, state);
}

export function useEditor(): EditorState {
	return getContext<EditorState>(KEY);
}
