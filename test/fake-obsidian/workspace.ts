import type { OpenViewState, PaneType, Side, SplitDirection, ViewState, WorkspaceWindowInitData } from "obsidian";
import type { App } from "./app";
import { hasDocument, requireDocument } from "./dom";
import { Events } from "./events";
import { TFile } from "./files";
import type { Menu } from "./menu";
import { normalizePath, parseLinktext, parentPath } from "./paths";
import { debounce, Platform } from "./platform";
import { DeferredView, EmptyView, FileView, MarkdownView, View } from "./view";

let leafCounter = 0;

function rethrowLater(e: unknown): void {
	queueMicrotask(() => {
		throw e;
	});
}

export abstract class WorkspaceItem extends Events {
	abstract parent: WorkspaceParent;
	/** @internal */ containerEl!: HTMLElement;

	getRoot(): WorkspaceItem {
		let item: WorkspaceItem = this;
		while (item.parent) item = item.parent;
		return item;
	}

	getContainer(): WorkspaceContainer {
		let item: WorkspaceItem | null = this;
		while (item && !(item instanceof WorkspaceContainer)) item = item.parent ?? null;
		return item as WorkspaceContainer;
	}
}

export abstract class WorkspaceParent extends WorkspaceItem {
	/** @internal */ children: WorkspaceItem[] = [];

	/** @internal */
	_insert(child: WorkspaceItem, index = this.children.length): void {
		(child as { parent: WorkspaceParent }).parent = this;
		this.children.splice(index, 0, child);
		if (this.containerEl && child.containerEl) {
			const ref = this.containerEl.children[index] ?? null;
			this.containerEl.insertBefore(child.containerEl, ref);
		}
	}

	/** @internal */
	_remove(child: WorkspaceItem): void {
		const i = this.children.indexOf(child);
		if (i >= 0) this.children.splice(i, 1);
		child.containerEl?.detach();
	}
}

function makeEl(cls: string): HTMLElement {
	return (hasDocument() ? createDiv(cls) : undefined) as HTMLElement;
}

export class WorkspaceSplit extends WorkspaceParent {
	parent!: WorkspaceParent;
	/** @internal */ direction: SplitDirection = "vertical";

	constructor(cls = "workspace-split") {
		super();
		this.containerEl = makeEl(cls);
	}
}

export abstract class WorkspaceContainer extends WorkspaceSplit {
	abstract win: Window;
	abstract doc: Document;
}

export class WorkspaceRoot extends WorkspaceContainer {
	win: Window = (hasDocument() ? window : undefined) as Window;
	doc: Document = (hasDocument() ? document : undefined) as Document;

	constructor() {
		super("workspace-split mod-vertical mod-root");
	}
}

export class WorkspaceWindow extends WorkspaceContainer {
	win: Window = (hasDocument() ? window : undefined) as Window;
	doc: Document = (hasDocument() ? document : undefined) as Document;

	constructor() {
		super("workspace-split mod-vertical mod-root mod-popout");
	}
}

export class WorkspaceFloating extends WorkspaceParent {
	parent!: WorkspaceParent;

	constructor() {
		super();
		this.containerEl = makeEl("workspace-floating");
	}
}

export class WorkspaceSidedock extends WorkspaceSplit {
	collapsed = false;
	/** @internal */ side: Side;

	constructor(side: Side) {
		super(`workspace-split mod-horizontal mod-sidedock mod-${side}-split`);
		this.side = side;
	}

	toggle(): void {
		if (this.collapsed) this.expand();
		else this.collapse();
	}

	collapse(): void {
		this.collapsed = true;
		this.containerEl?.addClass("is-sidedock-collapsed");
	}

	expand(): void {
		this.collapsed = false;
		this.containerEl?.removeClass("is-sidedock-collapsed");
	}
}

export class WorkspaceMobileDrawer extends WorkspaceParent {
	parent!: WorkspaceParent;
	collapsed = true;
	/** @internal */ side: Side;

	constructor(side: Side) {
		super();
		this.side = side;
		this.containerEl = makeEl(`workspace-drawer mod-${side}`);
	}

	expand(): void {
		this.collapsed = false;
	}

	collapse(): void {
		this.collapsed = true;
	}

	toggle(): void {
		this.collapsed = !this.collapsed;
	}
}

export class WorkspaceTabs extends WorkspaceParent {
	parent!: WorkspaceSplit;
	/** @internal */ currentTab = 0;

	constructor() {
		super();
		this.containerEl = makeEl("workspace-tabs");
	}

	/** @internal */
	selectTab(leaf: WorkspaceLeaf): void {
		const i = this.children.indexOf(leaf);
		if (i >= 0) this.currentTab = i;
		this.children.forEach((c, j) => c.containerEl?.toggleClass("mod-active", j === this.currentTab));
	}
}

export class WorkspaceRibbon {
	/** @internal */ containerEl: HTMLElement;

	constructor(side: Side) {
		this.containerEl = makeEl(`workspace-ribbon side-dock-ribbon mod-${side}`);
	}
}

/**
 * A leaf: holds one View. New leaves show an EmptyView (type "empty"). `setViewState` creates the
 * registered view (closing the old one), `detach` closes and unloads it.
 */
export class WorkspaceLeaf extends WorkspaceItem {
	parent!: WorkspaceTabs | WorkspaceMobileDrawer;
	view: View;
	hoverPopover: unknown = null;
	/** @internal */ id: string;
	/** @internal */ app: App;
	/** @internal */ _pinned = false;
	/** @internal */ _group: string | null = null;
	/** @internal */ _ephemeral: unknown = {};
	/** @internal */ _attached = true;

	constructor(app: App) {
		super();
		requireDocument("WorkspaceLeaf");
		this.app = app;
		this.id = `fake-leaf-${++leafCounter}`;
		this.containerEl = createDiv("workspace-leaf");
		this.view = new EmptyView(this);
		this.view.load();
		this.view._open(this.containerEl).catch(rethrowLater);
	}

	get isDeferred(): boolean {
		return this.view instanceof DeferredView;
	}

	async loadIfDeferred(): Promise<void> {
		const view = this.view;
		if (!(view instanceof DeferredView)) return;
		await this.setViewState({ type: view._type, state: view._state });
	}

	async openFile(file: TFile, openState?: OpenViewState): Promise<void> {
		const ws = this.app.workspace;
		const type = file.extension === "md" ? "markdown" : (ws._extensionViews.get(file.extension) ?? "empty");
		await this.setViewState(
			{ type, state: { ...(openState?.state ?? {}), file: file.path }, active: openState?.active ?? true, group: openState?.group },
			openState?.eState,
		);
	}

	async open(view: View): Promise<View> {
		const old = this.view;
		if (old && old !== view) {
			const closing = old._close();
			old.unload();
			await closing;
		}
		this.view = view;
		view.load();
		await view._open(this.containerEl);
		return view;
	}

	getViewState(): ViewState {
		return {
			type: this.view.getViewType(),
			state: this.view.getState(),
			active: this.app.workspace.activeLeaf === this,
			pinned: this._pinned,
		};
	}

	async setViewState(viewState: ViewState, eState?: any): Promise<void> {
		const ws = this.app.workspace;
		if (this.view.getViewType() === viewState.type && !(this.view instanceof DeferredView)) {
			await this.view.setState(viewState.state ?? {}, { history: false });
		} else {
			const view = ws._createView(this, viewState.type);
			await this.open(view);
			await view.setState(viewState.state ?? {}, { history: false });
		}
		if (viewState.pinned !== undefined) this.setPinned(viewState.pinned);
		if (viewState.group) this.setGroupMember(viewState.group as unknown as WorkspaceLeaf);
		if (viewState.active) ws.setActiveLeaf(this, { focus: true });
		if (eState !== undefined) this.setEphemeralState(eState);
		ws._layoutChanged();
	}

	/** @internal Called by a FileView once it has loaded a file. */
	_fileLoaded(view: FileView): void {
		const ws = this.app.workspace;
		if (ws.activeLeaf === this && this.view === view) {
			ws._updateActiveEditor();
			if (ws._isRootLeaf(this)) ws._fileOpened(view.file);
		}
	}

	getEphemeralState(): any {
		return this.view.getEphemeralState();
	}

	setEphemeralState(state: any): void {
		this._ephemeral = state;
		this.view.setEphemeralState(state);
	}

	togglePinned(): void {
		this.setPinned(!this._pinned);
	}

	setPinned(pinned: boolean): void {
		if (this._pinned === pinned) return;
		this._pinned = pinned;
		this.trigger("pinned-change", pinned);
	}

	setGroupMember(other: WorkspaceLeaf): void {
		const group = other._group ?? `fake-group-${other.id}`;
		other.setGroup(group);
		this.setGroup(group);
	}

	setGroup(group: string): void {
		this._group = group;
		this.trigger("group-change", group);
	}

	detach(): void {
		if (!this._attached) return;
		this._attached = false;
		const ws = this.app.workspace;
		this.parent?._remove(this);
		const view = this.view;
		const closing = view._close();
		view.unload();
		closing.catch(rethrowLater);
		ws._leafDetached(this);
	}

	getIcon(): string {
		return this.view.getIcon();
	}

	getDisplayText(): string {
		return this.view.getDisplayText();
	}

	onResize(): void {
		this.view.onResize();
	}
}

/**
 * The workspace: a root split with one empty tab, a left and a right sidebar (desktop: sidedocks
 * holding tab groups; mobile: drawers), ribbons, and the layout-ready queue. `getRightLeaf` /
 * `getLeftLeaf` return null when a test made that side unavailable (`setSideLeafAvailable`).
 */
export class Workspace extends Events {
	leftSplit: WorkspaceSidedock | WorkspaceMobileDrawer;
	rightSplit: WorkspaceSidedock | WorkspaceMobileDrawer;
	leftRibbon: WorkspaceRibbon;
	rightRibbon: WorkspaceRibbon;
	rootSplit: WorkspaceRoot;
	activeLeaf: WorkspaceLeaf | null = null;
	containerEl!: HTMLElement;
	layoutReady = false;
	requestSaveLayout = debounce(async (): Promise<void> => {}, 2000, true);
	activeEditor: MarkdownView | null = null;

	/** @internal */ app: App;
	/** @internal */ _layoutReadyCallbacks: (() => any)[] = [];
	/** @internal */ _lastOpenFiles: string[] = [];
	/** @internal */ _lastActiveFile: TFile | null = null;
	/** @internal */ _sideAvailable: Record<Side, boolean> = { left: true, right: true };
	/** @internal */ _recentRoot: WorkspaceLeaf | null = null;
	/** @internal */ _floating: WorkspaceFloating;
	/** @internal */ _extensionViews = new Map<string, string>();
	/** @internal */ _openLinkLog: { linktext: string; sourcePath: string; newLeaf: PaneType | boolean | undefined; file: string | null }[] = [];

	constructor(app: App) {
		super();
		this.app = app;
		const mobile = Platform.isMobile;
		this.leftSplit = mobile ? new WorkspaceMobileDrawer("left") : new WorkspaceSidedock("left");
		this.rightSplit = mobile ? new WorkspaceMobileDrawer("right") : new WorkspaceSidedock("right");
		this.leftRibbon = new WorkspaceRibbon("left");
		this.rightRibbon = new WorkspaceRibbon("right");
		this.rootSplit = new WorkspaceRoot();
		this._floating = new WorkspaceFloating();
		if (hasDocument()) {
			this.containerEl = createDiv("workspace");
			this.containerEl.appendChild(this.leftRibbon.containerEl);
			this.containerEl.appendChild(this.leftSplit.containerEl);
			this.containerEl.appendChild(this.rootSplit.containerEl);
			this.containerEl.appendChild(this.rightSplit.containerEl);
			this.containerEl.appendChild(this.rightRibbon.containerEl);
			const tabs = new WorkspaceTabs();
			this.rootSplit._insert(tabs);
			const leaf = new WorkspaceLeaf(app);
			tabs._insert(leaf);
			this.activeLeaf = leaf;
			this._recentRoot = leaf;
		}
	}

	// ----- internal ---------------------------------------------------------------------------

	/** @internal */
	_createView(leaf: WorkspaceLeaf, type: string): View {
		const creator = this.app._viewRegistry.get(type);
		if (creator) return creator(leaf as never) as unknown as View;
		if (type === "markdown") return new MarkdownView(leaf);
		return new EmptyView(leaf);
	}

	/** @internal */
	_layoutChanged(): void {
		this.trigger("layout-change");
		this.requestSaveLayout();
	}

	/** @internal */
	_isRootLeaf(leaf: WorkspaceLeaf): boolean {
		return leaf.getRoot() === this.rootSplit;
	}

	/** @internal */
	_updateActiveEditor(): void {
		const view = this.activeLeaf?.view;
		this.activeEditor = view instanceof MarkdownView ? view : null;
	}

	/** @internal */
	_fileOpened(file: TFile | null): void {
		if (file) {
			this._lastActiveFile = file;
			this._lastOpenFiles = [file.path, ...this._lastOpenFiles.filter((p) => p !== file.path)].slice(0, 10);
		}
		this.trigger("file-open", file);
	}

	/** @internal */
	_leafDetached(leaf: WorkspaceLeaf): void {
		if (this._recentRoot === leaf) this._recentRoot = null;
		if (this.activeLeaf === leaf) {
			this.activeLeaf = null;
			const next = this._recentRootLeaf();
			if (next) this.setActiveLeaf(next);
			else {
				this._updateActiveEditor();
				this.trigger("active-leaf-change", null);
			}
		}
		this._layoutChanged();
	}

	/** @internal */
	_allLeaves(): WorkspaceLeaf[] {
		const out: WorkspaceLeaf[] = [];
		const visit = (item: WorkspaceItem) => {
			if (item instanceof WorkspaceLeaf) out.push(item);
			else if (item instanceof WorkspaceParent) item.children.forEach(visit);
		};
		visit(this.rootSplit);
		visit(this.leftSplit);
		visit(this.rightSplit);
		visit(this._floating);
		return out;
	}

	/** @internal */
	_rootLeaves(): WorkspaceLeaf[] {
		return this._allLeaves().filter((l) => this._isRootLeaf(l));
	}

	/** @internal */
	_recentRootLeaf(): WorkspaceLeaf | null {
		const recent = this._recentRoot;
		if (recent && recent._attached && this._isRootLeaf(recent)) return recent;
		return this._rootLeaves()[0] ?? null;
	}

	/** @internal */
	_rootTabs(): WorkspaceTabs {
		const recent = this._recentRootLeaf();
		if (recent && recent.parent instanceof WorkspaceTabs) return recent.parent;
		const existing = this.rootSplit.children.find((c): c is WorkspaceTabs => c instanceof WorkspaceTabs);
		if (existing) return existing;
		const tabs = new WorkspaceTabs();
		this.rootSplit._insert(tabs);
		return tabs;
	}

	/** @internal */
	_newLeafIn(parent: WorkspaceTabs | WorkspaceMobileDrawer, index?: number): WorkspaceLeaf {
		const leaf = new WorkspaceLeaf(this.app);
		parent._insert(leaf, index);
		this._layoutChanged();
		return leaf;
	}

	/** @internal */
	_sideLeaf(side: Side, split: boolean): WorkspaceLeaf | null {
		if (!this._sideAvailable[side]) return null;
		const dock = side === "left" ? this.leftSplit : this.rightSplit;
		if (dock instanceof WorkspaceMobileDrawer) return this._newLeafIn(dock);
		let tabs = split ? undefined : dock.children.find((c): c is WorkspaceTabs => c instanceof WorkspaceTabs);
		if (!tabs) {
			tabs = new WorkspaceTabs();
			dock._insert(tabs);
		}
		return this._newLeafIn(tabs);
	}

	/** @internal */
	_setLayoutReady(): void {
		if (this.layoutReady) return;
		this.layoutReady = true;
		const callbacks = this._layoutReadyCallbacks.splice(0);
		for (const cb of callbacks) {
			try {
				const r: unknown = cb();
				if (r && typeof (r as Promise<unknown>).catch === "function") (r as Promise<unknown>).catch(rethrowLater);
			} catch (e) {
				rethrowLater(e);
			}
		}
		this.trigger("layout-ready");
	}

	// ----- public API -------------------------------------------------------------------------

	onLayoutReady(callback: () => any): void {
		if (this.layoutReady) callback();
		else this._layoutReadyCallbacks.push(callback);
	}

	async changeLayout(workspace: any): Promise<void> {
		void workspace;
	}

	getLayout(): Record<string, unknown> {
		const describe = (leaves: WorkspaceLeaf[]) => leaves.map((l) => ({ id: l.id, type: "leaf", state: l.getViewState() }));
		const all = this._allLeaves();
		const inSplit = (split: WorkspaceItem) => all.filter((l) => l.getRoot() === split || (l.parent && l.parent.getRoot() === split));
		return {
			main: describe(this._rootLeaves()),
			left: describe(inSplit(this.leftSplit)),
			right: describe(inSplit(this.rightSplit)),
			active: this.activeLeaf?.id ?? null,
			lastOpenFiles: this.getLastOpenFiles(),
		};
	}

	createLeafInParent(parent: WorkspaceSplit, index: number): WorkspaceLeaf {
		const tabs = new WorkspaceTabs();
		parent._insert(tabs, index);
		return this._newLeafIn(tabs);
	}

	createLeafBySplit(leaf: WorkspaceLeaf, direction?: SplitDirection, before?: boolean): WorkspaceLeaf {
		void direction;
		const tabs = leaf.parent;
		const split = tabs.parent instanceof WorkspaceParent ? tabs.parent : this.rootSplit;
		const index = split.children.indexOf(tabs);
		const newTabs = new WorkspaceTabs();
		split._insert(newTabs, index < 0 ? undefined : before ? index : index + 1);
		return this._newLeafIn(newTabs);
	}

	splitActiveLeaf(direction?: SplitDirection): WorkspaceLeaf {
		const leaf = this.activeLeaf ?? this._recentRootLeaf();
		if (!leaf) return this._newLeafIn(this._rootTabs());
		return this.createLeafBySplit(leaf, direction);
	}

	async duplicateLeaf(leaf: WorkspaceLeaf, leafType?: PaneType | boolean | SplitDirection, direction?: SplitDirection): Promise<WorkspaceLeaf> {
		const type = leafType === "vertical" || leafType === "horizontal" ? "split" : leafType;
		const copy = this.getLeaf(type as PaneType | boolean, (direction ?? (leafType as SplitDirection)) || undefined);
		await copy.setViewState({ ...leaf.getViewState(), active: false });
		return copy;
	}

	getUnpinnedLeaf(): WorkspaceLeaf {
		return this.getLeaf(false);
	}

	getLeaf(newLeaf?: PaneType | boolean, direction?: SplitDirection): WorkspaceLeaf {
		if (newLeaf === "split") {
			const base = this._recentRootLeaf();
			return base ? this.createLeafBySplit(base, direction) : this._newLeafIn(this._rootTabs());
		}
		if (newLeaf === "window") return this.openPopoutLeaf();
		if (newLeaf === true || newLeaf === "tab") return this._newLeafIn(this._rootTabs());
		const recent = this._recentRootLeaf();
		if (recent && !recent._pinned && (recent.view.navigation || recent.view instanceof EmptyView)) return recent;
		return this._newLeafIn(this._rootTabs());
	}

	moveLeafToPopout(leaf: WorkspaceLeaf, data?: WorkspaceWindowInitData): WorkspaceWindow {
		void data;
		const win = new WorkspaceWindow();
		this._floating._insert(win);
		const tabs = new WorkspaceTabs();
		win._insert(tabs);
		leaf.parent?._remove(leaf);
		tabs._insert(leaf);
		this._layoutChanged();
		return win;
	}

	openPopoutLeaf(data?: WorkspaceWindowInitData): WorkspaceLeaf {
		void data;
		const win = new WorkspaceWindow();
		this._floating._insert(win);
		const tabs = new WorkspaceTabs();
		win._insert(tabs);
		return this._newLeafIn(tabs);
	}

	/**
	 * Opens a link like a click on it: resolves it from `sourcePath`; an unresolved link creates
	 * the note (in the folder for new notes), as Obsidian does.
	 */
	async openLinkText(linktext: string, sourcePath: string, newLeaf?: PaneType | boolean, openViewState?: OpenViewState): Promise<void> {
		const { path } = parseLinktext(linktext);
		const app = this.app;
		let file: TFile | null = path === "" ? app.vault.getFileByPath(sourcePath) : app.metadataCache.getFirstLinkpathDest(path, sourcePath);
		if (!file && path !== "") {
			const parent = app.fileManager.getNewFileParent(sourcePath, path);
			const hasExt = /\.[a-z0-9]+$/i.test(path);
			const target = normalizePath(path.includes("/") ? `${path}${hasExt ? "" : ".md"}` : `${parent.path}/${path}${hasExt ? "" : ".md"}`);
			const folder = parentPath(target);
			if (folder !== "/" && !app.vault.getAbstractFileByPath(folder)) await app.vault.createFolder(folder);
			file = await app.vault.create(target, "");
		}
		this._openLinkLog.push({ linktext, sourcePath, newLeaf, file: file?.path ?? null });
		if (!file) return;
		await this.getLeaf(newLeaf).openFile(file, openViewState ?? { active: true });
	}

	setActiveLeaf(leaf: WorkspaceLeaf, params?: { focus?: boolean } | boolean, focus?: boolean): void {
		void params;
		void focus;
		if (this.activeLeaf === leaf || !leaf._attached) return;
		this.activeLeaf = leaf;
		const isRoot = this._isRootLeaf(leaf);
		if (isRoot) this._recentRoot = leaf;
		if (leaf.parent instanceof WorkspaceTabs) leaf.parent.selectTab(leaf);
		this._updateActiveEditor();
		this.trigger("active-leaf-change", leaf);
		if (isRoot) this._fileOpened(leaf.view instanceof FileView ? leaf.view.file : null);
	}

	getLeafById(id: string): WorkspaceLeaf | null {
		return this._allLeaves().find((l) => l.id === id) ?? null;
	}

	getGroupLeaves(group: string): WorkspaceLeaf[] {
		return this._allLeaves().filter((l) => l._group === group);
	}

	getMostRecentLeaf(root?: WorkspaceParent): WorkspaceLeaf | null {
		if (!root || root === this.rootSplit) return this._recentRootLeaf();
		return this._allLeaves().find((l) => l.getRoot() === root || l.parent === root) ?? null;
	}

	getLeftLeaf(split: boolean): WorkspaceLeaf | null {
		return this._sideLeaf("left", split);
	}

	getRightLeaf(split: boolean): WorkspaceLeaf | null {
		return this._sideLeaf("right", split);
	}

	async ensureSideLeaf(type: string, side: Side, options: { active?: boolean; split?: boolean; reveal?: boolean; state?: any } = {}): Promise<WorkspaceLeaf> {
		const dock = side === "left" ? this.leftSplit : this.rightSplit;
		let leaf = this.getLeavesOfType(type).find((l) => {
			for (let p: WorkspaceItem | undefined = l.parent; p; p = p.parent) if (p === dock) return true;
			return false;
		});
		if (!leaf) {
			const created = this._sideLeaf(side, options.split ?? false);
			if (!created) throw new Error(`fake obsidian: the ${side} sidebar has no room for a new leaf`);
			leaf = created;
			await leaf.setViewState({ type, active: options.active, state: options.state });
		} else if (options.state !== undefined || options.active) {
			await leaf.setViewState({ type, active: options.active, state: options.state });
		}
		if (options.reveal ?? true) await this.revealLeaf(leaf);
		return leaf;
	}

	getActiveViewOfType<T extends View>(type: abstract new (...args: any[]) => T): T | null {
		const view = this.activeLeaf?.view;
		return view instanceof type ? view : null;
	}

	getActiveFile(): TFile | null {
		const view = this.activeLeaf?.view;
		if (view instanceof FileView) return view.file;
		const last = this._lastActiveFile;
		return last && this.app.vault.getAbstractFileByPath(last.path) === last ? last : null;
	}

	iterateRootLeaves(callback: (leaf: WorkspaceLeaf) => any): void {
		for (const leaf of this._rootLeaves()) if (callback(leaf) === true) return;
	}

	iterateAllLeaves(callback: (leaf: WorkspaceLeaf) => any): void {
		for (const leaf of this._allLeaves()) if (callback(leaf) === true) return;
	}

	getLeavesOfType(viewType: string): WorkspaceLeaf[] {
		return this._allLeaves().filter((l) => l.view.getViewType() === viewType);
	}

	detachLeavesOfType(viewType: string): void {
		for (const leaf of this.getLeavesOfType(viewType)) leaf.detach();
	}

	async revealLeaf(leaf: WorkspaceLeaf): Promise<void> {
		for (let p: WorkspaceItem | undefined = leaf.parent; p; p = p.parent) {
			if (p instanceof WorkspaceSidedock || p instanceof WorkspaceMobileDrawer) p.expand();
		}
		if (leaf.parent instanceof WorkspaceTabs) leaf.parent.selectTab(leaf);
		await leaf.loadIfDeferred();
	}

	getLastOpenFiles(): string[] {
		return this._lastOpenFiles.slice();
	}

	updateOptions(): void {}

	handleLinkContextMenu(menu: Menu, linktext: string, sourcePath: string, leaf?: WorkspaceLeaf): boolean {
		void leaf;
		menu.addItem((item) =>
			item
				.setTitle("Open in new tab")
				.setIcon("file-plus")
				.setSection("open")
				.onClick(() => this.openLinkText(linktext, sourcePath, "tab")),
		);
		menu.addItem((item) =>
			item
				.setTitle("Open to the right")
				.setIcon("separator-vertical")
				.setSection("open")
				.onClick(() => this.openLinkText(linktext, sourcePath, "split")),
		);
		return true;
	}
}
