import { normalizePath, TFile, TFolder, type App, type CachedMetadata, type TAbstractFile } from "obsidian";
import { DAILY_NOTES_CONFIG, readDailyNotesConfig, type DailyNotes, type DailyNotesSetup } from "../domain/daily-notes";
import { cachedLink } from "../domain/note-links";
import type { LinkRef } from "../domain/types";
import type { VaultIndex } from "../index/vault-index";

/** The vault path of the core Daily notes plugin's settings. */
function dailyNotesConfigPath(app: App): string {
	return normalizePath(`${app.vault.configDir}/${DAILY_NOTES_CONFIG}`);
}

/**
 * The daily notes' folder and format, from the core plugin's settings file
 * (read through the vault adapter: the configuration folder is not part of the
 * vault's files). A missing file means the defaults.
 */
export async function loadDailyNotesSetup(app: App): Promise<DailyNotesSetup> {
	const path = dailyNotesConfigPath(app);
	const { adapter } = app.vault;
	let text: string | null = null;
	try {
		if (await adapter.exists(path)) text = await adapter.read(path);
	} catch (e) {
		return { ok: false, message: `cannot be read (${e instanceof Error ? e.message : String(e)}), so daily notes do not count as contact` };
	}
	return readDailyNotesConfig(text);
}

/** A note's links to other notes, as the metadata cache holds them: in the text and in the properties. */
function cachedLinks(cache: CachedMetadata): LinkRef[] {
	const out: LinkRef[] = [];
	for (const l of [...(cache.links ?? []), ...(cache.frontmatterLinks ?? [])]) {
		const link = cachedLink(l.link);
		if (link) out.push(link);
	}
	return out;
}

/**
 * Feeds daily notes into the index: which notes are daily notes (from the
 * settings file's folder and format) and the links the cache found in them.
 * Keeps track of what it fed, so that a change of the settings or of a note
 * takes back exactly what it gave.
 */
export class DailyNoteFeed {
	private daily: DailyNotes | null = null;
	private readonly fed = new Set<string>();
	/** The settings file's path while it is reported as a problem. */
	private problemPath: string | null = null;

	constructor(
		private readonly app: App,
		private readonly index: VaultIndex,
		private readonly ignore: (path: string) => boolean,
	) {}

	/** Takes a new setup (null: the rule is off) and feeds every daily note again. Returns whether the index changed. */
	use(setup: DailyNotesSetup | null): boolean {
		let changed = this.drop();
		if (setup === null) return changed;
		if (!setup.ok) {
			this.problemPath = dailyNotesConfigPath(this.app);
			this.index.setUnreadable(this.problemPath, setup.message);
			return true;
		}
		const daily = (this.daily = setup.daily);
		for (const file of this.app.vault.getMarkdownFiles()) {
			// Only a daily note has anything to feed (drop() forgot the rest): the others, most of a
			// large vault, cost no cache lookup. This runs at the end of every start-up.
			if (daily.dateOf(file.path) === null) continue;
			changed = this.apply(file, this.app.metadataCache.getFileCache(file)) || changed;
		}
		return changed;
	}

	/** Forgets what it knows without touching the index (the index was cleared). */
	reset(): void {
		this.fed.clear();
		this.problemPath = null;
	}

	/** Brings one note up to date. Returns whether the index changed. */
	apply(file: TFile, cache: CachedMetadata | null): boolean {
		const date = this.daily !== null && !this.ignore(file.path) ? this.daily.dateOf(file.path) : null;
		if (date === null) return this.forget(file.path);
		// Not indexed yet: a `changed` event will come when it is.
		if (cache === null) return false;
		this.index.setDailyNote(file.path, date, cachedLinks(cache));
		this.fed.add(file.path);
		return true;
	}

	renamed(file: TAbstractFile, oldPath: string): boolean {
		let changed = this.deleted(oldPath);
		if (this.daily === null) return changed;
		const { vault, metadataCache } = this.app;
		const files = file instanceof TFolder ? vault.getMarkdownFiles().filter((f) => f.path.startsWith(`${file.path}/`)) : file instanceof TFile && file.extension === "md" ? [file] : [];
		for (const f of files) changed = this.apply(f, metadataCache.getFileCache(f)) || changed;
		return changed;
	}

	/** A note or a folder was deleted (or moved away). */
	deleted(path: string): boolean {
		let changed = this.forget(path);
		const prefix = `${path}/`;
		for (const p of [...this.fed]) if (p.startsWith(prefix)) changed = this.forget(p) || changed;
		return changed;
	}

	private forget(path: string): boolean {
		if (!this.fed.delete(path)) return false;
		this.index.removeDailyNote(path);
		return true;
	}

	private drop(): boolean {
		this.daily = null;
		let changed = false;
		for (const p of [...this.fed]) changed = this.forget(p) || changed;
		if (this.problemPath !== null) {
			this.index.remove(this.problemPath);
			this.problemPath = null;
			changed = true;
		}
		return changed;
	}
}
