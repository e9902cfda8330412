import type { CalendarDate } from "../domain/types";
import { clockTime, nextConversationText } from "../index/conversation-item";
import { nextConversation } from "../index/conversations";
import type { VaultIndex } from "../index/vault-index";
import { dueCount, dueCountText } from "../index/view-model";

/**
 * What the status bar says: "N follow-ups due", and on the day of a
 * conversation the next one ("2 follow-ups due · Conversation at 16:00"; the
 * count is left out when it is zero). `now` is the local clock.
 */
export function statusBarText(index: VaultIndex, today: CalendarDate, now: Date): { text: string; due: number } {
	const due = dueCount(index, today);
	const next = nextConversation(index, today, clockTime(now));
	if (next === null) return { text: dueCountText(due), due };
	const conversation = nextConversationText(next);
	return { text: due === 0 ? conversation : `${dueCountText(due)} · ${conversation}`, due };
}

/** The desktop status bar item "N follow-ups due"; a click opens the follow-ups view. */
export class DueStatusBar {
	private shown: string | null = null;

	constructor(
		private readonly el: HTMLElement,
		open: () => void,
	) {
		el.addClass("informational-interviews-status-bar", "mod-clickable");
		el.setAttr("role", "button");
		el.setAttr("tabindex", "0");
		el.setAttr("aria-label", "Open follow-ups");
		el.addEventListener("click", open);
		el.addEventListener("keydown", (evt) => {
			if (evt.key === "Enter" || evt.key === " ") {
				evt.preventDefault();
				open();
			}
		});
	}

	update({ text, due }: { text: string; due: number }): void {
		if (text === this.shown) return;
		this.shown = text;
		this.el.setText(text);
		this.el.toggleClass("informational-interviews-status-bar-due", due > 0);
	}
}
