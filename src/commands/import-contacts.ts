import { Notice } from "obsidian";
import { errorText } from "../domain/error-text";
import { LINKEDIN_SOURCE, VCARD_SOURCE, type ContactSource } from "../domain/import-sources";
import { ImportError, importSummary, previewImport, importContacts } from "../obsidian/contact-import";
import type { PluginHost } from "../plugin-host";
import { pickFile } from "../ui/file-picker";
import { ImportPreviewModal } from "../ui/import-preview-modal";
import { anyNote, run, type CommandEntry } from "./command-entry";

/**
 * "Import contacts from a LinkedIn export" and "… from a vCard file": pick
 * `Connections.csv` or a `.vcf` exported by a phone or Google Contacts
 * (desktop or mobile), see what would be created and skipped, then import.
 */
export const importLinkedInCommand: CommandEntry = importCommand("import-linkedin", "Import contacts from a LinkedIn export", LINKEDIN_SOURCE);
export const importVCardCommand: CommandEntry = importCommand("import-vcard", "Import contacts from a vCard file", VCARD_SOURCE);

/** The picker is opened at once, while the command still runs inside the user's gesture. */
function importCommand(id: string, name: string, source: ContactSource): CommandEntry {
	return {
		id,
		name,
		context: anyNote,
		handler: run((host) => {
			if (!host.live.isReady) {
				new Notice("Still reading your notes: try the import again in a moment.");
				return;
			}
			void pickFile(activeDocument, source.accept)
				.then((file) => (file ? previewExport(host, source, file) : null))
				.catch((e: unknown) => new Notice(`Could not import the export: ${errorText(e)}`));
		}),
	};
}

/** Reads an export and shows the preview; resolves to the modal, or null when a notice explained why not. */
export async function previewExport(host: PluginHost, source: ContactSource, file: Blob & { name?: string }): Promise<ImportPreviewModal | null> {
	const fileName = file.name ?? "the export";
	if (file.size > source.maxBytes) {
		new Notice(`"${fileName}" is too large for a ${source.fileKind} (${Math.round(file.size / 1024 / 1024)} MB).`);
		return null;
	}
	let text: string;
	try {
		text = await file.text();
	} catch (e) {
		new Notice(`Could not read "${fileName}": ${errorText(e)}`);
		return null;
	}
	const { app, live, settings } = host;
	let preview;
	try {
		preview = previewImport(app, live.index, source, { text, name: fileName }, settings.contactsFolder, live.today);
	} catch (e) {
		if (!(e instanceof ImportError)) throw e;
		new Notice(e.message);
		return null;
	}
	const modal = new ImportPreviewModal(app, preview, async () => {
		const result = await importContacts(app, preview);
		new Notice(importSummary(preview, result), result.failed.length > 0 ? 0 : undefined);
	});
	modal.open();
	return modal;
}
