import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DAILY_NOTES_CONFIG, readDailyNotesConfig } from "../domain/daily-notes";
import { bodyLinks, propertyLinks } from "../domain/note-links";
import type { VaultIndex } from "../index/vault-index";
import { closingFence, readFrontmatter } from "./frontmatter";
import { configFile } from "./plugin-settings";

/**
 * Reads the vault's daily notes into the index, as the plugin does: the folder
 * and format from `<config folder>/daily-notes.json` (every hidden folder at
 * the top of the vault is looked in, in name order), then the links of every
 * note whose path is a day in that format. A configuration that cannot be read
 * is one problem on that file, and no daily note counts.
 */
export function readDailyNotes(root: string, paths: readonly string[], index: VaultIndex): void {
	const config = configFile(root, DAILY_NOTES_CONFIG);
	let text: string | null = null;
	if (config !== null) {
		try {
			text = readFileSync(join(root, config), "utf8");
		} catch (e) {
			index.setUnreadable(config, `cannot be read: ${(e as Error).message}`);
			return;
		}
	}
	const setup = readDailyNotesConfig(text);
	if (!setup.ok) {
		index.setUnreadable(config ?? DAILY_NOTES_CONFIG, setup.message);
		return;
	}
	for (const path of paths) {
		const date = setup.daily.dateOf(path);
		if (date === null) continue;
		let note: string;
		try {
			note = readFileSync(join(root, path), "utf8");
		} catch {
			continue; // the note's own reading has reported it
		}
		index.setDailyNote(path, date, linksOf(note));
	}
}

/** Links in the body and in the properties of a note's text. */
function linksOf(text: string): ReturnType<typeof bodyLinks> {
	const fm = readFrontmatter(text);
	if (fm.kind === "none") return bodyLinks(text);
	const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
	const end = closingFence(text.slice(start), 3);
	const body = end < 0 ? "" : text.slice(start + end);
	return fm.kind === "ok" ? [...propertyLinks(fm.data), ...bodyLinks(body)] : bodyLinks(body);
}
