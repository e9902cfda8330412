import { Platform } from "obsidian";
import type { FollowUp, Problem } from "../domain/types";
import { followUpKey, type FollowUpsViewModel } from "../index/view-model";
import { PAGE_SIZE } from "./constants";
import { renderConversations, renderFields, renderHeader, renderNothingDue, renderTeachingEmptyState } from "./render-blocks";
import { setCollapsed } from "./render-controls";
import { bind } from "./render-events";
import { KeyedList, titleOf, type RowBudget, type RowKind } from "./render-list";
import { followUpRow, problemRow } from "./render-rows";
import type { Bound, ListId, RenderContext, RenderHandlers, RenderState, SectionKey } from "./render-types";

/**
 * Renders view models into an element, one after another: the parts that
 * did not change stay as they are (keyed rows, see `KeyedList`), and a long
 * list is drawn a screenful first and the rest in short slices after. What to
 * render comes from the view model and the state, what to do on a click goes
 * to the handlers. Text goes in as text (never as HTML), so a note named
 * `<img src=x onerror=alert(1)>` shows as those characters.
 */

export const ROOT_CLASS = "informational-interviews-view";

/** A row's height at least (px), for how many rows fill the screen. */
const MIN_ROW_PX = 40;
/** Rows drawn per slice after the first screenful (a few ms each). */
const SLICE_ROWS = 12;

const FOLLOW_UP_ROWS: RowKind<FollowUp> = { key: followUpKey, draw: followUpRow };
const PROBLEM_ROWS: RowKind<Problem> = { key: (p) => `${p.note}\u0000${p.property ?? ""}\u0000${p.message}`, draw: problemRow };

/** The later slice waiting: a frame, then a task. */
interface Timer {
	frame?: number;
	task?: number;
}

type BlockId = "header" | "empty" | "conversations" | "nothing-due" | "fields";

interface Block {
	el: HTMLElement;
	/** What the block shows, as text: the block is drawn again when this changes. */
	what: string;
	section?: SectionKey;
}

export class FollowUpsRenderer {
	private readonly bound: Bound;
	private readonly blocks = new Map<BlockId, Block>();
	private readonly lists = new Map<ListId, KeyedList<FollowUp> | KeyedList<Problem>>();
	private today: string | null = null;
	private last: { vm: FollowUpsViewModel; state: RenderState } | null = null;
	private timer: Timer | null = null;
	/** The element of each follow-up row shown, by `followUpKey`, in display order. */
	items = new Map<string, HTMLElement>();

	constructor(
		private readonly root: HTMLElement,
		handlers: RenderHandlers,
		/** Called after a later slice added rows. */
		private readonly onRows?: () => void,
	) {
		root.empty();
		root.addClass(ROOT_CLASS);
		this.bound = bind(root, handlers);
	}

	/**
	 * Shows `vm`: at most `firstRows` new rows now (default: a screenful), the
	 * rest of each list's page in later slices.
	 */
	render(vm: FollowUpsViewModel, state: RenderState = {}, firstRows = this.screenful()): void {
		this.cancel();
		if (vm.today !== this.today) this.reset(vm.today);
		this.last = { vm, state };
		const ctx = this.context(vm, state);
		// Conversations come first and take rows of the screen; a list gets at least a slice.
		const budget = { left: Math.max(SLICE_ROWS, firstRows - vm.conversations.length) };
		const order: HTMLElement[] = [];
		const handlers = this.bound.handlers;
		const used = new Set<BlockId | ListId>();
		const block = (id: BlockId, what: string, draw: () => HTMLElement, section?: SectionKey) => {
			used.add(id);
			let b = this.blocks.get(id);
			if (!b || b.what !== what) {
				b?.el.remove();
				b = { el: draw(), what, section };
				this.blocks.set(id, b);
			}
			if (b.section !== undefined) setCollapsed(b.el, ctx.collapsed?.has(b.section) ?? false);
			order.push(b.el);
		};
		if (vm.noteCount > 0 && handlers.openInsights) block("header", "", () => renderHeader(this.root, ctx));
		if (vm.noteCount === 0) {
			block("empty", String(!!handlers.newContact), () => renderTeachingEmptyState(this.root, vm.today, !!handlers.newContact));
		} else {
			if (vm.conversations.length > 0) block("conversations", JSON.stringify([vm.conversations, !!handlers.brief]), () => renderConversations(this.root, vm, ctx), "conversations");
			const shown = vm.sections.filter((s) => s.followUps.length > 0);
			if (shown.length === 0) block("nothing-due", String(vm.horizonDays), () => renderNothingDue(this.root, vm.horizonDays));
			for (const s of shown) {
				used.add(s.id);
				order.push(this.list(s.id, s.heading, s.hint, FOLLOW_UP_ROWS, ctx, s.followUps, state, budget));
			}
			if (vm.fields.length > 0) block("fields", JSON.stringify(vm.fields), () => renderFields(this.root, vm.fields, ctx), "fields");
		}
		if (vm.problems.length > 0) {
			used.add("problems");
			order.push(this.list("problems", "Needs attention", null, PROBLEM_ROWS, ctx, vm.problems, state, budget));
		}
		for (const [id, b] of this.blocks) if (!used.has(id)) this.drop(this.blocks, id, b.el);
		for (const [id, l] of this.lists) if (!used.has(id)) this.drop(this.lists, id, l.section);
		arrange(this.root, order);
		this.collectItems();
		this.schedule();
	}

	/** Draws every row still waiting, now. */
	finish(): void {
		this.cancel();
		while (this.pending()) this.slice(Infinity);
	}

	/** Stops drawing later slices (the view closes). */
	destroy(): void {
		this.cancel();
	}

	/** How many rows fill the window's height. */
	private screenful(): number {
		return Math.max(1, Math.ceil((this.root.win.innerHeight || 900) / MIN_ROW_PX));
	}

	private context(vm: FollowUpsViewModel, state: RenderState): RenderContext {
		return { bound: this.bound, handlers: this.bound.handlers, today: vm.today, dates: new Map(), collapsed: state.collapsed, lazyIcons: !showsActionsAlways(this.root) };
	}

	/**
	 * Starts the next render from nothing: every part drawn anew (after a
	 * change the view model does not show, such as new item actions).
	 */
	clear(): void {
		this.reset(null);
	}

	/** A new day words every row anew ("tomorrow" becomes "today"): start from nothing. */
	private reset(today: string | null): void {
		this.cancel();
		this.today = today;
		this.root.empty();
		this.blocks.clear();
		this.lists.clear();
	}

	private list<T extends object>(id: ListId, heading: string, hint: string | null, kind: RowKind<T>, ctx: RenderContext, values: readonly T[], state: RenderState, budget: RowBudget): HTMLElement {
		let list = this.lists.get(id) as KeyedList<T> | undefined;
		if (!list || list.title !== titleOf(heading, hint)) {
			list?.section.remove();
			list = new KeyedList(this.root, id, heading, hint, kind, ctx);
			this.lists.set(id, list as KeyedList<FollowUp> | KeyedList<Problem>);
		}
		setCollapsed(list.section, ctx.collapsed?.has(id) ?? false);
		list.update(values, state.limits?.get(id) ?? PAGE_SIZE, ctx, budget);
		return list.section;
	}

	private drop<K, V>(map: Map<K, V>, id: K, el: HTMLElement): void {
		el.remove();
		map.delete(id);
	}

	private pending(): boolean {
		for (const l of this.lists.values()) if (!l.complete) return true;
		return false;
	}

	/** Draws up to `rows` more of the rows waiting (lists in display order). */
	private slice(rows: number): void {
		const last = this.last;
		if (!last) return;
		const ctx = this.context(last.vm, last.state);
		const budget = { left: rows };
		for (const s of last.vm.sections) {
			const l = this.lists.get(s.id) as KeyedList<FollowUp> | undefined;
			if (l && !l.complete) l.update(s.followUps, last.state.limits?.get(s.id) ?? PAGE_SIZE, ctx, budget);
		}
		const problems = this.lists.get("problems") as KeyedList<Problem> | undefined;
		if (problems && !problems.complete) problems.update(last.vm.problems, last.state.limits?.get("problems") ?? PAGE_SIZE, ctx, budget);
		this.collectItems();
	}

	/** The next slice after the browser has painted what is drawn (a frame, then a task). */
	private schedule(): void {
		if (!this.pending()) return;
		const win = this.root.win;
		const run = () => {
			this.timer = null;
			this.slice(SLICE_ROWS);
			this.onRows?.();
			this.schedule();
		};
		if (typeof win.requestAnimationFrame !== "function") {
			this.timer = { task: win.setTimeout(run, 0) };
			return;
		}
		const timer: Timer = { frame: win.requestAnimationFrame(() => {
			delete timer.frame;
			timer.task = win.setTimeout(run, 0);
		}) };
		this.timer = timer;
	}

	private cancel(): void {
		const win = this.root.win;
		if (this.timer?.frame !== undefined) win.cancelAnimationFrame(this.timer.frame);
		if (this.timer?.task !== undefined) win.clearTimeout(this.timer.task);
		this.timer = null;
	}

	private collectItems(): void {
		const items = new Map<string, HTMLElement>();
		for (const id of ["overdue", "today", "upcoming"] as const) {
			const l = this.lists.get(id) as KeyedList<FollowUp> | undefined;
			if (l) for (const [key, row] of l.shown()) items.set(key, row.el);
		}
		this.items = items;
	}
}

/** Puts `order` as the children of `root`, moving only what is out of place and removing the rest. */
function arrange(root: HTMLElement, order: readonly HTMLElement[]): void {
	let cursor = root.firstElementChild;
	for (const el of order) {
		if (el === cursor) cursor = cursor.nextElementSibling;
		else root.insertBefore(el, cursor);
	}
	while (cursor) {
		const after: Element | null = cursor.nextElementSibling;
		cursor.remove();
		cursor = after;
	}
}

/** Phones and tablets (and any screen without hover) show item buttons always (see styles.css). */
function showsActionsAlways(root: HTMLElement): boolean {
	if (Platform.isMobile) return true;
	const media = root.win.matchMedia?.("(hover: hover)");
	return media ? !media.matches : false;
}

export interface RenderResult {
	/** The element of each rendered follow-up, by `followUpKey`, in display order. */
	items: Map<string, HTMLElement>;
}

/** Renders `vm` into `root` from nothing, every row of each list's page at once (previews and tests). */
export function renderFollowUps(root: HTMLElement, vm: FollowUpsViewModel, handlers: RenderHandlers, state: RenderState = {}): RenderResult {
	const renderer = new FollowUpsRenderer(root, handlers);
	renderer.render(vm, state, Infinity);
	return { items: renderer.items };
}
