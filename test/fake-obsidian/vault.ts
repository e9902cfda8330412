import type { DataAdapter, DataWriteOptions, ListedFiles, Stat } from "obsidian";
import { Events } from "./events";
import { TAbstractFile, TFile, TFolder } from "./files";
import { joinPath, normalizePath, parentPath } from "./paths";

type Content = string | ArrayBuffer;

interface Entry {
	content: Content;
	ctime: number;
	mtime: number;
}

function sizeOf(content: Content): number {
	if (typeof content !== "string") return content.byteLength;
	return new TextEncoder().encode(content).length;
}

function isHidden(path: string): boolean {
	return path.split("/").some((part) => part.startsWith("."));
}

function enoent(op: string, path: string): Error {
	const err = new Error(`ENOENT: no such file or directory, ${op} '${path}'`);
	(err as Error & { code?: string }).code = "ENOENT";
	return err;
}

function assertNormalized(path: string, what: string): void {
	if (path !== normalizePath(path) || path === "/") {
		throw new Error(`fake obsidian: ${what}: "${path}" is not a normalized vault path; pass it through normalizePath() first.`);
	}
}

/**
 * The storage behind the vault: every file, including hidden ones such as
 * `.obsidian/plugins/<id>/data.json` that the vault itself does not list. Writing a vault path
 * through the adapter is reflected in the vault (with its events), as a file watcher would.
 */
export class FakeDataAdapter implements DataAdapter {
	/** @internal */
	files = new Map<string, Entry>();
	/** @internal */
	folders = new Set<string>(["/"]);
	/** @internal Set by the vault so that writes through the adapter update it. */
	_vault: Vault | null = null;
	/** @internal lower-cased path → path, for case-insensitive lookups */
	_lower = new Map<string, string>([["/", "/"]]);

	/** @internal */
	_setFile(path: string, entry: Entry): void {
		this.files.set(path, entry);
		this._lower.set(path.toLowerCase(), path);
	}

	/** @internal */
	_deleteFile(path: string): void {
		if (this.files.delete(path) && this._lower.get(path.toLowerCase()) === path) this._lower.delete(path.toLowerCase());
	}

	/** @internal */
	_addFolder(path: string): void {
		this.folders.add(path);
		this._lower.set(path.toLowerCase(), path);
	}

	/** @internal */
	_deleteFolder(path: string): void {
		if (this.folders.delete(path) && this._lower.get(path.toLowerCase()) === path) this._lower.delete(path.toLowerCase());
	}

	constructor(private readonly vaultName = "Fake Vault") {}

	getName(): string {
		return this.vaultName;
	}

	/** @internal Case-insensitive lookup, as on macOS, Windows, iOS and Android file systems. */
	_existingPath(path: string): string | null {
		if (this.files.has(path) || this.folders.has(path)) return path;
		return this._lower.get(path.toLowerCase()) ?? null;
	}

	async exists(normalizedPath: string, sensitive?: boolean): Promise<boolean> {
		const path = normalizedPath === "" ? "/" : normalizedPath;
		if (sensitive) return this.files.has(path) || this.folders.has(path);
		return this._existingPath(path) !== null;
	}

	async stat(normalizedPath: string): Promise<Stat | null> {
		const f = this.files.get(normalizedPath);
		if (f) return { type: "file", ctime: f.ctime, mtime: f.mtime, size: sizeOf(f.content) };
		if (this.folders.has(normalizedPath)) return { type: "folder", ctime: 0, mtime: 0, size: 0 };
		return null;
	}

	async list(normalizedPath: string): Promise<ListedFiles> {
		const base = normalizedPath === "" ? "/" : normalizedPath;
		if (!this.folders.has(base)) throw enoent("scandir", base);
		const inFolder = (p: string) => p !== "/" && parentPath(p) === base;
		return {
			files: [...this.files.keys()].filter(inFolder),
			folders: [...this.folders].filter(inFolder),
		};
	}

	async read(normalizedPath: string): Promise<string> {
		const f = this.files.get(normalizedPath);
		if (!f) throw enoent("open", normalizedPath);
		return typeof f.content === "string" ? f.content : new TextDecoder().decode(f.content);
	}

	async readBinary(normalizedPath: string): Promise<ArrayBuffer> {
		const f = this.files.get(normalizedPath);
		if (!f) throw enoent("open", normalizedPath);
		if (typeof f.content !== "string") return f.content.slice(0);
		return new TextEncoder().encode(f.content).buffer as ArrayBuffer;
	}

	async write(normalizedPath: string, data: string, options?: DataWriteOptions): Promise<void> {
		this._write(normalizedPath, data, options);
	}

	async writeBinary(normalizedPath: string, data: ArrayBuffer, options?: DataWriteOptions): Promise<void> {
		this._write(normalizedPath, data, options);
	}

	/** @internal */
	_write(path: string, data: Content, options?: DataWriteOptions): void {
		if (!this.folders.has(parentPath(path))) throw enoent("open", path);
		const vault = this._vault;
		const tracked = vault && !isHidden(path) ? vault.getAbstractFileByPath(path) : null;
		if (vault && !isHidden(path)) {
			if (tracked instanceof TFile) {
				void vault._modify(tracked, data, options);
				return;
			}
			if (!tracked) {
				vault._create(path, data, options);
				return;
			}
		}
		this._store(path, data, options);
	}

	/** @internal Raw store, no vault bookkeeping. */
	_store(path: string, data: Content, options?: DataWriteOptions): Entry {
		const now = Date.now();
		const prev = this.files.get(path);
		const entry: Entry = { content: data, ctime: options?.ctime ?? prev?.ctime ?? now, mtime: options?.mtime ?? now };
		this._setFile(path, entry);
		return entry;
	}

	async append(normalizedPath: string, data: string, options?: DataWriteOptions): Promise<void> {
		const prev = this.files.has(normalizedPath) ? await this.read(normalizedPath) : "";
		this._write(normalizedPath, prev + data, options);
	}

	async appendBinary(normalizedPath: string, data: ArrayBuffer, options?: DataWriteOptions): Promise<void> {
		const prev = this.files.has(normalizedPath) ? new Uint8Array(await this.readBinary(normalizedPath)) : new Uint8Array();
		const next = new Uint8Array(prev.length + data.byteLength);
		next.set(prev, 0);
		next.set(new Uint8Array(data), prev.length);
		this._write(normalizedPath, next.buffer, options);
	}

	async process(normalizedPath: string, fn: (data: string) => string, options?: DataWriteOptions): Promise<string> {
		const data = await this.read(normalizedPath);
		const next = fn(data);
		this._write(normalizedPath, next, options);
		return next;
	}

	getResourcePath(normalizedPath: string): string {
		const mtime = this.files.get(normalizedPath)?.mtime ?? 0;
		return `app://fake-obsidian/${encodeURI(normalizedPath)}?${mtime}`;
	}

	async mkdir(normalizedPath: string): Promise<void> {
		const vault = this._vault;
		if (vault && !isHidden(normalizedPath)) {
			if (!vault.getAbstractFileByPath(normalizedPath)) vault._createFolder(normalizedPath);
			return;
		}
		this._mkdirs(normalizedPath);
	}

	/** @internal Creates a folder and its missing parents; returns the ones created (outermost first). */
	_mkdirs(path: string): string[] {
		const created: string[] = [];
		const parts = path.split("/");
		for (let i = 1; i <= parts.length; i++) {
			const p = parts.slice(0, i).join("/");
			if (!this.folders.has(p)) {
				this._addFolder(p);
				created.push(p);
			}
		}
		return created;
	}

	async trashSystem(normalizedPath: string): Promise<boolean> {
		this._removeTree(normalizedPath);
		return true;
	}

	async trashLocal(normalizedPath: string): Promise<void> {
		for (const [p, entry] of [...this.files]) {
			if (p === normalizedPath || p.startsWith(normalizedPath + "/")) {
				const target = `.trash/${p}`;
				this._mkdirs(parentPath(target));
				this._setFile(target, entry);
			}
		}
		this._removeTree(normalizedPath);
	}

	/** @internal */
	_removeTree(path: string): void {
		for (const p of [...this.files.keys()]) if (p === path || p.startsWith(path + "/")) this._deleteFile(p);
		for (const p of [...this.folders]) if (p === path || p.startsWith(path + "/")) this._deleteFolder(p);
	}

	async rmdir(normalizedPath: string, recursive: boolean): Promise<void> {
		if (!this.folders.has(normalizedPath)) throw enoent("rmdir", normalizedPath);
		const vault = this._vault;
		const tracked = vault?.getAbstractFileByPath(normalizedPath);
		if (vault && tracked instanceof TFolder) {
			await vault.delete(tracked, recursive);
			return;
		}
		const hasChildren = [...this.files.keys(), ...this.folders].some((p) => p.startsWith(normalizedPath + "/"));
		if (hasChildren && !recursive) throw new Error(`ENOTEMPTY: directory not empty, rmdir '${normalizedPath}'`);
		this._removeTree(normalizedPath);
	}

	async remove(normalizedPath: string): Promise<void> {
		if (!this.files.has(normalizedPath)) throw enoent("unlink", normalizedPath);
		const vault = this._vault;
		const tracked = vault?.getAbstractFileByPath(normalizedPath);
		if (vault && tracked instanceof TFile) {
			await vault.delete(tracked);
			return;
		}
		this._deleteFile(normalizedPath);
	}

	async rename(normalizedPath: string, normalizedNewPath: string): Promise<void> {
		const vault = this._vault;
		const tracked = vault?.getAbstractFileByPath(normalizedPath);
		if (vault && tracked) {
			await vault.rename(tracked, normalizedNewPath);
			return;
		}
		const f = this.files.get(normalizedPath);
		if (!f) throw enoent("rename", normalizedPath);
		this._deleteFile(normalizedPath);
		this._setFile(normalizedNewPath, f);
	}

	async copy(normalizedPath: string, normalizedNewPath: string): Promise<void> {
		const f = this.files.get(normalizedPath);
		if (!f) throw enoent("copyfile", normalizedPath);
		if (this._existingPath(normalizedNewPath)) throw new Error("Destination file already exists!");
		this._write(normalizedNewPath, typeof f.content === "string" ? f.content : f.content.slice(0));
	}
}

/** Fake-only vault configuration (the values Obsidian keeps in `.obsidian/app.json`). */
export interface FakeVaultConfig {
	/** Where new notes go: the vault root, the current file's folder, or `newFileFolderPath`. */
	newFileLocation: "root" | "current" | "folder";
	newFileFolderPath: string;
	/** Write `[text](path)` links instead of `[[wikilinks]]`. */
	useMarkdownLinks: boolean;
	/** Update links in other notes when `fileManager.renameFile` moves a file. */
	alwaysUpdateLinks: boolean;
}

/**
 * An in-memory vault with Obsidian's API and events. Events fire synchronously, after the change
 * is applied and before the returned promise resolves: `create`, `modify`, `delete`,
 * `rename(file, oldPath)`.
 */
export class Vault extends Events {
	adapter: DataAdapter;
	configDir = ".obsidian";

	/** @internal */
	_adapter: FakeDataAdapter;
	/** @internal */
	_fileMap = new Map<string, TAbstractFile>();
	/** @internal lower-cased file name → files with that name */
	_byName = new Map<string, TFile[]>();
	/** @internal */
	_root: TFolder;
	/** @internal */
	_config: FakeVaultConfig = { newFileLocation: "root", newFileFolderPath: "", useMarkdownLinks: false, alwaysUpdateLinks: true };
	/** @internal Called before a file's content is replaced or removed (the metadata cache listens). */
	_beforeChange: ((file: TFile, oldContent: string) => void) | null = null;

	constructor(name = "Fake Vault") {
		super();
		this._adapter = new FakeDataAdapter(name);
		this._adapter._vault = this;
		this.adapter = this._adapter;
		this._root = new TFolder(this, "/");
		this._fileMap.set("/", this._root);
	}

	getName(): string {
		return this._adapter.getName();
	}

	getFileByPath(path: string): TFile | null {
		const f = this._fileMap.get(path);
		return f instanceof TFile ? f : null;
	}

	getFolderByPath(path: string): TFolder | null {
		const f = this._fileMap.get(path);
		return f instanceof TFolder ? f : null;
	}

	getAbstractFileByPath(path: string): TAbstractFile | null {
		return this._fileMap.get(path) ?? null;
	}

	getRoot(): TFolder {
		return this._root;
	}

	// ----- internal bookkeeping -------------------------------------------------------------

	/** @internal Adds a file or folder object (parents must exist). */
	_attach(file: TAbstractFile): void {
		const parent = this.getFolderByPath(parentPath(file.path));
		if (!parent) throw enoent("open", file.path);
		file.parent = parent;
		parent.children.push(file);
		this._fileMap.set(file.path, file);
		if (file instanceof TFile) {
			const key = file.name.toLowerCase();
			const list = this._byName.get(key);
			if (list) list.push(file);
			else this._byName.set(key, [file]);
		}
	}

	/** @internal */
	_detach(file: TAbstractFile): void {
		const parent = file.parent;
		if (parent) {
			const i = parent.children.indexOf(file);
			if (i >= 0) parent.children.splice(i, 1);
		}
		this._fileMap.delete(file.path);
		if (file instanceof TFile) {
			const key = file.name.toLowerCase();
			const list = this._byName.get(key);
			if (list) {
				const i = list.indexOf(file);
				if (i >= 0) list.splice(i, 1);
				if (list.length === 0) this._byName.delete(key);
			}
		}
	}

	/** @internal Files whose name (with extension) equals `name`, ignoring case. */
	_filesNamed(name: string): readonly TFile[] {
		return this._byName.get(name.toLowerCase()) ?? [];
	}

	/** @internal Synchronous content of a file (for the metadata cache and test helpers). */
	_contentOf(file: TFile): string {
		const entry = this._adapter.files.get(file.path);
		if (!entry) return "";
		return typeof entry.content === "string" ? entry.content : new TextDecoder().decode(entry.content);
	}

	/** @internal Adds a file without events (test seeding; like files present when Obsidian starts). */
	_seed(path: string, content: Content, stat?: { ctime?: number; mtime?: number }): TFile | null {
		const p = normalizePath(path);
		if (this._adapter._existingPath(p)) throw new Error(`fake obsidian: cannot seed "${p}": it already exists.`);
		if (isHidden(p)) {
			this._adapter._mkdirs(parentPath(p));
			this._adapter._store(p, content, stat);
			return null;
		}
		this._ensureFolderSilently(parentPath(p));
		const entry = this._adapter._store(p, content, stat);
		const file = new TFile(this, p);
		file.stat = { ctime: entry.ctime, mtime: entry.mtime, size: sizeOf(content) };
		this._attach(file);
		return file;
	}

	/** @internal */
	_ensureFolderSilently(path: string): void {
		if (path === "/" || this.getFolderByPath(path)) return;
		this._ensureFolderSilently(parentPath(path));
		this._adapter._addFolder(path);
		this._attach(new TFolder(this, path));
	}

	/** @internal */
	_create(path: string, data: Content, options?: DataWriteOptions): TFile {
		if (this._adapter._existingPath(path)) throw new Error("File already exists.");
		if (!this.getFolderByPath(parentPath(path))) throw enoent("open", path);
		const entry = this._adapter._store(path, data, options);
		const file = new TFile(this, path);
		file.stat = { ctime: entry.ctime, mtime: entry.mtime, size: sizeOf(data) };
		this._attach(file);
		this.trigger("create", file);
		return file;
	}

	/** @internal */
	_createFolder(path: string): TFolder {
		const created = this._adapter._mkdirs(path);
		let last: TFolder | null = null;
		for (const p of created) {
			const folder = new TFolder(this, p);
			this._attach(folder);
			this.trigger("create", folder);
			last = folder;
		}
		return last ?? (this.getFolderByPath(path) as TFolder);
	}

	/** @internal */
	async _modify(file: TFile, data: Content, options?: DataWriteOptions): Promise<void> {
		this._assertLive(file, "open");
		this._beforeChange?.(file, this._contentOf(file));
		const entry = this._adapter._store(file.path, data, options);
		file.stat = { ctime: entry.ctime, mtime: entry.mtime, size: sizeOf(data) };
		this.trigger("modify", file);
	}

	/** @internal */
	_assertLive(file: TAbstractFile, op: string): void {
		if (this._fileMap.get(file.path) !== file) throw enoent(op, file.path);
	}

	// ----- public API -------------------------------------------------------------------------

	async create(path: string, data: string, options?: DataWriteOptions): Promise<TFile> {
		assertNormalized(path, "vault.create");
		return this._create(path, data, options);
	}

	async createBinary(path: string, data: ArrayBuffer, options?: DataWriteOptions): Promise<TFile> {
		assertNormalized(path, "vault.createBinary");
		return this._create(path, data, options);
	}

	async createFolder(path: string): Promise<TFolder> {
		assertNormalized(path, "vault.createFolder");
		if (this._adapter._existingPath(path)) throw new Error("Folder already exists.");
		return this._createFolder(path);
	}

	async read(file: TFile): Promise<string> {
		this._assertLive(file, "open");
		return this._adapter.read(file.path);
	}

	async cachedRead(file: TFile): Promise<string> {
		return this.read(file);
	}

	async readBinary(file: TFile): Promise<ArrayBuffer> {
		this._assertLive(file, "open");
		return this._adapter.readBinary(file.path);
	}

	getResourcePath(file: TFile): string {
		return this._adapter.getResourcePath(file.path);
	}

	async delete(file: TAbstractFile, force?: boolean): Promise<void> {
		this._assertLive(file, file instanceof TFolder ? "rmdir" : "unlink");
		if (file instanceof TFolder) {
			if (file.isRoot()) throw new Error("Cannot delete the vault root.");
			if (file.children.length > 0 && !force) throw new Error(`ENOTEMPTY: directory not empty, rmdir '${file.path}'`);
		}
		this._deleteTree(file);
	}

	/** @internal Deletes children first, then the item itself; one `delete` event each. */
	_deleteTree(file: TAbstractFile): void {
		if (file instanceof TFolder) for (const child of file.children.slice()) this._deleteTree(child);
		if (file instanceof TFile) this._beforeChange?.(file, this._contentOf(file));
		this._detach(file);
		if (file instanceof TFolder) this._adapter._deleteFolder(file.path);
		else this._adapter._deleteFile(file.path);
		this.trigger("delete", file);
	}

	async trash(file: TAbstractFile, system: boolean): Promise<void> {
		this._assertLive(file, "trash");
		if (!system) {
			for (const [p, entry] of [...this._adapter.files]) {
				if (p === file.path || p.startsWith(file.path + "/")) {
					const target = `.trash/${p}`;
					this._adapter._mkdirs(parentPath(target));
					this._adapter._setFile(target, { ...entry });
				}
			}
		}
		this._deleteTree(file);
	}

	async rename(file: TAbstractFile, newPath: string): Promise<void> {
		assertNormalized(newPath, "vault.rename");
		this._assertLive(file, "rename");
		if (file.path === newPath) return;
		const existing = this._adapter._existingPath(newPath);
		if (existing !== null && existing !== file.path) throw new Error("Destination file already exists!");
		if (file instanceof TFolder && (newPath + "/").startsWith(file.path + "/")) {
			throw new Error(`EINVAL: cannot move a folder into itself, rename '${file.path}' -> '${newPath}'`);
		}
		if (!this.getFolderByPath(parentPath(newPath))) throw enoent("rename", newPath);

		const moved: [TAbstractFile, string][] = [];
		const move = (item: TAbstractFile, to: string) => {
			const from = item.path;
			this._detach(item);
			if (item instanceof TFile) {
				const entry = this._adapter.files.get(from);
				this._adapter._deleteFile(from);
				if (entry) this._adapter._setFile(to, entry);
			} else {
				this._adapter._deleteFolder(from);
				this._adapter._addFolder(to);
			}
			item._setPath(to);
			this._attach(item);
			moved.push([item, from]);
			if (item instanceof TFolder) for (const child of item.children.slice()) move(child, joinPath(to, child.name));
		};
		move(file, newPath);
		for (const [item, oldPath] of moved) this.trigger("rename", item, oldPath);
	}

	async modify(file: TFile, data: string, options?: DataWriteOptions): Promise<void> {
		await this._modify(file, data, options);
	}

	async modifyBinary(file: TFile, data: ArrayBuffer, options?: DataWriteOptions): Promise<void> {
		await this._modify(file, data, options);
	}

	async append(file: TFile, data: string, options?: DataWriteOptions): Promise<void> {
		this._assertLive(file, "open");
		await this._modify(file, this._contentOf(file) + data, options);
	}

	async appendBinary(file: TFile, data: ArrayBuffer, options?: DataWriteOptions): Promise<void> {
		const prev = new Uint8Array(await this.readBinary(file));
		const next = new Uint8Array(prev.length + data.byteLength);
		next.set(prev, 0);
		next.set(new Uint8Array(data), prev.length);
		await this._modify(file, next.buffer, options);
	}

	/** Atomically read, change and save: `fn` runs synchronously on the current content. */
	async process(file: TFile, fn: (data: string) => string, options?: DataWriteOptions): Promise<string> {
		this._assertLive(file, "open");
		const next = fn(this._contentOf(file));
		await this._modify(file, next, options);
		return next;
	}

	async copy<T extends TAbstractFile>(file: T, newPath: string): Promise<T> {
		assertNormalized(newPath, "vault.copy");
		this._assertLive(file, "copyfile");
		if (file instanceof TFile) {
			const entry = this._adapter.files.get(file.path);
			const content = entry ? (typeof entry.content === "string" ? entry.content : entry.content.slice(0)) : "";
			return this._create(newPath, content) as unknown as T;
		}
		if (this._adapter._existingPath(newPath)) throw new Error("Folder already exists.");
		const folder = this._createFolder(newPath);
		for (const child of (file as unknown as TFolder).children) await this.copy(child, joinPath(newPath, child.name));
		return folder as unknown as T;
	}

	getAllLoadedFiles(): TAbstractFile[] {
		return [...this._fileMap.values()];
	}

	getAllFolders(includeRoot?: boolean): TFolder[] {
		const out: TFolder[] = [];
		for (const f of this._fileMap.values()) if (f instanceof TFolder && (includeRoot || !f.isRoot())) out.push(f);
		return out;
	}

	static recurseChildren(root: TFolder, cb: (file: TAbstractFile) => any): void {
		cb(root);
		for (const child of root.children) {
			if (child instanceof TFolder) Vault.recurseChildren(child, cb);
			else cb(child);
		}
	}

	getMarkdownFiles(): TFile[] {
		const out: TFile[] = [];
		for (const f of this._fileMap.values()) if (f instanceof TFile && f.extension === "md") out.push(f);
		return out;
	}

	getFiles(): TFile[] {
		const out: TFile[] = [];
		for (const f of this._fileMap.values()) if (f instanceof TFile) out.push(f);
		return out;
	}

	/** Undocumented in obsidian.d.ts but present in Obsidian; the fake keeps a few keys. */
	getConfig(key: string): unknown {
		return (this._config as unknown as Record<string, unknown>)[key] ?? null;
	}

	setConfig(key: string, value: unknown): void {
		(this._config as unknown as Record<string, unknown>)[key] = value;
	}
}

