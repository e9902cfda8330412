import type { DataWriteOptions } from "obsidian";
import { TAbstractFile, TFile, TFolder } from "./files";
import type { MetadataCache } from "./metadata-cache";
import { getLinkpath, joinPath, normalizePath, splitName } from "./paths";
import type { Vault } from "./vault";
import { findFrontmatter, parseYaml, stringifyYaml } from "./yaml";

const EMBEDDABLE = new Set(["png", "jpg", "jpeg", "gif", "bmp", "svg", "webp", "avif", "mp3", "wav", "m4a", "ogg", "flac", "webm", "mp4", "mov", "ogv", "mkv", "pdf"]);

/**
 * Obsidian's FileManager. `processFrontMatter` behaves like Obsidian's: it parses the current
 * frontmatter (throwing the parser's `YAMLParseError` on broken YAML, leaving the note untouched),
 * passes the object (dates as strings) to `fn`, then re-serializes the WHOLE frontmatter block
 * (comments and original quoting are lost, flow lists become block lists), keeping everything from
 * the closing `---` on byte for byte. The write goes through `vault.process`, so vault `modify`
 * fires, then the metadata cache's `changed`.
 */
export class FileManager {
	/** @internal */
	_vault: Vault;
	/** @internal */
	_metadataCache: MetadataCache;
	/** @internal What `promptForDeletion` answers (the fake has no dialog). */
	_deletionAnswer = true;

	constructor(vault: Vault, metadataCache: MetadataCache) {
		this._vault = vault;
		this._metadataCache = metadataCache;
	}

	getNewFileParent(sourcePath: string, newFilePath?: string): TFolder {
		void newFilePath;
		const config = this._vault._config;
		const root = this._vault.getRoot();
		if (config.newFileLocation === "current") {
			const source = this._vault.getAbstractFileByPath(sourcePath);
			return source?.parent ?? root;
		}
		if (config.newFileLocation === "folder") {
			return this._vault.getFolderByPath(normalizePath(config.newFileFolderPath)) ?? root;
		}
		return root;
	}

	async renameFile(file: TAbstractFile, newPath: string): Promise<void> {
		const vault = this._vault;
		const cache = this._metadataCache;
		const target = normalizePath(newPath);
		// Which link texts, in which notes, point at the moving file(s)? (Decided before the move.)
		const moving = new Set<TFile>();
		if (file instanceof TFile) moving.add(file);
		else if (file instanceof TFolder) {
			const visit = (f: TAbstractFile) => {
				if (f instanceof TFile) moving.add(f);
				else if (f instanceof TFolder) f.children.forEach(visit);
			};
			visit(file);
		}
		const rewrites = new Map<TFile, Map<string, TFile>>();
		if (vault._config.alwaysUpdateLinks && moving.size > 0) {
			for (const source of vault.getMarkdownFiles()) {
				const c = cache.getFileCache(source);
				const refs = [...(c?.links ?? []), ...(c?.embeds ?? []), ...(c?.frontmatterLinks ?? [])];
				for (const ref of refs) {
					const linkpath = getLinkpath(ref.link);
					const dest = cache.getFirstLinkpathDest(linkpath, source.path);
					if (dest && moving.has(dest)) {
						let m = rewrites.get(source);
						if (!m) rewrites.set(source, (m = new Map()));
						m.set(linkpath, dest);
					}
				}
			}
		}
		await vault.rename(file, target);
		for (const [source, map] of rewrites) {
			if (vault.getAbstractFileByPath(source.path) !== source) continue;
			await vault.process(source, (text) => this._rewriteLinks(text, source.path, map));
		}
	}

	/** @internal */
	_rewriteLinks(text: string, sourcePath: string, map: Map<string, TFile>): string {
		const cache = this._metadataCache;
		let out = text.replace(/(!?)\[\[([^[\]|#\n]*)(#[^[\]|\n]*)?(\|[^[\]\n]*)?\]\]/g, (m, bang: string, path: string, sub?: string, alias?: string) => {
			const dest = map.get(path.trim());
			if (!dest) return m;
			return `${bang}[[${cache.fileToLinktext(dest, sourcePath)}${sub ?? ""}${alias ?? ""}]]`;
		});
		out = out.replace(/(!?)\[([^[\]\n]*)\]\(([^()\s]+)\)/g, (m, bang: string, label: string, href: string) => {
			let decoded = href;
			try {
				decoded = decodeURI(href);
			} catch {
				return m;
			}
			const hash = decoded.indexOf("#");
			const path = hash >= 0 ? decoded.slice(0, hash) : decoded;
			const dest = map.get(path);
			if (!dest) return m;
			return `${bang}[${label}](${encodeURI(dest.path)}${hash >= 0 ? decoded.slice(hash).replace(/ /g, "%20") : ""})`;
		});
		return out;
	}

	async promptForDeletion(file: TAbstractFile): Promise<boolean> {
		if (!this._deletionAnswer) return false;
		await this.trashFile(file);
		return true;
	}

	async trashFile(file: TAbstractFile): Promise<void> {
		await this._vault.trash(file, true);
	}

	generateMarkdownLink(file: TFile, sourcePath: string, subpath?: string, alias?: string): string {
		const embed = file.extension !== "md" && EMBEDDABLE.has(file.extension.toLowerCase()) ? "!" : "";
		if (this._vault._config.useMarkdownLinks) {
			const label = alias ?? (file.extension === "md" ? file.basename : file.name);
			return `${embed}[${label}](${encodeURI(file.path)}${subpath ? encodeURI(subpath) : ""})`;
		}
		const linktext = this._metadataCache.fileToLinktext(file, sourcePath, true);
		return `${embed}[[${linktext}${subpath ?? ""}${alias ? `|${alias}` : ""}]]`;
	}

	async processFrontMatter(file: TFile, fn: (frontmatter: any) => void, options?: DataWriteOptions): Promise<void> {
		await this._vault.process(
			file,
			(content) => {
				const block = findFrontmatter(content);
				let frontmatter: Record<string, unknown> = {};
				if (block) {
					const parsed: unknown = parseYaml(block.yaml); // throws YAMLParseError on broken YAML
					if (parsed !== null && parsed !== undefined) {
						if (typeof parsed !== "object" || Array.isArray(parsed)) {
							throw new Error(`Frontmatter of ${file.path} is not a map of properties.`);
						}
						frontmatter = parsed as Record<string, unknown>;
					}
				}
				fn(frontmatter);
				const empty = Object.keys(frontmatter).length === 0;
				let yaml = empty ? "" : stringifyYaml(frontmatter);
				if (block) {
					if (block.eol === "\r\n") yaml = yaml.replace(/\r?\n/g, "\r\n");
					return content.slice(0, block.from) + yaml + content.slice(block.to);
				}
				if (empty) return content;
				return `---\n${yaml}---\n${content}`;
			},
			options,
		);
	}

	async getAvailablePathForAttachment(filename: string, sourcePath?: string): Promise<string> {
		void sourcePath;
		const { basename, extension } = splitName(filename);
		const folder = this._vault.getRoot().path;
		let candidate = joinPath(folder, filename);
		for (let i = 1; this._vault._adapter._existingPath(candidate) !== null; i++) {
			candidate = joinPath(folder, `${basename} ${i}${extension ? `.${extension}` : ""}`);
		}
		return candidate;
	}
}

