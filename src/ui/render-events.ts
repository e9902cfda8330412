import type { Bound, RenderHandlers, SectionKey } from "./render-types";
import { appendIcon, asText } from "./render-controls";

/**
 * The listeners of a follow-ups root, registered once per root: clicks, Enter
 * and the icons added on first hover or focus. They look up what an element
 * stands for in the root's `Bound`.
 */

const boundRoots = new WeakMap<HTMLElement, Bound>();

/** The root's `Bound` (its listeners registered on first use), now with `handlers`. */
export function bind(root: HTMLElement, handlers: RenderHandlers): Bound {
	const had = boundRoots.get(root);
	if (had) {
		had.handlers = handlers;
		return had;
	}
	const bound: Bound = { handlers, items: new WeakMap(), extras: new WeakMap(), notes: new WeakMap(), more: new WeakMap(), toggles: new WeakMap(), pendingIcons: new WeakMap(), icons: new Map() };
	boundRoots.set(root, bound);
	root.addEventListener("click", (evt) => onClick(root, evt));
	root.addEventListener("keydown", (evt) => onKeydown(root, evt));
	root.addEventListener("mouseover", (evt) => showIcons(root, evt));
	root.addEventListener("focusin", (evt) => showIcons(root, evt));
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
