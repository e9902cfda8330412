import type * as Obs from "obsidian";
import type { HexString, HSL, IconName, RGB, SettingDefinitionItem, TooltipOptions } from "obsidian";
import type { App } from "./app";
import type { Plugin } from "./plugin";
import { setIcon } from "./icons";
import { requireDocument } from "./dom";

export function setTooltip(el: HTMLElement, tooltip: string, options?: TooltipOptions): void {
	el.setAttr("aria-label", tooltip || null);
	if (options?.placement) el.setAttr("data-tooltip-position", options.placement);
}

export function displayTooltip(newTargetEl: HTMLElement, content: string | DocumentFragment, options?: TooltipOptions): void {
	void newTargetEl;
	void content;
	void options;
}

export abstract class BaseComponent {
	disabled = false;

	then(cb: (component: this) => any): this {
		cb(this);
		return this;
	}

	setDisabled(disabled: boolean): this {
		this.disabled = disabled;
		return this;
	}
}

export abstract class ValueComponent<T> extends BaseComponent {
	registerOptionListener(listeners: Record<string, (value?: T) => T>, key: string): this {
		listeners[key] = (value?: T) => {
			if (value !== undefined) this.setValue(value);
			return this.getValue();
		};
		return this;
	}

	abstract getValue(): T;
	abstract setValue(value: T): this;
}

/** Text inputs: `onChange` fires on every `input` event (typing), not on `setValue`. */
export class AbstractTextComponent<T extends HTMLInputElement | HTMLTextAreaElement> extends ValueComponent<string> {
	inputEl: T;
	/** @internal */ _changeCallback: ((value: string) => any) | null = null;

	constructor(inputEl: T) {
		super();
		this.inputEl = inputEl;
		inputEl.addEventListener("input", () => this.onChanged());
	}

	override setDisabled(disabled: boolean): this {
		super.setDisabled(disabled);
		this.inputEl.disabled = disabled;
		return this;
	}

	getValue(): string {
		return this.inputEl.value;
	}

	setValue(value: string): this {
		this.inputEl.value = value;
		return this;
	}

	setPlaceholder(placeholder: string): this {
		this.inputEl.placeholder = placeholder;
		return this;
	}

	onChanged(): void {
		this._changeCallback?.(this.getValue());
	}

	onChange(callback: (value: string) => any): this {
		this._changeCallback = callback;
		return this;
	}
}

export class TextComponent extends AbstractTextComponent<HTMLInputElement> {
	constructor(containerEl: HTMLElement) {
		super(containerEl.createEl("input", { type: "text", attr: { spellcheck: "false" } }));
	}
}

export class TextAreaComponent extends AbstractTextComponent<HTMLTextAreaElement> {
	constructor(containerEl: HTMLElement) {
		super(containerEl.createEl("textarea"));
	}
}

export class SearchComponent extends AbstractTextComponent<HTMLInputElement> {
	clearButtonEl: HTMLElement;

	constructor(containerEl: HTMLElement) {
		const wrap = containerEl.createDiv("search-input-container");
		super(wrap.createEl("input", { type: "search", attr: { enterkeyhint: "search", spellcheck: "false" } }));
		this.clearButtonEl = wrap.createDiv({ cls: "search-input-clear-button", attr: { "aria-label": "Clear search" } });
		this.clearButtonEl.addEventListener("click", () => {
			this.setValue("");
			this.onChanged();
		});
	}

	override onChanged(): void {
		this.clearButtonEl?.toggle(this.getValue() !== "");
		super.onChanged();
	}
}

/** Without moment.js, the sample shows the format string itself. */
export class MomentFormatComponent extends TextComponent {
	sampleEl: HTMLElement;
	/** @internal */ _defaultFormat = "";

	constructor(containerEl: HTMLElement) {
		super(containerEl);
		this.sampleEl = containerEl.createSpan("u-pop");
	}

	setDefaultFormat(defaultFormat: string): this {
		this._defaultFormat = defaultFormat;
		this.setPlaceholder(defaultFormat);
		return this;
	}

	setSampleEl(sampleEl: HTMLElement): this {
		this.sampleEl = sampleEl;
		return this;
	}

	override setValue(value: string): this {
		super.setValue(value);
		this.updateSample();
		return this;
	}

	override onChanged(): void {
		this.updateSample();
		super.onChanged();
	}

	updateSample(): void {
		this.sampleEl?.setText(this.getValue() || this._defaultFormat);
	}
}

/** A toggle: `onChange` fires when the user clicks it (or presses Space/Enter), not on `setValue`. */
export class ToggleComponent extends ValueComponent<boolean> {
	toggleEl: HTMLElement;
	/** @internal */ _on = false;
	/** @internal */ _input: HTMLInputElement;
	/** @internal */ _changeCallback: ((value: boolean) => any) | null = null;

	constructor(containerEl: HTMLElement) {
		super();
		this.toggleEl = containerEl.createDiv("checkbox-container");
		this._input = this.toggleEl.createEl("input", { type: "checkbox", attr: { tabindex: 0 } });
		this.toggleEl.addEventListener("click", (evt) => {
			evt.preventDefault();
			this.onClick();
		});
		this._input.addEventListener("keydown", (evt) => {
			if (evt.key === " " || evt.key === "Enter") {
				evt.preventDefault();
				this.onClick();
			}
		});
	}

	override setDisabled(disabled: boolean): this {
		super.setDisabled(disabled);
		this.toggleEl.toggleClass("is-disabled", disabled);
		this._input.disabled = disabled;
		return this;
	}

	getValue(): boolean {
		return this._on;
	}

	setValue(on: boolean): this {
		this._on = on;
		this.toggleEl.toggleClass("is-enabled", on);
		this._input.checked = on;
		return this;
	}

	setTooltip(tooltip: string, options?: TooltipOptions): this {
		setTooltip(this.toggleEl, tooltip, options);
		return this;
	}

	onClick(): void {
		if (this.disabled) return;
		this.setValue(!this._on);
		this._changeCallback?.(this._on);
	}

	onChange(callback: (value: boolean) => any): this {
		this._changeCallback = callback;
		return this;
	}
}

/** A `<select class="dropdown">`: `onChange` fires on the `change` event. */
export class DropdownComponent extends ValueComponent<string> {
	selectEl: HTMLSelectElement;
	/** @internal */ _changeCallback: ((value: string) => any) | null = null;

	constructor(containerEl: HTMLElement) {
		super();
		this.selectEl = containerEl.createEl("select", "dropdown");
		this.selectEl.addEventListener("change", () => this._changeCallback?.(this.getValue()));
	}

	override setDisabled(disabled: boolean): this {
		super.setDisabled(disabled);
		this.selectEl.disabled = disabled;
		return this;
	}

	addOption(value: string, display: string): this {
		this.selectEl.createEl("option", { value, text: display });
		return this;
	}

	addOptions(options: Record<string, string>): this {
		for (const [value, display] of Object.entries(options)) this.addOption(value, display);
		return this;
	}

	getValue(): string {
		return this.selectEl.value;
	}

	setValue(value: string): this {
		this.selectEl.value = value;
		return this;
	}

	onChange(callback: (value: string) => any): this {
		this._changeCallback = callback;
		return this;
	}
}

/** A range input: `onChange` fires on `change` (or on `input` after `setInstant(true)`). */
export class SliderComponent extends ValueComponent<number> {
	sliderEl: HTMLInputElement;
	/** @internal */ _instant = false;
	/** @internal */ _format: ((value: number) => string) | null = null;
	/** @internal */ _changeCallback: ((value: number) => any) | null = null;

	constructor(containerEl: HTMLElement) {
		super();
		this.sliderEl = containerEl.createEl("input", { type: "range", cls: "slider", attr: { min: 0, max: 100, step: 1 } });
		this.sliderEl.addEventListener("input", () => {
			if (this._instant) this._changeCallback?.(this.getValue());
		});
		this.sliderEl.addEventListener("change", () => {
			if (!this._instant) this._changeCallback?.(this.getValue());
		});
	}

	override setDisabled(disabled: boolean): this {
		super.setDisabled(disabled);
		this.sliderEl.disabled = disabled;
		return this;
	}

	setInstant(instant: boolean): this {
		this._instant = instant;
		return this;
	}

	setLimits(min: number | null, max: number | null, step: number | "any"): this {
		this.sliderEl.setAttr("min", min);
		this.sliderEl.setAttr("max", max);
		this.sliderEl.setAttr("step", step);
		return this;
	}

	getValue(): number {
		return Number(this.sliderEl.value);
	}

	setValue(value: number): this {
		this.sliderEl.value = String(value);
		return this;
	}

	getValuePretty(): string {
		return this._format ? this._format(this.getValue()) : String(this.getValue());
	}

	setDisplayFormat(format: (value: number) => string): this {
		this._format = format;
		return this;
	}

	setDynamicTooltip(): this {
		return this;
	}

	onChange(callback: (value: number) => any): this {
		this._changeCallback = callback;
		return this;
	}
}

export class ButtonComponent extends BaseComponent {
	buttonEl: HTMLButtonElement;

	constructor(containerEl: HTMLElement) {
		super();
		this.buttonEl = containerEl.createEl("button");
	}

	override setDisabled(disabled: boolean): this {
		super.setDisabled(disabled);
		this.buttonEl.disabled = disabled;
		this.buttonEl.toggleClass("mod-disabled", disabled);
		return this;
	}

	setCta(): this {
		this.buttonEl.addClass("mod-cta");
		return this;
	}

	removeCta(): this {
		this.buttonEl.removeClass("mod-cta");
		return this;
	}

	setWarning(): this {
		this.buttonEl.addClass("mod-warning");
		return this;
	}

	setDestructive(): this {
		this.buttonEl.addClass("mod-destructive");
		return this;
	}

	removeDestructive(): this {
		this.buttonEl.removeClass("mod-destructive");
		return this;
	}

	setTooltip(tooltip: string, options?: TooltipOptions): this {
		setTooltip(this.buttonEl, tooltip, options);
		return this;
	}

	setButtonText(name: string): this {
		this.buttonEl.setText(name);
		return this;
	}

	setIcon(icon: IconName): this {
		setIcon(this.buttonEl, icon);
		return this;
	}

	setClass(cls: string): this {
		this.buttonEl.addClass(cls);
		return this;
	}

	onClick(callback: (evt: MouseEvent) => unknown | Promise<unknown>): this {
		this.buttonEl.addEventListener("click", (evt) => {
			if (!this.disabled) void callback(evt);
		});
		return this;
	}
}

export class ExtraButtonComponent extends BaseComponent {
	extraSettingsEl: HTMLElement;

	constructor(containerEl: HTMLElement) {
		super();
		this.extraSettingsEl = containerEl.createDiv({ cls: "clickable-icon extra-setting-button", attr: { role: "button", tabindex: 0 } });
		setIcon(this.extraSettingsEl, "gear");
	}

	override setDisabled(disabled: boolean): this {
		super.setDisabled(disabled);
		this.extraSettingsEl.toggleClass("is-disabled", disabled);
		return this;
	}

	setTooltip(tooltip: string, options?: TooltipOptions): this {
		setTooltip(this.extraSettingsEl, tooltip, options);
		return this;
	}

	setIcon(icon: IconName): this {
		setIcon(this.extraSettingsEl, icon);
		return this;
	}

	onClick(callback: () => any): this {
		this.extraSettingsEl.addEventListener("click", () => {
			if (!this.disabled) callback();
		});
		return this;
	}
}

function hexToRgb(hex: string): RGB {
	const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
	if (!m) return { r: 0, g: 0, b: 0 };
	return { r: parseInt(m[1] ?? "0", 16), g: parseInt(m[2] ?? "0", 16), b: parseInt(m[3] ?? "0", 16) };
}

function rgbToHex({ r, g, b }: RGB): string {
	return `#${[r, g, b].map((v) => Math.round(v).toString(16).padStart(2, "0")).join("")}`;
}

function rgbToHsl({ r, g, b }: RGB): HSL {
	const rn = r / 255;
	const gn = g / 255;
	const bn = b / 255;
	const max = Math.max(rn, gn, bn);
	const min = Math.min(rn, gn, bn);
	const l = (max + min) / 2;
	if (max === min) return { h: 0, s: 0, l: Math.round(l * 100) };
	const d = max - min;
	const s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
	let h = max === rn ? (gn - bn) / d + (gn < bn ? 6 : 0) : max === gn ? (bn - rn) / d + 2 : (rn - gn) / d + 4;
	h *= 60;
	return { h: Math.round(h), s: Math.round(s * 100), l: Math.round(l * 100) };
}

function hslToRgb({ h, s, l }: HSL): RGB {
	const sn = s / 100;
	const ln = l / 100;
	const k = (n: number) => (n + h / 30) % 12;
	const a = sn * Math.min(ln, 1 - ln);
	const f = (n: number) => ln - a * Math.max(-1, Math.min(k(n) - 3, Math.min(9 - k(n), 1)));
	return { r: Math.round(f(0) * 255), g: Math.round(f(8) * 255), b: Math.round(f(4) * 255) };
}

export class ColorComponent extends ValueComponent<string> {
	/** @internal */ colorPickerEl: HTMLInputElement;
	/** @internal */ _changeCallback: ((value: string) => any) | null = null;

	constructor(containerEl: HTMLElement) {
		super();
		this.colorPickerEl = containerEl.createEl("input", { type: "color" });
		this.colorPickerEl.addEventListener("change", () => this._changeCallback?.(this.getValue()));
	}

	override setDisabled(disabled: boolean): this {
		super.setDisabled(disabled);
		this.colorPickerEl.disabled = disabled;
		return this;
	}

	getValue(): HexString {
		return this.colorPickerEl.value;
	}

	getValueRgb(): RGB {
		return hexToRgb(this.getValue());
	}

	getValueHsl(): HSL {
		return rgbToHsl(this.getValueRgb());
	}

	setValue(value: HexString): this {
		this.colorPickerEl.value = value;
		return this;
	}

	setValueRgb(rgb: RGB): this {
		return this.setValue(rgbToHex(rgb));
	}

	setValueHsl(hsl: HSL): this {
		return this.setValueRgb(hslToRgb(hsl));
	}

	onChange(callback: (value: string) => any): this {
		this._changeCallback = callback;
		return this;
	}
}

export class ProgressBarComponent extends ValueComponent<number> {
	/** @internal */ progressBar: HTMLElement;
	/** @internal */ _lineEl: HTMLElement;
	/** @internal */ _value = 0;

	constructor(containerEl: HTMLElement) {
		super();
		this.progressBar = containerEl.createDiv({ cls: "setting-progress-bar", attr: { role: "progressbar" } });
		this._lineEl = this.progressBar.createDiv("setting-progress-bar-inner");
	}

	getValue(): number {
		return this._value;
	}

	setValue(value: number): this {
		this._value = value;
		this._lineEl.style.width = `${value}%`;
		this.progressBar.setAttr("aria-valuenow", value);
		return this;
	}
}

export class DisplayValueComponent {
	valueEl: HTMLElement;

	constructor(containerEl: HTMLElement) {
		this.valueEl = containerEl.createDiv("setting-item-display-value");
	}

	setValue(value: string | null): this {
		this.valueEl.setText(value ?? "");
		return this;
	}

	setStatus(status: "warning" | null): this {
		this.valueEl.toggleClass("mod-warning", status === "warning");
		return this;
	}
}

/** A settings row: `.setting-item > .setting-item-info(.setting-item-name, .setting-item-description) + .setting-item-control`. */
export class Setting {
	settingEl: HTMLElement;
	infoEl: HTMLElement;
	nameEl: HTMLElement;
	descEl: HTMLElement;
	controlEl: HTMLElement;
	components: BaseComponent[] = [];
	errorEl: HTMLElement | null = null;

	constructor(containerEl: HTMLElement) {
		requireDocument("Setting");
		this.settingEl = containerEl.createDiv("setting-item");
		this.infoEl = this.settingEl.createDiv("setting-item-info");
		this.nameEl = this.infoEl.createDiv("setting-item-name");
		this.descEl = this.infoEl.createDiv("setting-item-description");
		this.controlEl = this.settingEl.createDiv("setting-item-control");
	}

	setErrorMessage(message: string | null): this {
		if (!message) {
			this.errorEl?.detach();
			this.errorEl = null;
			this.settingEl.removeClass("is-invalid");
			return this;
		}
		if (!this.errorEl) this.errorEl = this.infoEl.createDiv("setting-item-error");
		this.errorEl.setText(message);
		this.settingEl.addClass("is-invalid");
		return this;
	}

	addDisplayValue(cb: (component: DisplayValueComponent) => any): this {
		cb(new DisplayValueComponent(this.controlEl));
		return this;
	}

	setName(name: string | DocumentFragment): this {
		this.nameEl.setText(name);
		return this;
	}

	setDesc(desc: string | DocumentFragment): this {
		this.descEl.setText(desc);
		return this;
	}

	setClass(cls: string): this {
		this.settingEl.addClass(cls);
		return this;
	}

	setTooltip(tooltip: string, options?: TooltipOptions): this {
		setTooltip(this.nameEl, tooltip, options);
		return this;
	}

	setHeading(): this {
		this.settingEl.addClass("setting-item-heading");
		return this;
	}

	setDisabled(disabled: boolean): this {
		this.settingEl.toggleClass("is-disabled", disabled);
		for (const c of this.components) c.setDisabled(disabled);
		return this;
	}

	/** @internal */
	_add<C extends BaseComponent>(component: C, cb: (component: C) => any): this {
		this.components.push(component);
		cb(component);
		return this;
	}

	addButton(cb: (component: ButtonComponent) => any): this {
		return this._add(new ButtonComponent(this.controlEl), cb);
	}

	addExtraButton(cb: (component: ExtraButtonComponent) => any): this {
		return this._add(new ExtraButtonComponent(this.controlEl), cb);
	}

	addToggle(cb: (component: ToggleComponent) => any): this {
		return this._add(new ToggleComponent(this.controlEl), cb);
	}

	addText(cb: (component: TextComponent) => any): this {
		return this._add(new TextComponent(this.controlEl), cb);
	}

	addComponent<T extends BaseComponent>(cb: (el: HTMLElement) => T): this {
		this.components.push(cb(this.controlEl));
		return this;
	}

	addSearch(cb: (component: SearchComponent) => any): this {
		return this._add(new SearchComponent(this.controlEl), cb);
	}

	addTextArea(cb: (component: TextAreaComponent) => any): this {
		return this._add(new TextAreaComponent(this.controlEl), cb);
	}

	addMomentFormat(cb: (component: MomentFormatComponent) => any): this {
		return this._add(new MomentFormatComponent(this.controlEl), cb);
	}

	addDropdown(cb: (component: DropdownComponent) => any): this {
		return this._add(new DropdownComponent(this.controlEl), cb);
	}

	addColorPicker(cb: (component: ColorComponent) => any): this {
		return this._add(new ColorComponent(this.controlEl), cb);
	}

	addProgressBar(cb: (component: ProgressBarComponent) => any): this {
		return this._add(new ProgressBarComponent(this.controlEl), cb);
	}

	addSlider(cb: (component: SliderComponent) => any): this {
		return this._add(new SliderComponent(this.controlEl), cb);
	}

	then(cb: (setting: this) => any): this {
		cb(this);
		return this;
	}

	clear(): this {
		this.controlEl.empty();
		this.components = [];
		return this;
	}
}

export class SettingGroup {
	listEl: HTMLElement;
	/** @internal */ groupEl: HTMLElement;
	/** @internal */ headerEl: HTMLElement;

	constructor(containerEl: HTMLElement) {
		this.groupEl = containerEl.createDiv("setting-group");
		this.headerEl = this.groupEl.createDiv("setting-item setting-item-heading");
		this.headerEl.hide();
		this.listEl = this.groupEl.createDiv("setting-items");
	}

	setHeading(text: string | DocumentFragment): this {
		this.headerEl.show();
		this.headerEl.empty();
		this.headerEl.createDiv("setting-item-name").setText(text);
		return this;
	}

	addClass(...classes: string[]): this {
		this.groupEl.addClass(...classes);
		return this;
	}

	addSetting(cb: (setting: Setting) => void): this {
		cb(new Setting(this.listEl));
		return this;
	}

	addSearch(cb: (component: SearchComponent) => any): this {
		const el = createDiv("setting-group-search");
		this.listEl.prepend(el);
		cb(new SearchComponent(el));
		return this;
	}

	addExtraButton(cb: (component: ExtraButtonComponent) => any): this {
		cb(new ExtraButtonComponent(this.headerEl));
		return this;
	}
}

/**
 * A settings tab, as in Obsidian 1.13: the test helper `displaySettingTab` calls `update()`, then
 * renders the stored `getSettingDefinitions()` when there are any (and then does not call
 * `display()`), else calls `display()`. Of the definitions, the fake renders groups (a
 * `SettingGroup` with its heading) of `render` rows (a `Setting` given the row's name and
 * description, then passed to `render`); any other kind throws. `useObsidianBefore113()` takes
 * `getSettingDefinitions` and `update` away, as in older versions.
 */
export abstract class SettingTab {
	icon: IconName = "settings";
	app: App;
	containerEl: HTMLElement;
	settingItems: SettingDefinitionItem[] = [];

	constructor(app: App) {
		requireDocument("SettingTab");
		this.app = app;
		this.containerEl = createDiv("vertical-tab-content");
	}

	getSettingDefinitions(): SettingDefinitionItem[] {
		return [];
	}

	update(): void {
		this.settingItems = this.getSettingDefinitions();
	}

	getControlValue(key: string): unknown {
		return this.app.vault.getConfig(key);
	}

	setControlValue(key: string, value: unknown): void | Promise<void> {
		this.app.vault.setConfig(key, value);
	}

	refreshDomState(): void {}

	/** @internal Renders `settingItems` (see the class comment). */
	_renderDefinitions(): void {
		this.containerEl.empty();
		for (const item of this.settingItems) {
			if (!("type" in item) || item.type !== "group") throw new Error("fake obsidian: only groups of setting definitions are rendered");
			const group = new SettingGroup(this.containerEl);
			if (item.heading !== undefined) group.setHeading(item.heading);
			if (item.cls) group.addClass(item.cls);
			for (const def of item.items ?? []) {
				if (!("render" in def) || typeof def.render !== "function") throw new Error(`fake obsidian: setting "${def.name}" is not a render definition`);
				const render = def.render;
				group.addSetting((setting) => {
					setting.setName(def.name);
					if (def.desc !== undefined) setting.setDesc(def.desc);
					render(setting as unknown as Obs.Setting, group as unknown as Obs.SettingGroup);
				});
			}
		}
	}

	display(): void {}

	hide(): void {
		this.containerEl.empty();
	}
}

export abstract class PluginSettingTab extends SettingTab {
	/** @internal the plugin given to the constructor (subclasses usually keep their own `plugin`) */
	_ownerPlugin: Plugin;

	constructor(app: App, plugin: Plugin) {
		super(app);
		this._ownerPlugin = plugin;
	}

	override getControlValue(key: string): unknown {
		const settings = this._ownerPlugin.settings as Record<string, unknown> | undefined;
		return settings?.[key];
	}

	override async setControlValue(key: string, value: unknown): Promise<void> {
		const plugin = this._ownerPlugin;
		const settings = (plugin.settings ?? {}) as Record<string, unknown>;
		settings[key] = value;
		plugin.settings = settings;
		await plugin.saveData(settings);
	}
}
