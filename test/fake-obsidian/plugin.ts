import type { BasesViewRegistration, CliFlags, CliHandler, Command, IconName, MarkdownPostProcessor, ObsidianProtocolHandler, PluginManifest } from "obsidian";
import type { App } from "./app";
import { Component } from "./component";
import { requireDocument } from "./dom";
import { setIcon } from "./icons";
import type { SettingTab } from "./setting";
import type { View } from "./view";
import type { WorkspaceLeaf } from "./workspace";

/**
 * Obsidian's Plugin. `loadData`/`saveData` read and write `<configDir>/plugins/<id>/data.json`
 * in the vault adapter (tests preset it with `setPluginData`, even with broken JSON: `loadData`
 * then resolves to null, as in Obsidian). Commands get the `<plugin id>:` id prefix and the
 * `<plugin name>: ` name prefix, as in Obsidian.
 */
export abstract class Plugin extends Component {
	app: App;
	manifest: PluginManifest;
	settings?: unknown;

	constructor(app: App, manifest: PluginManifest) {
		super();
		this.app = app;
		this.manifest = manifest;
	}

	/** Unlike Component.load, Obsidian awaits an async `onload` before loading children. */
	override async load(): Promise<void> {
		if (this._loaded) return;
		this._loaded = true;
		await this.onload();
		for (const child of this._children.slice()) child.load();
	}

	override onload(): Promise<void> | void {}

	addRibbonIcon(icon: IconName, title: string, callback: (evt: MouseEvent) => any): HTMLElement {
		requireDocument("addRibbonIcon");
		const el = this.app.workspace.leftRibbon.containerEl.createDiv({
			cls: "side-dock-ribbon-action clickable-icon",
			attr: { "aria-label": title, "data-tooltip-position": "right", role: "button", tabindex: 0 },
		});
		setIcon(el, icon);
		el.addEventListener("click", (evt) => callback(evt));
		this.register(() => el.detach());
		return el;
	}

	addStatusBarItem(): HTMLElement {
		requireDocument("addStatusBarItem");
		const el = (this.app._statusBarEl as HTMLElement).createDiv(`status-bar-item plugin-${this.manifest.id.toLowerCase().replace(/[^_a-z0-9-]/g, "-")}`);
		this.register(() => el.detach());
		return el;
	}

	addCommand(command: Command): Command {
		command.id = `${this.manifest.id}:${command.id}`;
		command.name = `${this.manifest.name}: ${command.name}`;
		this.app._commands.set(command.id, command);
		this.register(() => this.app._commands.delete(command.id));
		return command;
	}

	removeCommand(commandId: string): void {
		this.app._commands.delete(`${this.manifest.id}:${commandId}`);
	}

	addSettingTab(settingTab: SettingTab): void {
		// Obsidian 1.13 stores the definitions for the settings search; older versions have no update().
		if (typeof settingTab.update === "function") settingTab.update();
		this.app._settingTabs.push(settingTab);
		this.register(() => {
			const i = this.app._settingTabs.indexOf(settingTab);
			if (i >= 0) this.app._settingTabs.splice(i, 1);
		});
	}

	/** Registering a type twice throws, as in Obsidian. On unload, leaves of the type are detached. */
	registerView(type: string, viewCreator: (leaf: WorkspaceLeaf) => View): void {
		const registry = this.app._viewRegistry;
		if (registry.has(type)) throw new Error(`Attempting to register an existing view type "${type}"`);
		registry.set(type, viewCreator);
		this.register(() => {
			registry.delete(type);
			for (const leaf of this.app.workspace.getLeavesOfType(type)) leaf.detach();
		});
	}

	registerHoverLinkSource(id: string, info: unknown): void {
		void id;
		void info;
	}

	registerExtensions(extensions: string[], viewType: string): void {
		const map = this.app.workspace._extensionViews;
		for (const ext of extensions) map.set(ext, viewType);
		this.register(() => {
			for (const ext of extensions) if (map.get(ext) === viewType) map.delete(ext);
		});
	}

	registerMarkdownPostProcessor(postProcessor: MarkdownPostProcessor, sortOrder?: number): MarkdownPostProcessor {
		void sortOrder;
		return postProcessor;
	}

	registerMarkdownCodeBlockProcessor(language: string, handler: (source: string, el: HTMLElement, ctx: any) => Promise<any> | void, sortOrder?: number): MarkdownPostProcessor {
		void language;
		void sortOrder;
		const pp = ((el: HTMLElement, ctx: any) => void handler("", el, ctx)) as unknown as MarkdownPostProcessor;
		return pp;
	}

	/** Stored for `openBasesView` (testing.ts) until the plugin unloads; false when the vault has Bases turned off. */
	registerBasesView(viewId: string, registration: BasesViewRegistration): boolean {
		if (!this.app._basesEnabled) return false;
		const registry = this.app._basesViews;
		registry.set(viewId, registration);
		this.register(() => {
			if (registry.get(viewId) === registration) registry.delete(viewId);
		});
		return true;
	}

	registerEditorExtension(extension: unknown): void {
		void extension;
	}

	/** Later registrations of the same action replace earlier ones; unloading the plugin removes its own. */
	registerObsidianProtocolHandler(action: string, handler: ObsidianProtocolHandler): void {
		this.app._protocolHandlers.set(action, handler);
		this.register(() => {
			if (this.app._protocolHandlers.get(action) === handler) this.app._protocolHandlers.delete(action);
		});
	}

	registerEditorSuggest(editorSuggest: unknown): void {
		void editorSuggest;
	}

	/** Registering a command twice throws, as obsidian.d.ts says; unloading the plugin removes its handlers. */
	registerCliHandler(command: string, description: string, flags: CliFlags | null, handler: CliHandler): void {
		const handlers = this.app._cliHandlers;
		if (handlers.has(command)) throw new Error(`Attempting to register an existing CLI command "${command}"`);
		handlers.set(command, { description, flags, handler });
		this.register(() => handlers.delete(command));
	}

	/** @internal */
	_dataPath(): string {
		const dir = this.manifest.dir ?? `${this.app.vault.configDir}/plugins/${this.manifest.id}`;
		return `${dir}/data.json`;
	}

	async loadData(): Promise<any> {
		const adapter = this.app.vault._adapter;
		const path = this._dataPath();
		if (!adapter.files.has(path)) return null;
		try {
			return JSON.parse(await adapter.read(path));
		} catch {
			return null;
		}
	}

	async saveData(data: any): Promise<void> {
		const adapter = this.app.vault._adapter;
		const path = this._dataPath();
		adapter._mkdirs(path.slice(0, path.lastIndexOf("/")));
		adapter._store(path, JSON.stringify(data, null, 2));
	}

	onUserEnable(): void {}

	onExternalSettingsChange?(): any;
}
