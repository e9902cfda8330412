import type { ConversationItem } from "../index/conversation-item";

/**
 * The rows of the view's first section: who, when, how and where. A click on
 * the row (or Enter on it) opens the interview note, where the preparation is;
 * a web or mailto: location is a link that opens outside Obsidian, anything
 * else is text. `notes` records which note each row opens; `icon` adds the
 * row's icon.
 */
export function renderConversationRows(list: HTMLElement, items: readonly ConversationItem[], notes: WeakMap<Element, string>, icon: (parent: HTMLElement) => void): void {
	for (const item of items) {
		const c = item.conversation;
		const details = [item.when, item.format, item.location].filter((t): t is string => t !== null && t !== "");
		const li = list.createEl("li", {
			cls: "informational-interviews-conversation",
			attr: { tabindex: "0", "data-note": c.note, "aria-label": `${c.person}, ${details.join(", ")}` },
		});
		notes.set(li, c.note);
		const title = li.createDiv({ cls: "informational-interviews-item-title" });
		icon(title.createSpan({ cls: "informational-interviews-kind-icon" }));
		title.appendText(`Conversation with ${c.person}`);
		const meta = li.createDiv({ cls: "informational-interviews-item-meta" });
		meta.createSpan({ cls: "informational-interviews-item-when", text: item.when });
		if (item.format !== null && item.format !== "") meta.createSpan({ cls: "informational-interviews-conversation-format", text: item.format });
		if (item.href !== null) {
			meta.createEl("a", {
				cls: ["informational-interviews-conversation-location", "external-link"],
				text: item.location ?? item.href,
				href: item.href,
				attr: { target: "_blank", rel: "noopener nofollow", "aria-label": `Open ${item.href}` },
			});
		} else if (item.location !== null && item.location !== "") {
			meta.createSpan({ cls: "informational-interviews-conversation-location", text: item.location });
		}
	}
}
