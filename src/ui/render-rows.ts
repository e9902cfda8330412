import { followUpKind } from "../domain/follow-up-kinds";
import { baseName } from "../domain/links";
import type { FollowUp, Problem } from "../domain/types";
import { describeFollowUp, sentence } from "../index/view-model";
import { iconButton, appendIcon } from "./render-controls";
import type { RenderContext } from "./render-types";

/** Icons of the built-in buttons and of known extra actions (Lucide names, as Obsidian ships them). */
const ACTION_ICONS: Readonly<Record<string, string>> = {
	snooze: "clock",
	draft: "pencil",
};

/**
 * One follow-up, a compact row: the title (what to do, for whom); under it
 * (beside it in a wide pane) when, and the note's link when its name tells
 * more than the title; then icon buttons. A click on the row opens the note.
 * Kept to a few elements: the first render of a view is a screenful of them.
 */
export function followUpRow(list: HTMLElement, f: FollowUp, ctx: RenderContext): HTMLElement {
	const item = describeFollowUp(f, ctx.today, ctx.dates);
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
	iconButton(actions, primary, item.primary.label, item.primary.icon, ctx.bound, item.primary.tooltip, lazy);
	iconButton(actions, ["informational-interviews-action", "informational-interviews-action-snooze"], "Snooze", ACTION_ICONS.snooze, ctx.bound, "Not now: choose a later day", lazy);
	const extras = ctx.handlers.extraActions?.(item);
	if (extras) {
		for (const extra of extras) {
			const cls = ["informational-interviews-action", `informational-interviews-action-${extra.id}`];
			const b = iconButton(actions, cls, extra.label, extra.icon ?? ACTION_ICONS[extra.id], ctx.bound, extra.tooltip, lazy);
			ctx.bound.extras.set(b, extra);
		}
	}
	return li;
}

/** One problem: the note, the property (none when the whole note could not be read) and what is wrong. */
export function problemRow(list: HTMLElement, p: Problem, ctx: RenderContext): HTMLElement {
	const name = baseName(p.note);
	const message = sentence(p.message);
	const li = list.createEl("li", {
		cls: "informational-interviews-problem",
		attr: { tabindex: "0", "data-note": p.note, "aria-label": p.property === null ? `${name}: ${message}` : `${name}, ${p.property}: ${message}` },
	});
	ctx.bound.notes.set(li, p.note);
	li.createSpan({ cls: "informational-interviews-problem-note", text: name });
	if (p.property !== null) li.createSpan({ cls: "informational-interviews-problem-property", text: p.property });
	li.createDiv({ cls: "informational-interviews-problem-message", text: message });
	return li;
}
