import type { IconName, ViewStateResult } from "obsidian";
import type { App } from "./app";
import { Component } from "./component";
import { requireDocument } from "./dom";
import { FakeEditor } from "./editor";
import { TAbstractFile, TFile } from "./files";
import { setIcon } from "./icons";
import type { Menu } from "./menu";
import { debounce, Scope } from "./platform";
import type { WorkspaceLeaf } from "./workspace";

/**
 * Obsidian's View. The leaf creates it, calls `load()` (→ `onload`) and then `onOpen()`; on
 * detach or when the leaf shows another view, `onClose()` and then `unload()` (→ `onunload`).
 */
export abstract class View extends Component {
	app: App;
	icon: IconName = "";
	navigation = false;
	leaf: WorkspaceLeaf;
	containerEl: HTMLElement;
	scope: Scope | null = null;

	constructor(leaf: WorkspaceLeaf) {
		super();
		requireDocument("View");
		this.leaf = leaf;
		this.app = leaf.app;
		this.containerEl = createDiv("workspace-leaf-content");
	}

	protected async onOpen(): Promise<void> {}

	protected async onClose(): Promise<void> {}

	/** @internal */
	async _open(parentEl: HTMLElement): Promise<void> {
		this.containerEl.setAttr("data-type", this.getViewType());
		parentEl.appendChild(this.containerEl);
		await this.onOpen();
	}

	/** @internal */
	async _close(): Promise<void> {
		try {
			await this.onClose();
		} finally {
			this.containerEl.detach();
		}
	}

	abstract getViewType(): string;

	getState(): Record<string, unknown> {
		return {};
	}

	async setState(state: unknown, result: ViewStateResult): Promise<void> {
		void state;
		void result;
	}

	getEphemeralState(): Record<string, unknown> {
		return {};
	}

	setEphemeralState(state: unknown): void {
		void state;
	}

	getIcon(): IconName {
		return this.icon;
	}

	onResize(): void {}

	abstract getDisplayText(): string;

	onPaneMenu(menu: Menu, source: "more-options" | "tab-header" | string): void {
		void menu;
		void source;
	}
}

/**
 * Obsidian's ItemView: `containerEl.children[0]` is the header (`.view-header`) and
 * `containerEl.children[1]` the content (`.view-content`, also `contentEl`).
 */
export abstract class ItemView extends View {
	contentEl: HTMLElement;
	/** @internal */ headerEl: HTMLElement;
	/** @internal */ titleEl: HTMLElement;
	/** @internal */ actionsEl: HTMLElement;

	constructor(leaf: WorkspaceLeaf) {
		super(leaf);
		this.headerEl = this.containerEl.createDiv("view-header");
		this.headerEl.createDiv("view-header-left");
		const titleContainer = this.headerEl.createDiv("view-header-title-container");
		this.titleEl = titleContainer.createDiv("view-header-title");
		this.actionsEl = this.headerEl.createDiv("view-actions");
		this.contentEl = this.containerEl.createDiv("view-content");
	}

	override async _open(parentEl: HTMLElement): Promise<void> {
		this.titleEl.setText(this.getDisplayText());
		await super._open(parentEl);
	}

	addAction(icon: IconName, title: string, callback: (evt: MouseEvent) => any): HTMLElement {
		const el = createEl("a", { cls: "clickable-icon view-action", attr: { "aria-label": title, role: "button", tabindex: 0 } });
		setIcon(el, icon);
		el.addEventListener("click", (evt) => callback(evt));
		this.actionsEl.prepend(el);
		return el;
	}
}

/** The view of an empty tab. */
export class EmptyView extends ItemView {
	getViewType(): string {
		return "empty";
	}

	getDisplayText(): string {
		return "New tab";
	}
}

/**
 * What a restored but not yet shown leaf holds since Obsidian 1.7: its `getViewType()` is the
 * real type (so `getLeavesOfType` finds it) but it is NOT an instance of the plugin's view class
 * until `leaf.loadIfDeferred()` or `workspace.revealLeaf(leaf)`.
 */
export class DeferredView extends ItemView {
	/** @internal */ _type: string;
	/** @internal */ _state: Record<string, unknown>;

	constructor(leaf: WorkspaceLeaf, type: string, state: Record<string, unknown> = {}) {
		super(leaf);
		this._type = type;
		this._state = state;
	}

	getViewType(): string {
		return this._type;
	}

	override getState(): Record<string, unknown> {
		return this._state;
	}

	getDisplayText(): string {
		return this._type;
	}
}

export abstract class FileView extends ItemView {
	allowNoFile = false;
	file: TFile | null = null;
	override navigation = true;

	getDisplayText(): string {
		return this.file ? this.file.basename : "No file";
	}

	override onload(): void {
		super.onload();
		this.registerEvent(
			this.app.vault.on("rename", (file: TAbstractFile) => {
				if (file === this.file && file instanceof TFile) void this.onRename(file);
			}),
		);
		this.registerEvent(
			this.app.vault.on("delete", (file: TAbstractFile) => {
				if (file === this.file && file instanceof TFile) {
					void this.onUnloadFile(file);
					this.file = null;
					if (!this.allowNoFile) this.leaf.detach();
				}
			}),
		);
	}

	override getState(): Record<string, unknown> {
		return { file: this.file ? this.file.path : null };
	}

	override async setState(state: any, result: ViewStateResult): Promise<void> {
		void result;
		const path: unknown = state?.file;
		if (typeof path !== "string") return;
		const file = this.app.vault.getAbstractFileByPath(path);
		if (!(file instanceof TFile) || file === this.file) return;
		if (this.file) await this.onUnloadFile(this.file);
		this.file = file;
		await this.onLoadFile(file);
		(this as unknown as ItemView).titleEl?.setText(this.getDisplayText());
		this.leaf._fileLoaded(this);
	}

	async onLoadFile(file: TFile): Promise<void> {
		void file;
	}

	async onUnloadFile(file: TFile): Promise<void> {
		void file;
	}

	async onRename(file: TFile): Promise<void> {
		void file;
		(this as unknown as ItemView).titleEl?.setText(this.getDisplayText());
	}

	canAcceptExtension(extension: string): boolean {
		void extension;
		return false;
	}
}

export abstract class EditableFileView extends FileView {}

export abstract class TextFileView extends EditableFileView {
	data = "";
	requestSave: () => void;

	constructor(leaf: WorkspaceLeaf) {
		super(leaf);
		this.requestSave = debounce(() => void this.save(), 2000, true);
	}

	override async onUnloadFile(file: TFile): Promise<void> {
		await this.save();
		void file;
	}

	override async onLoadFile(file: TFile): Promise<void> {
		this.data = await this.app.vault.read(file);
		this.setViewData(this.data, true);
	}

	async save(clear?: boolean): Promise<void> {
		void clear;
		const file = this.file;
		if (!file || this.app.vault.getAbstractFileByPath(file.path) !== file) return;
		const data = this.getViewData();
		if (data === this.data) return;
		this.data = data;
		await this.app.vault.modify(file, data);
	}

	abstract getViewData(): string;
	abstract setViewData(data: string, clear: boolean): void;
	abstract clear(): void;
}

/** A Markdown tab: its `editor` is a string-backed FakeEditor; edits save after 2 s, like Obsidian. */
export class MarkdownView extends TextFileView {
	editor: FakeEditor;
	previewMode: unknown = null;
	currentMode: unknown = null;
	hoverPopover: HoverPopover | null = null;

	constructor(leaf: WorkspaceLeaf) {
		super(leaf);
		this.editor = new FakeEditor();
		this.editor._onChange = () => this.requestSave();
		this.currentMode = this.editor;
	}

	override onload(): void {
		super.onload();
		this.registerEvent(
			this.app.vault.on("modify", (file: TAbstractFile) => {
				if (file !== this.file || !(file instanceof TFile)) return;
				if (this.editor.getValue() !== this.data) return; // unsaved edits win
				const content = file.vault._contentOf(file);
				this.data = content;
				this.editor._load(content);
			}),
		);
	}

	getViewType(): string {
		return "markdown";
	}

	getMode(): "source" | "preview" {
		return "source";
	}

	getViewData(): string {
		return this.editor.getValue();
	}

	clear(): void {
		this.editor._load("");
	}

	setViewData(data: string, clear: boolean): void {
		void clear;
		this.editor._load(data);
	}

	showSearch(replace?: boolean): void {
		void replace;
	}

	override canAcceptExtension(extension: string): boolean {
		return extension === "md";
	}
}

export class HoverPopover extends Component {
	hoverEl: HTMLElement;
	state = 0;

	constructor(parent: unknown, targetEl: HTMLElement | null, waitTime?: number, staticPos?: unknown) {
		super();
		void parent;
		void targetEl;
		void waitTime;
		void staticPos;
		this.hoverEl = createDiv("popover hover-popover");
	}
}

export class MarkdownRenderChild extends Component {
	containerEl: HTMLElement;

	constructor(containerEl: HTMLElement) {
		super();
		this.containerEl = containerEl;
	}
}

function renderInline(el: HTMLElement, text: string): void {
	const re = /(`[^`]+`)|(\*\*[^*]+\*\*)|(\[\[[^[\]]+\]\])|(\*[^*]+\*)/g;
	let pos = 0;
	for (const m of text.matchAll(re)) {
		const i = m.index ?? 0;
		if (i > pos) el.appendText(text.slice(pos, i));
		const tok = m[0];
		if (m[1]) el.createEl("code", { text: tok.slice(1, -1) });
		else if (m[2]) el.createEl("strong", { text: tok.slice(2, -2) });
		else if (m[3]) {
			const inner = tok.slice(2, -2);
			const bar = inner.indexOf("|");
			const target = bar >= 0 ? inner.slice(0, bar) : inner;
			el.createEl("a", { cls: "internal-link", text: bar >= 0 ? inner.slice(bar + 1) : inner, attr: { "data-href": target, href: target } });
		} else el.createEl("em", { text: tok.slice(1, -1) });
		pos = i + tok.length;
	}
	if (pos < text.length) el.appendText(text.slice(pos));
}

/**
 * A tiny Markdown renderer (headings, paragraphs, lists, fenced code, `code`, **bold**, *em*,
 * [[links]]). All text goes through text nodes: nothing is parsed as HTML.
 */
export abstract class MarkdownRenderer extends MarkdownRenderChild {
	app!: App;
	hoverPopover: HoverPopover | null = null;
	abstract get file(): TFile;

	static async renderMarkdown(markdown: string, el: HTMLElement, sourcePath: string, component: Component): Promise<void> {
		void sourcePath;
		void component;
		const lines = markdown.split("\n");
		let list: HTMLElement | null = null;
		let para: string[] = [];
		const flush = () => {
			if (para.length > 0) renderInline(el.createEl("p"), para.join(" "));
			para = [];
		};
		for (let i = 0; i < lines.length; i++) {
			const line = lines[i] ?? "";
			const fence = /^(```|~~~)/.exec(line);
			if (fence) {
				flush();
				list = null;
				const code: string[] = [];
				for (i++; i < lines.length && !(lines[i] ?? "").startsWith(fence[1] ?? "```"); i++) code.push(lines[i] ?? "");
				el.createEl("pre").createEl("code", { text: code.join("\n") });
				continue;
			}
			const h = /^(#{1,6})\s+(.*)$/.exec(line);
			const li = /^\s*(?:[-*+]|\d+[.)])\s+(.*)$/.exec(line);
			if (h) {
				flush();
				list = null;
				renderInline(el.createEl(`h${(h[1] ?? "#").length}` as "h1"), h[2] ?? "");
			} else if (li) {
				flush();
				list ??= el.createEl(/^\s*\d/.test(line) ? "ol" : "ul");
				renderInline(list.createEl("li"), li[1] ?? "");
			} else if (line.trim() === "") {
				flush();
				list = null;
			} else {
				list = null;
				para.push(line.trim());
			}
		}
		flush();
	}

	static async render(app: App, markdown: string, el: HTMLElement, sourcePath: string, component: Component): Promise<void> {
		void app;
		await MarkdownRenderer.renderMarkdown(markdown, el, sourcePath, component);
	}
}
