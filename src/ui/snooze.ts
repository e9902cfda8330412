import { Menu, Modal, Setting, type App } from "obsidian";
import { addDays, parseDateValue } from "../domain/dates";
import { longDate, shortDate } from "../domain/relative";
import type { CalendarDate } from "../domain/types";
import { snoozeChoices, type FollowUpItem } from "../index/view-model";

/**
 * The Snooze menu of an item: preset days later than the item's due date
 * (tomorrow, in 3 days, next week) and "Pick a date…" for any other day.
 */
export function showSnoozeMenu(app: App, item: FollowUpItem, today: CalendarDate, anchor: HTMLElement, evt: MouseEvent, snooze: (until: CalendarDate) => void): Menu {
	const menu = new Menu();
	for (const choice of snoozeChoices(item.followUp, today)) {
		menu.addItem((mi) =>
			mi
				.setTitle(`${choice.label} (${shortDate(choice.date)})`)
				.setIcon("clock")
				.onClick(() => snooze(choice.date)),
		);
	}
	menu.addItem((mi) =>
		mi
			.setTitle("Pick a date…")
			.setIcon("calendar")
			.onClick(() => {
				const earliest = item.followUp.due >= today ? addDays(item.followUp.due, 1) : addDays(today, 1);
				new SnoozeDateModal(app, item.title, earliest, snooze).open();
			}),
	);
	// A keyboard press on the button has no pointer position: place the menu under the button.
	if (evt.detail === 0 || (evt.clientX === 0 && evt.clientY === 0)) {
		const rect = anchor.getBoundingClientRect();
		menu.showAtPosition({ x: rect.left, y: rect.bottom }, anchor.doc);
	} else {
		menu.showAtMouseEvent(evt);
	}
	return menu;
}

/** A small dialog with a date input: snooze until the chosen day (not before `earliest`). */
class SnoozeDateModal extends Modal {
	private value: CalendarDate;

	constructor(
		app: App,
		private readonly what: string,
		private readonly earliest: CalendarDate,
		private readonly onPick: (until: CalendarDate) => void,
	) {
		super(app);
		this.value = addDays(earliest, 6);
	}

	override onOpen(): void {
		this.setTitle("Snooze until");
		const { contentEl } = this;
		contentEl.addClass("informational-interviews-snooze-modal");
		contentEl.createEl("p", { cls: "informational-interviews-muted", text: this.what });
		const error = contentEl.createDiv({ cls: "informational-interviews-error", attr: { role: "alert" } });
		let input: HTMLInputElement | null = null;
		const submit = () => {
			const picked = parseDateValue(input?.value ?? "");
			if (!picked.ok || picked.value.date < this.earliest) {
				error.setText(`Choose a day from ${longDate(this.earliest)} on.`);
				return;
			}
			this.close();
			this.onPick(picked.value.date);
		};
		new Setting(contentEl).setName("Day").addText((text) => {
			input = text.inputEl;
			input.type = "date";
			input.min = this.earliest;
			text.setValue(this.value);
			input.addEventListener("keydown", (evt) => {
				if (evt.key === "Enter") {
					evt.preventDefault();
					submit();
				}
			});
		});
		new Setting(contentEl)
			.addButton((b) => b.setButtonText("Snooze").setCta().onClick(submit))
			.addButton((b) => b.setButtonText("Cancel").onClick(() => this.close()));
		window.setTimeout(() => input?.focus(), 0);
	}

	override onClose(): void {
		this.contentEl.empty();
	}
}
