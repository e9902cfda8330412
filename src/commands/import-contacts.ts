import { Notice, type Command } from "obsidian";
import { LINKEDIN_SOURCE, VCARD_SOURCE, type ContactSource } from "../domain/import-sources";
import { ImportError, importSummary, previewImport, runImport } from "../obsidian/contact-import";
import { pickFile } from "../ui/file-picker";
import type { PluginHost } from "../ui/host";
import { ImportPreviewModal } from "../ui/import-preview-modal";

/**
 * "Import contacts from a LinkedIn export": pick `Connections.csv` (desktop or
 * mobile), see what would be created and skipped, then import.
 */
export function importLinkedInCommand(host: PluginHost): Command {
	return importCommand(host, "import-linkedin", "Import contacts from a LinkedIn export", LINKEDIN_SOURCE);
}

/** "Import contacts from a vCard file": the same, for a `.vcf` exported by a phone or Google Contacts. */
export function importVCardCommand(host: PluginHost): Command {
	return importCommand(host, "import-vcard", "Import contacts from a vCard file", VCARD_SOURCE);
}

/** The picker is opened at once, while the command still runs inside the user's gesture. */
function importCommand(host: PluginHost, id: string, name: string, source: ContactSource): Command {
	return {
		id,
		name,
		callback: () => {
			if (!host.live.isStarted) {
				new Notice("Still reading your notes: try the import again in a moment.");
				return;
			}
			void pickFile(activeDocument, source.accept)
				.then((file) => (file ? previewExport(host, source, file) : null))
				.catch((e: unknown) => new Notice(`Could not import the export: ${e instanceof Error ? e.message : String(e)}`));
		},
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
		new Notice(`Could not read "${fileName}": ${e instanceof Error ? e.message : String(e)}`);
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
		const result = await runImport(app, preview);
		new Notice(importSummary(preview, result), result.failed.length > 0 ? 0 : undefined);
	});
	modal.open();
	return modal;
}
