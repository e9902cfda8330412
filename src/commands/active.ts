import type { Command, TFile } from "obsidian";
import { cleanFolder } from "../domain/filenames";
import type { Contact, Interview, NoteRecord } from "../domain/types";
import type { PluginHost } from "../ui/host";
import { noticeOnFailure } from "../obsidian/failures";

/**
 * What the commands that act on "this note" need: the active note's record
 * in the index (a contact or an interview), and notes of the templates folder
 * left out (a template is not a person).
 */

/** True for a path inside the user's templates folder. */
export function inTemplatesFolder(host: PluginHost, path: string): boolean {
	const folder = cleanFolder(host.settings.templatesFolder);
	return folder !== "" && path.toLowerCase().startsWith(`${folder.toLowerCase()}/`);
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

export function activeFile(host: PluginHost): TFile | null {
	return host.app.workspace.getActiveFile();
}

/** The index record of the active note, or null. */
export function activeRecord(host: PluginHost): NoteRecord | null {
	const file = activeFile(host);
	if (!file || inTemplatesFolder(host, file.path)) return null;
	return host.live.index.get(file.path) ?? null;
}

export function activeContact(host: PluginHost): Contact | null {
	const r = activeRecord(host);
	return r?.kind === "contact" ? r : null;
}

export function activeInterview(host: PluginHost): Interview | null {
	const r = activeRecord(host);
	return r?.kind === "interview" ? r : null;
}

/**
 * A command offered only when `applies` finds something in the active note
 * (the palette hides it otherwise); `run` gets what it found.
 */
export function noteCommand<T>(id: string, name: string, applies: () => T | null, run: (found: T) => void | Promise<void>): Command {
	return {
		id,
		name,
		checkCallback: (checking: boolean) => {
			const found = applies();
			if (found === null) return false;
			if (!checking) void noticeOnFailure(() => run(found), `Could not run "${name}"`);
			return true;
		},
	};
}

export function errorText(e: unknown): string {
	return e instanceof Error ? e.message : String(e);
}
