import { Modal, Setting, type App } from "obsidian";

/**
 * "Discard your edits?" over a draft being closed. Keep editing is the default
 * (focused; Escape or a click outside keep editing too); Discard closes the draft.
 */
export class DiscardEditsModal extends Modal {
	private discard = false;
	private keepButton: HTMLButtonElement | null = null;

	constructor(
		app: App,
		private readonly onChoose: (discard: boolean) => void,
	) {
		super(app);
	}

	override onOpen(): void {
		const { contentEl } = this;
		this.setTitle("Discard your edits?");
		contentEl.createEl("p", { text: "The changes you made to this message are kept nowhere else." });
		new Setting(contentEl)
			.addButton((b) => {
				b.setButtonText("Discard").onClick(() => {
					this.discard = true;
					this.close();
				});
				// What setWarning() did, on every version (setDestructive() needs Obsidian 1.13).
				b.buttonEl.addClass("mod-warning");
			})
			.addButton((b) => {
				b.setButtonText("Keep editing")
					.setCta()
					.onClick(() => this.close());
				this.keepButton = b.buttonEl;
			});
		this.keepButton?.focus();
	}

	override onClose(): void {
		this.contentEl.empty();
		this.onChoose(this.discard);
	}
}
