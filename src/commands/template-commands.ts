import { Notice, type Command } from "obsidian";
import { cleanFolder } from "../domain/filenames";
import { DEFAULT_TEMPLATES_FOLDER, writeBuiltinTemplates } from "../obsidian/templates";
import type { PluginHost } from "../ui/host";
import { errorText } from "./active";
import { noticeOnFailure } from "../obsidian/failures";

/**
 * "Write the built-in templates to the templates folder", for editing. With no
 * folder set yet, it uses Networking/Templates and saves that as the setting.
 * Existing files are never overwritten.
 */
export function writeTemplatesCommand(host: PluginHost): Command {
	return {
		id: "write-templates",
		name: "Write the built-in templates to the templates folder",
		// Obsidian does not await a callback: its failure is said here.
		callback: () =>
			noticeOnFailure(async () => {
				let folder = cleanFolder(host.settings.templatesFolder);
				if (folder === "") {
					folder = DEFAULT_TEMPLATES_FOLDER;
					await host.updateSettings((s) => {
						s.templatesFolder = folder;
					});
				}
				try {
					const report = await writeBuiltinTemplates(host.app, folder);
					const parts = [`Wrote ${report.written.length} template${report.written.length === 1 ? "" : "s"} to ${report.folder}.`];
					if (report.skipped.length > 0) {
						const names = report.skipped.map((p) => p.slice(p.lastIndexOf("/") + 1));
						parts.push(`Kept ${report.skipped.length} existing file${report.skipped.length === 1 ? "" : "s"} as ${report.skipped.length === 1 ? "it was" : "they were"}: ${names.join(", ")}.`);
					}
					new Notice(parts.join(" "));
				} catch (e) {
					new Notice(`Could not write the templates to ${folder}: ${errorText(e)}`);
				}
			}, "Could not write the templates"),
	};
}
