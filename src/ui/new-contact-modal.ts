import { Modal, Setting, type App } from "obsidian";
import type { Contact } from "../domain/types";
import type { NewContact } from "../obsidian/new-notes";
import { ContactInputSuggest, WordSuggest } from "./contact-suggest";

/** The ways people know each other (README.md, the `relationship` property), offered while typing "How I know them". */
const RELATIONSHIPS: readonly string[] = ["friend", "family", "classmate", "coworker", "faculty", "mentor", "neighbor", "alumni", "referral", "cold"];

export type TextField = "name" | "organization" | "role" | "field" | "email" | "linkedin" | "relationship";

/** Values to start the form with (from a link), and sentences to show above it. */
export interface Prefill {
	values: Partial<Record<TextField, string>>;
	notes: readonly string[];
}

/**
 * "New contact": name, organization, role, field, email, LinkedIn profile, how
 * I know them, and who referred me (a type-ahead of existing contacts; a name
 * with no note is kept as a link to write later). Only the name is required.
 * A prefill (the link that adds a contact) only fills the fields in: nothing
 * is written until the user creates the note.
 */
export class NewContactModal extends Modal {
	readonly inputs = new Map<TextField | "referrer", HTMLInputElement>();
	private referrerPath: { path: string; name: string } | null = null;
	private errorEl: HTMLElement | null = null;

	constructor(
		app: App,
		private readonly contacts: () => readonly Contact[],
		private readonly fields: () => readonly string[],
		private readonly onSubmit: (input: NewContact) => void,
		private readonly prefill?: Prefill,
	) {
		super(app);
	}

	override onOpen(): void {
		const { contentEl } = this;
		this.setTitle("New contact");
		contentEl.addClass("informational-interviews-new-contact-modal");
		if (this.prefill) {
			const intro = contentEl.createDiv({ cls: "informational-interviews-prefill" });
			intro.createEl("p", { text: "Filled in from a link: check every value, then create the note. Nothing is written before." });
			for (const note of this.prefill.notes) intro.createEl("p", { cls: "informational-interviews-error", text: note });
		}
		this.text("name", "Name", "Their full name: the note is named after it.");
		this.text("organization", "Organization", "Where they work.");
		this.text("role", "Role", "Their role or job title.");
		const field = this.text("field", "Field", "The field you are exploring with them.");
		new WordSuggest(this.app, field, this.fields);
		this.text("email", "Email", "Optional: lets a draft open in your email app.");
		this.text("linkedin", "LinkedIn", "Optional: the address of their profile.");
		const relationship = this.text("relationship", "How I know them", "Friend, family, classmate, coworker, faculty, mentor, alumni, referral…");
		new WordSuggest(this.app, relationship, () => RELATIONSHIPS);
		const referrer = this.text("referrer", "Referred by", "Who introduced you, if anyone: start typing a contact's name.");
		new ContactInputSuggest(this.app, referrer, this.contacts).onSelect((contact, evt) => {
			evt.preventDefault();
			referrer.value = contact.name;
			this.referrerPath = { path: contact.path, name: contact.name };
			referrer.blur();
		});
		this.errorEl = contentEl.createDiv({ cls: "informational-interviews-error", attr: { role: "alert" } });
		new Setting(contentEl)
			.addButton((b) =>
				b
					.setButtonText("Create")
					.setCta()
					.onClick(() => this.submit()),
			)
			.addButton((b) => b.setButtonText("Cancel").onClick(() => this.close()));
		this.inputs.get("name")?.focus();
	}

	override onClose(): void {
		this.contentEl.empty();
	}

	private text(key: TextField | "referrer", name: string, desc: string): HTMLInputElement {
		const holder: { input?: HTMLInputElement } = {};
		new Setting(this.contentEl)
			.setName(name)
			.setDesc(desc)
			.addText((t) => {
				holder.input = t.inputEl;
				if (key === "email") t.inputEl.type = "email";
				if (key === "linkedin") t.inputEl.type = "url";
				// Set as the input's value: whatever a link holds is shown as text, never read as HTML.
				if (key !== "referrer") t.setValue(this.prefill?.values[key] ?? "");
				t.inputEl.addEventListener("keydown", (evt) => {
					if (evt.key === "Enter" && !evt.isComposing && key !== "referrer" && key !== "field" && key !== "relationship") {
						evt.preventDefault();
						this.submit();
					}
				});
			});
		const input = holder.input;
		if (!input) throw new Error("no input");
		this.inputs.set(key, input);
		return input;
	}

	private value(key: TextField | "referrer"): string {
		return (this.inputs.get(key)?.value ?? "").trim();
	}

	/** Checks the name, then hands the answers over and closes. */
	submit(): void {
		const name = this.value("name");
		if (name === "") {
			this.errorEl?.setText("Give the person's name.");
			this.inputs.get("name")?.focus();
			return;
		}
		const typed = this.value("referrer");
		const picked = this.referrerPath && this.referrerPath.name === typed ? { path: this.referrerPath.path } : null;
		this.close();
		this.onSubmit({
			name,
			organization: this.value("organization"),
			role: this.value("role"),
			field: this.value("field"),
			email: this.value("email"),
			linkedin: this.value("linkedin"),
			relationship: this.value("relationship"),
			referrer: picked ?? (typed === "" ? null : { name: typed }),
		});
	}
}
