import type { FileStats } from "obsidian";
import { pathName, splitName } from "./paths";
import type { Vault } from "./vault";

/** A file or a folder of the vault. Check with `instanceof TFile` / `instanceof TFolder`. */
export abstract class TAbstractFile {
	vault!: Vault;
	path = "";
	name = "";
	parent: TFolder | null = null;

	/** @internal Updates `path`, `name` (and `basename`/`extension` for files). */
	_setPath(path: string): void {
		this.path = path;
		this.name = path === "/" ? "" : pathName(path);
	}
}

export class TFile extends TAbstractFile {
	stat: FileStats = { ctime: 0, mtime: 0, size: 0 };
	basename = "";
	extension = "";

	constructor(vault?: Vault, path?: string) {
		super();
		if (vault) this.vault = vault;
		if (path !== undefined) this._setPath(path);
	}

	override _setPath(path: string): void {
		super._setPath(path);
		const { basename, extension } = splitName(this.name);
		this.basename = basename;
		this.extension = extension;
	}
}

export class TFolder extends TAbstractFile {
	children: TAbstractFile[] = [];

	constructor(vault?: Vault, path?: string) {
		super();
		if (vault) this.vault = vault;
		if (path !== undefined) this._setPath(path);
	}

	isRoot(): boolean {
		return this.path === "/";
	}
}
