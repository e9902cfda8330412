import type { App } from "obsidian";

/**
 * The text of each note that exists, by path, read from Obsidian's cache of
 * file contents (`cachedRead`). A note that is gone or cannot be read is left
 * out: the caller works from its properties alone.
 */
export async function readNoteTexts(app: App, paths: readonly string[]): Promise<Map<string, string>> {
	const out = new Map<string, string>();
	await Promise.all(
		paths.map(async (path) => {
			const file = app.vault.getFileByPath(path);
			if (!file) return;
			try {
				out.set(path, await app.vault.cachedRead(file));
			} catch {
				// Unreadable right now: its properties still tell the story.
			}
		}),
	);
	return out;
}
