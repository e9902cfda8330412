import { ItemView, type WorkspaceLeaf } from "obsidian";
import { openNoteLikeLink } from "./link-clicks";
import type { CalendarDate } from "../domain/types";
import { planReachOut } from "../obsidian/reach-out-notes";
import { sentChange, sentNotice } from "../obsidian/mark-sent";
import { messageSettings } from "../obsidian/new-notes";
import { planForFollowUp } from "../index/draft-plans";
import { doneChange, snoozeChange } from "../domain/follow-up-writes";
import type { Properties, PropertyChange } from "../domain/property-change";
import { FOLLOW_UPS_ICON, PAGE_SIZE, VIEW_TYPE_FOLLOW_UPS } from "./constants";
import type { PluginHost } from "../plugin-host";
import { openBrief } from "./brief-view";
import { openInsights } from "./insights-view";
import { ReachOutModal } from "./reach-out-modal";
import { FollowUpsRenderer, ROOT_CLASS } from "./render";
import type { ListId, RenderHandlers, SectionKey } from "./render-types";
import { showSnoozeMenu } from "./snooze";
import { buildViewModel, followUpKey, type FollowUpItem, type FollowUpsViewModel } from "../index/view-model";
import { noticeOnFailure } from "../obsidian/failures";
import { writeActions } from "./write-actions";
import { writeWithUndo } from "./undo-notice";
import { shortDate } from "../domain/relative";
import { renderReading } from "./reading";

/** How long an item stays hidden after a successful write when the index does not confirm it. */
const CONFIRM_TIMEOUT_MS = 10_000;

interface Hidden {
	/** The due date the item had when it was hidden: once it moves (snooze) the item shows again. */
	due: CalendarDate;
	/** True while the write is in flight. */
	pending: boolean;
	/** When the write finished (ms). */
	settledAt: number;
}

/**
 * The "Follow-ups" sidebar view: what to do today, with the actions that do it.
 * It renders a view model (see view-model.ts) built from the live index, and is
 * refreshed by the plugin after each batch of index changes. Done, Snooze and
 * the other writing buttons (write-actions.ts) hide the item at once
 * (optimistic), write the note only while it holds the values shown (each
 * rendered note's properties are kept for that), offer Undo, and show the item
 * again when nothing was written or the write was undone.
 */
export class FollowUpsView extends ItemView {
	private readonly hidden = new Map<string, Hidden>();
	private readonly limits = new Map<ListId, number>();
	/** Sections the user collapsed: they stay so across renders (not saved). */
	private readonly collapsed = new Set<SectionKey>();
	private readonly timers = new Set<number>();
	private renderedKey: string | null = null;
	/** Draws into `contentEl` while it shows the follow-ups (null while it shows the reading progress). */
	private renderer: FollowUpsRenderer | null = null;
	private items = new Map<string, HTMLElement>();
	/** The properties of each shown item's note when it was rendered: what its buttons' writes expect. */
	private seen = new Map<string, Properties | null>();
	private model: FollowUpsViewModel | null = null;
	private readonly handlers: RenderHandlers;

	constructor(
		leaf: WorkspaceLeaf,
		private readonly host: PluginHost,
	) {
		super(leaf);
		this.handlers = {
			openNote: (path, evt) => void noticeOnFailure(() => this.openNote(path, evt), "Could not open the note"),
			primary: (item) => void noticeOnFailure(() => this.complete(item), "Could not complete the follow-up"),
			snooze: (item, anchor, evt) =>
				showSnoozeMenu(this.app, item, this.host.live.today, anchor, evt, (until) => void noticeOnFailure(() => this.snooze(item, until), "Could not snooze the follow-up")),
			extraActions: (item) => [...writeActions(this, item), ...this.host.itemActionProviders.flatMap((provide) => provide(item))],
			showMore: (list) => this.showMore(list),
			toggleSection: (section, collapsed) => {
				if (collapsed) this.collapsed.add(section);
				else this.collapsed.delete(section);
			},
			openInsights: () => void noticeOnFailure(() => openInsights(this.app.workspace), "Could not open the search at a glance"),
			// Obsidian hands a window.open of a web or mailto: address to the system (browser, mail app).
			openExternal: (url) => void this.contentEl.win.open(url, "_blank", "noopener"),
			brief: (note) => void noticeOnFailure(() => openBrief(this.host, note), "Could not open the brief"),
		};
		if (host.startNewContact) this.handlers.newContact = () => host.startNewContact?.();
	}

	override getViewType(): string {
		return VIEW_TYPE_FOLLOW_UPS;
	}

	override getDisplayText(): string {
		return "Follow-ups";
	}

	override getIcon(): string {
		return FOLLOW_UPS_ICON;
	}

	override async onOpen(): Promise<void> {
		this.contentEl.addClass(ROOT_CLASS);
		this.refresh(true);
	}

	override async onClose(): Promise<void> {
		for (const id of this.timers) window.clearTimeout(id);
		this.timers.clear();
		this.renderer?.destroy();
		this.renderer = null;
		this.contentEl.empty();
	}

	/** Draws now the rows still waiting for a later slice of the render (for tests). */
	drawAll(): void {
		this.renderer?.finish();
		if (this.renderer) this.items = this.renderer.items;
	}

	/** The model last rendered (for tests). */
	get viewModel(): FollowUpsViewModel | null {
		return this.model;
	}

	/**
	 * Renders what changed when the index, the day, the settings, the hidden
	 * items or the pages shown changed; with `force`, draws everything anew.
	 */
	refresh(force = false): void {
		const { live, settings } = this.host;
		if (!live.isReady) {
			this.renderedKey = null;
			this.renderer?.destroy();
			this.renderer = null;
			renderReading(this.contentEl, live.progress);
			return;
		}
		const now = Date.now();
		const hiddenDue = new Map<string, CalendarDate>();
		for (const [key, h] of this.hidden) {
			if (!h.pending && now - h.settledAt > CONFIRM_TIMEOUT_MS) this.hidden.delete(key);
			else hiddenDue.set(key, h.due);
		}
		const vm = buildViewModel(live.index, live.today, { horizonDays: settings.horizonDays, hidden: hiddenDue });
		// Items the index no longer lists (or lists with another due date) need hiding no more.
		for (const [key, h] of this.hidden) if (!h.pending && !vm.stillHidden.has(key)) this.hidden.delete(key);
		const renderKey = [vm.revision, vm.today, vm.horizonDays, [...hiddenDue.keys()].join("\n"), [...this.limits].join()].join("\u0001");
		this.model = vm;
		if (!force && renderKey === this.renderedKey) return;
		this.renderedKey = renderKey;
		const focus = this.focusedItem();
		this.renderer ??= new FollowUpsRenderer(this.contentEl, this.handlers, () => (this.items = this.renderer?.items ?? this.items));
		if (force) this.renderer.clear();
		this.renderer.render(vm, { limits: this.limits, collapsed: this.collapsed });
		this.items = this.renderer.items;
		// What each page's notes hold now (not every follow-up's: only a page per list can show).
		this.seen = new Map();
		for (const section of vm.sections) {
			const n = Math.min(this.limits.get(section.id) ?? PAGE_SIZE, section.followUps.length);
			for (let i = 0; i < n; i++) {
				const note = section.followUps[i]?.note;
				if (note !== undefined && !this.seen.has(note)) this.seen.set(note, live.index.propertiesOf(note));
			}
		}
		if (focus) this.restoreFocus(focus);
	}

	private openNote(path: string, evt: MouseEvent | KeyboardEvent): Promise<void> {
		return openNoteLikeLink(this.app, path, evt);
	}

	private showMore(list: ListId): void {
		const before = this.limits.get(list) ?? PAGE_SIZE;
		this.limits.set(list, before + PAGE_SIZE);
		this.refresh();
		// Keyboard users continue at the first newly shown item.
		const section = this.model?.sections.find((s) => s.id === list);
		const next = section?.followUps[before];
		if (next) this.items.get(followUpKey(next))?.focus();
	}

	private async complete(item: FollowUpItem): Promise<void> {
		const today = this.host.live.today;
		if (item.primary.action === "record-reach-out") {
			const { live, settings } = this.host;
			// A note already prepared for the person records the request, as Mark as sent on its draft does; no new notes.
			const prepared = planForFollowUp(live.index, item.followUp, messageSettings(settings, today));
			if (prepared?.target.kind === "interview") {
				await this.write(item, sentChange(prepared, prepared.target, today), sentNotice(prepared, prepared.target.path));
				return;
			}
			new ReachOutModal(this.host, planReachOut(this.app, live.index, settings, item.followUp, today), today).open();
			return;
		}
		await this.write(item, doneChange(item.followUp, this.seenFor(item), today), `Done: ${item.title}.`);
	}

	private async snooze(item: FollowUpItem, until: CalendarDate): Promise<void> {
		await this.write(item, snoozeChange(item.followUp, this.seenFor(item), until), `Snoozed until ${shortDate(until)}: ${item.title}.`);
	}

	defaultDuration(): number {
		return this.host.settings.defaultDuration;
	}

	/** The properties of the item's note as the view showed them. */
	seenFor(item: FollowUpItem): Properties | null {
		return this.seen.has(item.notePath) ? (this.seen.get(item.notePath) ?? null) : this.host.live.index.propertiesOf(item.notePath);
	}

	/**
	 * Hides the item, writes `change` if the note still holds what the view
	 * showed (with an Undo offer saying `done`), and shows the item again when
	 * nothing was written or the write was undone.
	 */
	async write(item: FollowUpItem, change: PropertyChange, done: string): Promise<void> {
		this.hide(item);
		const outcome = await writeWithUndo(this.app, change, done, () => {
			this.hidden.delete(item.key);
			this.refresh();
		});
		this.settle(item, outcome.status === "written");
	}

	private hide(item: FollowUpItem): void {
		this.hidden.set(item.key, { due: item.followUp.due, pending: true, settledAt: 0 });
		this.refresh();
	}

	private settle(item: FollowUpItem, ok: boolean): void {
		const h = this.hidden.get(item.key);
		if (!h) return;
		if (!ok) {
			this.hidden.delete(item.key);
		} else {
			h.pending = false;
			h.settledAt = Date.now();
			const id = window.setTimeout(() => {
				this.timers.delete(id);
				this.refresh();
			}, CONFIRM_TIMEOUT_MS + 100);
			this.timers.add(id);
		}
		this.refresh();
	}

	/** The follow-up item that has the keyboard focus (or contains it), and its position. */
	private focusedItem(): { key: string; position: number } | null {
		const active = this.contentEl.doc.activeElement;
		if (!active || !this.contentEl.contains(active)) return null;
		let position = 0;
		for (const [key, el] of this.items) {
			if (el.contains(active)) return { key, position };
			position++;
		}
		return null;
	}

	/** Focus stays on the same item, or moves to the one that took its place (after Done). */
	private restoreFocus(focus: { key: string; position: number }): void {
		const same = this.items.get(focus.key);
		if (same) {
			same.focus();
			return;
		}
		// Not into a collapsed section (its items are not shown).
		const list = [...this.items.values()].filter((el) => !el.closest(".is-collapsed"));
		(list[Math.min(focus.position, list.length - 1)] ?? this.contentEl).focus();
	}
}
