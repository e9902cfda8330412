import type { CachedMetadata } from "obsidian";
import { Events } from "./events";
import { TAbstractFile, TFile } from "./files";
import { computeCache, type ComputeCacheOptions } from "./markdown";
import { getLinkpath, parentPath, pathName } from "./paths";
import type { Vault } from "./vault";

interface CacheEntry {
	content: string;
	cache: CachedMetadata;
}

function isMarkdown(file: TAbstractFile): file is TFile {
	return file instanceof TFile && file.extension === "md";
}

function resolveRelative(folder: string, rel: string): string {
	const parts = folder === "/" ? [] : folder.split("/");
	for (const seg of rel.split("/")) {
		if (seg === "." || seg === "") continue;
		if (seg === "..") parts.pop();
		else parts.push(seg);
	}
	return parts.join("/");
}

/**
 * Obsidian's metadata cache over the fake vault.
 *
 * - Files present when the app is created (seeded) are cached as if Obsidian had them in its
 *   persistent cache: `getFileCache` answers at once and no `changed` fires for them.
 * - After a vault `create` or `modify`, the file is re-indexed ASYNCHRONOUSLY (a `setTimeout(0)`,
 *   as Obsidian parses in a worker): until then `getFileCache` returns the previous cache (or
 *   null for a new file). Then `changed(file, data, cache)` fires, then `resolve(file)`, then,
 *   once the queue is empty, `resolved()`. A write that leaves the content identical fires no
 *   `changed` (Obsidian compares content hashes).
 * - `rename` moves the cache to the new path and fires NO `changed` (as documented); `delete`
 *   fires `deleted(file, prevCache)` synchronously, before plugins' vault `delete` handlers.
 * - A cold start (`loadPlugin(…, { coldStart })`): some seeded notes are not parsed yet when the
 *   layout becomes ready (`getFileCache` null, no links). Obsidian then parses them in the
 *   background, then fires one `resolved` once the queue is empty. Whether each of them fires
 *   `changed` is not settled in public (the typings say `changed` follows every indexing; Tasks'
 *   source says it does not fire at start-up), so both are modelled (`coldStartEvents`); see
 *   docs/obsidian-behaviour.md.
 * - Await `settle(app)` (exported test helper) to process pending updates.
 */
export class MetadataCache extends Events {
	/** @internal */
	_vault: Vault;
	/** @internal path → indexed content and cache */
	_entries = new Map<string, CacheEntry>();
	/** @internal files seeded but not parsed yet (parsed on first use) */
	_lazy = new Set<TFile>();
	/** @internal files a cold start has not parsed yet: `getFileCache` is null for them */
	_unparsed = new Set<TFile>();
	/** @internal whether the files a cold start parses late fire `changed` */
	_coldStartEvents = true;
	/** @internal files waiting to be re-indexed */
	_pending = new Set<TFile>();
	/** @internal */
	_timer: ReturnType<typeof setTimeout> | null = null;
	/** @internal a `resolved` is owed (rename/delete/create changed link targets) */
	_owesResolved = false;
	/** @internal */
	_linksDirty = true;
	/** @internal set while start-up `create` events are replayed (the cache already has those files) */
	_ignoreCreates = false;
	/** @internal how notes are parsed (see `ComputeCacheOptions`) */
	_parseOptions: ComputeCacheOptions = {};
	/** @internal */
	_resolved: Record<string, Record<string, number>> = {};
	/** @internal */
	_unresolved: Record<string, Record<string, number>> = {};

	constructor(vault: Vault) {
		super();
		this._vault = vault;
		vault._beforeChange = (file, oldContent) => {
			if (this._lazy.has(file)) {
				this._lazy.delete(file);
				this._entries.set(file.path, { content: oldContent, cache: this._parse(oldContent) });
			}
		};
		vault.on("create", (file: TAbstractFile) => {
			if (isMarkdown(file) && !this._ignoreCreates) this._enqueue(file);
		});
		vault.on("modify", (file: TAbstractFile) => {
			if (isMarkdown(file)) this._enqueue(file);
		});
		vault.on("rename", (file: TAbstractFile, oldPath: string) => {
			if (!(file instanceof TFile)) return;
			const entry = this._entries.get(oldPath);
			this._entries.delete(oldPath);
			if (isMarkdown(file)) {
				if (entry) this._entries.set(file.path, entry);
				else if (!this._lazy.has(file)) this._enqueue(file);
			} else {
				this._lazy.delete(file);
				this._pending.delete(file);
			}
			this._linksDirty = true;
			this._owesResolved = true;
			this._schedule();
		});
		vault.on("delete", (file: TAbstractFile) => {
			if (!(file instanceof TFile)) return;
			const prev = this._entries.get(file.path)?.cache ?? null;
			this._entries.delete(file.path);
			this._lazy.delete(file);
			this._unparsed.delete(file);
			this._pending.delete(file);
			this._linksDirty = true;
			this._owesResolved = true;
			if (isMarkdown(file)) this.trigger("deleted", file, prev);
			this._schedule();
		});
	}

	/** @internal */
	_parse(content: string): CachedMetadata {
		return computeCache(content, this._parseOptions);
	}

	/** @internal */
	_seeded(file: TFile): void {
		if (isMarkdown(file)) this._lazy.add(file);
		this._linksDirty = true;
	}

	/** @internal */
	_enqueue(file: TFile): void {
		this._pending.add(file);
		this._schedule();
	}

	/** @internal */
	_schedule(): void {
		if (this._timer !== null) return;
		this._timer = setTimeout(() => {
			this._timer = null;
			this._flush();
		}, 0);
	}

	/** @internal True while updates are waiting. */
	_hasPending(): boolean {
		return this._pending.size > 0 || this._owesResolved;
	}

	/** @internal Processes every pending update now (what the timer would do). */
	_flush(): void {
		if (this._timer !== null) {
			clearTimeout(this._timer);
			this._timer = null;
		}
		while (this._pending.size > 0) {
			const batch = [...this._pending];
			this._pending.clear();
			for (const file of batch) {
				if (this._vault.getAbstractFileByPath(file.path) !== file || !isMarkdown(file)) continue;
				const content = this._vault._contentOf(file);
				const prev = this._entries.get(file.path);
				this._lazy.delete(file);
				const late = this._unparsed.delete(file);
				if (prev && prev.content === content) continue;
				const cache = this._parse(content);
				this._entries.set(file.path, { content, cache });
				this._linksDirty = true;
				this._owesResolved = true;
				if (late && !this._coldStartEvents) continue;
				this.trigger("changed", file, content, cache);
				this.trigger("resolve", file);
			}
		}
		if (this._owesResolved) {
			this._owesResolved = false;
			this.trigger("resolved");
		}
	}

	/** @internal Drops pending updates without firing anything (test teardown). */
	_cancel(): void {
		if (this._timer !== null) clearTimeout(this._timer);
		this._timer = null;
		this._pending.clear();
		this._owesResolved = false;
	}

	/** @internal Starts cold: the seeded notes `pick` chooses have no cache entry yet. */
	_startCold(pick: (path: string) => boolean, events: boolean): void {
		this._coldStartEvents = events;
		for (const file of [...this._lazy]) {
			if (!pick(file.path)) continue;
			this._lazy.delete(file);
			this._unparsed.add(file);
		}
		this._linksDirty = true;
	}

	/** @internal The background parse of a cold start: queues every unparsed note (then `resolved`). */
	_parseColdNotes(): void {
		for (const file of this._unparsed) this._enqueue(file);
	}

	/** @internal Parses every seeded file now (to keep parsing out of a benchmark's timing). */
	_warm(): void {
		for (const file of [...this._lazy]) this._entryOf(file);
	}

	/** @internal */
	_entryOf(file: TFile): CacheEntry | null {
		if (this._unparsed.has(file)) return null;
		if (this._lazy.has(file)) {
			this._lazy.delete(file);
			const content = this._vault._contentOf(file);
			const entry = { content, cache: this._parse(content) };
			this._entries.set(file.path, entry);
			return entry;
		}
		return this._entries.get(file.path) ?? null;
	}

	getFileCache(file: TFile): CachedMetadata | null {
		if (!(file instanceof TFile) || this._vault.getAbstractFileByPath(file.path) !== file) return null;
		return this._entryOf(file)?.cache ?? null;
	}

	getCache(path: string): CachedMetadata | null {
		const file = this._vault.getAbstractFileByPath(path);
		return file instanceof TFile ? this.getFileCache(file) : null;
	}

	/**
	 * Best match for a link path, ignoring case: a `./` or `../` path relative to the source; else
	 * an exact vault path (`.md` may be left out); else files of that name whose path ends with
	 * the link path, preferring one in the source's folder, then the shortest path.
	 */
	getFirstLinkpathDest(linkpath: string, sourcePath: string): TFile | null {
		const vault = this._vault;
		if (linkpath === "") {
			const f = vault.getAbstractFileByPath(sourcePath);
			return f instanceof TFile ? f : null;
		}
		const byPath = (p: string): TFile | null => {
			for (const candidate of [`${p}.md`, p]) {
				const exact = vault.getAbstractFileByPath(candidate);
				if (exact instanceof TFile) return exact;
				const actual = vault._adapter._lower.get(candidate.toLowerCase());
				const f = actual ? vault.getAbstractFileByPath(actual) : null;
				if (f instanceof TFile) return f;
			}
			return null;
		};
		const sourceFolder = parentPath(sourcePath);
		if (linkpath.startsWith("./") || linkpath.startsWith("../")) return byPath(resolveRelative(sourceFolder, linkpath));
		const direct = byPath(linkpath.startsWith("/") ? linkpath.slice(1) : linkpath);
		if (direct) return direct;

		const name = pathName(linkpath);
		const lowerLink = linkpath.toLowerCase();
		const candidates = [...vault._filesNamed(`${name}.md`), ...vault._filesNamed(name)].filter((f) => {
			const lower = f.path.toLowerCase();
			return lower.endsWith(`/${lowerLink}.md`) || lower.endsWith(`/${lowerLink}`) || lower === `${lowerLink}.md` || lower === lowerLink;
		});
		if (candidates.length === 0) return null;
		if (candidates.length === 1) return candidates[0] ?? null;
		const sameFolder = candidates.find((f) => parentPath(f.path) === sourceFolder);
		if (sameFolder) return sameFolder;
		return candidates.slice().sort((a, b) => a.path.length - b.path.length)[0] ?? null;
	}

	/** Link text for a file: its name when that is unique in the vault, else its full path. */
	fileToLinktext(file: TFile, sourcePath: string, omitMdExtension = true): string {
		void sourcePath;
		const omit = omitMdExtension && file.extension === "md";
		const unique = this._vault._filesNamed(file.name).length <= 1;
		if (unique) return omit ? file.basename : file.name;
		return omit ? file.path.slice(0, -3) : file.path;
	}

	get resolvedLinks(): Record<string, Record<string, number>> {
		this._computeLinks();
		return this._resolved;
	}

	set resolvedLinks(value: Record<string, Record<string, number>>) {
		this._resolved = value;
	}

	get unresolvedLinks(): Record<string, Record<string, number>> {
		this._computeLinks();
		return this._unresolved;
	}

	set unresolvedLinks(value: Record<string, Record<string, number>>) {
		this._unresolved = value;
	}

	/** @internal */
	_computeLinks(): void {
		if (!this._linksDirty) return;
		this._linksDirty = false;
		const resolved: Record<string, Record<string, number>> = {};
		const unresolved: Record<string, Record<string, number>> = {};
		for (const file of this._vault.getMarkdownFiles()) {
			const r: Record<string, number> = {};
			const u: Record<string, number> = {};
			const cache = this._entryOf(file)?.cache;
			const refs = [...(cache?.links ?? []), ...(cache?.embeds ?? []), ...(cache?.frontmatterLinks ?? [])];
			for (const ref of refs) {
				const linkpath = getLinkpath(ref.link);
				const dest = this.getFirstLinkpathDest(linkpath, file.path);
				if (dest) r[dest.path] = (r[dest.path] ?? 0) + 1;
				else u[linkpath] = (u[linkpath] ?? 0) + 1;
			}
			resolved[file.path] = r;
			unresolved[file.path] = u;
		}
		this._resolved = resolved;
		this._unresolved = unresolved;
	}
}
