import { Notice } from "obsidian";
import { ImportError, importSummary, previewImport, importContacts } from "../obsidian/linkedin-import";
import { pickFile } from "../ui/file-picker";
import type { PluginHost } from "../plugin-host";
import { ImportPreviewModal } from "../ui/import-preview-modal";
import { errorText } from "../domain/error-text";
import { anyNote, run, type CommandEntry } from "./command-entry";

/** What the picker offers; some Android file providers call a CSV file text/comma-separated-values. */
const CSV_TYPES = ".csv,text/csv,text/comma-separated-values";

/** Larger than any LinkedIn export (tens of thousands of connections are a few MB). */
const MAX_EXPORT_BYTES = 50 * 1024 * 1024;

/**
 * "Import contacts from a LinkedIn export": pick `Connections.csv` (desktop or
 * mobile), see what would be created and skipped, then import. The picker is
 * opened at once, while the command still runs inside the user's gesture.
 */
export const importLinkedInCommand: CommandEntry = {
	id: "import-linkedin",
	name: "Import contacts from a LinkedIn export",
	context: anyNote,
	handler: run((host) => {
		if (!host.live.isStarted) {
			new Notice("Still reading your notes: try the import again in a moment.");
			return;
		}
		void pickFile(activeDocument, CSV_TYPES)
			.then((file) => (file ? previewLinkedInExport(host, file) : null))
			.catch((e: unknown) => new Notice(`Could not import the export: ${errorText(e)}`));
	}),
};

/** Reads an export and shows the preview; resolves to the modal, or null when a notice explained why not. */
export async function previewLinkedInExport(host: PluginHost, file: Blob & { name?: string }): Promise<ImportPreviewModal | null> {
	const fileName = file.name ?? "the export";
	if (file.size > MAX_EXPORT_BYTES) {
		new Notice(`"${fileName}" is too large for a LinkedIn export (${Math.round(file.size / 1024 / 1024)} MB).`);
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
		preview = previewImport(app, live.index, text, fileName, settings.contactsFolder, live.today);
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
