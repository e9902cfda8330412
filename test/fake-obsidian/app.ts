import type { BasesViewRegistration, CliFlags, CliHandler, Command, ObsidianProtocolData, UserEvent } from "obsidian";
import { Events } from "./events";
import { hasDocument } from "./dom";
import { FileManager } from "./file-manager";
import { MetadataCache } from "./metadata-cache";
import { Keymap, Scope } from "./platform";
import type { SettingTab } from "./setting";
import { Vault } from "./vault";
import type { View } from "./view";
import { Workspace, type WorkspaceLeaf } from "./workspace";

export class SecretStorage extends Events {
	/** @internal */ _secrets = new Map<string, string>();

	setSecret(id: string, secret: string): void {
		this._secrets.set(id, secret);
		this.trigger("changed", id);
	}

	getSecret(id: string): string | null {
		return this._secrets.get(id) ?? null;
	}

	listSecrets(): string[] {
		return [...this._secrets.keys()];
	}
}

export class RenderContext {
	hoverPopover: unknown = null;
}

/**
 * Obsidian's App over an in-memory vault. With a DOM, it builds `.app-container` (workspace with
 * ribbons, sidebars and root split, plus `.status-bar`); tests attach it to the page with
 * `createFakeApp` (default) or `mountApp`.
 */
export class App {
	keymap: Keymap;
	scope: Scope;
	workspace: Workspace;
	vault: Vault;
	metadataCache: MetadataCache;
	fileManager: FileManager;
	lastEvent: UserEvent | null = null;
	renderContext = new RenderContext();
	secretStorage = new SecretStorage();

	/** @internal */ _localStorage = new Map<string, string>();
	/** @internal Obsidian's `app.commands` registry (undocumented there). */ _commands = new Map<string, Command>();
	/** @internal Handlers of Obsidian's command line, by command id (`Plugin.registerCliHandler`). */
	_cliHandlers = new Map<string, { description: string; flags: CliFlags | null; handler: CliHandler }>();
	/** @internal Obsidian's `app.viewRegistry` (undocumented there). */ _viewRegistry = new Map<string, (leaf: WorkspaceLeaf) => View>();
	/** @internal */ _settingTabs: SettingTab[] = [];
	/** @internal The handlers plugins registered for `obsidian://<action>` links. */ _protocolHandlers = new Map<string, (params: ObsidianProtocolData) => any>();
	/** @internal The Bases views plugins registered, by id (see bases.ts). */ _basesViews = new Map<string, BasesViewRegistration>();
	/** @internal Whether the core Bases plugin is on in this vault (`registerBasesView` returns false when not). */ _basesEnabled = true;
	/** @internal */ _rootEl: HTMLElement | null = null;
	/** @internal */ _statusBarEl: HTMLElement | null = null;
	/** @internal */ _keydown: ((evt: KeyboardEvent) => void) | null = null;

	constructor(options: { vaultName?: string } = {}) {
		this.vault = new Vault(options.vaultName);
		this.metadataCache = new MetadataCache(this.vault);
		this.fileManager = new FileManager(this.vault, this.metadataCache);
		this.keymap = new Keymap();
		this.scope = new Scope();
		this.keymap._root = this.scope;
		this.workspace = new Workspace(this);
		if (hasDocument()) {
			this._rootEl = createDiv("app-container");
			const main = this._rootEl.createDiv("horizontal-main-container");
			main.appendChild(this.workspace.containerEl);
			this._statusBarEl = this._rootEl.createDiv("status-bar");
		}
	}

	isDarkMode(): boolean {
		return hasDocument() && document.body.classList.contains("theme-dark");
	}

	/** Vault-specific value, JSON round-tripped like Obsidian's `localStorage` copy; null when missing. */
	loadLocalStorage(key: string): any | null {
		const raw = this._localStorage.get(key);
		if (raw === undefined) return null;
		try {
			return JSON.parse(raw);
		} catch {
			return null;
		}
	}

	saveLocalStorage(key: string, data: unknown | null): void {
		if (data === null || data === undefined) this._localStorage.delete(key);
		else this._localStorage.set(key, JSON.stringify(data));
	}

	/** @internal Attaches the app's DOM under `parent` and routes key presses to the keymap. */
	_mount(parent: HTMLElement): void {
		if (!this._rootEl) return;
		parent.appendChild(this._rootEl);
		if (!this._keydown) {
			this._keydown = (evt: KeyboardEvent) => {
				this.lastEvent = evt;
				this.keymap._dispatch(evt);
			};
			parent.ownerDocument.addEventListener("keydown", this._keydown);
		}
	}

	/** @internal */
	_unmount(): void {
		this._rootEl?.detach();
		if (this._keydown && hasDocument()) document.removeEventListener("keydown", this._keydown);
		this._keydown = null;
	}
}
