import { getIcon } from "obsidian";
import { PAGE_SIZE } from "./constants";
import type { Bound, ListId, RenderContext, SectionKey } from "./render-types";

/** The small pieces every part of the view is drawn with: icons, icon buttons, section headings, "Show more". */

/** Appends the icon; false when Obsidian does not know it. */
export function appendIcon(parent: Element, id: string, cache: { icons: Map<string, SVGSVGElement | null> }): boolean {
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
 * a small text button with the label. `lazy`: the icon is added on first hover
 * or focus of the row (see `RenderContext.lazyIcons`).
 */
export function iconButton(parent: HTMLElement, cls: readonly string[], label: string, icon: string | undefined, bound: Bound, description?: string, lazy = false): HTMLButtonElement {
	const button = parent.createEl("button", { cls: ["clickable-icon", ...cls], attr: { type: "button", "aria-label": label } });
	if (description !== undefined) button.setAttr("aria-description", description);
	if (icon !== undefined && lazy) bound.pendingIcons.set(button, icon);
	else if (icon === undefined || !appendIcon(button, icon, bound)) asText(button);
	return button;
}

/** A button without a known icon shows its name. */
export function asText(button: Element): void {
	button.addClass("informational-interviews-action-text");
	button.setText(button.getAttribute("aria-label") ?? "");
}

/** A section with a heading that collapses it (a button: Tab, Enter, Space), its count and hint. */
export function sectionEl(root: HTMLElement, id: SectionKey, heading: string, count: number, hint: string | null, ctx: RenderContext): HTMLElement {
	const section = root.createEl("section", { cls: ["informational-interviews-section", `informational-interviews-section-${id}`] });
	const head = section.createEl("h4", { cls: "informational-interviews-section-heading" });
	const toggle = head.createEl("button", { cls: "informational-interviews-section-toggle", attr: { type: "button" } });
	appendIcon(toggle.createSpan({ cls: "informational-interviews-collapse-icon" }), "chevron-down", ctx.bound);
	toggle.createSpan({ cls: "informational-interviews-section-title", text: heading });
	if (hint !== null) toggle.createSpan({ cls: "informational-interviews-section-hint", text: hint });
	toggle.createSpan({ cls: "informational-interviews-count" });
	ctx.bound.toggles.set(toggle, id);
	setCollapsed(section, ctx.collapsed?.has(id) ?? false);
	setCount(section, count);
	return section;
}

/** Shows a section collapsed (heading only) or expanded. */
export function setCollapsed(section: HTMLElement, collapsed: boolean): void {
	if (section.hasClass("is-collapsed") !== collapsed) section.toggleClass("is-collapsed", collapsed);
	const toggle = section.querySelector(".informational-interviews-section-toggle");
	if (toggle && toggle.getAttribute("aria-expanded") !== String(!collapsed)) toggle.setAttribute("aria-expanded", String(!collapsed));
}

/** The count beside a section's heading (touched only when it changed). */
export function setCount(section: HTMLElement, count: number): void {
	const el = section.querySelector(".informational-interviews-count");
	const text = String(count);
	if (!el || el.textContent === text) return;
	el.setText(text);
	el.setAttribute("aria-label", `${count} ${count === 1 ? "item" : "items"}`);
}

/**
 * The "Show N more" button at the end of a list's section when `remaining`
 * items are not shown, else none: `button` (the one shown now, if any) kept
 * when it says the same, relabelled or removed. Returns the button shown.
 */
export function showMoreButton(section: HTMLElement, id: ListId, remaining: number, bound: Bound, button: HTMLButtonElement | null): HTMLButtonElement | null {
	if (remaining <= 0) {
		button?.remove();
		return null;
	}
	const n = Math.min(PAGE_SIZE, remaining);
	const label = `Show ${n} more (${remaining} not shown)`;
	if (button?.getAttribute("aria-label") === label) return button;
	const el = button ?? section.createEl("button", { cls: "informational-interviews-show-more", attr: { type: "button" } });
	bound.more.set(el, id);
	el.setText(`Show ${n} more`);
	el.setAttribute("aria-label", label);
	return el;
}
