import { normalizePath, TFolder, type App } from "obsidian";
import { checkVaultFolder } from "../domain/filenames";
import { planContactNotes, type ImportPlan, type ImportRead } from "../domain/contact-import";
import type { ContactSource } from "../domain/import-sources";
import { renderNote } from "../domain/yaml";
import { existingContacts, skippedByPlan } from "../index/import-preview";
import type { CalendarDate } from "../domain/types";
import type { VaultIndex } from "../index/vault-index";
import { ensureFolder } from "./create-notes";
import { errorText } from "../domain/error-text";

/**
 * The plugin's side of a contact import (LinkedIn's Connections.csv, a vCard
 * file), as the command line's `import-linkedin` and `import-vcard` do it
 * (same reader, same plan, same note text, same messages), over the Obsidian API: a preview first, then notes created with
 * `vault.create`, which never overwrites. A note that appears between the
 * preview and the import is left as it is and reported.
 */

/** What importing would do; shown before anything is written. */
export interface ImportPreview {
	source: ContactSource;
	/** The export's file name, as the user picked it. */
	fileName: string;
	/** The destination folder as a vault path ("" for the vault's top folder). */
	folder: string;
	parsed: ImportRead;
	plan: ImportPlan;
	/** Who is not imported and why, one line each (people, then unreadable rows). */
	skipped: string[];
}

export interface ImportResult {
	created: string[];
	/** Skipped, with those whose file appeared while importing. */
	skipped: string[];
	/** `path: reason` for each note that could not be written. */
	failed: string[];
}

/** An export or a setting the import cannot use; the message is for the user. */
export class ImportError extends Error {}

/**
 * The contacts folder as a vault path. Refused as the command line refuses
 * `--folder`: `..`, hidden folders (Obsidian would not show the notes, and a
 * second import would not see them) and names Obsidian cannot hold.
 */
function importFolder(setting: string): string {
	const checked = checkVaultFolder(setting);
	if (!checked.ok) {
		throw new ImportError(`The contacts folder "${setting}" cannot be used: "${checked.segment}" is not a folder name Obsidian shows. Change it in the settings.`);
	}
	return checked.path;
}

export function previewImport(
	app: App,
	index: VaultIndex,
	source: ContactSource,
	file: { text: string; name: string },
	folderSetting: string,
	today: CalendarDate,
): ImportPreview {
	const folder = importFolder(folderSetting);
	const fileName = file.name;
	const parsed = source.read(file.text, today);
	if (parsed === null) throw new ImportError(`"${fileName}" is not ${source.notThisKind}.`);
	const taken = namesIn(app, folder);
	const exists = (path: string) => taken.has(normalizePath(path).toLowerCase()) || app.vault.getAbstractFileByPath(normalizePath(path)) !== null;
	const plan = planContactNotes(parsed.people, existingContacts(index), folder, exists);
	const skipped = [
		...skippedByPlan(plan),
		...parsed.skipped.map((s) => `line ${s.row}: ${s.reason}`),
	];
	return { source, fileName, folder, parsed, plan, skipped };
}

/** Creates the planned notes; never overwrites, never throws. */
export async function importContacts(app: App, preview: ImportPreview): Promise<ImportResult> {
	const result: ImportResult = { created: [], skipped: [...preview.skipped], failed: [] };
	const appeared = (path: string) => result.skipped.push(`${path}: a file with that name appeared while importing; it was left as it is`);
	if (preview.plan.create.length === 0) return result;
	try {
		await ensureFolder(app, preview.folder);
	} catch (e) {
		const reason = errorText(e);
		for (const note of preview.plan.create) result.failed.push(`${note.path}: ${reason}`);
		return result;
	}
	for (const note of preview.plan.create) {
		const path = normalizePath(note.path);
		if (app.vault.getAbstractFileByPath(path) !== null) {
			appeared(path);
			continue;
		}
		try {
			await app.vault.create(path, renderNote(note.frontmatter, note.body));
			result.created.push(path);
		} catch (e) {
			// Another file of that name, perhaps differing only in case, got there first.
			if (app.vault.getAbstractFileByPath(path) !== null || namesIn(app, preview.folder).has(path.toLowerCase())) appeared(path);
			else result.failed.push(`${path}: ${errorText(e)}`);
		}
	}
	return result;
}

/** One line for a notice, as the command line's last line says it. */
export function importSummary(preview: ImportPreview, result: ImportResult): string {
	const where = preview.folder === "" ? "the vault's top folder" : preview.folder;
	const n = result.created.length;
	let text = `${preview.source.label} import: ${n} contact ${n === 1 ? "note" : "notes"} created in ${where}, ${result.skipped.length} skipped`;
	if (result.failed.length > 0) text += `, ${result.failed.length} not written (${result.failed[0] ?? ""})`;
	return `${text}.`;
}

/** Lower-cased paths of what the folder holds, so that `jane doe.md` blocks `Jane Doe.md`. */
function namesIn(app: App, folder: string): Set<string> {
	const dir = folder === "" ? app.vault.getRoot() : app.vault.getAbstractFileByPath(normalizePath(folder));
	const out = new Set<string>();
	if (dir instanceof TFolder) for (const child of dir.children) out.add(child.path.toLowerCase());
	return out;
}

