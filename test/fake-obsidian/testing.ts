/**
 * Test-only helpers of the fake `obsidian` module. They are typed with the REAL `obsidian` types
 * (what plugin code and tests see), and reach into the fake behind them.
 *
 * Import them from the fake itself, e.g. `import { createFakeApp, settle } from "./fake-obsidian"`
 * (the `obsidian` alias resolves to the same module at run time, but TypeScript only knows the
 * real API there).
 */
import type * as Obs from "obsidian";
import { App } from "./app";
import type { Component } from "./component";
import { hasDocument } from "./dom";
import { TFile } from "./files";
import { clearNotices } from "./notice";
import { Menu, shownMenus } from "./menu";
import { openModals as openModalList, type Modal } from "./modal";
import { normalizePath } from "./paths";
import { setPlatform } from "./platform";
import { BasesEntry, BasesQueryResult, BasesViewConfig, QueryController } from "./bases";
import { Plugin as PluginClass, type Plugin } from "./plugin";
import { SettingTab as SettingTabClass, type SettingTab } from "./setting";
import type { FakeVaultConfig } from "./vault";
import { DeferredView } from "./view";
import { WorkspaceLeaf, WorkspaceMobileDrawer, WorkspaceTabs } from "./workspace";

export type { FakeVaultConfig };

const fake = (app: Obs.App): App => app as unknown as App;
const apps = new Set<App>();

export interface FakeAppOptions {
	/** Name returned by `vault.getName()`. Default "Fake Vault". */
	vaultName?: string;
	/** Attach the app's DOM (default: to `document.body` when there is a DOM). */
	mount?: boolean | HTMLElement;
	/** Parse every seeded note now instead of on first use (keeps parsing out of timings). */
	warm?: boolean;
	/** Whether a properties block that does not parse keeps its `frontmatterPosition` (default true). */
	positionOnBrokenYaml?: boolean;
	/** Vault settings: new-note location, link format, link updating on rename. */
	config?: Partial<FakeVaultConfig>;
	/** Preset `data.json` per plugin id: a value (saved as JSON) or a raw string (may be broken). */
	pluginData?: Record<string, unknown>;
	/** Make `workspace.getLeftLeaf` / `getRightLeaf` return null. */
	leftLeafAvailable?: boolean;
	rightLeafAvailable?: boolean;
}

/**
 * A fresh App whose vault holds `files` (`{ "Folder/Note.md": "content" }`; folders are created).
 * Seeded files fire no events and are in the metadata cache at once, like the files of a vault
 * Obsidian has already indexed. The layout is NOT ready yet (see `loadPlugin`/`triggerLayoutReady`).
 */
export function createFakeApp(files: Record<string, string> = {}, options: FakeAppOptions = {}): Obs.App {
	const app = new App({ vaultName: options.vaultName });
	apps.add(app);
	if (options.config) Object.assign(app.vault._config, options.config);
	if (options.positionOnBrokenYaml !== undefined) app.metadataCache._parseOptions = { positionOnBrokenYaml: options.positionOnBrokenYaml };
	if (options.leftLeafAvailable === false) app.workspace._sideAvailable.left = false;
	if (options.rightLeafAvailable === false) app.workspace._sideAvailable.right = false;
	seedFiles(app as unknown as Obs.App, files);
	for (const [id, data] of Object.entries(options.pluginData ?? {})) setPluginData(app as unknown as Obs.App, id, data);
	if (options.warm) app.metadataCache._warm();
	const mount = options.mount ?? true;
	if (mount && hasDocument()) app._mount(mount === true ? document.body : mount);
	return app as unknown as Obs.App;
}

/** The vault of a fresh fake App seeded with `files` (its `app` is reachable as usual through plugins). */
export function fakeVault(files: Record<string, string> = {}): Obs.Vault {
	return createFakeApp(files, { mount: false }).vault;
}

/** Adds files without events (as if present at start-up). Returns the new files. */
export function seedFiles(app: Obs.App, files: Record<string, string>): Obs.TFile[] {
	const a = fake(app);
	const out: Obs.TFile[] = [];
	for (const [path, content] of Object.entries(files)) {
		const file = a.vault._seed(path, content);
		if (file) {
			a.metadataCache._seeded(file);
			out.push(file as unknown as Obs.TFile);
		}
	}
	return out;
}

/** The current text of a file (synchronously), or null when there is no such file. */
export function fileContent(app: Obs.App, path: string): string | null {
	const a = fake(app);
	const entry = a.vault._adapter.files.get(normalizePath(path));
	if (!entry) return null;
	return typeof entry.content === "string" ? entry.content : new TextDecoder().decode(entry.content);
}

/** Attaches the app's DOM (workspace, sidebars, status bar) under `parent` (default `document.body`). */
export function mountApp(app: Obs.App, parent?: HTMLElement): void {
	fake(app)._mount(parent ?? document.body);
}

/** Detaches the app's DOM and closes what it left open. */
export function destroyFakeApp(app: Obs.App): void {
	const a = fake(app);
	a.metadataCache._cancel();
	a._unmount();
	apps.delete(a);
}

/** Parses every seeded note now (as Obsidian's persisted cache would already have them). */
export function warmMetadataCache(app: Obs.App): void {
	fake(app).metadataCache._warm();
}

/**
 * Lets pending work settle: runs queued microtasks and processes every pending metadata-cache
 * update (so `changed`/`resolved` have fired when it resolves), repeating until quiet. It does not
 * advance timers: a plugin's own debounce still needs real time or `vi.advanceTimersByTime`.
 */
export async function settle(app: Obs.App): Promise<void> {
	const cache = fake(app).metadataCache;
	let quiet = 0;
	for (let i = 0; i < 200 && quiet < 3; i++) {
		await new Promise<void>((resolve) => queueMicrotask(resolve));
		if (cache._hasPending()) {
			cache._flush();
			quiet = 0;
		} else {
			quiet++;
		}
	}
}

/** Makes the layout ready: runs the `onLayoutReady` queue (once). */
export function triggerLayoutReady(app: Obs.App): void {
	fake(app).workspace._setLayoutReady();
}

export interface LoadPluginOptions {
	/** Merged into a default manifest (id "test-plugin", name "Test plugin"); pass the repository's manifest.json to test the real ids. */
	manifest?: Partial<Obs.PluginManifest>;
	/** Preset data.json (a value, or a raw string that may be broken JSON). */
	data?: unknown;
	/** Make the layout ready after onload (default true), as Obsidian does at start-up. */
	layoutReady?: boolean;
	/**
	 * Before the layout is ready, fire vault `create` for every existing file and folder, as
	 * Obsidian does while it loads the vault (plugins registering `create` in onload get them).
	 * The metadata cache ignores these. Default true.
	 */
	vaultLoadEvents?: boolean;
	/**
	 * Simulate the user enabling the plugin in settings instead of a start-up: the layout is
	 * already ready when `onload` runs (so `onLayoutReady` callbacks run at once, and no vault-load
	 * `create` events fire), then `onUserEnable()` is called. Default false.
	 */
	userEnable?: boolean;
	/**
	 * A cold start, as when Obsidian's cache is new or stale: the notes picked (`true`: every other
	 * markdown note in path order; or a test of the path) have no cache entry when the layout
	 * becomes ready (`getFileCache` is null). They are parsed just after: `changed` for each, then
	 * one `resolved`; no `resolved` fires before the layout is ready. Default: a warm start.
	 */
	coldStart?: boolean | ((path: string) => boolean);
	/**
	 * Whether the notes a cold start parses late fire `changed` (default true). Obsidian's typings
	 * say `changed` follows each indexing; the Tasks plugin's source says it does not fire while
	 * Obsidian starts up. With false, they are parsed silently and only `resolved` tells.
	 */
	coldStartEvents?: boolean;
}

/** The notes a cold start leaves unparsed: every other markdown note, by path. */
function everyOtherNote(app: App): (path: string) => boolean {
	const paths = app.vault
		.getMarkdownFiles()
		.map((f) => f.path)
		.sort();
	const cold = new Set(paths.filter((_, i) => i % 2 === 1));
	return (path) => cold.has(path);
}

/**
 * Loads a plugin the way Obsidian does at start-up: construct, `await onload()`, then (unless
 * the layout is already ready) vault `create` events for existing files, metadata cache
 * `resolved`, and layout ready (running `onLayoutReady` callbacks); finally `settle`. With
 * `coldStart`, layout ready comes first and the cache catches up after (`changed`…, `resolved`).
 * With `userEnable`, as when the user turns the plugin on: layout ready first, then onload,
 * then `onUserEnable()`.
 */
export async function loadPlugin<T extends Obs.Plugin>(
	PluginClass: new (app: Obs.App, manifest: Obs.PluginManifest) => T,
	app: Obs.App = createFakeApp(),
	options: LoadPluginOptions = {},
): Promise<T> {
	const a = fake(app);
	const manifest: Obs.PluginManifest = {
		id: "test-plugin",
		name: "Test plugin",
		author: "Tests",
		version: "0.0.0",
		minAppVersion: "0.0.0",
		description: "",
		...options.manifest,
	};
	if (options.data !== undefined) setPluginData(app, manifest.id, options.data);
	if (options.userEnable) a.workspace._setLayoutReady();
	const cold = !a.workspace.layoutReady && options.layoutReady !== false && options.coldStart ? options.coldStart : null;
	if (cold) a.metadataCache._startCold(cold === true ? everyOtherNote(a) : cold, options.coldStartEvents ?? true);
	const plugin = new PluginClass(app, manifest);
	await (plugin as unknown as Plugin).load();
	if (!a.workspace.layoutReady && options.layoutReady !== false) {
		if (options.vaultLoadEvents ?? true) {
			a.metadataCache._ignoreCreates = true;
			try {
				for (const file of a.vault.getAllLoadedFiles()) if (file !== a.vault.getRoot()) a.vault.trigger("create", file);
			} finally {
				a.metadataCache._ignoreCreates = false;
			}
		}
		if (cold) {
			a.workspace._setLayoutReady();
			a.metadataCache._parseColdNotes();
		} else {
			a.metadataCache.trigger("resolved");
			a.workspace._setLayoutReady();
		}
	}
	if (options.userEnable) plugin.onUserEnable();
	await settle(app);
	return plugin;
}

/** Unloads a plugin (its `onunload`, then every registered cleanup). */
export function unloadPlugin(plugin: Obs.Plugin): void {
	plugin.unload();
}

function findCommand(app: Obs.App, id: string): Obs.Command {
	const commands = fake(app)._commands;
	const exact = commands.get(id);
	if (exact) return exact;
	const bySuffix = [...commands.values()].filter((c) => c.id.endsWith(`:${id}`));
	if (bySuffix.length === 1 && bySuffix[0]) return bySuffix[0];
	throw new Error(`fake obsidian: no command "${id}"; registered: ${[...commands.keys()].join(", ") || "none"}`);
}

function editorContext(app: Obs.App): { editor: Obs.Editor; view: Obs.MarkdownView } | null {
	const view = fake(app).workspace.activeEditor;
	if (!view || !view.file) return null;
	return { editor: view.editor as unknown as Obs.Editor, view: view as unknown as Obs.MarkdownView };
}

/** All registered command ids (`<plugin id>:<command id>`). */
export function commandIds(app: Obs.App): string[] {
	return [...fake(app)._commands.keys()];
}

/** Whether the command palette would list the command (checkCallback(true) / an active editor). */
export function isCommandAvailable(app: Obs.App, id: string): boolean {
	const cmd = findCommand(app, id);
	const ctx = editorContext(app);
	if (cmd.editorCheckCallback) return !!ctx && !!cmd.editorCheckCallback(true, ctx.editor, ctx.view);
	if (cmd.editorCallback) return !!ctx;
	if (cmd.checkCallback) return !!cmd.checkCallback(true);
	return !!cmd.callback;
}

/**
 * Runs a command as Obsidian's palette or hotkey would: `editorCheckCallback`, then
 * `editorCallback` (both need an active Markdown editor), then `checkCallback` (called with true
 * first; runs with false only if that returned truthy), then `callback`. `id` is the full id or
 * the plugin's own id when unambiguous. Resolves to false when the command was not available;
 * awaits the callback's promise, if any.
 */
export async function runCommand(app: Obs.App, id: string): Promise<boolean> {
	const cmd = findCommand(app, id);
	const ctx = editorContext(app);
	let result: unknown;
	if (cmd.editorCheckCallback) {
		if (!ctx || !cmd.editorCheckCallback(true, ctx.editor, ctx.view)) return false;
		result = cmd.editorCheckCallback(false, ctx.editor, ctx.view);
	} else if (cmd.editorCallback) {
		if (!ctx) return false;
		result = cmd.editorCallback(ctx.editor, ctx.view);
	} else if (cmd.checkCallback) {
		if (!cmd.checkCallback(true)) return false;
		result = cmd.checkCallback(false);
	} else if (cmd.callback) {
		result = cmd.callback();
	} else {
		return false;
	}
	if (result && typeof (result as Promise<unknown>).then === "function") await result;
	return true;
}

/**
 * Follows an `obsidian://<action>?key=value&…` link as Obsidian does for a plugin's handler: the
 * parameters decoded (`%20`; a `+` is kept as it is — the real app's handling of `+` is not
 * modelled, so links should encode spaces as `%20`), `action` added. Resolves to false when no
 * handler has that action.
 */
export async function openObsidianUrl(app: Obs.App, url: string): Promise<boolean> {
	const m = /^obsidian:\/\/([^?/#]+)\/?(?:\?([^#]*))?/.exec(url);
	if (!m) throw new Error(`not an obsidian:// link: ${url}`);
	const action = decode(m[1] ?? "");
	const handler = fake(app)._protocolHandlers.get(action);
	if (!handler) return false;
	const params: Obs.ObsidianProtocolData = { action };
	for (const pair of (m[2] ?? "").split("&")) {
		if (pair === "") continue;
		const eq = pair.indexOf("=");
		const key = decode(eq < 0 ? pair : pair.slice(0, eq));
		if (key !== "action") params[key] = eq < 0 ? "" : decode(pair.slice(eq + 1));
	}
	const result: unknown = handler(params);
	if (result && typeof (result as Promise<unknown>).then === "function") await result;
	return true;
}

function decode(text: string): string {
	try {
		return decodeURIComponent(text);
	} catch {
		return text;
	}
}

/** Makes `getLeftLeaf`/`getRightLeaf` return null (false) or work again (true). */
export function setSideLeafAvailable(app: Obs.App, side: "left" | "right", available: boolean): void {
	fake(app).workspace._sideAvailable[side] = available;
}

/**
 * Adds a leaf as Obsidian restores one from the saved layout since 1.7: DEFERRED — it reports
 * `type` but holds a placeholder view until revealed (`revealLeaf`/`loadIfDeferred`).
 */
export function addDeferredLeaf(app: Obs.App, type: string, options: { side?: "left" | "right" | "root"; state?: Record<string, unknown> } = {}): Obs.WorkspaceLeaf {
	const ws = fake(app).workspace;
	const side = options.side ?? "right";
	let leaf: WorkspaceLeaf;
	if (side === "root") {
		leaf = ws._newLeafIn(ws._rootTabs());
	} else {
		const dock = side === "left" ? ws.leftSplit : ws.rightSplit;
		leaf = new WorkspaceLeaf(fake(app));
		if (dock instanceof WorkspaceMobileDrawer) dock._insert(leaf);
		else {
			let tabs = dock.children.find((c): c is WorkspaceTabs => c instanceof WorkspaceTabs);
			if (!tabs) {
				tabs = new WorkspaceTabs();
				dock._insert(tabs);
			}
			tabs._insert(leaf);
		}
	}
	const placeholder = new DeferredView(leaf, type, options.state ?? {});
	const old = leaf.view;
	old.unload();
	old.containerEl.detach();
	leaf.view = placeholder;
	placeholder.load();
	return leaf as unknown as Obs.WorkspaceLeaf;
}

/** Every `openLinkText` call so far: what was asked, and which file was opened. */
export function openedLinks(app: Obs.App): { linktext: string; sourcePath: string; newLeaf: Obs.PaneType | boolean | undefined; file: string | null }[] {
	return fake(app).workspace._openLinkLog.slice();
}

/** Presets a plugin's data.json: any value is saved as JSON; a string is written as is (may be broken). */
export function setPluginData(app: Obs.App, pluginId: string, data: unknown): void {
	const a = fake(app);
	const path = `${a.vault.configDir}/plugins/${pluginId}/data.json`;
	a.vault._adapter._mkdirs(`${a.vault.configDir}/plugins/${pluginId}`);
	a.vault._adapter._store(path, typeof data === "string" ? data : JSON.stringify(data, null, 2));
}

/** The raw text of a plugin's data.json, or null when it was never written. */
export function getPluginData(app: Obs.App, pluginId: string): string | null {
	const a = fake(app);
	const entry = a.vault._adapter.files.get(`${a.vault.configDir}/plugins/${pluginId}/data.json`);
	if (!entry) return null;
	return typeof entry.content === "string" ? entry.content : new TextDecoder().decode(entry.content);
}

/** Rewrites data.json behind the plugin's back (a sync) and calls `onExternalSettingsChange`. */
export async function simulateExternalSettingsChange(plugin: Obs.Plugin, data: unknown): Promise<void> {
	setPluginData(plugin.app, plugin.manifest.id, data);
	await plugin.onExternalSettingsChange?.();
}

/** Setting tabs registered with `addSettingTab`. */
export function settingTabs(app: Obs.App): Obs.PluginSettingTab[] {
	return fake(app)._settingTabs.slice() as unknown as Obs.PluginSettingTab[];
}

/**
 * Opens a settings tab as the settings dialog would: its definitions rendered (Obsidian 1.13), or
 * else `display()`, into its `containerEl`, which is returned (attached to the document). Pass the
 * tab, or the plugin to open its first tab.
 */
export function displaySettingTab(tabOrPlugin: Obs.SettingTab | Obs.Plugin): HTMLElement {
	let tab: SettingTab | undefined;
	if ("containerEl" in tabOrPlugin && "display" in tabOrPlugin) tab = tabOrPlugin as unknown as SettingTab;
	else {
		const plugin = tabOrPlugin as Obs.Plugin;
		tab = fake(plugin.app)._settingTabs.find((t) => (t as unknown as { _ownerPlugin?: unknown })._ownerPlugin === plugin);
	}
	if (!tab) throw new Error("fake obsidian: this plugin has no setting tab");
	if (!tab.containerEl.isConnected) document.body.appendChild(tab.containerEl);
	if (typeof tab.update === "function") tab.update();
	if (tab.settingItems.length > 0) tab._renderDefinitions();
	else tab.display();
	return tab.containerEl;
}

const declarativeSettings = {
	getSettingDefinitions: SettingTabClass.prototype.getSettingDefinitions,
	update: SettingTabClass.prototype.update,
};

/**
 * Makes the fake an Obsidian older than 1.13 (the manifest's minAppVersion is 1.7.2): setting tabs
 * have no `getSettingDefinitions` nor `update`, so tabs are shown with `display()`. Setting tabs
 * created after the call see it; `resetFakeObsidian` undoes it.
 */
export function useObsidianBefore113(): void {
	const proto = SettingTabClass.prototype as Partial<typeof declarativeSettings>;
	delete proto.getSettingDefinitions;
	delete proto.update;
}

/** Turns the core Bases plugin off (or on) in a vault: `registerBasesView` then returns false. */
export function setBasesEnabled(app: Obs.App, enabled: boolean): void {
	fake(app)._basesEnabled = enabled;
}

/** The ids of the Bases views registered by plugins (see `Plugin.registerBasesView`). */
export function basesViewIds(app: Obs.App): string[] {
	return [...fake(app)._basesViews.keys()];
}

/** A Bases view shown in a base, as `openBasesView` makes it. */
export interface OpenBasesView {
	view: Obs.BasesView;
	/** The container below the Bases toolbar that the factory was given. */
	containerEl: HTMLElement;
	/** New query results, as when a note of the base changes: the rows are these notes, in this order. */
	setRows(paths: readonly string[]): void;
	/** Closes the base (the view unloads). */
	close(): void;
}

/**
 * Shows the registered Bases view `viewId` in a base whose query yields the notes at `paths`
 * (in that order), as Obsidian does when the user picks the view in a base: the factory gets a
 * controller and an attached container, the view loads, then `onDataUpdated` runs.
 */
export function openBasesView(app: Obs.App, viewId: string, paths: readonly string[], viewName = "Board"): OpenBasesView {
	const registration = fake(app)._basesViews.get(viewId);
	if (!registration) throw new Error(`fake obsidian: no Bases view "${viewId}" is registered`);
	const rows = (list: readonly string[]) => new BasesQueryResult(list.map((p) => new BasesEntry(getFile(app, p) as unknown as TFile)));
	const controller = new QueryController(fake(app), new BasesViewConfig(viewName), rows(paths));
	const containerEl = createDiv("bases-view");
	if (hasDocument()) (fake(app)._rootEl ?? document.body).appendChild(containerEl);
	const view = registration.factory(controller as unknown as Obs.QueryController, containerEl);
	controller.addChild(view as unknown as Component);
	controller.load();
	view.onDataUpdated();
	return {
		view,
		containerEl,
		setRows(list) {
			(view as unknown as { data: BasesQueryResult }).data = rows(list);
			view.onDataUpdated();
		},
		close() {
			controller.unload();
			containerEl.detach();
		},
	};
}

/** Closes a settings tab as the dialog would (`hide()`), and detaches its element. */
export function hideSettingTab(tab: Obs.SettingTab): void {
	tab.hide();
	tab.containerEl.detach();
}

/** Modals currently open (oldest first). */
export function openModals(): Obs.Modal[] {
	return openModalList.slice() as unknown as Obs.Modal[];
}

/** Changes vault settings (new-note location, link style, link updating). */
export function setVaultConfig(app: Obs.App, config: Partial<FakeVaultConfig>): void {
	Object.assign(fake(app).vault._config, config);
}

/** Resolves once every created file is a real TFile of the app's vault (narrowing helper for tests). */
export function getFile(app: Obs.App, path: string): Obs.TFile {
	const f = fake(app).vault.getAbstractFileByPath(normalizePath(path));
	if (!(f instanceof TFile)) throw new Error(`fake obsidian: no file "${path}"`);
	return f as unknown as Obs.TFile;
}

/** Plugin members that came after the manifest's minAppVersion (1.7.2), as the fake has them. */
const newerPluginApis = {
	registerCliHandler: PluginClass.prototype.registerCliHandler,
	registerBasesView: PluginClass.prototype.registerBasesView,
};

/**
 * Makes the fake an Obsidian without `Plugin.registerCliHandler` (before 1.12.2) and
 * `Plugin.registerBasesView` (before 1.10): plugins loaded after the call see it;
 * `resetFakeObsidian` undoes it.
 */
export function useObsidianWithoutNewerPluginApis(): void {
	const proto = PluginClass.prototype as Partial<typeof newerPluginApis>;
	delete proto.registerCliHandler;
	delete proto.registerBasesView;
}

/** The command ids registered for Obsidian's command line. */
export function cliCommands(app: Obs.App): string[] {
	return [...fake(app)._cliHandlers.keys()];
}

/**
 * Runs a command of Obsidian's command line as `obsidian <command> key=value flag` would:
 * `params` holds each `key=value`, and "true" for a flag given alone.
 */
export async function runCliHandler(app: Obs.App, command: string, params: Record<string, string> = {}): Promise<string> {
	const entry = fake(app)._cliHandlers.get(command);
	if (!entry) throw new Error(`fake obsidian: no CLI command "${command}"`);
	return entry.handler(params);
}

/**
 * Resets the module-wide records (notices, shown menus, open modals, platform) and detaches every
 * fake app's DOM. Call it in `afterEach`.
 */
export function resetFakeObsidian(): void {
	clearNotices();
	for (const menu of shownMenus.splice(0)) (menu as Menu).hide();
	for (const modal of openModalList.slice()) (modal as Modal).close();
	openModalList.length = 0;
	setPlatform(null);
	Object.assign(SettingTabClass.prototype, declarativeSettings);
	Object.assign(PluginClass.prototype, newerPluginApis);
	for (const app of [...apps]) destroyFakeApp(app as unknown as Obs.App);
	if (hasDocument()) document.body.querySelectorAll(":scope > .notice-container, :scope > .menu, :scope > .vertical-tab-content").forEach((el) => el.remove());
}
