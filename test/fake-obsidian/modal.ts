import type { FuzzyMatch, Instruction } from "obsidian";
import type { App } from "./app";
import { requireDocument } from "./dom";
import { Scope } from "./platform";
import { prepareFuzzySearch, renderResults, sortSearchResults } from "./search";

/** Modals currently open, oldest first. */
export const openModals: Modal[] = [];

/**
 * Obsidian's Modal: `open()` attaches `containerEl` (`.modal-container > .modal-bg + .modal`) to
 * the document body and calls `onOpen`; `close()` detaches it and calls `onClose`. Escape, the
 * close button and a click on the backdrop close it.
 */
export class Modal {
	app: App;
	scope: Scope;
	containerEl: HTMLElement;
	modalEl: HTMLElement;
	titleEl: HTMLElement;
	contentEl: HTMLElement;
	shouldRestoreSelection = true;
	/** @internal */ headerEl: HTMLElement;
	/** @internal */ _closeCallback: (() => any) | null = null;
	/** @internal */ _isOpen = false;

	constructor(app: App) {
		requireDocument("Modal");
		this.app = app;
		this.scope = new Scope(app.scope);
		this.scope.register([], "Escape", () => {
			this.close();
			return false;
		});
		this.containerEl = createDiv("modal-container mod-dim");
		const bg = this.containerEl.createDiv("modal-bg");
		bg.addEventListener("click", () => this.close());
		this.modalEl = this.containerEl.createDiv("modal");
		const close = this.modalEl.createDiv({ cls: "modal-close-button", attr: { "aria-label": "Close", role: "button", tabindex: 0 } });
		close.addEventListener("click", () => this.close());
		this.headerEl = this.modalEl.createDiv("modal-header");
		this.titleEl = this.headerEl.createDiv("modal-title");
		this.contentEl = this.modalEl.createDiv("modal-content");
	}

	open(): void {
		if (this._isOpen) return;
		this._isOpen = true;
		document.body.appendChild(this.containerEl);
		this.app.keymap?.pushScope(this.scope);
		openModals.push(this);
		const result = this.onOpen();
		if (result && typeof (result as Promise<void>).catch === "function") {
			(result as Promise<void>).catch((e: unknown) =>
				queueMicrotask(() => {
					throw e;
				}),
			);
		}
	}

	close(): void {
		if (!this._isOpen) return;
		this._isOpen = false;
		this.containerEl.detach();
		this.app.keymap?.popScope(this.scope);
		const i = openModals.indexOf(this);
		if (i >= 0) openModals.splice(i, 1);
		this.onClose();
		this._closeCallback?.();
	}

	onOpen(): Promise<void> | void {}

	onClose(): void {}

	setTitle(title: string): this {
		this.titleEl.setText(title);
		return this;
	}

	setContent(content: string | DocumentFragment): this {
		this.contentEl.setText(content);
		return this;
	}

	setCloseCallback(callback: () => any): this {
		this._closeCallback = callback;
		return this;
	}
}

/**
 * Obsidian's SuggestModal. Typing in `inputEl` (an `input` event) re-runs `getSuggestions`;
 * ArrowUp/ArrowDown/Enter work; choosing closes the modal FIRST (so `onClose` runs before
 * `onChooseSuggestion`, as in Obsidian) and then calls `onChooseSuggestion`.
 * Tests use the exported `chooseSuggestion(modal, …)`.
 */
export abstract class SuggestModal<T> extends Modal {
	limit = 100;
	emptyStateText = "No results found.";
	inputEl: HTMLInputElement;
	resultContainerEl: HTMLElement;
	/** @internal */ _values: T[] = [];
	/** @internal */ _selected = 0;
	/** @internal */ _instructionsEl: HTMLElement;
	/** @internal */ _update: Promise<void> = Promise.resolve();

	constructor(app: App) {
		super(app);
		this.modalEl.addClass("prompt");
		this.modalEl.empty();
		const inputContainer = this.modalEl.createDiv("prompt-input-container");
		this.inputEl = inputContainer.createEl("input", { cls: "prompt-input", attr: { enterkeyhint: "done", type: "text" } });
		this.resultContainerEl = this.modalEl.createDiv("prompt-results");
		this._instructionsEl = this.modalEl.createDiv("prompt-instructions");
		this.inputEl.addEventListener("input", () => {
			this._update = this._updateSuggestions();
		});
		this.inputEl.addEventListener("keydown", (evt) => {
			if (evt.key === "ArrowDown") this._setSelected(this._selected + 1);
			else if (evt.key === "ArrowUp") this._setSelected(this._selected - 1);
			else if (evt.key === "Enter") this.selectActiveSuggestion(evt);
			else return;
			evt.preventDefault();
		});
	}

	override open(): void {
		super.open();
		this.inputEl.focus();
		this._update = this._updateSuggestions();
	}

	setPlaceholder(placeholder: string): void {
		this.inputEl.placeholder = placeholder;
	}

	setInstructions(instructions: Instruction[]): void {
		this._instructionsEl.empty();
		for (const i of instructions) {
			const el = this._instructionsEl.createDiv("prompt-instruction");
			el.createSpan({ cls: "prompt-instruction-command", text: i.command });
			el.createSpan({ text: i.purpose });
		}
	}

	onNoSuggestion(): void {
		this.resultContainerEl.empty();
		this.resultContainerEl.createDiv({ cls: "suggestion-empty", text: this.emptyStateText });
	}

	selectSuggestion(value: T, evt: MouseEvent | KeyboardEvent): void {
		this.close();
		this.onChooseSuggestion(value, evt);
	}

	selectActiveSuggestion(evt: MouseEvent | KeyboardEvent): void {
		const value = this._values[this._selected];
		if (value !== undefined) this.selectSuggestion(value, evt);
	}

	/** @internal */
	_setSelected(index: number): void {
		if (this._values.length === 0) return;
		const n = this._values.length;
		this._selected = ((index % n) + n) % n;
		const items = this.resultContainerEl.querySelectorAll(".suggestion-item");
		items.forEach((el, i) => el.toggleClass("is-selected", i === this._selected));
	}

	/** @internal */
	async _updateSuggestions(): Promise<void> {
		const query = this.inputEl.value;
		const values = await this.getSuggestions(query);
		if (this.inputEl.value !== query) return;
		this._values = values.slice(0, this.limit > 0 ? this.limit : values.length);
		this._selected = 0;
		this.resultContainerEl.empty();
		if (this._values.length === 0) {
			this.onNoSuggestion();
			return;
		}
		this._values.forEach((value, i) => {
			const el = this.resultContainerEl.createDiv("suggestion-item");
			if (i === 0) el.addClass("is-selected");
			this.renderSuggestion(value, el);
			el.addEventListener("click", (evt) => this.selectSuggestion(value, evt));
			el.addEventListener("mousemove", () => this._setSelected(i));
		});
	}

	abstract getSuggestions(query: string): T[] | Promise<T[]>;
	abstract renderSuggestion(value: T, el: HTMLElement): void;
	abstract onChooseSuggestion(item: T, evt: MouseEvent | KeyboardEvent): void;
}

/** Obsidian's FuzzySuggestModal: an empty query lists every item in order. */
export abstract class FuzzySuggestModal<T> extends SuggestModal<FuzzyMatch<T>> {
	getSuggestions(query: string): FuzzyMatch<T>[] {
		const items = this.getItems();
		if (query.trim() === "") return items.map((item) => ({ item, match: { score: 0, matches: [] } }));
		const search = prepareFuzzySearch(query);
		const out: FuzzyMatch<T>[] = [];
		for (const item of items) {
			const match = search(this.getItemText(item));
			if (match) out.push({ item, match });
		}
		sortSearchResults(out);
		return out;
	}

	renderSuggestion(item: FuzzyMatch<T>, el: HTMLElement): void {
		renderResults(el, this.getItemText(item.item), item.match);
	}

	onChooseSuggestion(item: FuzzyMatch<T>, evt: MouseEvent | KeyboardEvent): void {
		this.onChooseItem(item.item, evt);
	}

	abstract getItems(): T[];
	abstract getItemText(item: T): string;
	abstract onChooseItem(item: T, evt: MouseEvent | KeyboardEvent): void;
}

/** Base class for a type-ahead popover (used by AbstractInputSuggest). */
export abstract class PopoverSuggest<T> {
	app: App;
	scope: Scope;
	/** @internal */ suggestEl: HTMLElement;
	/** @internal */ _isOpen = false;

	constructor(app: App, scope?: Scope) {
		requireDocument("PopoverSuggest");
		this.app = app;
		this.scope = scope ?? new Scope(app.scope);
		this.suggestEl = createDiv("suggestion-container");
	}

	open(): void {
		if (this._isOpen) return;
		this._isOpen = true;
		document.body.appendChild(this.suggestEl);
		this.app.keymap?.pushScope(this.scope);
	}

	close(): void {
		if (!this._isOpen) return;
		this._isOpen = false;
		this.suggestEl.detach();
		this.app.keymap?.popScope(this.scope);
	}

	abstract renderSuggestion(value: T, el: HTMLElement): void;
	abstract selectSuggestion(value: T, evt: MouseEvent | KeyboardEvent): void;
}

/** Type-ahead for an `<input>` or a contenteditable div: suggestions render on `input` events. */
export abstract class AbstractInputSuggest<T> extends PopoverSuggest<T> {
	limit = 100;
	/** @internal */ _inputEl: HTMLInputElement | HTMLDivElement;
	/** @internal */ _values: T[] = [];
	/** @internal */ _onSelect: ((value: T, evt: MouseEvent | KeyboardEvent) => any) | null = null;
	/** @internal */ _update: Promise<void> = Promise.resolve();

	constructor(app: App, textInputEl: HTMLInputElement | HTMLDivElement) {
		super(app);
		this._inputEl = textInputEl;
		textInputEl.addEventListener("input", () => {
			this._update = this._refresh();
		});
		textInputEl.addEventListener("focus", () => {
			this._update = this._refresh();
		});
		textInputEl.addEventListener("blur", () => this.close());
	}

	setValue(value: string): void {
		if (this._inputEl instanceof HTMLInputElement) this._inputEl.value = value;
		else this._inputEl.textContent = value;
	}

	getValue(): string {
		return this._inputEl instanceof HTMLInputElement ? this._inputEl.value : (this._inputEl.textContent ?? "");
	}

	/** @internal */
	async _refresh(): Promise<void> {
		const values = await this.getSuggestions(this.getValue());
		this._values = values.slice(0, this.limit > 0 ? this.limit : values.length);
		this.suggestEl.empty();
		if (this._values.length === 0) {
			this.close();
			return;
		}
		for (const value of this._values) {
			const el = this.suggestEl.createDiv("suggestion-item");
			this.renderSuggestion(value, el);
			el.addEventListener("mousedown", (evt) => this.selectSuggestion(value, evt));
		}
		this.open();
	}

	protected abstract getSuggestions(query: string): T[] | Promise<T[]>;

	selectSuggestion(value: T, evt: MouseEvent | KeyboardEvent): void {
		this._onSelect?.(value, evt);
	}

	onSelect(callback: (value: T, evt: MouseEvent | KeyboardEvent) => any): this {
		this._onSelect = callback;
		return this;
	}
}

/**
 * Test helper: types `query` (when given) into a SuggestModal, waits for its suggestions, and
 * chooses one — by index, or the first for which `pick` returns true — as a click would.
 * Returns the chosen value. Throws when nothing matches.
 */
export async function chooseSuggestion<T>(suggestModal: SuggestModal<T> | import("obsidian").SuggestModal<T>, pick: number | ((value: T) => boolean) = 0, query?: string): Promise<T> {
	const modal = suggestModal as SuggestModal<T>;
	if (query !== undefined) {
		modal.inputEl.value = query;
		modal._update = modal._updateSuggestions();
	}
	await modal._update;
	const values = modal._values;
	const index = typeof pick === "number" ? pick : values.findIndex(pick);
	const value = values[index];
	if (index < 0 || value === undefined) throw new Error(`fake obsidian: no suggestion to choose (${values.length} shown)`);
	const evt = new MouseEvent("click");
	modal.selectSuggestion(value, evt);
	return value;
}

/** Test helper: the suggestions a SuggestModal currently shows (after its last query settled). */
export async function shownSuggestions<T>(suggestModal: SuggestModal<T> | import("obsidian").SuggestModal<T>): Promise<T[]> {
	const modal = suggestModal as SuggestModal<T>;
	await modal._update;
	return modal._values.slice();
}
