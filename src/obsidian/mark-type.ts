import { TFile, type App } from "obsidian";
import { adoptedKind, type AdoptedKind, type Recognition } from "../domain/recognition";

/**
 * The notes a recognition rule matches, by path: those that say no `type` yet. A
 * note whose properties the cache could not read is left out (nothing is
 * written into a block that does not parse).
 */
export function notesTheRuleMatches(app: App, recognition: Recognition, kind: AdoptedKind, ignore: (path: string) => boolean): TFile[] {
	const out: TFile[] = [];
	for (const file of app.vault.getMarkdownFiles()) {
		if (ignore(file.path)) continue;
		const cache = app.metadataCache.getFileCache(file);
		if (cache === null) continue;
		if (cache.frontmatter === undefined && cache.frontmatterPosition !== undefined) continue;
		const fm = cache.frontmatter ?? {};
		const tags = (cache.tags ?? []).map((t) => t.tag);
		if (adoptedKind(file.path, fm, tags, recognition) === kind) out.push(file);
	}
	return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Writes `type: <kind>` into each note, through processFrontMatter, and nothing else. Returns the paths it could not write. */
export async function writeType(app: App, files: readonly TFile[], kind: AdoptedKind): Promise<string[]> {
	const failed: string[] = [];
	for (const file of files) {
		try {
			await app.fileManager.processFrontMatter(file, (fm: Record<string, unknown>) => {
				fm.type = kind;
			});
		} catch {
			failed.push(file.path);
		}
	}
	return failed;
}

export function isMarkdown(file: TFile | null): file is TFile {
	return file instanceof TFile && file.extension === "md";
}
