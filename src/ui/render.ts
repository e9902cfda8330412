import { addDays } from "../domain/dates";
import type { Problem } from "../domain/types";
import type { FieldProgress } from "../index/field-tally";
import { PAGE_SIZE } from "./constants";
import {
	describeFollowUp,
	noteName,
	type DateTextCache,
	type FollowUpItem,
	type FollowUpSection,
	type FollowUpsViewModel,
	type SectionId,
} from "./view-model";

/**
 * Renders a view model into an element. No state of its own: what to render
 * comes from the view model and `state`, what to do on a click goes to
 * `handlers`. Text goes in as text (never as HTML), so a note named
 * `<img src=x onerror=alert(1)>` shows as those characters.
 */

/** The lists that page: the three follow-up sections and the problems. */
export type ListId = SectionId | "problems";

export interface ItemAction {
	/** Stable id, also a CSS class suffix: `ii-action-<id>`. */
	id: string;
	label: string;
	/** Longer explanation (tooltip and accessible description). */
	tooltip?: string;
	run(item: FollowUpItem, evt: MouseEvent): void;
}

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
	/** The "Search at a glance" button at the top (shown when given). */
	openInsights?(evt: MouseEvent): void;
}

export interface RenderState {
	/** How many items each list shows (default PAGE_SIZE). */
	limits?: ReadonlyMap<ListId, number>;
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
}

const boundRoots = new WeakMap<HTMLElement, Bound>();

export function renderFollowUps(root: HTMLElement, vm: FollowUpsViewModel, handlers: RenderHandlers, state: RenderState = {}): RenderResult {
	root.empty();
	root.addClass(ROOT_CLASS);
	const bound = bind(root, handlers);
	const result: RenderResult = { items: new Map() };
	const limit = (id: ListId) => state.limits?.get(id) ?? PAGE_SIZE;
	const ctx: Ctx = { bound, handlers, result, today: vm.today, dates: new Map() };

	if (vm.noteCount > 0 && handlers.openInsights) {
		root.createDiv({ cls: "ii-view-header" }).createEl("button", {
			cls: "ii-open-insights",
			text: "Search at a glance",
			attr: { title: "Funnel, fields, organizations and the referral chain" },
		});
	}
	if (vm.noteCount === 0) {
		renderTeachingEmptyState(root, vm);
	} else {
		const shown = vm.sections.filter((s) => s.followUps.length > 0);
		if (shown.length === 0) {
			const none = root.createDiv({ cls: "ii-nothing-due" });
			none.createEl("p", { text: "Nothing to follow up on." });
			none.createEl("p", {
				cls: "ii-muted",
				text: vm.horizonDays > 0 ? `Follow-ups due within the next ${vm.horizonDays} days show here.` : "Follow-ups due today show here.",
			});
		}
		for (const section of shown) renderSection(root, section, ctx, limit(section.id));
		if (vm.fields.length > 0) renderFields(root, vm.fields);
	}
	if (vm.problems.length > 0) renderProblems(root, vm.problems, ctx, limit("problems"));
	return result;
}

interface Ctx {
	bound: Bound;
	handlers: RenderHandlers;
	result: RenderResult;
	today: string;
	dates: DateTextCache;
}

/** Registers the root's listeners once; later renders only swap what they look up. */
function bind(root: HTMLElement, handlers: RenderHandlers): Bound {
	const bound: Bound = { handlers, items: new WeakMap(), extras: new WeakMap(), notes: new WeakMap(), more: new WeakMap() };
	const had = boundRoots.has(root);
	boundRoots.set(root, bound);
	if (!had) {
		root.addEventListener("click", (evt) => onClick(root, evt));
		root.addEventListener("keydown", (evt) => onKeydown(root, evt));
	}
	return bound;
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
	const control = target.closest("button, a, .ii-item, .ii-problem");
	if (!control || !root.contains(control)) return;
	if (control.hasClass("ii-open-insights")) {
		b.handlers.openInsights?.(evt);
		return;
	}
	const more = b.more.get(control);
	if (more !== undefined) {
		b.handlers.showMore(more);
		return;
	}
	const li = control.closest(".ii-item");
	const item = li ? b.items.get(li) : undefined;
	if (control.tagName === "BUTTON" && item) {
		const extra = b.extras.get(control);
		if (extra) extra.run(item, evt);
		else if (control.hasClass("ii-action-done")) b.handlers.primary(item, evt);
		else if (control.hasClass("ii-action-snooze")) b.handlers.snooze(item, control as HTMLElement, evt);
		return;
	}
	if (control.tagName === "A") evt.preventDefault();
	const note = item?.notePath ?? b.notes.get(control);
	if (note !== undefined) b.handlers.openNote(note, evt);
}

/** Enter on a focused item or problem opens its note (Mod-Enter: in a new tab). */
function onKeydown(root: HTMLElement, evt: KeyboardEvent): void {
	if (evt.key !== "Enter") return;
	const b = boundRoots.get(root);
	const target = elementOf(evt);
	if (!b || !target) return;
	const note = b.items.get(target)?.notePath ?? b.notes.get(target);
	if (note === undefined || !target.matches(".ii-item, .ii-problem")) return;
	evt.preventDefault();
	b.handlers.openNote(note, evt);
}

function sectionEl(root: HTMLElement, id: string, heading: string, count: number | null, hint: string | null): HTMLElement {
	const section = root.createEl("section", { cls: ["ii-section", `ii-section-${id}`] });
	const head = section.createEl("h4", { cls: "ii-section-heading" });
	head.createSpan({ cls: "ii-section-title", text: heading });
	if (count !== null) head.createSpan({ cls: "ii-count", text: String(count), attr: { "aria-label": `${count} items` } });
	if (hint !== null) head.createSpan({ cls: "ii-section-hint", text: hint });
	return section;
}

function renderSection(root: HTMLElement, section: FollowUpSection, ctx: Ctx, limit: number): void {
	const el = sectionEl(root, section.id, section.heading, section.followUps.length, section.hint);
	const list = el.createEl("ul", { cls: "ii-list", attr: { "aria-label": section.heading } });
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
	const button = parent.createEl("button", { cls: "ii-show-more", text: `Show ${n} more`, attr: { "aria-label": `Show ${n} more (${remaining} not shown)` } });
	bound.more.set(button, id);
}

/**
 * One item: the title (what to do, for whom), when, the note's link, and the
 * buttons. Kept to a few elements: with a page of 50 per section, a full view
 * is a few hundred elements.
 */
function renderItem(list: HTMLElement, item: FollowUpItem, ctx: Ctx): HTMLElement {
	const f = item.followUp;
	const li = list.createEl("li", {
		cls: ["ii-item", `ii-item-${item.status}`],
		attr: { tabindex: "0", "data-kind": f.kind, "data-note": f.note, "aria-label": `${item.title}, ${item.when}` },
	});
	ctx.bound.items.set(li, item);
	li.createDiv({ cls: "ii-item-title", text: item.title });
	li.createSpan({ cls: ["ii-item-when", `ii-when-${item.status}`], text: item.when, attr: { title: item.dueLong } });
	li.createEl("a", { cls: ["ii-item-note", "internal-link"], text: item.noteName, href: "#", attr: { "data-href": f.note } });
	const actions = li.createDiv({ cls: "ii-item-actions" });
	actions.createEl("button", { cls: ["ii-action", "ii-action-done"], text: item.primary.label, attr: { title: item.primary.tooltip } });
	actions.createEl("button", { cls: ["ii-action", "ii-action-snooze"], text: "Snooze", attr: { title: "Not now: choose a later day" } });
	const extras = ctx.handlers.extraActions?.(item);
	if (extras) {
		for (const extra of extras) {
			const b = actions.createEl("button", { cls: ["ii-action", `ii-action-${extra.id}`], text: extra.label });
			if (extra.tooltip !== undefined) b.setAttr("title", extra.tooltip);
			ctx.bound.extras.set(b, extra);
		}
	}
	return li;
}

function renderFields(root: HTMLElement, fields: readonly FieldProgress[]): void {
	const section = sectionEl(root, "fields", "Fields", null, "People met per field");
	const list = section.createEl("ul", { cls: "ii-list ii-fields", attr: { "aria-label": "Fields" } });
	for (const field of fields) {
		const met = Math.min(field.met, field.target);
		const summary = `${field.met} of ${field.target} met`;
		const li = list.createEl("li", {
			cls: ["ii-field", field.met >= field.target ? "ii-field-complete" : "ii-field-open"],
			attr: { title: `${field.contacts} contact${field.contacts === 1 ? "" : "s"} in this field` },
		});
		li.createSpan({ cls: "ii-field-name", text: field.field });
		li.createSpan({ cls: "ii-field-count", text: summary });
		li.createEl("progress", {
			cls: "ii-progress",
			attr: { max: String(field.target), value: String(met), "aria-label": `${field.field}: ${summary}` },
		});
	}
}

function renderProblems(root: HTMLElement, problems: readonly Problem[], ctx: Ctx, limit: number): void {
	const section = sectionEl(root, "problems", "Needs attention", problems.length, null);
	const list = section.createEl("ul", { cls: "ii-list ii-problems", attr: { "aria-label": "Needs attention" } });
	const n = Math.min(limit, problems.length);
	for (let i = 0; i < n; i++) {
		const p = problems[i];
		if (p === undefined) continue;
		const where = p.property === null ? "properties" : p.property;
		const li = list.createEl("li", {
			cls: "ii-problem",
			attr: { tabindex: "0", "data-note": p.note, "aria-label": `${noteName(p.note)}, ${where}: ${p.message}` },
		});
		ctx.bound.notes.set(li, p.note);
		li.createSpan({ cls: "ii-problem-note", text: noteName(p.note) });
		li.createSpan({ cls: "ii-problem-property", text: where });
		li.createDiv({ cls: "ii-problem-message", text: p.message });
	}
	renderShowMore(section, "problems", problems.length - n, ctx.bound);
}

function renderTeachingEmptyState(root: HTMLElement, vm: FollowUpsViewModel): void {
	const box = root.createDiv({ cls: "ii-empty" });
	box.createEl("p", { cls: "ii-empty-title", text: "No contacts or interviews yet" });
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
	parent.createEl("pre", { cls: "ii-sample" }).createEl("code", { text: lines.join("\n") });
}
