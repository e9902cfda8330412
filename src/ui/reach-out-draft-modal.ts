import { Modal, Setting, type App } from "obsidian";

/**
 * Drafting to someone an interview suggested who has no contact note yet:
 * create their note first (then the draft), or draft with their name only.
 */
export class ReachOutDraftChoiceModal extends Modal {
	constructor(
		app: App,
		private readonly person: string,
		private readonly onChoose: (createNote: boolean) => void,
	) {
		super(app);
	}

	override onOpen(): void {
		const { contentEl, person } = this;
		this.setTitle(`Write to ${person}`);
		contentEl.addClass("informational-interviews-reach-out-draft-modal");
		contentEl.createEl("p", {
			text: `${person} has no contact note yet. A note keeps their organization, role and email, which the draft then uses.`,
		});
		new Setting(contentEl)
			.addButton((b) => {
				b.setButtonText("Create the note first")
					.setCta()
					.onClick(() => this.choose(true));
				b.buttonEl.addClass("informational-interviews-reach-out-create");
			})
			.addButton((b) => {
				b.setButtonText("Draft with the name only").onClick(() => this.choose(false));
				b.buttonEl.addClass("informational-interviews-reach-out-name-only");
			});
	}

	override onClose(): void {
		this.contentEl.empty();
	}

	private choose(createNote: boolean): void {
		this.close();
		this.onChoose(createNote);
	}
}
