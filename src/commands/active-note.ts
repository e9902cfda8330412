import { inFolder } from "../domain/filenames";
import type { Contact, NoteRecord } from "../domain/types";
import type { PluginHost } from "../plugin-host";

/**
 * What the commands that act on "this note" need: the active note's record
 * in the index (a contact or an interview), and notes of the templates folder
 * left out (a template is not a person); the contacts and fields pickers offer.
 */

/** True for a path inside the user's templates folder. */
export function inTemplatesFolder(host: PluginHost, path: string): boolean {
	return inFolder(host.settings.templatesFolder, path);
}

/** Contacts to offer in pickers: not archived, not templates. */
export function pickableContacts(host: PluginHost): Contact[] {
	return host.live.index.contacts().filter((c) => c.status !== "archived" && !inTemplatesFolder(host, c.path));
}

/** Every field of a contact, for type-ahead. */
export function knownFields(host: PluginHost): string[] {
	const fields = new Set<string>();
	for (const c of host.live.index.contacts()) for (const f of c.fields) if (f.trim() !== "") fields.add(f.trim());
	return [...fields].sort((a, b) => a.localeCompare(b));
}

/** The index record of the active note, or null (no note, not a contact or interview, or a template). */
export function activeRecord(host: PluginHost): NoteRecord | null {
	const file = host.app.workspace.getActiveFile();
	if (!file || inTemplatesFolder(host, file.path)) return null;
	return host.live.index.get(file.path) ?? null;
}
