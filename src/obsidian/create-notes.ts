import { normalizePath, TFolder, type App, type TFile } from "obsidian";
import { cleanFolder } from "../domain/filenames";

/**
 * Creating files (as opposed to editing a note, see write.ts): a note or any
 * file at a vault path, with its folders made first when they are missing.
 * What goes into new contact and interview notes is decided in new-notes.ts.
 */

/** Creates a note with the given text at `path` (normalized), making its folder first when needed. */
export async function createNote(app: App, path: string, text: string): Promise<TFile> {
	const normalized = normalizePath(path);
	const slash = normalized.lastIndexOf("/");
	if (slash > 0) await ensureFolder(app, normalized.slice(0, slash));
	return app.vault.create(normalized, text);
}

export async function ensureFolder(app: App, folder: string): Promise<void> {
	const parts = cleanFolder(folder).split("/").filter((p) => p !== "");
	let current = "";
	for (const part of parts) {
		current = current === "" ? part : `${current}/${part}`;
		const existing = app.vault.getAbstractFileByPath(normalizePath(current));
		if (existing instanceof TFolder) continue;
		if (existing) throw new Error(`"${current}" is a file, not a folder`);
		try {
			await app.vault.createFolder(normalizePath(current));
		} catch (e) {
			// Created meanwhile (a sync, another command): fine.
			if (!(app.vault.getAbstractFileByPath(normalizePath(current)) instanceof TFolder)) throw e;
		}
	}
}
