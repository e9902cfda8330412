import { Modal, Setting, type App, type ButtonComponent, type TFile } from "obsidian";
import { noticeOnFailure } from "../obsidian/failures";

/** One choice of notes to mark: this note, or the notes one recognition rule matches. */
export interface MarkChoice {
	label: string;
	files: TFile[];
}

/**
 * "Mark as contact/interview": pick this note or a rule, see every note it
 * would write `type` into, then write. Nothing is written before the button.
 */
export class MarkTypeModal extends Modal {
	private chosen = 0;
	private writing = false;
	private listEl: HTMLElement | null = null;
	private button: ButtonComponent | null = null;

	constructor(
		app: App,
		private readonly kind: "contact" | "interview",
		private readonly choices: MarkChoice[],
		private readonly onWrite: (files: TFile[]) => Promise<void>,
	) {
		super(app);
	}

	override onOpen(): void {
		const { contentEl } = this;
		this.setTitle(`Mark as ${this.kind}`);
		contentEl.addClass("informational-interviews-mark-modal");
		contentEl.createEl("p", {
			text: `Writes type: ${this.kind} into the properties of the notes listed below, and nothing else.`,
		});
		new Setting(contentEl).setName("Which notes").addDropdown((d) => {
			for (const [i, c] of this.choices.entries()) d.addOption(String(i), `${c.label} (${c.files.length})`);
			d.setValue("0").onChange((v) => {
				this.chosen = Number(v);
				this.render();
			});
		});
		this.listEl = contentEl.createEl("ul", { cls: "informational-interviews-mark-list" });
		new Setting(contentEl)
			.addButton((b) => {
				this.button = b;
				b.setCta().onClick(() => void noticeOnFailure(() => this.write(), `Could not mark the notes as ${this.kind}s`));
			})
			.addButton((b) => b.setButtonText("Cancel").onClick(() => this.close()));
		this.render();
	}

	override onClose(): void {
		this.contentEl.empty();
	}

	private render(): void {
		const files = this.choices[this.chosen]?.files ?? [];
		this.listEl?.empty();
		if (files.length === 0) this.listEl?.createEl("li", { text: `Every note this matches already says its type.` });
		for (const f of files) this.listEl?.createEl("li").createEl("code", { text: f.path });
		this.button?.setButtonText(`Mark ${files.length} ${files.length === 1 ? "note" : "notes"}`).setDisabled(files.length === 0);
	}

	private async write(): Promise<void> {
		const files = this.choices[this.chosen]?.files ?? [];
		if (this.writing || files.length === 0) return;
		this.writing = true;
		this.button?.setDisabled(true);
		try {
			await this.onWrite(files);
		} finally {
			this.close();
		}
	}
}
