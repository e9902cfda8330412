import { Modal, Setting, type App } from "obsidian";
import { declinedChange } from "../domain/follow-up-writes";
import type { Properties, PropertyChange } from "../domain/property-change";
import { FORMATS, scheduleChange, scheduleFormFrom, type ScheduleForm } from "../domain/schedule";
import { noticeOnFailure } from "../obsidian/failures";
import { WordSuggest } from "./contact-suggest";
import { writeWithUndo, type NoticeButton } from "./undo-notice";

const FIELDS: readonly { key: keyof ScheduleForm; name: string; desc: string; type: string }[] = [
	{ key: "date", name: "Date", desc: "The day you agreed on.", type: "date" },
	{ key: "time", name: "Time", desc: "Optional: when it starts.", type: "time" },
	{ key: "format", name: "Format", desc: "Coffee, phone, video, in person, or your own word.", type: "text" },
	{ key: "duration", name: "Duration in minutes", desc: "How long you asked for.", type: "text" },
	{ key: "location", name: "Location or link", desc: "Where you meet, or the link to the call.", type: "text" },
];

/**
 * "Schedule…": the conversation was agreed on. Date (required), time, format,
 * duration and location, filled from the note; Schedule writes them in one
 * step (see scheduleChange), Declined records that the person said no. A
 * field in error is named in the modal and nothing is written.
 */
export class ScheduleModal extends Modal {
	readonly inputs = new Map<keyof ScheduleForm, HTMLInputElement>();
	private errorEl: HTMLElement | null = null;

	constructor(
		app: App,
		private readonly path: string,
		private readonly seen: Properties | null,
		private readonly defaultDuration: number,
		/** Called with the checked change (the modal is closed by then). */
		private readonly onSubmit: (change: PropertyChange, what: "scheduled" | "declined") => void,
	) {
		super(app);
	}

	override onOpen(): void {
		const { contentEl } = this;
		this.setTitle("Schedule the conversation");
		this.modalEl.addClass("informational-interviews-schedule-modal");
		const form = scheduleFormFrom(this.seen, this.defaultDuration);
		for (const field of FIELDS) {
			new Setting(contentEl)
				.setName(field.name)
				.setDesc(field.desc)
				.addText((t) => {
					t.inputEl.type = field.type;
					if (field.key === "duration") t.inputEl.inputMode = "numeric";
					t.setValue(form[field.key]);
					t.inputEl.addEventListener("keydown", (evt) => {
						if (evt.key === "Enter" && !evt.isComposing && field.key !== "format") {
							evt.preventDefault();
							this.submit();
						}
					});
					this.inputs.set(field.key, t.inputEl);
				});
		}
		const format = this.inputs.get("format");
		if (format) new WordSuggest(this.app, format, () => FORMATS);
		this.errorEl = contentEl.createDiv({ cls: "informational-interviews-error", attr: { role: "alert" } });
		new Setting(contentEl)
			.addButton((b) =>
				b
					.setButtonText("Schedule")
					.setCta()
					.onClick(() => this.submit()),
			)
			.addButton((b) =>
				b
					.setButtonText("Declined")
					.setTooltip("They said no: the request is closed")
					.onClick(() => this.decline()),
			)
			.addButton((b) => b.setButtonText("Cancel").onClick(() => this.close()));
		this.inputs.get("date")?.focus();
	}

	override onClose(): void {
		this.contentEl.empty();
	}

	/** Checks the form; writes nothing and names the field when something is wrong. */
	submit(): void {
		const value = (key: keyof ScheduleForm) => this.inputs.get(key)?.value ?? "";
		const result = scheduleChange(this.path, this.seen, { date: value("date"), time: value("time"), format: value("format"), duration: value("duration"), location: value("location") });
		if (!result.ok) {
			this.errorEl?.setText(result.message);
			this.inputs.get(result.field)?.focus();
			return;
		}
		this.close();
		this.onSubmit(result.change, "scheduled");
	}

	decline(): void {
		this.close();
		this.onSubmit(declinedChange(this.path, this.seen), "declined");
	}
}

/** What the notice says after Schedule or Declined. */
export function scheduledNotice(what: "scheduled" | "declined", person: string): string {
	return what === "scheduled" ? `Scheduled the conversation with ${person}.` : `Recorded that ${person} declined.`;
}

/** Opens the Schedule modal on an interview note, with the properties Obsidian holds for it now; the write offers Undo. */
export function openScheduleModal(app: App, path: string, person: string, defaultDuration: number): void {
	const file = app.vault.getFileByPath(path);
	const seen = file ? (app.metadataCache.getFileCache(file)?.frontmatter ?? null) : null;
	new ScheduleModal(app, path, seen, defaultDuration, (change, what) => {
		void noticeOnFailure(() => writeWithUndo(app, change, scheduledNotice(what, person)), "Could not record it");
	}).open();
}

/** A notice's Schedule… button: after a request is sent, the reply may already hold a date. */
export function scheduleButton(app: App, path: string, person: string, defaultDuration: number): NoticeButton {
	return { label: "Schedule…", cls: "informational-interviews-offer-schedule", onClick: () => openScheduleModal(app, path, person, defaultDuration) };
}
