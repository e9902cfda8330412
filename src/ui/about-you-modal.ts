import { Modal, Setting, type App } from "obsidian";

export interface AboutYou {
	name: string;
	pitch: string;
}

/**
 * "About you": your name and pitch, the two settings every draft is signed and
 * introduced with, asked from a draft that lacks them. The same values as the
 * settings tab's "About you" section; Save writes them there.
 */
export class AboutYouModal extends Modal {
	readonly nameEl: HTMLInputElement;
	readonly pitchEl: HTMLTextAreaElement;

	constructor(
		app: App,
		current: AboutYou,
		private readonly onSave: (about: AboutYou) => void,
	) {
		super(app);
		this.nameEl = this.contentEl.createEl("input", { type: "text", cls: "informational-interviews-about-name" });
		this.nameEl.value = current.name;
		this.pitchEl = this.contentEl.createEl("textarea", { cls: "informational-interviews-pitch", attr: { rows: "4" } });
		this.pitchEl.value = current.pitch;
	}

	override onOpen(): void {
		const { contentEl } = this;
		this.setTitle("About you");
		contentEl.addClass("informational-interviews-about-modal");
		new Setting(contentEl).setName("Your name").setDesc("Signs the messages drafted from templates.").controlEl.appendChild(this.nameEl);
		new Setting(contentEl).setName("Your pitch").setDesc("A few sentences on who you are and what you want to learn, for outreach messages.").controlEl.appendChild(this.pitchEl);
		new Setting(contentEl)
			.addButton((b) =>
				b
					.setButtonText("Save")
					.setCta()
					.onClick(() => this.save()),
			)
			.addButton((b) => b.setButtonText("Cancel").onClick(() => this.close()));
		this.nameEl.focus();
	}

	save(): void {
		this.close();
		this.onSave({ name: this.nameEl.value.trim(), pitch: this.pitchEl.value.trim() });
	}

	override onClose(): void {
		this.contentEl.empty();
	}
}
