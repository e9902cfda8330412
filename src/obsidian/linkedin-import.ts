import { normalizePath, TFolder, type App } from "obsidian";
import { checkVaultFolder } from "../domain/filenames";
import { parseLinkedInCsv, type LinkedInParseResult } from "../domain/linkedin-csv";
import { planImport, type ImportPlan } from "../domain/linkedin-plan";
import { renderNote } from "../domain/yaml";
import { existingContacts, notAnExport, skippedByPlan } from "../index/linkedin-preview";
import type { CalendarDate } from "../domain/types";
import type { VaultIndex } from "../index/vault-index";
import { ensureFolder } from "./create-notes";
import { errorText } from "../domain/error-text";

/**
 * The plugin's side of the LinkedIn import, as the command line's
 * `import-linkedin` does it (same reader, same plan, same note text, same
 * messages), over the Obsidian API: a preview first, then notes created with
 * `vault.create`, which never overwrites. A note that appears between the
 * preview and the import is left as it is and reported.
 */

/** What importing would do; shown before anything is written. */
export interface ImportPreview {
	/** The export's file name, as the user picked it. */
	fileName: string;
	/** The destination folder as a vault path ("" for the vault's top folder). */
	folder: string;
	parsed: LinkedInParseResult;
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
	text: string,
	fileName: string,
	folderSetting: string,
	today: CalendarDate,
): ImportPreview {
	const folder = importFolder(folderSetting);
	const parsed = parseLinkedInCsv(text);
	if (notAnExport(parsed)) {
		throw new ImportError(`"${fileName}" is not LinkedIn's Connections.csv: no line starts First Name,Last Name.`);
	}
	const taken = namesIn(app, folder);
	const exists = (path: string) => taken.has(normalizePath(path).toLowerCase()) || app.vault.getAbstractFileByPath(normalizePath(path)) !== null;
	const plan = planImport(parsed.people, existingContacts(index), folder, exists, today);
	const skipped = [
		...skippedByPlan(plan),
		...parsed.skipped.map((s) => `line ${s.row}: ${s.reason}`),
	];
	return { fileName, folder, parsed, plan, skipped };
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
	let text = `LinkedIn import: ${n} contact ${n === 1 ? "note" : "notes"} created in ${where}, ${result.skipped.length} skipped`;
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

