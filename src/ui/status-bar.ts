import { dueCountText } from "../index/view-model";

/** The desktop status bar item "N follow-ups due"; a click opens the follow-ups view. */
export class DueStatusBar {
	private shown = -1;

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

	update(count: number): void {
		if (count === this.shown) return;
		this.shown = count;
		this.el.setText(dueCountText(count));
		this.el.toggleClass("informational-interviews-status-bar-due", count > 0);
	}
}
