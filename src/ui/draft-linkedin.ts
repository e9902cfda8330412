import { Setting } from "obsidian";
import { charCount, linkedInNote } from "../domain/linkedin-note";
import type { DraftPlan } from "../index/draft-plans";

/**
 * The outreach draft's LinkedIn connection note: the request within `limit`
 * characters (a setting), editable, with a counter, Copy note, and a button that
 * opens the contact's `linkedin` profile (a web address only). Returns the note's field.
 */
export function renderLinkedInNote(parent: HTMLElement, plan: DraftPlan, limit: number, copy: (text: string) => unknown): HTMLTextAreaElement {
	const field = parent.createDiv({ cls: "informational-interviews-draft-field informational-interviews-draft-linkedin" });
	const label = field.createDiv({ cls: "informational-interviews-draft-linkedin-label" });
	label.createEl("label", { text: "Note for LinkedIn", attr: { for: "informational-interviews-draft-linkedin" } });
	const counter = label.createSpan({ cls: "informational-interviews-muted informational-interviews-draft-linkedin-count", attr: { role: "status" } });
	const note = field.createEl("textarea", { cls: "informational-interviews-draft-linkedin-note", attr: { id: "informational-interviews-draft-linkedin", rows: "4", spellcheck: "true" } });
	note.value = linkedInNote(plan.values, limit);
	const count = () => {
		const n = charCount(note.value);
		counter.setText(`${n} / ${limit} characters`);
		counter.toggleClass("informational-interviews-draft-linkedin-over", n > limit);
	};
	note.addEventListener("input", count);
	count();
	const buttons = new Setting(field).setClass("informational-interviews-draft-linkedin-buttons");
	buttons.addButton((b) => {
		b.setButtonText("Copy note").onClick(() => copy(note.value));
		b.buttonEl.addClass("informational-interviews-draft-linkedin-copy");
	});
	const profile = plan.values["contact.linkedin"];
	if (typeof profile === "string" && /^https?:\/\/\S+$/i.test(profile.trim())) {
		buttons.addButton((b) => {
			b.setButtonText("Open LinkedIn profile").onClick(() => window.open(profile.trim(), "_blank", "noopener"));
			b.buttonEl.addClass("informational-interviews-draft-linkedin-open");
		});
	}
	return note;
}
