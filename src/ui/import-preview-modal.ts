import { Modal, Setting, type App, type ButtonComponent } from "obsidian";
import type { ImportPreview } from "../obsidian/contact-import";
import { noticeOnFailure } from "../obsidian/failures";

/** Lists longer than this start folded. */
const OPEN_LIMIT = 25;

/**
 * What an import (LinkedIn, vCard) would do, before it does it: who gets a new contact
 * note (and where), who is skipped and why, what in the export could not be
 * read. Import creates the notes; nothing is written before.
 */
export class ImportPreviewModal extends Modal {
	private importing = false;

	constructor(
		app: App,
		private readonly preview: ImportPreview,
		private readonly onImport: () => Promise<void>,
	) {
		super(app);
	}

	override onOpen(): void {
		const { preview, contentEl } = this;
		const create = preview.plan.create;
		const where = preview.folder === "" ? "the vault's top folder" : preview.folder;
		this.setTitle("Import contacts");
		contentEl.addClass("informational-interviews-import-modal");

		const summary = contentEl.createEl("p", { cls: "informational-interviews-import-summary" });
		summary.appendText(`From the ${preview.source.fileKind} ${preview.fileName}: `);
		summary.createEl("strong", { text: plural(create.length, "new contact note", "new contact notes") });
		summary.appendText(` in ${where}, ${preview.skipped.length} skipped`);
		if (preview.parsed.problems.length > 0) summary.appendText(`, ${plural(preview.parsed.problems.length, "problem", "problems")} in the export`);
		summary.appendText(".");

		if (create.length === 0) {
			contentEl.createEl("p", { text: "Everyone in this export already has a contact note: there is nothing to create." });
		} else {
			const list = this.list("create", `New contact notes (${create.length})`, create.length);
			for (const note of create) {
				const li = list.createEl("li");
				li.createSpan({ cls: "informational-interviews-import-name", text: note.name });
				li.createEl("code", { cls: "informational-interviews-import-path", text: note.path });
			}
		}
		if (preview.skipped.length > 0) {
			const list = this.list("skipped", `Skipped (${preview.skipped.length})`, preview.skipped.length);
			for (const line of preview.skipped) list.createEl("li", { text: line });
		}
		if (preview.parsed.problems.length > 0) {
			const list = this.list("problems", `Problems in the export (${preview.parsed.problems.length})`, preview.parsed.problems.length);
			for (const line of preview.parsed.problems) list.createEl("li", { text: line });
		}
		contentEl.createEl("p", {
			cls: "informational-interviews-muted",
			text:
				`Existing notes are never changed. Each new note gets ${preview.source.fills}; ` +
				"relationship and field are left empty for you to fill in.",
		});

		const buttons = new Setting(contentEl).setClass("informational-interviews-import-buttons");
		if (create.length > 0) {
			buttons.addButton((b) =>
				b
					.setButtonText(`Import ${plural(create.length, "contact", "contacts")}`)
					.setCta()
					.onClick(() => void noticeOnFailure(() => this.run(b), "Could not import")),
			);
		}
		buttons.addButton((b) => b.setButtonText(create.length > 0 ? "Cancel" : "Close").onClick(() => this.close()));
	}

	override onClose(): void {
		this.contentEl.empty();
	}

	private list(id: string, heading: string, length: number): HTMLElement {
		const details = this.contentEl.createEl("details", { cls: ["informational-interviews-import-section", `informational-interviews-import-${id}`] });
		details.open = length <= OPEN_LIMIT || id === "create";
		details.createEl("summary", { text: heading });
		return details.createEl("ul", { cls: "informational-interviews-import-list" });
	}

	private async run(button: ButtonComponent): Promise<void> {
		if (this.importing) return;
		this.importing = true;
		button.setDisabled(true).setButtonText("Importing…");
		try {
			await this.onImport();
		} finally {
			this.close();
		}
	}
}

function plural(n: number, one: string, many: string): string {
	return `${n} ${n === 1 ? one : many}`;
}
