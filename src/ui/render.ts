import { getIcon, Platform } from "obsidian";
import { addDays } from "../domain/dates";
import { followUpKind } from "../domain/follow-up-kinds";
import { baseName } from "../domain/links";
import type { Problem } from "../domain/types";
import type { FieldProgress } from "../index/field-tally";
import type { ItemAction } from "../plugin-host";
import { describeConversation } from "../index/conversation-item";
import { CONVERSATION_ICON, PAGE_SIZE } from "./constants";
import { renderConversationRows } from "./render-conversations";
import {
	describeFollowUp,
	fieldSummary,
	sentence,
	type DateTextCache,
	type FollowUpItem,
	type FollowUpSection,
	type FollowUpsViewModel,
	type SectionId,
} from "../index/view-model";

/**
 * Renders a view model into an element. No state of its own: what to render
 * comes from the view model and `state`, what to do on a click goes to
 * `handlers`. Text goes in as text (never as HTML), so a note named
 * `<img src=x onerror=alert(1)>` shows as those characters.
 */

/** The lists that page: the three follow-up sections and the problems. */
export type ListId = SectionId | "problems";

export interface RenderHandlers {
	/** Opens a note; `evt` tells whether a modifier asked for a new tab. */
	openNote(path: string, evt: MouseEvent | KeyboardEvent): void;
	/** The item's main button: Done, Close request, Log contact today. */
	primary(item: FollowUpItem, evt: MouseEvent): void;
	/** The Snooze button; `anchor` is the button, for placing a menu. */
	snooze(item: FollowUpItem, anchor: HTMLElement, evt: MouseEvent): void;
	/** Further buttons on an item (e.g. drafting a message), after the built-in ones. */
	extraActions?(item: FollowUpItem): readonly ItemAction[];
	/** The "Show N more" button of a list. */
	showMore(list: ListId): void;
	/** A section was collapsed or expanded (already done in the DOM: remember it for the next render). */
	toggleSection?(section: SectionKey, collapsed: boolean): void;
	/** The "Search at a glance" button at the top (shown when given). */
	openInsights?(evt: MouseEvent): void;
	/** Opens a web or mailto: address outside Obsidian (a conversation's location). */
	openExternal?(url: string): void;
	/** The "New contact" button of the empty view (shown when given). */
	newContact?(evt: MouseEvent): void;
	/** The Brief button of a conversation row, with its interview note (shown when given). */
	brief?(note: string, evt: MouseEvent): void;
}

/** The collapsible sections: today's and tomorrow's conversations, the lists, and Fields. */
export type SectionKey = "conversations" | ListId | "fields";

export interface RenderState {
	/** How many items each list shows (default PAGE_SIZE). */
	limits?: ReadonlyMap<ListId, number>;
	/** Sections shown collapsed (heading only). */
	collapsed?: ReadonlySet<SectionKey>;
}

export interface RenderResult {
	/** The element of each rendered follow-up, by `followUpKey`, in display order. */
	items: Map<string, HTMLElement>;
}

export const ROOT_CLASS = "informational-interviews-view";

/**
 * What the delegated listeners of a root need: the handlers and what each
 * rendered element stands for. Events are handled once at the root (not on
 * every item), which keeps a render of many items cheap.
 */
interface Bound {
	handlers: RenderHandlers;
	items: WeakMap<Element, FollowUpItem>;
	extras: WeakMap<Element, ItemAction>;
	notes: WeakMap<Element, string>;
	more: WeakMap<Element, ListId>;
	toggles: WeakMap<Element, SectionKey>;
	/** Item buttons whose icon is added when their row is first hovered or focused (see `lazyIcons`). */
	pendingIcons: WeakMap<Element, string>;
	/** One SVG per icon, cloned for each button (null: the icon is unknown). */
	icons: Map<string, SVGSVGElement | null>;
}

/** Icons of the built-in buttons and of known extra actions (Lucide names, as Obsidian ships them). */
const ACTION_ICONS: Readonly<Record<string, string>> = {
	snooze: "clock",
	draft: "pencil",
};

const boundRoots = new WeakMap<HTMLElement, Bound>();

export function renderFollowUps(root: HTMLElement, vm: FollowUpsViewModel, handlers: RenderHandlers, state: RenderState = {}): RenderResult {
	root.empty();
	root.addClass(ROOT_CLASS);
	const bound = bind(root, handlers);
	const result: RenderResult = { items: new Map() };
	const limit = (id: ListId) => state.limits?.get(id) ?? PAGE_SIZE;
	const ctx: RenderContext = { bound, handlers, result, today: vm.today, dates: new Map(), collapsed: state.collapsed, lazyIcons: !showsActionsAlways(root) };

	if (vm.noteCount > 0 && handlers.openInsights) {
		const header = root.createDiv({ cls: "informational-interviews-view-header" });
		iconButton(header, ["informational-interviews-open-insights"], "Search at a glance", "gauge", ctx, "Funnel, fields, organizations and the referral chain");
	}
	if (vm.noteCount === 0) {
		renderTeachingEmptyState(root, vm, ctx);
	} else {
		if (vm.conversations.length > 0) renderConversations(root, vm, ctx);
		const shown = vm.sections.filter((s) => s.followUps.length > 0);
		if (shown.length === 0) {
			const none = root.createDiv({ cls: "informational-interviews-nothing-due" });
			none.createEl("p", { text: "Nothing to follow up on." });
			none.createEl("p", {
				cls: "informational-interviews-muted",
				text: vm.horizonDays > 0 ? `Follow-ups due within the next ${vm.horizonDays} days show here.` : "Follow-ups due today show here.",
			});
		}
		for (const section of shown) renderSection(root, section, ctx, limit(section.id));
		if (vm.fields.length > 0) renderFields(root, vm.fields, ctx);
	}
	if (vm.problems.length > 0) renderProblems(root, vm.problems, ctx, limit("problems"));
	return result;
}

interface RenderContext {
	bound: Bound;
	handlers: RenderHandlers;
	result: RenderResult;
	today: string;
	dates: DateTextCache;
	collapsed: ReadonlySet<SectionKey> | undefined;
	/**
	 * True where item buttons show only on hover or focus (a desktop with a
	 * mouse): their icons are added when the row is first hovered or focused,
	 * which keeps a render to a few elements per item. The buttons themselves
	 * (with their names) are always there, so Tab reaches them.
	 */
	lazyIcons: boolean;
}

/** Phones and tablets (and any screen without hover) show item buttons always (see styles.css). */
function showsActionsAlways(root: HTMLElement): boolean {
	if (Platform.isMobile) return true;
	const media = root.win.matchMedia?.("(hover: hover)");
	return media ? !media.matches : false;
}

/** Registers the root's listeners once; later renders only swap what they look up. */
function bind(root: HTMLElement, handlers: RenderHandlers): Bound {
	const icons = boundRoots.get(root)?.icons ?? new Map<string, SVGSVGElement | null>();
	const bound: Bound = { handlers, items: new WeakMap(), extras: new WeakMap(), notes: new WeakMap(), more: new WeakMap(), toggles: new WeakMap(), pendingIcons: new WeakMap(), icons };
	const had = boundRoots.has(root);
	boundRoots.set(root, bound);
	if (!had) {
		root.addEventListener("click", (evt) => onClick(root, evt));
		root.addEventListener("keydown", (evt) => onKeydown(root, evt));
		root.addEventListener("mouseover", (evt) => showIcons(root, evt));
		root.addEventListener("focusin", (evt) => showIcons(root, evt));
	}
	return bound;
}

/** Adds the icons of the row under the pointer or the focus, once. */
function showIcons(root: HTMLElement, evt: Event): void {
	const b = boundRoots.get(root);
	const li = elementOf(evt)?.closest(".informational-interviews-item");
	if (!b || !li || !b.items.has(li)) return;
	for (const button of Array.from(li.querySelectorAll("button"))) {
		const icon = b.pendingIcons.get(button);
		if (icon === undefined) continue;
		b.pendingIcons.delete(button);
		if (!appendIcon(button, icon, b)) asText(button);
	}
}

/** The element an event happened on (duck-typed: a popout window has its own `Element`). */
function elementOf(evt: Event): Element | null {
	const t = evt.target as Partial<Element> | null;
	return t && typeof t.closest === "function" ? (t as Element) : null;
}

function onClick(root: HTMLElement, evt: MouseEvent): void {
	const b = boundRoots.get(root);
	const target = elementOf(evt);
	if (!b || !target) return;
	const control = target.closest("button, a, .informational-interviews-item, .informational-interviews-conversation, .informational-interviews-problem");
	if (!control || !root.contains(control)) return;
	// A conversation's web or mailto: location opens outside Obsidian.
	if (control.hasClass("external-link")) {
		evt.preventDefault();
		const href = control.getAttribute("href");
		if (href !== null) b.handlers.openExternal?.(href);
		return;
	}
	if (control.hasClass("informational-interviews-open-insights")) {
		b.handlers.openInsights?.(evt);
		return;
	}
	if (control.hasClass("informational-interviews-new-contact")) {
		b.handlers.newContact?.(evt);
		return;
	}
	const conversation = control.tagName === "BUTTON" ? control.closest(".informational-interviews-conversation") : null;
	if (conversation) {
		const note = b.notes.get(conversation);
		if (note !== undefined && control.hasClass("informational-interviews-action-brief")) b.handlers.brief?.(note, evt);
		return;
	}
	const more = b.more.get(control);
	if (more !== undefined) {
		b.handlers.showMore(more);
		return;
	}
	const toggled = b.toggles.get(control);
	if (toggled !== undefined) {
		toggleSection(control, toggled, b.handlers);
		return;
	}
	const li = control.closest(".informational-interviews-item");
	const item = li ? b.items.get(li) : undefined;
	if (control.tagName === "BUTTON" && item) {
		const extra = b.extras.get(control);
		if (extra) extra.run(item, evt);
		else if (control.hasClass("informational-interviews-action-done")) b.handlers.primary(item, evt);
		else if (control.hasClass("informational-interviews-action-snooze")) b.handlers.snooze(item, control as HTMLElement, evt);
		return;
	}
	if (control.tagName === "A") evt.preventDefault();
	const note = item?.notePath ?? b.notes.get(control);
	if (note !== undefined) b.handlers.openNote(note, evt);
}

/** Collapses or expands a section in place (no re-render: focus and scroll stay). */
function toggleSection(button: Element, id: SectionKey, handlers: RenderHandlers): void {
	const section = button.closest(".informational-interviews-section");
	if (!section) return;
	const collapsed = !section.hasClass("is-collapsed");
	section.toggleClass("is-collapsed", collapsed);
	button.setAttribute("aria-expanded", String(!collapsed));
	handlers.toggleSection?.(id, collapsed);
}

/** Enter on a focused item or problem opens its note (Mod-Enter: in a new tab). */
function onKeydown(root: HTMLElement, evt: KeyboardEvent): void {
	if (evt.key !== "Enter") return;
	const b = boundRoots.get(root);
	const target = elementOf(evt);
	if (!b || !target) return;
	const note = b.items.get(target)?.notePath ?? b.notes.get(target);
	if (note === undefined || !target.matches(".informational-interviews-item, .informational-interviews-conversation, .informational-interviews-problem")) return;
	evt.preventDefault();
	b.handlers.openNote(note, evt);
}

/** Appends the icon; false when Obsidian does not know it. */
function appendIcon(parent: Element, id: string, cache: { icons: Map<string, SVGSVGElement | null> }): boolean {
	let svg = cache.icons.get(id);
	if (svg === undefined) {
		svg = getIcon(id);
		cache.icons.set(id, svg);
	}
	if (!svg) return false;
	parent.appendChild(svg.cloneNode(true));
	return true;
}

/**
 * A small icon button, like Obsidian's own (`clickable-icon`): the label is its
 * accessible name, which Obsidian shows as the tooltip. Without a known icon,
 * a small text button with the label.
 */
function iconButton(parent: HTMLElement, cls: readonly string[], label: string, icon: string | undefined, ctx: RenderContext, description?: string, lazy = false): HTMLButtonElement {
	const button = parent.createEl("button", { cls: ["clickable-icon", ...cls], attr: { type: "button", "aria-label": label } });
	if (description !== undefined) button.setAttr("aria-description", description);
	if (icon !== undefined && lazy) ctx.bound.pendingIcons.set(button, icon);
	else if (icon === undefined || !appendIcon(button, icon, ctx.bound)) asText(button);
	return button;
}

/** A button without a known icon shows its name. */
function asText(button: Element): void {
	button.addClass("informational-interviews-action-text");
	button.setText(button.getAttribute("aria-label") ?? "");
}

/** A section with a heading that collapses it (a button: Tab, Enter, Space), its count and hint. */
function sectionEl(root: HTMLElement, id: SectionKey, heading: string, count: number, hint: string | null, ctx: RenderContext): HTMLElement {
	const collapsed = ctx.collapsed?.has(id) ?? false;
	const section = root.createEl("section", { cls: ["informational-interviews-section", `informational-interviews-section-${id}`] });
	if (collapsed) section.addClass("is-collapsed");
	const head = section.createEl("h4", { cls: "informational-interviews-section-heading" });
	const toggle = head.createEl("button", { cls: "informational-interviews-section-toggle", attr: { type: "button", "aria-expanded": String(!collapsed) } });
	appendIcon(toggle.createSpan({ cls: "informational-interviews-collapse-icon" }), "chevron-down", ctx.bound);
	toggle.createSpan({ cls: "informational-interviews-section-title", text: heading });
	if (hint !== null) toggle.createSpan({ cls: "informational-interviews-section-hint", text: hint });
	toggle.createSpan({ cls: "informational-interviews-count", text: String(count), attr: { "aria-label": `${count} ${count === 1 ? "item" : "items"}` } });
	ctx.bound.toggles.set(toggle, id);
	return section;
}

function renderSection(root: HTMLElement, section: FollowUpSection, ctx: RenderContext, limit: number): void {
	const el = sectionEl(root, section.id, section.heading, section.followUps.length, section.hint, ctx);
	const list = el.createEl("ul", { cls: "informational-interviews-list", attr: { "aria-label": section.heading } });
	const n = Math.min(limit, section.followUps.length);
	for (let i = 0; i < n; i++) {
		const f = section.followUps[i];
		if (f === undefined) continue;
		const item = describeFollowUp(f, ctx.today, ctx.dates);
		ctx.result.items.set(item.key, renderItem(list, item, ctx));
	}
	renderShowMore(el, section.id, section.followUps.length - n, ctx.bound);
}

function renderShowMore(parent: HTMLElement, id: ListId, remaining: number, bound: Bound): void {
	if (remaining <= 0) return;
	const n = Math.min(PAGE_SIZE, remaining);
	const button = parent.createEl("button", {
		cls: "informational-interviews-show-more",
		text: `Show ${n} more`,
		attr: { type: "button", "aria-label": `Show ${n} more (${remaining} not shown)` },
	});
	bound.more.set(button, id);
}

/**
 * One item, a compact row: the title (what to do, for whom); under it (beside
 * it in a wide pane) when, and the note's link when its name tells more than
 * the title; then icon buttons. A click on the row opens the note. Kept to a
 * few elements: with a page of 50 per section, a full view is a few hundred.
 */
function renderItem(list: HTMLElement, item: FollowUpItem, ctx: RenderContext): HTMLElement {
	const f = item.followUp;
	const li = list.createEl("li", {
		cls: ["informational-interviews-item", `informational-interviews-item-${item.status}`],
		attr: { tabindex: "0", "data-kind": f.kind, "data-note": f.note, "aria-label": `${item.title}, ${item.when}` },
	});
	ctx.bound.items.set(li, item);
	const title = li.createDiv({ cls: "informational-interviews-item-title" });
	appendIcon(title.createSpan({ cls: "informational-interviews-kind-icon" }), followUpKind(f.kind).icon, ctx.bound);
	title.appendText(item.title);
	const meta = li.createDiv({ cls: "informational-interviews-item-meta" });
	meta.createSpan({ cls: ["informational-interviews-item-when", `informational-interviews-when-${item.status}`], text: item.when, attr: { title: item.dueLong } });
	if (item.noteLink !== null) {
		const cls = ["informational-interviews-item-note", "internal-link"];
		// A date is short and means nothing cut: it never shrinks (styles.css).
		if (/^\d{4}-\d{2}-\d{2}$/.test(item.noteLink)) cls.push("informational-interviews-item-note-date");
		meta.createEl("a", { cls, text: item.noteLink, href: "#", attr: { "data-href": f.note, title: item.noteName } });
	}
	const actions = li.createDiv({ cls: "informational-interviews-item-actions" });
	const primary = ["informational-interviews-action", "informational-interviews-action-done"];
	const lazy = ctx.lazyIcons;
	iconButton(actions, primary, item.primary.label, item.primary.icon, ctx, item.primary.tooltip, lazy);
	iconButton(actions, ["informational-interviews-action", "informational-interviews-action-snooze"], "Snooze", ACTION_ICONS.snooze, ctx, "Not now: choose a later day", lazy);
	const extras = ctx.handlers.extraActions?.(item);
	if (extras) {
		for (const extra of extras) {
			const cls = ["informational-interviews-action", `informational-interviews-action-${extra.id}`];
			const b = iconButton(actions, cls, extra.label, extra.icon ?? ACTION_ICONS[extra.id], ctx, extra.tooltip, lazy);
			ctx.bound.extras.set(b, extra);
		}
	}
	return li;
}

/** Today's and tomorrow's conversations: who, when, how, where; the note one click away. */
function renderConversations(root: HTMLElement, vm: FollowUpsViewModel, ctx: RenderContext): void {
	const section = sectionEl(root, "conversations", "Conversations", vm.conversations.length, "Today and tomorrow", ctx);
	const list = section.createEl("ul", { cls: "informational-interviews-list informational-interviews-conversations", attr: { "aria-label": "Conversations" } });
	const items = vm.conversations.map((c) => describeConversation(c, vm.today));
	renderConversationRows(list, items, ctx.bound.notes, (parent) => appendIcon(parent, CONVERSATION_ICON, ctx.bound));
	if (!ctx.handlers.brief) return;
	for (const row of list.querySelectorAll<HTMLElement>(".informational-interviews-conversation")) {
		const actions = row.createDiv({ cls: "informational-interviews-item-actions" });
		iconButton(actions, ["informational-interviews-action", "informational-interviews-action-brief"], "Brief", "user", ctx, "Everything your notes say about them, before you talk");
	}
}

function renderFields(root: HTMLElement, fields: readonly FieldProgress[], ctx: RenderContext): void {
	const section = sectionEl(root, "fields", "Fields", fields.length, "People met per field", ctx);
	const list = section.createEl("ul", { cls: "informational-interviews-list informational-interviews-fields", attr: { "aria-label": "Fields" } });
	for (const field of fields) {
		const summary = fieldSummary(field.met, field.target);
		const li = list.createEl("li", {
			cls: ["informational-interviews-field", field.met >= field.target ? "informational-interviews-field-complete" : "informational-interviews-field-open"],
			attr: { title: `${field.contacts} contact${field.contacts === 1 ? "" : "s"} in this field` },
		});
		li.createSpan({ cls: "informational-interviews-field-name", text: field.field });
		li.createSpan({ cls: "informational-interviews-field-count", text: summary });
		li.createEl("progress", {
			cls: "informational-interviews-progress",
			attr: { max: String(field.target), value: String(Math.min(field.met, field.target)), "aria-label": `${field.field}: ${summary}` },
		});
	}
}

function renderProblems(root: HTMLElement, problems: readonly Problem[], ctx: RenderContext, limit: number): void {
	const section = sectionEl(root, "problems", "Needs attention", problems.length, null, ctx);
	const list = section.createEl("ul", { cls: "informational-interviews-list informational-interviews-problems", attr: { "aria-label": "Needs attention" } });
	const n = Math.min(limit, problems.length);
	for (let i = 0; i < n; i++) {
		const p = problems[i];
		if (p === undefined) continue;
		const name = baseName(p.note);
		const message = sentence(p.message);
		const li = list.createEl("li", {
			cls: "informational-interviews-problem",
			attr: { tabindex: "0", "data-note": p.note, "aria-label": p.property === null ? `${name}: ${message}` : `${name}, ${p.property}: ${message}` },
		});
		ctx.bound.notes.set(li, p.note);
		li.createSpan({ cls: "informational-interviews-problem-note", text: name });
		// A whole-note problem (unreadable YAML) names no property.
		if (p.property !== null) li.createSpan({ cls: "informational-interviews-problem-property", text: p.property });
		li.createDiv({ cls: "informational-interviews-problem-message", text: message });
	}
	renderShowMore(section, "problems", problems.length - n, ctx.bound);
}

function renderTeachingEmptyState(root: HTMLElement, vm: FollowUpsViewModel, ctx: RenderContext): void {
	const box = root.createDiv({ cls: "informational-interviews-empty" });
	box.createEl("p", { cls: "informational-interviews-empty-title", text: "No contacts or interviews yet" });
	if (ctx.handlers.newContact) {
		box.createEl("button", { cls: ["mod-cta", "informational-interviews-new-contact"], text: "New contact", attr: { type: "button" } });
	}
	box.createEl("p", {
		text: "A note becomes a contact or an interview through its properties, in any folder. A contact note starts like this:",
	});
	sample(box, ["---", "type: contact", "organization: Tidewater Credit Union", "role: UX researcher", "field: UX research", "relationship: classmate", "---"]);
	box.createEl("p", { text: "An interview note names the contact and the day you talk:" });
	sample(box, ["---", "type: interview", 'contact: "[[Aisha Rahman]]"', "status: scheduled", `date: ${addDays(vm.today, 7)}`, "---"]);
	const how = box.createEl("p");
	how.appendText("Create them with the commands ");
	how.createEl("strong", { text: "New contact" });
	how.appendText(" and ");
	how.createEl("strong", { text: "New interview" });
	how.appendText(", or add these properties to notes you already have. Follow-ups (confirm the time, send a thank-you, keep in touch) then show here as they come due.");
}

function sample(parent: HTMLElement, lines: readonly string[]): void {
	parent.createEl("pre", { cls: "informational-interviews-sample" }).createEl("code", { text: lines.join("\n") });
}
